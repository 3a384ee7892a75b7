"""What every block renderer needs: the document, the print language, chrome and styles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from ..document import Document, Row
from ..forms import FormDef, TableDef, Text
from .breaking import Fit, fit_text
from .chrome import Chrome
from .markup import escape, printable, to_markup
from .paragraphs import Para
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

