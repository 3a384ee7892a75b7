"""The footer's page-code slot (layout.model.PageCode), drawn on each page of the PDF.

The slot is a square of `size_mm` at the right end of the footer band, its bottom at
the footer's baseline; the code's text (grantdesk/operator/page_code.py says what it is)
is drawn there as a QR code (qr.py: reportlab's own encoder), its dark modules drawn
straight onto the page as one filled path (a run of modules a rectangle), not through reportlab's
graphics widgets, which validate every one of a code's ~1 000 shapes and encode it twice.
`qr_png` gives the same code as an image, for the Word file's footer.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ..layout import styles as st
from ..layout.model import PageCode
from ..layout.words import fill

QR_BORDER = 2  # modules of quiet zone; the footer's white paper gives the rest


def page_code_box(code: PageCode) -> tuple[float, float, float]:
    """(x, y, side) of the slot's square on the page, in points."""
    side = code.size_mm * mm
    x = st.PAGE_WIDTH - st.MARGIN_RIGHT - side
    # 4.5 mm up at least: a printer leaves the paper's last few millimetres blank
    y = max(4.5 * mm, st.MARGIN_BOTTOM / 2 - side / 2)
    return x, y, side


def _dark_runs(row: list[bool]):
    """(first column, length) of each run of dark modules in a row."""
    start = None
    for c, dark in enumerate(row + [False]):
        if dark and start is None:
            start = c
        elif not dark and start is not None:
            yield start, c - start
            start = None


def draw_page_code(canvas: Canvas, code: PageCode, page: int, pages: int) -> None:
    """The page's code as a QR code filling the slot's square, the quiet zone inside it."""
    from .qr import qr_modules  # reportlab's barcodes, loaded by a print that has a code

    modules = qr_modules(fill(code.template, page=str(page), pages=str(pages)))
    x, y, side = page_code_box(code)
    box = side / (len(modules) + 2 * QR_BORDER)
    top = y + side - QR_BORDER * box
    path = canvas.beginPath()
    for r, row in enumerate(modules):
        for c, n in _dark_runs(row):
            path.rect(x + (c + QR_BORDER) * box, top - (r + 1) * box, n * box, box)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def qr_png(text: str, module_px: int = 6) -> bytes:
    """`text` as a black-on-white QR code PNG, `module_px` pixels a module: reportlab's own
    encoder, rasterised by Pillow (reportlab's bitmap renderer needs a Cairo backend the app
    does not ship): one pixel a module, then scaled up whole."""
    from io import BytesIO

    from PIL import Image

    from .qr import qr_modules

    modules = qr_modules(text)
    n = len(modules)
    count = n + 2 * QR_BORDER
    image = Image.new("1", (count, count), 1)
    image.putdata([0 if 0 <= r - QR_BORDER < n and 0 <= c - QR_BORDER < n
                   and modules[r - QR_BORDER][c - QR_BORDER] else 1
                   for r in range(count) for c in range(count)])
    image = image.resize((count * module_px, count * module_px), Image.Resampling.NEAREST)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
