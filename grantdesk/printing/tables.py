"""The plain table block kinds (label_values, fixed_table, grid) and what every printed
table shares, the activity table (tree.py) included.

All split across pages: header rows repeat on every page (repeatRows) and a tall row
splits inside itself (splitInRow), so even a cell several pages long prints instead of
failing the build.
"""

from __future__ import annotations

from typing import Any, Mapping

from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from .. import layout
from .context import PrintContext
from .markup import escape, printable
from .styles import GRID, GRID_WIDTH, column_widths, fitting_size, grid_style, header_style_sized

Block = Mapping[str, Any]


def cell(ctx: PrintContext, markup: str):
    # An empty cell needs no Paragraph; most cells of a flattened tree are empty.
    return Paragraph(markup, ctx.styles.cell) if markup else ""


def header_cell(ctx: PrintContext, text: str, width: float) -> Paragraph:
    """A bold header cell from plain wording, shrunk to keep its words whole in `width`."""
    style = header_style_sized(ctx.styles.header, fitting_size(text, width))
    return Paragraph(f"<b>{escape(text)}</b>", style)


# A row shorter than this moves to the next page whole; a taller one splits inside
# itself rather than leave that much of the page empty.
MIN_SPLIT_ROW = 100


class KeepShortRows(Table):
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


SPACE_BEFORE, SPACE_AFTER = 2, 8  # around every printed table


def make_table(data: list[list], widths: list[float], header_rows: int, style: list[tuple],
               space_before: float = SPACE_BEFORE, space_after: float = SPACE_AFTER) -> Table:
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


def _caption(ctx: PrintContext, text: layout.TableText) -> list[Flowable]:
    out: list[Flowable] = [ctx.para(f"<b>{escape(printable(text.caption))}</b>", ctx.styles.caption)]
    if text.note:
        out.append(ctx.para(f"<i>{escape(printable(text.note))}</i>", ctx.styles.note))
    return out


def _table(ctx: PrintContext, text: layout.TableText) -> list[Flowable]:
    """Header, body and widths as layout worked them out."""
    widths = column_widths(text.weights)
    data: list[list] = [[header_cell(ctx, h, w) for h, w in zip(text.header, widths)]]
    data += [[cell(ctx, ctx.value(v)) for v in row] for row in text.rows]
    return _caption(ctx, text) + [make_table(data, widths, 1, grid_style(1))]


# ---- block kinds -----------------------------------------------------------------------


def label_values(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Label | value rows in a two-column table, as the form lays out goal and result;
    `colon: true` prints each label with a colon, as the plan's Block I does."""
    s = ctx.styles
    text = layout.label_values(ctx.words, block)
    rows = [[Paragraph(f"<b>{escape(printable(label))}</b>", s.text_cell), Paragraph(ctx.value(value), s.text_cell)]
            for label, value in text.rows]
    return [make_table(rows, column_widths(text.weights), 0, grid_style(0))]


def fixed_table(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The fixed rows (№, label, unit) and the table's columns, header from the definition."""
    return _table(ctx, layout.fixed_table(ctx.words, block))


def grid(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A plain table: column labels as header; the row-heading column only when some row
    has a heading; a № column when the block says `numbered: true`."""
    return _table(ctx, layout.grid(ctx.words, block))
