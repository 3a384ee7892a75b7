"""The printed form's text styles and table geometry, in points, for every output format.

The PDF writer turns each TextStyle into a reportlab ParagraphStyle, the Word writer
into a Word paragraph style, so both set the same sizes, spacing and keeping.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import page

MM = 72 / 25.4  # points per millimetre
PAGE_WIDTH = page.PAGE_WIDTH_MM * MM
PAGE_HEIGHT = page.PAGE_HEIGHT_MM * MM
MARGIN_LEFT = page.MARGIN_LEFT_MM * MM
MARGIN_RIGHT = page.MARGIN_RIGHT_MM * MM
MARGIN_TOP = page.MARGIN_TOP_MM * MM
MARGIN_BOTTOM = page.MARGIN_BOTTOM_MM * MM
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
CONTRACT_WIDTH = page.CONTRACT_WIDTH_MM * MM

BODY_SIZE = 10
TABLE_SIZE = 7
CELL_PAD = 1.5  # left and right of a cell's text
CELL_PAD_TOP, CELL_PAD_BOTTOM = 1.5, 2
GRID_WIDTH = 0.5
HEADER_FILL = "EBEBEB"  # the header rows' shade, as RGB hex
DRAFT_COLOUR = "BF1A1A"


@dataclass(frozen=True)
class TextStyle:
    """A paragraph style of the print model, in points."""

    name: str
    size: float = BODY_SIZE
    leading: float = BODY_SIZE * 1.25
    align: str = "justify"  # "left", "center", "justify"
    before: float = 0
    after: float = 4
    keep_with_next: bool = False
    indent: float = 0  # left indent
    first_indent: float = 0  # of the first line, relative to `indent`

    def sized(self, size: float) -> "TextStyle":
        return replace(self, name=f"{self.name}-{size:g}", size=size, leading=size * 1.2)


_body = TextStyle("body")
_left = replace(_body, align="left")
_cell = replace(_left, name="cell", size=TABLE_SIZE, leading=TABLE_SIZE * 1.2, after=0)

STYLES: dict[str, TextStyle] = {s.name: s for s in (
    _body,  # typed text: narratives, field values
    replace(_left, name="closing", after=2),  # the short lines of the closing block
    replace(_body, name="title", size=12, leading=15, align="center", before=12, after=12),
    replace(_body, name="heading", before=8, after=4, keep_with_next=True),  # section headings, labels
    replace(_body, name="instruction", after=8),
    replace(_body, name="lead", before=8, keep_with_next=True),  # form wording introducing what follows
    replace(_body, name="numbered", after=3),  # "1. label: value"
    replace(_body, name="task", before=6, keep_with_next=True),  # "1-міндет. <task>"
    replace(_body, name="bullet", indent=8, first_indent=-8),
    replace(_left, name="contract", size=9, leading=11, align="center", after=0),
    replace(_left, name="caption", before=8, after=3, keep_with_next=True),  # a table's, kept with it
    replace(_body, name="note", size=9, leading=11, after=4, keep_with_next=True),
    replace(_left, name="small", size=7.5, leading=9, after=0),  # under the signature line
    _cell,
    replace(_cell, name="header", align="center"),
    replace(_cell, name="text_cell", size=9, leading=11),  # label | value tables of long texts
    replace(_cell, name="footer", size=8, leading=10, align="center"),
)}


def style(name: str) -> TextStyle:
    return STYLES[name]


def line_width(s: TextStyle, width: float = FRAME_WIDTH) -> float:
    """The room for text on a line of a paragraph in `s` across `width`."""
    return width - s.indent - 0.25


def column_widths(weights, total: float = FRAME_WIDTH) -> list[float]:
    """Relative weights → point widths filling `total`."""
    s = float(sum(weights))
    return [total * w / s for w in weights]
