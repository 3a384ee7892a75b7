"""The footer's page-code slot (layout.model.PageCode), drawn on each page of the PDF.

The slot is a square of `size_mm` at the right end of the footer band, its bottom at
the footer's baseline. Today the code is printed as its text, small, right-aligned in
that square's place; a QR code of the same text is drawn here by replacing this one
function (issue 22): nothing else in the PDF writer or the model changes.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..layout import styles as st
from ..layout.model import PageCode
from ..layout.words import fill
from .fonts import REGULAR


def page_code_box(code: PageCode) -> tuple[float, float, float]:
    """(x, y, side) of the slot's square on the page, in points."""
    side = code.size_mm * mm
    x = st.PAGE_WIDTH - st.MARGIN_RIGHT - side
    y = max(2 * mm, st.MARGIN_BOTTOM / 2 - side / 2)
    return x, y, side


def draw_page_code(canvas: Canvas, code: PageCode, page: int, pages: int) -> None:
    text = fill(code.template, page=str(page), pages=str(pages))
    x, y, side = page_code_box(code)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.setFont(REGULAR, 6)
    canvas.drawRightString(x + side, st.MARGIN_BOTTOM / 2, text)
    canvas.restoreState()
