"""Lay the story out on A4 pages, decorate each page, and print the real page count.

The form states its own page count, which is only known once the last page is laid out.
The count cannot change the layout (it sits in the footer and at the end of a one-line
paragraph), so the story is laid out once: CountingCanvas holds every finished page back
and, at the end, draws what needs the count onto each page before writing it.
"""

from __future__ import annotations

import gc
import zlib
from functools import partial
from io import BytesIO
from typing import Callable, Iterable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..layout import styles as st
from ..layout.model import Printout
from ..layout.words import fill
from .fonts import BOLD, REGULAR
from .keeping import KeepWithStart
from .pagecode import draw_page_code
from .styles import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT, PAGE_SIZE

_DRAFT_COLOUR = colors.HexColor("#" + st.DRAFT_COLOUR)

# Draws onto a finished page once the count is known: (canvas, page number, page count).
CountedDraw = Callable[[Canvas, int, int], None]


class CountingCanvas(Canvas):
    """A canvas that writes its pages only when the document ends, so a page can say how
    many pages there are (reportlab's "page x of y" recipe)."""

    def __init__(self, *args, progress: Callable[[int], None] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self._progress = progress
        self._held: list[tuple[dict, bytes, list[CountedDraw]] | None] = []
        self._counted: list[CountedDraw] = []

    def when_counted(self, draw: CountedDraw) -> None:
        """Run `draw` on the current page once the page count is known."""
        self._counted.append(draw)

    def showPage(self) -> None:
        # The page's state stays as it is; its content (thousands of small strings, the
        # largest part of a held page) is kept compressed, a tenth of its size, until the
        # end; a fresh page starts.
        state = {k: v for k, v in self.__dict__.items() if k not in ("_held", "_counted", "_code", "_progress")}
        self._held.append((state, zlib.compress("\n".join(self._code).encode("utf-8"), 1), self._counted))
        self._counted = []
        self._startPage()
        if self._progress is not None:
            self._progress(len(self._held))

    def _write_held(self) -> None:
        """Write the pages held so far, each numbered among them (page i of their count),
        each compressed as soon as it is written and let go."""
        held, self._held = self._held, []
        count = len(held)
        for number in range(1, count + 1):
            state, code, draws = held[number - 1]
            held[number - 1] = None  # each page let go once written
            self.__dict__.update(state)
            self._code = [zlib.decompress(code).decode("utf-8")]
            for draw in draws:
                draw(self, number, count)
            super().showPage()
            self._deflate_last_page()

    def flush_counted(self) -> None:
        """Write the pages held so far, each numbered among them, and go on with the page
        in progress: a compiled Annex 4 numbers each entry on its own and so lets an entry's
        pages go as soon as the next one starts."""
        if not self._held:
            return
        current = {k: v for k, v in self.__dict__.items() if k != "_held"}
        self._write_held()
        self.__dict__.update(current)

    def _deflate_last_page(self) -> None:
        """Compress the page just written now rather than when the file is: reportlab keeps
        every page's content until then, and compressed it takes a fifth of the memory."""
        page = self._doc.Pages.pages[-1]
        if page.compression and page.stream and not page.Contents:
            page.Contents = pdfdoc.PDFStream(
                pdfdoc.PDFDictionary({"Filter": pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])}),
                pdfdoc.PDFZCompress.encode(page.stream))
            page.stream = None

    def save(self) -> None:
        self._write_held()
        super().save()


def _decorator(printout: Printout):
    """What every page carries: the draft mark, the footer's page number and page code."""
    width, height = PAGE_SIZE
    footer, draft = printout.footer, printout.draft

    def page_number(canvas: Canvas, page: int, pages: int) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 8)
        canvas.drawCentredString(width / 2, MARGIN_BOTTOM / 2,
                                 fill(footer.page_number, page=str(page), pages=str(pages)))
        canvas.restoreState()
        if footer.page_code is not None:  # the footer's page-code slot, at its right
            draw_page_code(canvas, footer.page_code, page, pages)

    def decorate(canvas: CountingCanvas, doc) -> None:
        if draft is not None:
            canvas.saveState()
            # Drawn before the page's content, so the text stays readable over the mark.
            canvas.setFillColor(_DRAFT_COLOUR)
            canvas.setFillAlpha(0.12)
            canvas.setFont(BOLD, 96)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(50)
            canvas.drawCentredString(0, -30, draft.mark)
            canvas.rotate(-50)
            canvas.translate(-width / 2, -height / 2)
            canvas.setFillAlpha(1)
            canvas.setFont(BOLD, 9)
            canvas.drawCentredString(width / 2, height - 9 * mm, draft.note)
            canvas.restoreState()
        canvas.when_counted(page_number)

    return decorate


class LazyStory(list):
    """The story as reportlab's build consumes it (from the front, looking a few
    flowables ahead for keep-with-next), its flowables taken from `flowables`, an iterator,
    only as the build reaches them: a report's nodes written one by one
    (printing.node_stream: layout.print_stream makes each block's as it is taken, a tree
    table's parts are made as they are taken), or the compiled Annex 4's parts
    (compiled.render_parts). Each is let go once it is on its page.

    reportlab's loop asks len() before each flowable (and puts split parts back at the
    front): that is where the next flowables are taken, a few ahead of the one placed."""

    AHEAD = 16  # flowables ready before the one placed: more than any keep-with-next chain

    def __init__(self, flowables: Iterable[Flowable]):
        super().__init__()
        self._flowables = iter(flowables)

    def __len__(self) -> int:
        while list.__len__(self) < self.AHEAD:
            flowable = next(self._flowables, None)
            if flowable is None:
                break
            self.append(flowable)
        return list.__len__(self)


def build_pdf(printout: Printout, story: list[Flowable],
              progress: Callable[[int], None] | None = None) -> tuple[bytes, int]:
    """The PDF and its page count, with that count printed in it. Consumes `story`: each
    flowable is let go once it is on its page, so a long report's text is not all held
    in memory at once. `progress` is told the pages laid out after each one (and may stop
    the build by raising)."""
    out = BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=PAGE_SIZE, title=printout.title, author=printout.author, creator="GrantDesk",
        lang=printout.lang,
        # The real creation date (a PDF dated 2000-01-01 looks broken to whoever files it).
        # SOURCE_DATE_EPOCH, if set, fixes it: same document, same bytes, for tests and builds.
        invariant=0,
        # The canvas otherwise starts in Helvetica, a font the PDF would name but not embed.
        initialFontName=REGULAR,
    )
    doc.keepTogetherClass = KeepWithStart  # a heading moves on only if its text's start would
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorator(printout))])
    # Layout makes garbage fast, and each full collection would walk every object alive
    # now (the story, the report, the app), so their cost grew with the report: set them
    # aside until the build ends. Garbage made during the build is collected as usual.
    gc.freeze()
    try:
        doc.build(story, canvasmaker=partial(CountingCanvas, progress=progress))
    finally:
        gc.unfreeze()
    return out.getvalue(), doc.page
