"""PDFs of many documents: the operator's Annex 4 compiled from every project's OP4 entry.

Made in parts that grantdesk/operator/annex4.py joins: a listing (the list of projects,
the appendix of files left out) and runs of entries (`render_entries`), each entry from a
new page exactly as OP4 prints it (form_story over its final report), its pages numbered
on their own as the entry printed alone is. A run's entries come from an iterator that
opens one project at a time, pulled by the layout as it fills pages (StreamingStory), so
only the entry being laid out is in memory, and a run's pages are let go once it is
written: memory stays flat however many projects there are.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Iterator

from reportlab.platypus import Flowable, PageBreak, Table
from reportlab.platypus.doctemplate import ActionFlowable

from .. import layout
from ..document import Document
from ..forms import FormDef, ensure_derived_from
from .build import build_pdf
from .context import PrintContext
from .paragraphs import Para
from .styles import FRAME_WIDTH, GRID, GRID_WIDTH, HEADER_FILL, make_styles


@dataclass(frozen=True)
class CompiledText:
    """What the compiled document says around its entries (plain text, in its language)."""

    title: str
    period: str  # "" when the compilation has no period
    projects_heading: str
    columns: tuple[str, ...]  # of the list of projects
    projects: tuple[tuple[str, ...], ...]
    skipped_heading: str
    skipped_columns: tuple[str, ...]
    skipped: tuple[tuple[str, ...], ...]
    none: str  # said under a heading with nothing listed


class StreamingStory(list):
    """A story that fills itself from an iterator as the layout consumes it.

    reportlab's build loop reads len(story), story[0] and `del story[0]`, and puts split
    parts back at the front; topping the list up whenever its length is asked keeps a
    window of flowables ahead of the layout and nothing more.
    """

    def __init__(self, source: Iterable[Flowable], ahead: int = 100):
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)
        self._ahead = ahead

    def __len__(self) -> int:
        if self._source is not None and list.__len__(self) < self._ahead:
            for flowable in self._source:
                self.append(flowable)
                if list.__len__(self) >= 2 * self._ahead:
                    break
            else:
                self._source = None
        return list.__len__(self)


class _EntryStart(ActionFlowable):
    """Marks the page an entry starts on (placed right after its page break)."""

    def __init__(self, starts: list[int]):
        super().__init__()
        self._starts = starts

    def apply(self, doc) -> None:
        self._starts.append(doc.page)


def _numbering(starts: list[int]):
    """(page, pages) of the whole PDF → (page, pages) within the entry holding that page."""
    def number(page: int, pages: int) -> tuple[int, int]:
        i = bisect_right(starts, page) - 1
        if i < 0:
            return page, pages
        end = starts[i + 1] - 1 if i + 1 < len(starts) else pages
        return page - starts[i] + 1, end - starts[i] + 1

    return number


def _table(ctx: PrintContext, columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
           weights: tuple[float, ...]) -> Table:
    total = sum(weights)
    widths = [FRAME_WIDTH * w / total for w in weights]
    head = [Para(f"<b>{ctx.markup(c)}</b>", ctx.styles.header) for c in columns]
    body = [[Para(ctx.markup(v), ctx.styles.cell) for v in row] for row in rows]
    return Table([head] + body, colWidths=widths, repeatRows=1, style=[
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
    ])


def _context(lang: str) -> PrintContext:
    return PrintContext(doc=None, lang=lang, chrome=layout.chrome(lang), styles=make_styles())


def render_projects(text: CompiledText, lang: str) -> tuple[bytes, int]:
    """The compiled document's first part: its title, period and the list of projects."""
    ctx = _context(lang)
    story: list[Flowable] = [ctx.para(ctx.markup(text.title), ctx.styles.title)]
    if text.period:
        story.append(ctx.para(ctx.markup(text.period), ctx.styles.title))
    story.append(ctx.para(f"<b>{ctx.markup(text.projects_heading)}</b>", ctx.styles.heading))
    story.append(_table(ctx, text.columns, text.projects, (1, 7, 9, 4)) if text.projects
                 else ctx.para(ctx.markup(text.none), ctx.styles.body))
    return build_pdf(ctx, story, draft=False, title=text.title)


def render_skipped(text: CompiledText, lang: str) -> tuple[bytes, int]:
    """The compiled document's appendix: every file left out, and why."""
    ctx = _context(lang)
    story: list[Flowable] = [ctx.para(f"<b>{ctx.markup(text.skipped_heading)}</b>", ctx.styles.heading)]
    story.append(_table(ctx, text.skipped_columns, text.skipped, (1, 9, 10)) if text.skipped
                 else ctx.para(ctx.markup(text.none), ctx.styles.body))
    return build_pdf(ctx, story, draft=False, title=text.skipped_heading)


def render_entries(entries: Iterable[tuple[FormDef, Document]], lang: str, title: str) -> tuple[bytes, int]:
    """A run of entries (derived definition, source report), consumed lazily in order, each
    from a new page with its own page numbers: the PDF and its page count."""
    ctx = _context(lang)
    starts: list[int] = []

    def story() -> Iterator[Flowable]:
        from . import form_story  # the package's entry point, defined after this module loads

        for n, (form, source) in enumerate(entries):
            ensure_derived_from(form, source)
            if n:
                yield PageBreak()
            yield _EntryStart(starts)
            yield from form_story(form, source, lang)[1]

    return build_pdf(ctx, StreamingStory(story()), draft=False, title=title, numbering=_numbering(starts))
