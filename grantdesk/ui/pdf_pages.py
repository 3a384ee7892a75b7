"""Turn the one printed PDF into page images for the preview and the printer (pdfium)."""

from __future__ import annotations

import pypdfium2 as pdfium
from PySide6.QtGui import QImage


class PdfPages:
    def __init__(self, pdf: bytes):
        self._pdf = pdfium.PdfDocument(pdf)

    def __len__(self) -> int:
        return len(self._pdf)

    def page_size_pt(self, index: int) -> tuple[float, float]:
        return self._pdf[index].get_size()

    def image(self, index: int, dpi: float) -> QImage:
        page = self._pdf[index]
        bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
        fmt = QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4 else QImage.Format.Format_RGB888
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt)
        return image.copy()  # own the pixels: pdfium frees its buffer with the bitmap

    def close(self) -> None:
        self._pdf.close()
