"""The bundled DejaVu Serif Condensed family, registered once and embedded in every PDF.

The PDF core fonts have no Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І); DejaVu has them all.
reportlab embeds a subset of a registered TTF font, so the PDF prints the same anywhere.
The faces' names and widths are the print model's (grantdesk/layout/metrics.py).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics

from ..layout.metrics import BOLD, BOLD_ITALIC, FILES, ITALIC, REGULAR
from ..resources import fonts_dir
from .fontcache import load_ttfont

__all__ = ["BOLD", "BOLD_ITALIC", "ITALIC", "REGULAR", "register_fonts"]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the four faces as one family (so <b>, <i> pick the right face); returns its name."""
    folder = fonts_dir()
    for name, filename in FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(load_ttfont(name, folder / filename))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR
