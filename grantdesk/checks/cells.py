"""Reading typed values the way every rule does: blanks, numbers, and the typed cells of a report."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Collection, Iterator

from ..document import Document, Ref, Row
from ..values import dates, numbers, understood
from ..values.numbers import Parsed

# The rules read the same typed values after every keystroke, and only one of them changed:
# what a text means is remembered (the parsers are pure; their results are immutable), so a
# full check of a big report costs a walk over its rows, not thousands of regex parses.
_MEMO = 1 << 15


@lru_cache(maxsize=_MEMO)
def parse_number(text: str | None) -> Parsed:
    return numbers.parse_number(text)


@lru_cache(maxsize=_MEMO)
def parse_indicator(text: str | None) -> Parsed:
    return numbers.parse_indicator(text)


@lru_cache(maxsize=_MEMO)
def parse_date(text: str | None) -> date | None:
    return dates.parse_date(text)


@lru_cache(maxsize=_MEMO)
def parse_span(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    return dates.parse_span(text, default_year)


@lru_cache(maxsize=_MEMO)
def parse_day_span(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    return dates.parse_day_span(text, default_year)


@lru_cache(maxsize=_MEMO)
def parse_period(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    return dates.parse_period(text, default_year)


@lru_cache(maxsize=_MEMO)
def understand(type_name: str, text: str | None) -> understood.Understood | None:
    return understood.understand(type_name, text)


def plain(value: Decimal) -> str:
    """A number as a plain string for Problem.params: `19098`, `1.5`, `-3` (no grouping, no exponent)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def rows_of(doc: Document, table: str) -> list[Row]:
    """Every row of a (possibly nested) table in print order: Document.iter_rows without the
    ancestors, level by level (no generator per row; a big report has thousands of rows)."""
    parts = table.split(".")
    rows = doc.rows[parts[0]]
    for part in parts[1:]:
        rows = [child for row in rows for child in row.children.get(part, ())]
    return rows


def typed_values(doc: Document, types: Collection[str]) -> Iterator[tuple[Ref, str, str]]:
    """(ref, type, text) of every field and table cell whose value type is in `types`, in form order.

    Fixed rows may set their own type (money, count), so fixed cells ask TableDef.cell_type.
    """
    form = doc.form
    for field in form.fields.values():
        if field.type in types:
            yield Ref.field(field.id), field.type, doc.field(field.id)
    for table in form.all_tables():
        if table.is_fixed:
            for frow in table.fixed_rows:
                for col in table.columns:
                    kind = table.cell_type(frow.key, col.id)
                    if kind in types:
                        yield Ref.fixed(table.path, frow.key, col.id), kind, doc.fixed(table.path, frow.key, col.id)
            continue
        columns = [col for col in table.columns if col.type in types]
        if not columns:
            continue
        for row in rows_of(doc, table.path):
            for col in columns:
                yield Ref.cell(table.path, row.id, col.id), col.type, row.get(col.id)
