"""What "empty" means, once, for every part of GrantDesk (FORMS.md, "What a report owes").

Checks, section states, the documents list, the PDF, the Word file and OP4 all ask here, so
they never disagree about whether a place holds an answer:

- `is_blank`: no visible character. Spaces, line breaks, zero-width and control characters
  alone print as nothing, so they are nothing everywhere.
- `is_unanswered`: blank, or only dashes (`-`, `–`, `—`, `−`). A dash is how people write
  "none"; in a table cell (an indicator's fact, a statistics cell) that is an answer, but in a
  text field (a required field of the general information, the goal, the result, the
  signatory, a narrative text) it leaves the question open.
- `is_empty_at(text, in_table)`: the one a caller asks when it knows the place: table
  cells use `is_blank`, fields use `is_unanswered`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

DASHES = frozenset("-–—−")

# Characters that show nothing on paper: whitespace and every control or format character
# (zero-width space and joiners, the byte-order mark, soft hyphen, bidi marks).
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp"})


def _invisible(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in _INVISIBLE_CATEGORIES


@lru_cache(maxsize=1 << 14)
def _blank(text: str) -> bool:
    return all(_invisible(ch) for ch in text)


# The checks ask after every keystroke for thousands of cells: most begin with a letter or a
# digit, and are answered by that first character alone (str.isalnum is C-fast).


def is_blank(text: str | None) -> bool:
    """Nothing that shows."""
    if not text:
        return True
    if text[0].isalnum():
        return False
    if len(text) > 256:  # not remembered: a long value answers at its first visible character
        return all(_invisible(ch) for ch in text)
    return _blank(text)


@lru_cache(maxsize=1 << 14)
def _unanswered(text: str) -> bool:
    return all(_invisible(ch) or ch in DASHES for ch in text)


def is_unanswered(text: str | None) -> bool:
    """Nothing that shows, or only dashes: "none" where a text is asked for."""
    if not text:
        return True
    if text[0].isalnum():
        return False
    if len(text) > 256:
        return all(_invisible(ch) or ch in DASHES for ch in text)
    return _unanswered(text)


def is_empty_at(text: str | None, *, in_table: bool) -> bool:
    """Empty at a place: a table cell is empty when blank (a dash there answers "none");
    a field when unanswered."""
    return is_blank(text) if in_table else is_unanswered(text)


def visible(text: str | None) -> str:
    """The text with its invisible characters at both ends taken off (for a short display)."""
    t = text or ""
    start, end = 0, len(t)
    while start < end and _invisible(t[start]):
        start += 1
    while end > start and _invisible(t[end - 1]):
        end -= 1
    return t[start:end]
