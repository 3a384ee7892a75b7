"""A printed text in parts: the form's wording, and values as a user typed them.

The Word file writes the parts as one text (`plain`). The PDF needs to tell them apart:
a typed part is printed literally (links made clickable, line breaks kept, and in places
fitted to its line so no word is cut but between syllables), wording is only escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping

_SLOT = re.compile(r"\{(\w+)\}")

Spans = tuple["Span", ...]


@dataclass(frozen=True)
class Span:
    """A piece of printed text, and whether a user typed it."""

    text: str
    typed: bool = False  # what a user typed (else the form's or the chrome's words)


def typed(text: str) -> Span:
    return Span(text, True)


def plain(spans: Iterable[Span]) -> str:
    """The parts as one text."""
    return "".join(s.text for s in spans)


def fill_spans(template: str, values: Mapping[str, Span]) -> Spans:
    """`template` (wording) with its `{name}` slots replaced by `values` in one pass; a
    slot with no value stays as written, as words.fill leaves it."""
    out: list[Span] = []
    pos = 0
    for m in _SLOT.finditer(template):
        value = values.get(m.group(1))
        if value is None:
            continue
        out += [Span(template[pos:m.start()]), value]
        pos = m.end()
    out.append(Span(template[pos:]))
    return tuple(s for s in out if s.text)
