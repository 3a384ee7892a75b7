"""Typed text made printable and prepared for the line it prints on (pure).

Only the printed copy changes; the document keeps exactly what was typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .breaking import Fit, fit_text
from .metrics import drawable_codepoints

REPLACEMENT = "\ufffd"
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"}


@lru_cache(maxsize=1)
def _undrawable() -> re.Pattern[str]:
    """One regex class of every character outside the font, so clean text costs one scan."""
    points = sorted(drawable_codepoints() | {ord("\n")})
    ranges, start, prev = [], points[0], points[0]
    for p in points[1:]:
        if p != prev + 1:
            ranges.append((start, prev))
            start = p
        prev = p
    ranges.append((start, prev))
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    # the soft hyphen and zero-width space are the model's break marks: typed ones go
    return re.compile(f"\r\n|[\u00ad\u200b]|[^{body}]")


def _replace(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _LINE_BREAKS:
        return "\n"
    if ch == "\t":
        return " "
    # Control and invisible format characters (NUL, zero-width joiners, variation
    # selectors) have nothing to show: drop them. Anything visible becomes a marker so
    # the reader sees that something was there (emoji, scripts the font lacks).
    if unicodedata.category(ch) in ("Cc", "Cf", "Mn", "Me", "Zl", "Zp"):
        return ""
    return REPLACEMENT if ord(REPLACEMENT) in drawable_codepoints() else "?"


def printable(text: str | None) -> str:
    """The text with only what the font can draw; line breaks normalised to \\n."""
    if not text:
        return ""
    return _undrawable().sub(_replace, text)


def prepared(text: str | None, fit: Fit | None) -> str:
    """Printable text, with `fit` made ready for lines of that width (breaking.fit_text)."""
    clean = printable(text)
    return fit_text(clean, fit) if fit is not None and clean else clean
