"""Turn the one printed PDF into page images for the preview and the printer (pdfium)."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PySide6.QtGui import QImage


class PdfPages:
    def __init__(self, pdf: bytes):
        self._pdf = pdfium.PdfDocument(pdf)

    def __len__(self) -> int:
        return len(self._pdf)

    def page_size_pt(self, index: int) -> tuple[float, float]:
        # Read from the page tree: loading the page would parse its content, and the
        # preview asks every page's size up front.
        size = pdfium_c.FS_SIZEF()
        if not pdfium_c.FPDF_GetPageSizeByIndexF(self._pdf.raw, index, ctypes.byref(size)):
            return self._pdf[index].get_size()
        return size.width, size.height

    def image(self, index: int, dpi: float) -> QImage:
        """Page `index` drawn by pdfium straight into the image's own pixels (one copy of
        a page, not three: pdfium's bitmap, a copy, the pixmap)."""
        page = self._pdf[index]
        try:
            w, h = page.get_size()
            scale = dpi / 72.0
            width, height = max(1, round(w * scale)), max(1, round(h * scale))
            image = QImage(width, height, QImage.Format.Format_RGB32)  # pdfium's BGRx, in memory order
            image.fill(0xFFFFFFFF)
            buffer = (ctypes.c_uint8 * image.sizeInBytes()).from_buffer(image.bits())  # writable: Qt detached it
            bitmap = pdfium_c.FPDFBitmap_CreateEx(width, height, pdfium_c.FPDFBitmap_BGRx, buffer, image.bytesPerLine())
            try:
                pdfium_c.FPDF_RenderPageBitmap(bitmap, page.raw, 0, 0, width, height, 0, pdfium_c.FPDF_ANNOT)
            finally:
                pdfium_c.FPDFBitmap_Destroy(bitmap)
            return image
        finally:
            page.close()

    def close(self) -> None:
        self._pdf.close()
