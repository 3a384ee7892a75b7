"""The model's Tables as reportlab tables, and what every printed table shares.

All split across pages: header rows repeat on every page (repeatRows) and a tall row
splits inside itself (splitInRow), so even a cell several pages long prints instead of
failing the build. A tree table (the activity table) is written by tree.py.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Table as RLTable
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from ..layout.model import Cell, Table
from .fonts import register_fonts
from .styles import GRID, GRID_WIDTH, grid_style


def cell_flowable(c: Cell | None):
    """A cell's paragraphs; an empty cell needs none (most cells of a tree are empty)."""
    from .write import paragraph

    if c is None or not c.paras:
        return ""
    if len(c.paras) == 1:
        return paragraph(c.paras[0])
    return [paragraph(p) for p in c.paras]


# A row shorter than this moves to the next page whole; a taller one splits inside
# itself rather than leave that much of the page empty.
MIN_SPLIT_ROW = 100


class KeepShortRows(RLTable):
    """A Table that splits inside a row only when the row is tall: a shorter row moves to
    the next page whole."""

    def _splitRows(self, availHeight, doInRowSplit=0):
        if doInRowSplit:
            n = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
            if n < len(self._rowHeights) and self._rowHeights[n] < MIN_SPLIT_ROW:
                return []
        return super()._splitRows(availHeight, doInRowSplit)


class ClosedTable(KeepShortRows):
    """A printed table: splits inside a tall row first, closes every page's part with a
    rule at its bottom, and continues at the top of the next page.

    It tries splitting inside a row first (splitByRow=0): reportlab otherwise splits
    between rows, then fits the rest into the space left on the same page, repeating the
    header there. BOX rules only the bottom of the last part, and reportlab drops a
    `splitlast` line command from the second part on, so the rule is added here.
    """

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        # The first part may end above the page's bottom (a line cut between two stacked
        # indicators); reportlab would lay the rest out in that gap, cutting it twice.
        return [parts[0], FrameBreak, parts[1]]

    def _splitRows(self, availHeight, doInRowSplit=0):
        parts = super()._splitRows(availHeight, doInRowSplit)
        if len(parts) == 2:
            parts[0]._addCommand(("LINEBELOW", (0, -1), (-1, -1), GRID_WIDTH, GRID))
        return parts


def make_table(data: list[list], widths: list[float], header_rows: int, style: list[tuple],
               space_before: float, space_after: float) -> RLTable:
    # longTableOptimize: a split measures only the rows that fit, not the rest of the table.
    return ClosedTable(
        data, colWidths=widths, repeatRows=header_rows, splitByRow=0, splitInRow=1, style=style,
        longTableOptimize=1, spaceBefore=space_before, spaceAfter=space_after,
    )


class RunningHeader(ActionFlowable):
    """From here on, draw `flowables` at the top of every new page; `RunningHeader([])`
    stops it. A table printed as several consecutive tables (tree.py) heads its
    continuation pages this way, as one table's repeated header row would.

    Applied by the document as soon as it is reached, taking no space: reportlab's own
    SetTopFlowables is a zero-height flowable that the frame may push onto the next page,
    which would print a stray header on the page after the table.
    """

    def __init__(self, flowables: list[Flowable]):
        super().__init__()
        self._flowables = flowables

    def apply(self, doc) -> None:
        doc._topFlowables = list(self._flowables)


def _spans(rows, offset: int = 0) -> list[tuple]:
    """SPAN commands of the merged cells."""
    out = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is not None and (cell.rows > 1 or cell.cols > 1):
                out.append(("SPAN", (c, r + offset), (c + cell.cols - 1, r + offset + cell.rows - 1)))
    return out


def _unruled(t: Table) -> list[Flowable]:
    """A table with no grid (the contract lines, the signature block): rules under the
    cells that ask for one."""
    rows = [[cell_flowable(c) for c in row] for row in t.body]
    style = [("FONT", (0, 0), (-1, -1), register_fonts(), 9),
             ("LEFTPADDING", (0, 0), (-1, -1), t.pad), ("RIGHTPADDING", (0, 0), (-1, -1), t.pad),
             ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
    for r, row in enumerate(t.body):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            if cell.rule_below:
                style.append(("LINEBELOW", (c, r), (c, r), GRID_WIDTH, GRID))
            if cell.valign != "top":
                style.append(("VALIGN", (c, r), (c, r), cell.valign.upper()))
    style += _spans(t.body)
    # splitInRow: a contract number or a position typed pages long splits instead of failing
    table = RLTable(rows, colWidths=list(t.widths), hAlign=t.align.upper(), splitInRow=1, style=style,
                    spaceBefore=t.space_before, spaceAfter=t.space_after)
    return [KeepTogether([table])] if t.keep_together else [table]


def table_flowables(t: Table) -> list[Flowable]:
    from .tree import tree_flowables

    if getattr(t, "levels", ()):
        return tree_flowables(t)
    if not t.ruled:
        return _unruled(t)
    data = [[cell_flowable(c) for c in row] for row in t.header + t.body]
    style = grid_style(len(t.header)) + _spans(t.header + t.body)
    return [make_table(data, list(t.widths), len(t.header), style, t.space_before, t.space_after)]
