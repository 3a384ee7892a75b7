"""Text people typed → reportlab paragraph markup that prints it literally.

Order matters: first drop or replace what the font cannot draw, then find links in the
plain text, then escape `& < >` so `<b>hi</b>` prints as typed, then turn line breaks
into <br/>. Only the printed copy changes; the document keeps exactly what was typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .breaking import BREAK, HYPHEN, SEPARATOR, Fit, fit_text
from .fonts import drawable_codepoints

REPLACEMENT = "\ufffd"
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n"}

# A link starts with a scheme or www. and runs to whitespace or a character that cannot be
# part of a typed URL here (angle brackets and guillemets wrap links in the seeds).
# A list of links typed without spaces is many links: one ends where the next one starts.
_URL = re.compile(r"(?:https?://|www\.)(?:(?!https?://|(?<!/)www\.)[^\s<>\"«»\[\]{}|\\^`])+", re.IGNORECASE)
_TRAILING = ".,;:!?'"


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
    return re.compile(f"\r\n|[^{body}]")


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


def escape(text: str) -> str:
    """Text → markup printing it literally; a cut word's breaks become line-break spaces."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(BREAK, SEPARATOR)


def _split_url(url: str) -> tuple[str, str]:
    """Trailing punctuation and an unbalanced closing bracket belong to the sentence."""
    tail = ""
    while url:
        if url[-1] in _TRAILING:
            url, tail = url[:-1], url[-1] + tail
        elif url[-1] == ")" and url.count("(") < url.count(")"):
            url, tail = url[:-1], ")" + tail
        else:
            break
    return url, tail


def _link(url: str) -> str:
    href = url.replace(BREAK, "")  # where a long link may end a line is not part of it
    href = href if "://" in href else "http://" + href
    href = escape(href).replace('"', "&quot;")
    return f'<a href="{href}" color="#1f4e9c">{escape(url)}</a>'


def to_markup(text: str | None, fit: Fit | None = None) -> str:
    """Paragraph markup showing `text` literally, with links clickable and line breaks kept;
    with `fit`, prepared for lines of that width (breaking.fit_text)."""
    clean = printable(text)
    links = []
    for m in _URL.finditer(clean):
        url, tail = _split_url(m.group(0))
        if "." in url.split("://", 1)[-1]:  # "http://" alone is not a link
            links.append((m.start(), m.start() + len(url)))
    if fit is not None:
        fitted = fit_text(clean, fit)
        if links and fitted is not clean:
            where = _positions(clean, fitted)
            links = [(where[a], where[b]) for a, b in links]
        clean = fitted
    out: list[str] = []
    pos = 0
    for start, end in links:
        out.append(escape(clean[pos:start]))
        out.append(_link(clean[start:end]))
        pos = end
    out.append(escape(clean[pos:]))
    return "".join(out).replace("\n", "<br/>")


def _positions(original: str, fitted: str) -> list[int]:
    """Where each position of `original` is in `fitted`, which has breaks inserted, a
    hyphen inserted before some of them, and spaces made no-break (breaking.fit_text):
    a list one longer than `original`."""
    where = []
    j = 0
    for ch in original:
        # Skip what fitting inserted; a character typed as it is (a typed zero-width space is
        # the break mark itself, a typed hyphen) is matched, not skipped.
        while j < len(fitted) and fitted[j] != ch and (
                fitted[j] == BREAK or (fitted[j] == HYPHEN and fitted[j + 1:j + 2] == BREAK)):
            j += 1
        where.append(j)
        j += 1
    where.append(j)
    return where
