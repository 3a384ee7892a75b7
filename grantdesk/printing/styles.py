"""Page geometry, paragraph styles and table grid styles of the printed form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..layout import page
from .fonts import register_fonts

PAGE_SIZE = A4  # portrait
MARGIN_LEFT = page.MARGIN_LEFT_MM * mm
MARGIN_RIGHT = page.MARGIN_RIGHT_MM * mm
MARGIN_TOP = page.MARGIN_TOP_MM * mm
MARGIN_BOTTOM = page.MARGIN_BOTTOM_MM * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

BODY_SIZE = 10
TABLE_SIZE = 7
CELL_PAD = 1.5
GRID = colors.black
GRID_WIDTH = 0.5
HEADER_FILL = colors.Color(0.92, 0.92, 0.92)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle  # typed text: narratives, field values
    closing: ParagraphStyle  # the short lines of the closing block
    title: ParagraphStyle
    heading: ParagraphStyle  # numbered section headings and field labels
    instruction: ParagraphStyle
    lead: ParagraphStyle  # a paragraph of form wording introducing what follows
    numbered: ParagraphStyle  # "1. label: value" of the general information
    task: ParagraphStyle  # "1-міндет. <task>" heading its activities
    bullet: ParagraphStyle
    contract: ParagraphStyle
    caption: ParagraphStyle  # a table's caption, kept with its table
    note: ParagraphStyle
    small: ParagraphStyle  # the caption under the signature line
    cell: ParagraphStyle  # table cells
    header: ParagraphStyle  # table header cells
    text_cell: ParagraphStyle  # label | value tables holding long texts


@lru_cache(maxsize=1)
def make_styles() -> Styles:
    """The styles, made once: reportlab only reads them, and the per-size header styles
    cached below are keyed by them."""
    font = register_fonts()
    # splitLongWords lets a 60-character URL break inside a narrow cell instead of
    # overflowing it; reportlab inserts no hyphen, so the text stays as typed.
    body = ParagraphStyle(
        "gd-body", fontName=font, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.25,
        alignment=TA_JUSTIFY, spaceAfter=4, splitLongWords=1,
    )
    left = ParagraphStyle("gd-left", parent=body, alignment=TA_LEFT)
    cell = ParagraphStyle(
        "gd-cell", parent=left, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2, spaceAfter=0,
    )
    return Styles(
        body=body,
        closing=ParagraphStyle("gd-closing", parent=left, spaceAfter=2),
        title=ParagraphStyle(
            "gd-title", parent=body, fontSize=12, leading=15, alignment=TA_CENTER,
            spaceBefore=12, spaceAfter=12,
        ),
        heading=ParagraphStyle("gd-heading", parent=body, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        instruction=ParagraphStyle("gd-instruction", parent=body, spaceAfter=8),
        lead=ParagraphStyle("gd-lead", parent=body, spaceBefore=8, keepWithNext=1),
        numbered=ParagraphStyle("gd-numbered", parent=body, spaceAfter=3),
        task=ParagraphStyle("gd-task", parent=body, spaceBefore=6, keepWithNext=1),
        bullet=ParagraphStyle("gd-bullet", parent=body, leftIndent=8, firstLineIndent=-8),
        contract=ParagraphStyle("gd-contract", parent=left, fontSize=9, leading=11, alignment=TA_CENTER, spaceAfter=0),
        caption=ParagraphStyle("gd-caption", parent=left, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        note=ParagraphStyle("gd-note", parent=body, fontSize=9, leading=11, spaceAfter=4, keepWithNext=1),
        small=ParagraphStyle("gd-small", parent=left, fontSize=7.5, leading=9, spaceAfter=0),
        cell=cell,
        header=ParagraphStyle("gd-header", parent=cell, alignment=TA_CENTER),
        text_cell=ParagraphStyle("gd-text-cell", parent=cell, fontSize=9, leading=11),
    )


def table_base() -> list[tuple]:
    """Font and padding every printed table shares."""
    return [
        ("FONT", (0, 0), (-1, -1), register_fonts(), TABLE_SIZE),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
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


def line_fit(style: ParagraphStyle, lang: str, width: float = FRAME_WIDTH):
    """The lines of a paragraph in `style` across `width` (the frame, by default)."""
    from .breaking import Fit

    return Fit(style.fontName, style.fontSize, width - style.leftIndent - style.rightIndent - 0.25, lang)


@lru_cache(maxsize=None)
def header_style_sized(base: ParagraphStyle, size: float) -> ParagraphStyle:
    """The header style at one table's header size (widths.Layout.head_scale)."""
    return ParagraphStyle(f"{base.name}-{size:g}", parent=base, fontSize=size, leading=size * 1.2)


def column_widths(weights: list[float] | tuple[float, ...], total: float = FRAME_WIDTH) -> list[float]:
    """Relative weights (percentages or any numbers) → point widths filling the frame."""
    s = float(sum(weights))
    return [total * w / s for w in weights]
