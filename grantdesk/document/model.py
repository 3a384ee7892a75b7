"""A filled document: values by reference, table rows with stable ids and order.

Anything typed is kept as typed, valid or not (ODK's saveAnswer); checks judge it later.
Every change notifies listeners with a small event, which the store turns into a small
write and views into a refresh.
"""

from __future__ import annotations

import uuid
from typing import Callable, Iterator, Mapping

from ..forms import FormDef
from ..languages import REPORT_LANGUAGES
from .events import Change, LanguageChanged, RowAdded, RowRemoved, RowsReordered, ValueChanged
from .refs import Ref


def new_row_id() -> str:
    return uuid.uuid4().hex[:12]


class Row:
    __slots__ = ("id", "kind", "cells", "children", "plan_id", "source", "links")

    def __init__(self, row_id: str, kind: str | None = None, cells: dict[str, str] | None = None,
                 plan_id: str | None = None):
        self.id = row_id
        self.kind = kind  # a standard block key ("presentation"), else None
        self.cells: dict[str, str] = dict(cells or {})  # what this document itself holds
        self.children: dict[str, list[Row]] = {}
        self.plan_id = plan_id  # the plan row this report row follows (kept if that row goes)
        self.source: Row | None = None  # that plan row while it is in the plan
        self.links: Mapping[str, str] = {}  # report column → plan column read through `source`

    def get(self, column: str) -> str:
        """The cell's value: its own, or for a plan column the plan's, read live."""
        own = self.cells.get(column, "")
        if own == "" and self.source is not None:
            plan_column = self.links.get(column)
            if plan_column is not None:
                return self.source.get(plan_column)
        return own

    def plan_value(self, column: str) -> str | None:
        """The plan's value of a plan column of a linked row; None for any other cell."""
        if self.source is None or column not in self.links:
            return None
        return self.source.get(self.links[column])

    @property
    def not_in_plan(self) -> bool:
        """Followed a plan row that the plan no longer has."""
        return self.plan_id is not None and self.source is None

    def __repr__(self) -> str:
        return f"Row({self.id!r}, kind={self.kind!r}, cells={self.cells!r})"


class DocumentError(ValueError):
    pass


class Document:
    """One document of a project (its plan or a report), with the project's shared values."""

    def __init__(self, form: FormDef, lang: str = "kk", role: str | None = None):
        if lang not in REPORT_LANGUAGES:
            raise DocumentError(f"report language must be one of {REPORT_LANGUAGES}, not {lang!r}")
        role = role or form.roles[-1]
        if role not in form.roles:
            raise DocumentError(f"a {form.id} document cannot be a {role} (it can be: {', '.join(form.roles)})")
        self.form = form
        self.lang = lang
        self.role = role
        self.doc_id: int | None = None  # the project's number for it, given by the store
        self.plan: Document | None = None  # the project's plan, for a report that follows it
        self.follows_plan = False  # made from the plan: its rows follow the plan's rows
        self.carried: set[str] = set()  # Ref.target() of values taken from an interim report, until edited
        self.project: dict[str, str] = {}  # the project's values: one dict shared by its documents
        self.values: dict[str, str] = {}  # report fields and fixed-table cells by value key
        self.rows: dict[str, list[Row]] = {
            t.id: [] for t in form.tables.values() if not t.is_fixed
        }
        self._where: dict[str, tuple[str, Row | None]] = {}  # row id -> (table path, parent)
        self._index: dict[str, Row] = {}
        self._listeners: list[Callable[[Change], None]] = []

    # ---- creation -------------------------------------------------------------------

    @classmethod
    def new(cls, form: FormDef, lang: str = "kk", role: str | None = None) -> "Document":
        """An empty document as a user first sees it: standard blocks and default rows present."""
        doc = cls(form, lang, role)
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
            own = self.project if f.scope == "project" else self.values
            if f.id in own or f.propose_from is None:
                return own.get(f.id, "")
            return self.field(f.propose_from)  # proposed: the source's value, read live
        if ref.kind == "fixed":
            return self.fixed(ref.table, ref.row, ref.column)
        if ref.kind == "cell":
            return self.row(ref.row).get(ref.column)
        raise DocumentError(f"cannot read a value at a {ref.kind} ref")

    def plan_value(self, ref: Ref) -> str | None:
        """The plan's value at a place that comes from the plan; None anywhere else
        (and everywhere in a document without a plan)."""
        if self.plan is None or self.form.plan_links is None:
            return None
        if ref.kind == "cell":
            return self.row(ref.row).plan_value(ref.column) if ref.row in self._index else None
        if ref.kind == "fixed":
            key = self.form.plan_links.fixed_source(ref.table, ref.row, ref.column)
            return None if key is None else self.plan.values.get(key, "")
        return None

    def is_proposed(self, ref: Ref) -> bool:
        """A field showing the value proposed for it (the signatory from the head,
        FieldDef.propose_from): a value like any other for checks, print and export, read
        live from its source until the user types or clears it (then it is the field's own)."""
        if ref.kind != "field":
            return False
        f = self.form.fields[ref.table]
        own = self.project if f.scope == "project" else self.values
        return f.propose_from is not None and f.id not in own and self.field(f.propose_from) != ""

    def is_carried(self, ref: Ref) -> bool:
        """Taken from the last interim report and not edited since."""
        return bool(self.carried) and ref.target() in self.carried

    def from_plan(self, ref: Ref) -> bool:
        """True where the value is the plan's, shown read-only in a report."""
        return self.plan_value(ref) is not None

    def set(self, ref: Ref, value: str) -> bool:
        """Store what was typed, exactly. Returns False when nothing changed."""
        if not isinstance(value, str):
            raise DocumentError("values are text, exactly as typed")
        if self.from_plan(ref):
            raise DocumentError(f"{self.describe(ref)} comes from the plan; change it in the plan")
        old = self.get(ref)
        if old == value:
            return False
        self.carried.discard(ref.target())
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
        self._emit(ValueChanged(ref, value, scope, old))
        return True

    def field(self, field_id: str) -> str:
        return self.get(Ref.field(field_id))

    def fixed(self, table: str, row_key: str, column: str) -> str:
        own = self.values.get(f"{table}.{row_key}.{column}", "")
        if own == "" and self.plan is not None and self.form.plan_links is not None:
            key = self.form.plan_links.fixed_source(table, row_key, column)
            if key is not None:
                return self.plan.values.get(key, "")
        return own

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
        plan_id: str | None = None,
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
        row = Row(row_id, kind, cells, plan_id)
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
        if self._listeners:  # the sibling list is as long as the table: built only when someone listens,
            # so loading or importing n rows stays linear in n
            self._emit(RowAdded(table, parent_id, row_id, kind, tuple(row.cells.items()),
                                tuple(r.id for r in siblings), plan_id))
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
        if self.carried:
            gone = tuple(f"{rid}." for rid in removed)
            self.carried = {t for t in self.carried if not t.startswith(gone)}
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

    def row_title(self, row: Row, lang: str | None = None) -> str:
        """A row's title: a standard block's text (in the report language, or `lang`: the
        app's, on screen), else its title cell."""
        tdef = self.form.table(self.table_of(row.id))
        if row.kind is not None:
            return tdef.standard_rows[row.kind](lang or self.lang)
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
