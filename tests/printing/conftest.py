"""Helpers for the printing tests: read a PDF's text back with pypdf, never its pixels."""

from __future__ import annotations

import json
import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from grantdesk.document import Document, from_json
from grantdesk.forms import default_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Whitespace of any kind, plus what line wrapping leaves behind (soft hyphens, zero-width
# spaces): cells wrap, so text is compared with all of it removed on both sides.
_NOISE = re.compile(r"[\s\u00ad\u200b]+")
# A hyphen between letters: a word cut at a line's end prints one, and a typed one
# (`іс-шара`) cannot be told from it once the line break is gone, so both sides drop it.
_LETTER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def squash(text: str) -> str:
    return _LETTER_HYPHEN.sub("", _NOISE.sub("", text))


class PdfText:
    """The text of a printed PDF, page by page, and ways to look for typed values in it."""

    def __init__(self, pdf: bytes):
        self.reader = PdfReader(BytesIO(pdf))
        self.pages = [page.extract_text() or "" for page in self.reader.pages]
        self.squashed_pages = [squash(p) for p in self.pages]
        self.squashed = "".join(self.squashed_pages)

    def has(self, text: str) -> bool:
        """The text appears in one piece (whitespace aside)."""
        return squash(text) in self.squashed

    def has_in_order(self, text: str, min_piece: int = 8) -> bool:
        """The text appears whole, or cut into long pieces that appear in order.

        A table row that splits across pages prints the first part of each of its cells
        on one page and the rest on the next, so a cell's text comes back in pieces with
        other cells, the page number and the repeated header in between. Each piece must
        be at least `min_piece` characters (or the rest of the text), and the pieces must
        follow one another, so a value that is not printed cannot pass.
        """
        # A value's leading dash (a bullet) printed right after the previous cell's last letter
        # reads as a hyphen between letters and is dropped with it: compare without it.
        needle, hay = squash(text).strip("-") or squash(text), self.squashed  # a lone "-" is still looked for
        pos = i = 0
        while i < len(needle):
            lo, hi = 0, len(needle) - i  # longest prefix of the rest found after pos
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if hay.find(needle[i:i + mid], pos) >= 0:
                    lo = mid
                else:
                    hi = mid - 1
            if lo < min(min_piece, len(needle) - i):
                return False
            pos = hay.find(needle[i:i + lo], pos) + lo
            i += lo
        return True


@pytest.fixture(scope="session")
def registry():
    # Session-wide (tests/conftest.py has it per test) so module fixtures can print once.
    return default_registry()


@pytest.fixture
def fr24_doc(registry) -> Document:
    return Document.new(registry.get("fr24"))


@pytest.fixture(scope="session")
def seed_001_json() -> dict:
    return json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_001(seed_001_json, registry) -> Document:
    return from_json(seed_001_json, registry)


@pytest.fixture
def read_pdf():
    return PdfText


@pytest.fixture(scope="session")
def big_document(registry):
    """A long report built in code: `tasks` × `activities` × `indicators` rows."""

    def make(tasks: int, activities: int, indicators: int) -> Document:
        doc = Document.new(registry.get("fr24"))
        for t in range(1, tasks + 1):
            task = doc.add_row("tasks", cells={
                "title": f"Міндет T{t}: облыстық пікірсайыс турнирін ұйымдастыру",
                "longterm": f"Ұзақ мерзімді нәтиже T{t}",
            })
            for a in range(1, activities + 1):
                act = doc.add_row("tasks.activities", task.id, cells={
                    "name": f"Іс-шара T{t}A{a}: турнир ережелерін бекіту",
                    "narrative": f"T{t}A{a} турнир ережелері мен қарарлары келісіліп бекітілді. " * 3,
                    "date": "2-3.11.24", "place": "Ақтау қаласы", "participants": "175",
                    "shortterm": f"T{t}A{a} қысқа мерзімді нәтиже: командалар тіркелді, төрешілер бекітілді.",
                })
                for i in range(1, indicators + 1):
                    doc.add_row("tasks.activities.indicators", act.id, cells={
                        "indicator": f"Көрсеткіш T{t}A{a}I{i}", "plan": "Кемінде 500", "fact": f"{500 + i}",
                    })
        return doc

    return make
