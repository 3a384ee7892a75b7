"""What every block renderer needs: the document, the print language, chrome and styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Mapping

from reportlab.platypus import Paragraph

from ..document import Document, Row
from ..forms import FormDef, TableDef, Text
from ..layout import Wording, block_widths, fill
from .chrome import Chrome
from .markup import escape, printable, to_markup
from .styles import Styles


@dataclass
class PrintContext:
    doc: Document
    lang: str
    chrome: Chrome
    styles: Styles

    @property
    def form(self) -> FormDef:
        return self.doc.form

    @cached_property
    def words(self) -> Wording:
        """The block texts' source, shared with the Word file (grantdesk.layout)."""
        return Wording(self.doc, self.lang, self.chrome)

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
            return escape(printable(self.words.row_title(tdef, row)))
        return self.value(self.words.row_title(tdef, row))

    def row_label(self, tdef: TableDef, row: Row) -> str | None:
        """`1-міндет` / `Задача 1` for a numbered row; None for a standard block."""
        label = self.words.row_label(tdef, row)
        return None if label is None else escape(printable(label))

    def number(self, tdef: TableDef, row: Row) -> str:
        """A row's number as the `№` column prints it ("" for a standard block)."""
        n = self.doc.numbering(tdef.path, row)
        return "" if n is None else str(n)


__all__ = ["PrintContext", "block_widths", "fill"]
