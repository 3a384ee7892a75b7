"""The footer's page-code slot (layout.model.PageCode), drawn on each page of the PDF.

The slot is a square of `size_mm` at the right end of the footer band, its bottom at
the footer's baseline; the code's text (grantdesk/operator/page_code.py says what it is)
is drawn there as a QR code with reportlab's own widget. `qr_png` gives the same code as
an image, for the Word file's footer.
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


def _widget(text: str):
    from reportlab.graphics.barcode.qr import QrCodeWidget

    # level M: 15 % of the code may be lost (a fold, a stamp's edge) and it still reads
    return QrCodeWidget(text, barLevel="M", barBorder=QR_BORDER)


def draw_page_code(canvas: Canvas, code: PageCode, page: int, pages: int) -> None:
    """The page's code as a QR code (reportlab's own widget) filling the slot's square."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.shapes import Drawing

    text = fill(code.template, page=str(page), pages=str(pages))
    x, y, side = page_code_box(code)
    widget = _widget(text)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    canvas.saveState()
    canvas.setFillColor(colors.black)
    renderPDF.draw(drawing, canvas, x, y)
    canvas.restoreState()


def qr_png(text: str, module_px: int = 6) -> bytes:
    """`text` as a black-on-white QR code PNG, `module_px` pixels a module: reportlab's own
    encoder, rasterised by Pillow (reportlab's bitmap renderer needs a Cairo backend the app
    does not ship): one pixel a module, then scaled up whole."""
    from io import BytesIO

    from PIL import Image

    qr = _widget(text).qr
    qr.make()
    count = qr.getModuleCount() + 2 * QR_BORDER
    image = Image.new("1", (count, count), 1)
    image.putdata([0 if 0 <= r - QR_BORDER < len(qr.modules) and 0 <= c - QR_BORDER < len(qr.modules)
                   and qr.modules[r - QR_BORDER][c - QR_BORDER] else 1
                   for r in range(count) for c in range(count)])
    image = image.resize((count * module_px, count * module_px), Image.Resampling.NEAREST)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
