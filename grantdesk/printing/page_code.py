"""The page code: a small QR code in a printed page's footer (FORMS.md, "A page code").

What it says (the payload) is decided by grantdesk/operator/page_code.py; this module only
draws it, with reportlab's own QR encoder and widget, onto a PDF page (`draw`) or into a
PNG for the Word file's footer (`png`, the same encoder's modules rasterised by Pillow:
reportlab's own bitmap renderer needs a Cairo backend the app does not ship).
"""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm

SIZE = 13 * mm  # 0.35 mm a module at version 4 (a 60-byte payload): a phone or a 200 dpi scan reads it
LEVEL = "M"  # 15 % of the code may be lost (a fold, a stamp's edge) and it still reads
BORDER = 2  # modules of quiet zone; the footer's white paper gives the rest


def _widget(payload: str) -> QrCodeWidget:
    return QrCodeWidget(payload, barLevel=LEVEL, barBorder=BORDER)


def draw(canvas, payload: str, x: float, y: float, size: float = SIZE) -> None:
    """Draw `payload` as a QR code of `size` points with its lower left corner at (x, y):
    the one call the page's footer makes."""
    widget = _widget(payload)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, x, y)


def png(payload: str, module_px: int = 6) -> bytes:
    """`payload` as a black-on-white PNG, `module_px` pixels a module (for a .docx footer)."""
    from PIL import Image  # only when a Word file is written

    qr = _widget(payload).qr
    qr.make()
    count = qr.getModuleCount()
    side = (count + 2 * BORDER) * module_px
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    for r, row in enumerate(qr.modules):
        for c, dark in enumerate(row):
            if dark:
                x0, y0 = (c + BORDER) * module_px, (r + BORDER) * module_px
                for dy in range(module_px):
                    for dx in range(module_px):
                        pixels[x0 + dx, y0 + dy] = 0
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
