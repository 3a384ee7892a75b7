"""Reading typed values the way every rule does: blanks, numbers, and the typed cells of a report."""

from __future__ import annotations

from decimal import Decimal
from typing import Collection, Iterator

from ..document import Document, Ref
from ..values.numbers import BLANKS


def is_blank(text: str | None) -> bool:
    """Empty, spaces, or a lone dash: what people type for "nothing"."""
    t = (text or "").strip()
    return not t or t in BLANKS


def plain(value: Decimal) -> str:
    """A number as a plain string for Problem.params: `19098`, `1.5`, `-3` (no grouping, no exponent)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


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
        for row, _ in doc.iter_rows(table.path):
            for col in columns:
                yield Ref.cell(table.path, row.id, col.id), col.type, row.get(col.id)
