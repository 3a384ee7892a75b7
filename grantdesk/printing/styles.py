"""The print model's text styles and geometry as reportlab's (grantdesk/layout/styles.py)."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle

from ..layout import styles as st
from .fonts import register_fonts

PAGE_SIZE = (st.PAGE_WIDTH, st.PAGE_HEIGHT)
MARGIN_LEFT, MARGIN_BOTTOM = st.MARGIN_LEFT, st.MARGIN_BOTTOM
FRAME_WIDTH, FRAME_HEIGHT = st.FRAME_WIDTH, st.FRAME_HEIGHT
TABLE_SIZE, CELL_PAD, GRID_WIDTH = st.TABLE_SIZE, st.CELL_PAD, st.GRID_WIDTH
GRID = colors.black
HEADER_FILL = colors.HexColor("#" + st.HEADER_FILL)
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "justify": TA_JUSTIFY}


@lru_cache(maxsize=None)
def paragraph_style(name: str, size: float | None = None) -> ParagraphStyle:
    """The model's style `name` (at `size`, when a table's header is set smaller)."""
    s = st.style(name)
    if size is not None:
        s = s.sized(size)
    # splitLongWords lets a 60-character URL break inside a narrow cell instead of
    # overflowing it; reportlab inserts no hyphen, so the text stays as typed.
    return ParagraphStyle(
        f"gd-{s.name}", fontName=register_fonts(), fontSize=s.size, leading=s.leading, alignment=_ALIGN[s.align],
        spaceBefore=s.before, spaceAfter=s.after, keepWithNext=int(s.keep_with_next), leftIndent=s.indent,
        firstLineIndent=s.first_indent, splitLongWords=1,
    )


def table_base() -> list[tuple]:
    """Font and padding every printed table shares."""
    return [
        ("FONT", (0, 0), (-1, -1), register_fonts(), TABLE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), st.CELL_PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), st.CELL_PAD_BOTTOM),
    ]


def grid_style(header_rows: int) -> list[tuple]:
    """Full grid with a shaded header, for the plain tables."""
    return table_base() + [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ] + header_style(header_rows)


def header_style(header_rows: int) -> list[tuple]:
    if header_rows <= 0:
        return []
    last = header_rows - 1
    return [
        ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, last), HEADER_FILL),
    ]
