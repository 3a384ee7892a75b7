"""The bundled DejaVu Serif Condensed family, registered once and embedded in every PDF.

The PDF core fonts have no Kazakh letters (Ә Ғ Қ Ң Ө Ұ Ү Һ І); DejaVu has them all.
reportlab embeds a subset of a registered TTF font, so the PDF prints the same anywhere.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import fonts_dir

REGULAR = "DejaVuSerifCondensed"
BOLD = "DejaVuSerifCondensed-Bold"
ITALIC = "DejaVuSerifCondensed-Italic"
BOLD_ITALIC = "DejaVuSerifCondensed-BoldItalic"
_FILES = {REGULAR: "DejaVuSerifCondensed.ttf", BOLD: "DejaVuSerifCondensed-Bold.ttf",
          ITALIC: "DejaVuSerifCondensed-Italic.ttf", BOLD_ITALIC: "DejaVuSerifCondensed-BoldItalic.ttf"}


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the four faces as one family (so <b>, <i> pick the right face); returns its name."""
    folder = fonts_dir()
    for name, filename in _FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(folder / filename)))
    for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, ITALIC), (1, 1, BOLD_ITALIC)):
        addMapping(REGULAR, bold, italic, name)
    return REGULAR


@lru_cache(maxsize=1)
def drawable_codepoints() -> frozenset[int]:
    """Characters every face of the family has a glyph for; anything else cannot print."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in _FILES]
    common = set(faces[0].charToGlyph)
    for face in faces[1:]:
        common &= set(face.charToGlyph)
    return frozenset(common)
