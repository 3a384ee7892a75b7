"""How much a document may print: a page limit, checked before any work starts.

Building the print model and laying it out take time and memory growing with the text;
a report whose every field holds a pasted book would run for minutes and take gigabytes.
So before printing (the PDF or the Word file) the pages are estimated from the typed text
alone, in one pass over the values (no measuring, no layout), and a document estimated
beyond PAGE_LIMIT is refused with a message (docs/reliability.md, "The page limit").

The estimate counts each value's line breaks and its characters as lines: a character
as if in a narrow table column (CHARS_PER_LINE), so the estimate errs on the high side
for running text; LINES_PER_PAGE lines a page (the table's 7-point lines).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..document import Document, Row

PAGE_LIMIT = 2000
CHARS_PER_LINE = 14  # a narrow column of the activity table
LINES_PER_PAGE = 90


@dataclass(frozen=True)
class TooLong(ValueError):
    """A document estimated to print more pages than PAGE_LIMIT."""

    pages: int
    limit: int = PAGE_LIMIT

    def __str__(self) -> str:
        return f"about {self.pages} pages, beyond the limit of {self.limit}"


def _values(doc: Document) -> Iterator[str]:
    yield from doc.project.values()
    yield from doc.values.values()

    def walk(rows: list[Row]) -> Iterator[str]:
        for row in rows:
            yield from row.cells.values()
            if row.source is not None:
                yield from row.source.cells.values()
            for kids in row.children.values():
                yield from walk(kids)

    for rows in doc.rows.values():
        yield from walk(rows)


def estimated_pages(doc: Document) -> int:
    """The pages `doc` would print, estimated high from its typed text alone."""
    lines = 0
    for value in _values(doc):
        if value:
            lines += value.count("\n") + len(value) // CHARS_PER_LINE
    return lines // LINES_PER_PAGE + 1


def check_page_limit(doc: Document, limit: int = PAGE_LIMIT) -> None:
    """Raise TooLong when `doc` is estimated to print more than `limit` pages."""
    pages = estimated_pages(doc)
    if pages > limit:
        raise TooLong(pages, limit)
