"""One PDF of many documents: the operator's Annex 4 compiled from every project's OP4 entry.

The list of projects first, then each entry from a new page exactly as OP4 prints it
(form_story over its final report), its pages numbered on their own as the entry printed
alone is, then the appendix of the files left out. The entries come from an iterator that
opens one project at a time, pulled by the layout as it fills pages (StreamingStory), so
only the entry being laid out is in memory; each entry's finished pages are handed to the
PDF as soon as the next entry starts (CountingCanvas.flush_counted). What stays until the
end is reportlab's own: each page's content stream, until the file is written.
"""

from __future__ import annotations

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
    """A new part (an entry, the appendix) starts on this page: the pages before it are
    complete, so they are numbered among themselves and written."""

    def apply(self, doc) -> None:
        doc.canv.flush_counted()


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


def render_compiled(text: CompiledText, entries: Iterable[tuple[FormDef, Document]], lang: str) -> tuple[bytes, int]:
    """The compiled PDF and its page count. `entries` (derived definition, source report)
    is consumed lazily, one entry at a time, in the order given."""
    ctx = PrintContext(doc=None, lang=lang, chrome=layout.chrome(lang), styles=make_styles())
    styles = ctx.styles

    def story() -> Iterator[Flowable]:
        from . import form_story  # the package's entry point, defined after this module loads

        yield ctx.para(ctx.markup(text.title), styles.title)
        if text.period:
            yield ctx.para(ctx.markup(text.period), styles.title)
        yield ctx.para(f"<b>{ctx.markup(text.projects_heading)}</b>", styles.heading)
        yield (_table(ctx, text.columns, text.projects, (1, 7, 9, 4)) if text.projects
               else ctx.para(ctx.markup(text.none), styles.body))
        for form, source in entries:
            ensure_derived_from(form, source)
            yield PageBreak()
            yield _EntryStart()
            yield from form_story(form, source, lang)[1]
        yield PageBreak()
        yield _EntryStart()
        yield ctx.para(f"<b>{ctx.markup(text.skipped_heading)}</b>", styles.heading)
        yield (_table(ctx, text.skipped_columns, text.skipped, (1, 9, 10)) if text.skipped
               else ctx.para(ctx.markup(text.none), styles.body))

    return build_pdf(ctx, StreamingStory(story()), draft=False, title=text.title)
