"""A two-level table header drawn in one row, without SPAN.

reportlab recomputes span maps over every cell of a table each time it splits it, which
made a 2 000-row activity table lay out twice as slowly. The header is therefore one
row: each column under a group ("Индикаторлар" over жоспар / факт) holds a GroupedCell
that draws its part of the group band and its own label under it; the group's first
cell writes the group label across the whole band.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.platypus import Flowable, Paragraph

from .styles import CELL_PAD, GRID, GRID_WIDTH


@dataclass(frozen=True)
class Group:
    """A label over columns first..last of a header row."""

    label: Paragraph
    first: int
    last: int


class GroupedCell(Flowable):
    """One header cell under a group label. Needs zero padding and VALIGN TOP, and is
    given the row height so it can rule the band and its divider to the row's bottom."""

    def __init__(self, label: Paragraph, width: float, height: float, band: float,
                 group_label: Paragraph | None, group_width: float, divider: bool):
        super().__init__()
        self._label = label
        self._width = width
        self._height = height
        self._band = band  # height of the group band at the top of the cell
        self._group_label = group_label
        self._group_width = group_width
        self._divider = divider  # rule the right edge below the band (inner columns)

    def wrap(self, avail_width, avail_height):
        return self._width, self._height

    def draw(self):
        canv = self.canv
        h, band = self._height, self._band
        if self._group_label is not None:
            gw, gh = self._group_label.wrap(self._group_width - 2 * CELL_PAD, band)
            self._group_label.drawOn(canv, CELL_PAD, h - band + (band - gh) / 2)
        lw, lh = self._label.wrap(self._width - 2 * CELL_PAD, h - band)
        self._label.drawOn(canv, CELL_PAD, (h - band - lh) / 2)
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(GRID_WIDTH)
        canv.line(0, h - band, self._width, h - band)
        if self._divider:
            canv.line(self._width, 0, self._width, h - band)
        canv.restoreState()


def header_row(cells: list[Paragraph], widths: list[float], groups: list[Group]) -> tuple[list, list[tuple]]:
    """The header row and its style commands: plain cells as they are, grouped columns
    replaced by GroupedCells sized to the row."""
    grouped = {i: g for g in groups for i in range(g.first, g.last + 1)}
    pad_v = 2 * CELL_PAD + 1

    def height(cell: Paragraph, width: float) -> float:
        return cell.wrap(width - 2 * CELL_PAD, 10_000)[1]

    bands = {id(g): height(g.label, sum(widths[g.first:g.last + 1])) + pad_v for g in groups}
    plain = [height(c, widths[i]) + pad_v for i, c in enumerate(cells) if i not in grouped]
    under = [bands[id(grouped[i])] + height(c, widths[i]) + pad_v for i, c in enumerate(cells) if i in grouped]
    row_height = max(plain + under + [0.0])

    row: list = list(cells)
    style: list[tuple] = [("BOX", (0, 0), (-1, 0), GRID_WIDTH, GRID), ("LINEBELOW", (0, 0), (-1, 0), GRID_WIDTH, GRID)]
    for i, cell in enumerate(cells):
        g = grouped.get(i)
        if g is None:
            style.append(("LINEAFTER", (i, 0), (i, 0), GRID_WIDTH, GRID))
            continue
        row[i] = GroupedCell(
            cell, widths[i], row_height, bands[id(g)],
            g.label if i == g.first else None, sum(widths[g.first:g.last + 1]),
            divider=i < g.last,
        )
        style += [
            ("VALIGN", (i, 0), (i, 0), "TOP"),
            ("LEFTPADDING", (i, 0), (i, 0), 0), ("RIGHTPADDING", (i, 0), (i, 0), 0),
            ("TOPPADDING", (i, 0), (i, 0), 0), ("BOTTOMPADDING", (i, 0), (i, 0), 0),
        ]
        if i == g.last:
            style.append(("LINEAFTER", (i, 0), (i, 0), GRID_WIDTH, GRID))
    return row, style
