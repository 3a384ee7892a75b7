"""Definition wording and row names in the print language, as plain text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from ..document import Document, Row
from ..forms import FormDef, TableDef, Text
from .chrome import Chrome
from .spans import Span

_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: str) -> str:
    """Put values into `{name}` slots in one pass (a value holding `{number}` stays as
    typed); other braces in wording are left alone."""
    return _SLOT.sub(lambda m: values.get(m.group(1), m.group(0)), template)


@dataclass(frozen=True)
class Wording:
    """The document, the print language and the chrome: what every block's texts need."""

    doc: Document
    lang: str
    chrome: Chrome
    printed: FormDef | None = None  # a derived definition printed over `doc` (OP4)

    @property
    def form(self) -> FormDef:
        """The document's definition: what its fields and tables are."""
        return self.doc.form

    @property
    def sheet(self) -> FormDef:
        """The definition whose title and top-right lines are printed."""
        return self.printed or self.doc.form

    def word(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language."""
        if text is None:
            return ""
        if not isinstance(text, Text):
            text = Text(dict(text))
        return text(self.lang)

    def row_title(self, tdef: TableDef, row: Row) -> str:
        """A row's title; a standard block's title is wording in the print language
        (not doc.row_title, which answers in the document's language)."""
        if row.kind is not None:
            return self.word(tdef.standard_rows[row.kind])
        return row.get(tdef.title_column) if tdef.title_column else ""

    def title_span(self, tdef: TableDef, row: Row) -> Span:
        """A row's title as a printed part: a standard block's is the form's wording."""
        return Span(self.row_title(tdef, row), typed=row.kind is None)

    def row_label(self, tdef: TableDef, row: Row) -> str | None:
        """`1-міндет` / `Задача 1` for a numbered row; None for a standard block."""
        n = self.doc.numbering(tdef.path, row)
        return None if n is None else tdef.row_name(n, self.lang)
