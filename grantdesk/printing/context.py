"""What every block renderer needs: the document, the print language, chrome and styles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..forms import Text
from ..layout.spans import Span
from ..layout.words import Wording
from .breaking import Fit
from .markup import escape, printable, to_markup
from .paragraphs import Para
from .styles import Styles


@dataclass(frozen=True)
class PrintContext(Wording):
    """Wording (the document, its print language, chrome and the definition printed) with
    the styles of the PDF; the layout's texts become reportlab markup here."""

    styles: Styles = field(kw_only=True)

    def word(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as plain text the font can print."""
        return printable(super().word(text))

    def say(self, text: Text | Mapping[str, str] | None) -> str:
        """Definition wording in the print language, as markup (escaped: it is text too)."""
        return escape(self.word(text))

    def markup(self, parts: str | Iterable[Span], fit: Fit | None = None) -> str:
        """Markup of a printed text: wording (a str, or an untyped part) escaped; a typed
        part printed literally (links, line breaks), with `fit` on lines of that width (no
        word cut but one too long for a line, between syllables)."""
        if isinstance(parts, str):
            return escape(printable(parts))
        return "".join(to_markup(p.text, fit) if p.typed else escape(printable(p.text)) for p in parts)

    def value(self, typed: str | None, fit: Fit | None = None) -> str:
        """What a user typed, as markup (see `markup`)."""
        return to_markup(typed, fit)

    def para(self, markup: str, style=None) -> Para:
        return Para(markup, style or self.styles.body)
