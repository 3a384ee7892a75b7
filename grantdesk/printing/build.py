"""Lay the story out on A4 pages, decorate each page, and print the real page count.

The form states its own page count, which is only known after layout: build, read the
count, build again with it, until the printed count is the real one. The count sits in a
one-line paragraph and in the footer, so it cannot change the layout and two passes
suffice; the flowables are reused between passes, as reportlab's multiBuild does.
"""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from .context import PrintContext
from .fonts import BOLD, REGULAR
from .styles import FRAME_HEIGHT, FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT, PAGE_SIZE

MAX_PASSES = 4
_DRAFT_COLOUR = colors.Color(0.75, 0.1, 0.1)


def _decorator(ctx: PrintContext, draft: bool):
    width, height = PAGE_SIZE

    def decorate(canvas, doc) -> None:
        canvas.saveState()
        if draft:
            # Drawn before the page's content, so the text stays readable over the mark.
            canvas.setFillColor(_DRAFT_COLOUR)
            canvas.setFillAlpha(0.12)
            canvas.setFont(BOLD, 96)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(50)
            canvas.drawCentredString(0, -30, ctx.chrome.draft)
            canvas.rotate(-50)
            canvas.translate(-width / 2, -height / 2)
            canvas.setFillAlpha(1)
            canvas.setFont(BOLD, 9)
            canvas.drawCentredString(width / 2, height - 9 * mm, ctx.chrome.draft_note)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 8)
        canvas.drawCentredString(
            width / 2, MARGIN_BOTTOM / 2, ctx.chrome.format_page_number(doc.page, ctx.count.pages)
        )
        canvas.restoreState()

    return decorate


def _build_once(ctx: PrintContext, story: list[Flowable], draft: bool, title: str) -> tuple[bytes, int]:
    out = BytesIO()
    doc = BaseDocTemplate(
        out, pagesize=PAGE_SIZE, title=title, author="", creator="GrantDesk",
        # Same document, same bytes: no timestamps or random ids in the file.
        invariant=1,
        # The canvas otherwise starts in Helvetica, a font the PDF would name but not embed.
        initialFontName=REGULAR,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, FRAME_WIDTH, FRAME_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=_decorator(ctx, draft))])
    # A build marks flowables it moved (keepWithNext folded, `_postponed`); multiBuild's
    # edit log lets us undo those marks so the next pass starts from the same story.
    edits: list[tuple] = []
    doc._multiBuildEdits = edits.append
    try:
        doc.build(list(story))
    finally:
        for undo, *args in edits:
            undo(*args)
    return out.getvalue(), doc.page


def build_pdf(ctx: PrintContext, story: list[Flowable], draft: bool, title: str) -> tuple[bytes, int]:
    """The PDF and its page count, with that count printed in it."""
    for _ in range(MAX_PASSES):
        pdf, pages = _build_once(ctx, story, draft, title)
        if pages == ctx.count.pages:
            return pdf, pages
        ctx.count.pages = pages
    # Unreachable in practice (see the module docstring); fail loudly rather than print a
    # form whose stated page count is wrong.
    raise RuntimeError(f"the page count did not settle after {MAX_PASSES} layouts")
