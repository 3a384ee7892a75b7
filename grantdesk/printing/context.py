"""What every block renderer needs: the document, the print language, chrome and styles."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping

from ..document import Row
from ..forms import TableDef, Text
from .breaking import Fit, fit_text
from ..layout.words import Wording
from .markup import escape, printable, to_markup
from .paragraphs import Para
from .styles import Styles


@dataclass(frozen=True)
class PrintContext(Wording):
    """Wording (the document, its print language, chrome and the definition printed) with
    the styles of the PDF; its texts come back as reportlab markup."""

    styles: Styles = field(kw_only=True)

    # ---- wording -------------------------------------------------------------------

    def word(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as plain text the font can print."""
        return printable(super().word(text))

    def say(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as markup (escaped: it is text too)."""
        return escape(self.word(text))

    def value(self, typed: str | None, fit: Fit | None = None) -> str:
        """What a user typed, as markup that prints it literally (with `fit`, on lines of
        that width: no word cut but one too long for a line, between syllables)."""
        return to_markup(typed, fit)

    def para(self, markup: str, style=None) -> Para:
        return Para(markup, style or self.styles.body)

    # ---- rows ----------------------------------------------------------------------

    def row_title(self, tdef: TableDef, row: Row, fit: Fit | None = None) -> str:
        """Markup of a row's title; a standard block's title is wording in the print language
        (not doc.row_title, which answers in the document's language)."""
        if row.kind is not None:
            wording = self.word(tdef.standard_rows[row.kind])
            return escape(fit_text(wording, replace(fit, lang=self.lang)) if fit else wording)
        return self.value(row.get(tdef.title_column), fit) if tdef.title_column else ""

    def row_label(self, tdef: TableDef, row: Row) -> str | None:
        """`1-міндет` / `Задача 1` as markup; None for a standard block."""
        label = super().row_label(tdef, row)
        return None if label is None else escape(printable(label))

    def number(self, tdef: TableDef, row: Row) -> str:
        """A row's number as the `№` column prints it ("" for a standard block)."""
        n = self.doc.numbering(tdef.path, row)
        return "" if n is None else str(n)


