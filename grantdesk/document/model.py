"""A filled document: values by reference, table rows with stable ids and order.

Anything typed is kept as typed, valid or not (ODK's saveAnswer); checks judge it later.
Every change notifies listeners with a small event, which the store turns into a small
write and views into a refresh.
"""

from __future__ import annotations

import uuid
from typing import Callable, Iterator

from ..forms import FormDef
from .events import Change, LanguageChanged, RowAdded, RowRemoved, RowsReordered, ValueChanged
from .refs import Ref

REPORT_LANGUAGES = ("kk", "ru")


def new_row_id() -> str:
    return uuid.uuid4().hex[:12]


class Row:
    __slots__ = ("id", "kind", "cells", "children")

    def __init__(self, row_id: str, kind: str | None = None, cells: dict[str, str] | None = None):
        self.id = row_id
        self.kind = kind  # a standard block key ("presentation"), else None
        self.cells: dict[str, str] = dict(cells or {})
        self.children: dict[str, list[Row]] = {}

    def get(self, column: str) -> str:
        return self.cells.get(column, "")

    def __repr__(self) -> str:
        return f"Row({self.id!r}, kind={self.kind!r}, cells={self.cells!r})"


class DocumentError(ValueError):
    pass


class Document:
    """One report of a project, with the project's shared values."""

    def __init__(self, form: FormDef, lang: str = "kk"):
        if lang not in REPORT_LANGUAGES:
            raise DocumentError(f"report language must be one of {REPORT_LANGUAGES}, not {lang!r}")
        self.form = form
        self.lang = lang
        self.project: dict[str, str] = {}
        self.values: dict[str, str] = {}  # report fields and fixed-table cells by value key
        self.rows: dict[str, list[Row]] = {
            t.id: [] for t in form.tables.values() if not t.is_fixed
        }
        self._where: dict[str, tuple[str, Row | None]] = {}  # row id -> (table path, parent)
        self._index: dict[str, Row] = {}
        self._listeners: list[Callable[[Change], None]] = []

    # ---- creation -------------------------------------------------------------------

    @classmethod
    def new(cls, form: FormDef, lang: str = "kk") -> "Document":
        """An empty report as a user first sees it: standard blocks and default rows present."""
        doc = cls(form, lang)
        for table in form.tables.values():
            for key in table.standard_rows:
                doc.add_row(table.path, kind=key)
            for _ in range(table.default_rows):
                doc.add_row(table.path)
        return doc

    # ---- listeners ------------------------------------------------------------------

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        self._listeners.remove(listener)

    def _emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # ---- values ---------------------------------------------------------------------

    def get(self, ref: Ref) -> str:
        if ref.kind == "field":
            f = self.form.fields[ref.table]
            return (self.project if f.scope == "project" else self.values).get(f.id, "")
        if ref.kind == "fixed":
            return self.values.get(ref.value_key(), "")
        if ref.kind == "cell":
            return self.row(ref.row).get(ref.column)
        raise DocumentError(f"cannot read a value at a {ref.kind} ref")

    def set(self, ref: Ref, value: str) -> bool:
        """Store what was typed, exactly. Returns False when nothing changed."""
        if not isinstance(value, str):
            raise DocumentError("values are text, exactly as typed")
        if self.get(ref) == value:
            return False
        scope = "report"
        if ref.kind == "field":
            f = self.form.fields[ref.table]
            scope = f.scope
            (self.project if scope == "project" else self.values)[f.id] = value
        elif ref.kind == "fixed":
            table = self.form.table(ref.table)
            table.fixed_row(ref.row), table.column(ref.column)  # validate the address
            self.values[ref.value_key()] = value
        elif ref.kind == "cell":
            path, _ = self._where[ref.row]
            self.form.table(path).column(ref.column)
            self.row(ref.row).cells[ref.column] = value
        else:
            raise DocumentError(f"cannot write a value at a {ref.kind} ref")
        self._emit(ValueChanged(ref, value, scope))
        return True

    def field(self, field_id: str) -> str:
        return self.get(Ref.field(field_id))

    def fixed(self, table: str, row_key: str, column: str) -> str:
        return self.values.get(f"{table}.{row_key}.{column}", "")

    def set_lang(self, lang: str) -> None:
        if lang not in REPORT_LANGUAGES:
            raise DocumentError(f"report language must be one of {REPORT_LANGUAGES}, not {lang!r}")
        if lang != self.lang:
            self.lang = lang
            self._emit(LanguageChanged(lang))

    # ---- rows -----------------------------------------------------------------------

    def row(self, row_id: str) -> Row:
        try:
            return self._index[row_id]
        except KeyError:
            raise DocumentError(f"no row {row_id!r}") from None

    def has_row(self, row_id: str) -> bool:
        return row_id in self._where

    def table_of(self, row_id: str) -> str:
        return self._where[row_id][0]

    def parent_of(self, row_id: str) -> Row | None:
        return self._where[row_id][1]

    def siblings(self, table: str, parent_id: str | None = None) -> list[Row]:
        """The rows of `table` under one parent (None for a root table). Do not mutate."""
        if "." not in table:
            return self.rows[table]
        if parent_id is None:
            raise DocumentError(f"{table} rows belong to a parent row")
        child_id = table.rsplit(".", 1)[1]
        return self.row(parent_id).children.setdefault(child_id, [])

    def add_row(
        self,
        table: str,
        parent_id: str | None = None,
        index: int | None = None,
        cells: dict[str, str] | None = None,
        kind: str | None = None,
        row_id: str | None = None,
    ) -> Row:
        tdef = self.form.table(table)
        if tdef.is_fixed:
            raise DocumentError(f"{table} has fixed rows")
        if kind is not None and kind not in tdef.standard_rows:
            raise DocumentError(f"{table} has no standard block {kind!r}")
        for col in cells or {}:
            tdef.column(col)
        row_id = row_id or new_row_id()
        if row_id in self._where:
            raise DocumentError(f"row id {row_id!r} used twice")
        siblings = self.siblings(table, parent_id)
        row = Row(row_id, kind, cells)
        for child in tdef.children:
            row.children[child.id] = []
        if index is None:
            # New plain rows go before the standard blocks, which close the list.
            index = len(siblings)
            if kind is None:
                while index > 0 and siblings[index - 1].kind is not None:
                    index -= 1
        index = max(0, min(index, len(siblings)))
        siblings.insert(index, row)
        parent = self.row(parent_id) if parent_id else None
        self._where[row_id] = (table, parent)
        self._index[row_id] = row
        self._emit(RowAdded(table, parent_id, row_id, kind, tuple(row.cells.items()), tuple(r.id for r in siblings)))
        return row

    def remove_row(self, row_id: str) -> None:
        table, parent = self._where[row_id]
        siblings = self.siblings(table, parent.id if parent else None)
        row = self.row(row_id)
        siblings.remove(row)
        removed = [r.id for r in self._descendants(row)]
        for rid in removed:
            del self._where[rid]
            del self._index[rid]
        self._emit(RowRemoved(table, parent.id if parent else None, tuple(removed), tuple(r.id for r in siblings)))

    def move_row(self, row_id: str, new_index: int) -> None:
        table, parent = self._where[row_id]
        siblings = self.siblings(table, parent.id if parent else None)
        row = self.row(row_id)
        new_index = max(0, min(new_index, len(siblings) - 1))
        old_index = siblings.index(row)
        if old_index == new_index:
            return
        siblings.pop(old_index)
        siblings.insert(new_index, row)
        self._emit(RowsReordered(table, parent.id if parent else None, tuple(r.id for r in siblings)))

    def _descendants(self, row: Row) -> Iterator[Row]:
        yield row
        for children in row.children.values():
            for child in children:
                yield from self._descendants(child)

    # ---- walking --------------------------------------------------------------------

    def iter_rows(self, table: str) -> Iterator[tuple[Row, tuple[Row, ...]]]:
        """Every row of a (possibly nested) table in print order, with its ancestors."""
        parts = table.split(".")

        def walk(rows: list[Row], depth: int, ancestors: tuple[Row, ...]):
            for r in rows:
                if depth == len(parts) - 1:
                    yield r, ancestors
                else:
                    yield from walk(r.children.get(parts[depth + 1], []), depth + 1, ancestors + (r,))

        yield from walk(self.rows[parts[0]], 0, ())

    def row_count(self, table: str) -> int:
        return sum(1 for _ in self.iter_rows(table))

    def numbering(self, table: str, row: Row) -> int | None:
        """A row's number as printed (1-based among its plain siblings); None for standard blocks."""
        if row.kind is not None:
            return None
        path, parent = self._where[row.id]
        n = 0
        for r in self.siblings(path, parent.id if parent else None):
            if r.kind is None:
                n += 1
            if r is row:
                return n
        return None

    def row_title(self, row: Row) -> str:
        """A row's title: a standard block's text in the report language, else its title cell."""
        tdef = self.form.table(self.table_of(row.id))
        if row.kind is not None:
            return tdef.standard_rows[row.kind](self.lang)
        return row.get(tdef.title_column) if tdef.title_column else ""

    def position_path(self, row_id: str) -> str:
        """A readable address: `tasks[2].activities[1]` (1-based, standard blocks by key)."""
        parts = []
        rid: str | None = row_id
        while rid is not None:
            table, parent = self._where[rid]
            siblings = self.siblings(table, parent.id if parent else None)
            row = self._index[rid]
            name = table.rsplit(".", 1)[-1]
            label = row.kind if row.kind else str(siblings.index(row) + 1)
            parts.append(f"{name}[{label}]")
            rid = parent.id if parent else None
        return ".".join(reversed(parts))

    def describe(self, ref: Ref) -> str:
        """A readable path for any ref, as `grantdesk check` prints it."""
        if ref.kind == "field":
            return ref.table
        if ref.kind == "fixed":
            return f"{ref.table}.{ref.row}.{ref.column}"
        if ref.kind in ("cell", "row"):
            base = self.position_path(ref.row) if ref.row in self._where else f"{ref.table}[?]"
            return f"{base}.{ref.column}" if ref.column else base
        return ref.table
