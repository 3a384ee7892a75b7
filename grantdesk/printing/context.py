"""What every block renderer needs: the document, the print language, chrome and styles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from reportlab.platypus import Paragraph

from ..document import Document, Row
from ..forms import FormDef, TableDef, Text
from .chrome import Chrome
from .markup import escape, printable, to_markup
from .styles import Styles


@dataclass
class PrintContext:
    doc: Document
    lang: str
    chrome: Chrome
    styles: Styles
    # The definition being printed when it is not the document's own: a derived one (OP4)
    # prints its title and annex line over the data of its source document.
    printed: FormDef | None = None

    @property
    def form(self) -> FormDef:
        """The document's definition: what its fields and tables are."""
        return self.doc.form

    @property
    def sheet(self) -> FormDef:
        """The definition whose title and top-right lines are printed."""
        return self.printed or self.doc.form

    # ---- wording -------------------------------------------------------------------

    def word(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as plain text."""
        if text is None:
            return ""
        if not isinstance(text, Text):
            text = Text(dict(text))
        return printable(text(self.lang))

    def say(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as markup (escaped: it is text too)."""
        return escape(self.word(text))

    def value(self, typed: str | None) -> str:
        """What a user typed, as markup that prints it literally."""
        return to_markup(typed)

    def para(self, markup: str, style=None) -> Paragraph:
        return Paragraph(markup, style or self.styles.body)

    # ---- rows ----------------------------------------------------------------------

    def row_title(self, tdef: TableDef, row: Row) -> str:
        """Markup of a row's title; a standard block's title is wording in the print language
        (not doc.row_title, which answers in the document's language)."""
        if row.kind is not None:
            return self.say(tdef.standard_rows[row.kind])
        return self.value(row.get(tdef.title_column)) if tdef.title_column else ""

    def row_label(self, tdef: TableDef, row: Row) -> str | None:
        """`1-міндет` / `Задача 1` for a numbered row; None for a standard block."""
        n = self.doc.numbering(tdef.path, row)
        if n is None or tdef.row_label is None:
            return None
        return fill(self.say(tdef.row_label), n=str(n))

    def number(self, tdef: TableDef, row: Row) -> str:
        """A row's number as the `№` column prints it ("" for a standard block)."""
        n = self.doc.numbering(tdef.path, row)
        return "" if n is None else str(n)


def fill(template: str, **values: str) -> str:
    """Put values into `{name}` slots; other braces in wording are left alone."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", value)
    return template


def block_widths(block: Mapping[str, Any], count: int, default: list[float]) -> list[float]:
    widths = block.get("widths")
    if widths is None:
        return default
    if len(widths) != count:
        raise ValueError(f"print block {block.get('block')}: {len(widths)} widths for {count} columns")
    return [float(w) for w in widths]
