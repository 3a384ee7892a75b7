"""The plain table block kinds (label_values, fixed_table, grid) and what every printed
table shares, the activity table (tree.py) included.

All split across pages: header rows repeat on every page (repeatRows) and a tall row
splits inside itself (splitInRow), so even a cell several pages long prints instead of
failing the build.
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak

from .. import layout
from ..layout.columns import Bound
from .breaking import Fit, fit_text
from .context import PrintContext
from .fonts import BOLD, REGULAR
from .markup import escape, printable
from .paragraphs import Para
from .styles import CELL_PAD, FRAME_WIDTH, GRID, GRID_WIDTH, TABLE_SIZE, grid_style, header_style_sized
from .widths import Layout, fit_columns, head_word, measure

Block = Mapping[str, Any]


def cell(ctx: PrintContext, markup: str):
    # An empty cell needs no Paragraph; most cells of a flattened tree are empty.
    return Para(markup, ctx.styles.cell) if markup else ""


def cell_fit(width: float, lang: str, font: str = REGULAR, size: float = TABLE_SIZE) -> Fit:
    """The lines of a cell `width` wide (its padding off)."""
    return Fit(font, size, width - 2 * CELL_PAD - 0.25, lang)


def cell_markup(ctx: PrintContext, text: str, typed: bool, width: float, font: str = REGULAR,
                size: float = TABLE_SIZE) -> str:
    """A cell's text as markup, on the lines of a column `width` wide: what a user typed
    (in the language it was typed in), or wording (in the print language)."""
    if typed:
        return ctx.value(text, cell_fit(width, ctx.doc.lang, font, size))
    return escape(fit_text(printable(text), cell_fit(width, ctx.lang, font, size)))


def header_cell(ctx: PrintContext, text: str, width: float, scale: float = 1.0) -> Paragraph:
    """A bold header cell from plain wording at the table's one header size (`scale` of
    the text size), wrapping between words: widths.py gives a column its heading's
    longest word."""
    size = TABLE_SIZE * scale
    fitted = fit_text(text, cell_fit(width, ctx.lang, BOLD, size))
    return Paragraph(f"<b>{escape(fitted)}</b>", header_style_sized(ctx.styles.header, size))


def table_widths(limits: Sequence[Bound], heads: Sequence[str], cells: Sequence[Sequence[str | None]],
                 total: float = FRAME_WIDTH, size: float = TABLE_SIZE,
                 fonts: Sequence[str] | None = None, groups: Sequence[tuple[str, int, int]] = ()) -> Layout:
    """Column widths from the headings (plain wording) and every cell's plain text of each
    column, within the bounds of the block's `widths` (widths.py); `groups` are headings
    over columns first..last."""
    fonts = fonts or [REGULAR] * len(heads)
    columns = [measure(h, BOLD, (printable(t) for t in texts), f, size) for h, texts, f in zip(heads, cells, fonts)]
    spans = [(first, last, head_word(h, BOLD, size)) for h, first, last in groups]
    return fit_columns(columns, limits, total, spans)


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
SUB_ROW_INDENT = 12  # points: a fixed table's sub-row label under its parent's


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
    out: list[Flowable] = []
    if text.caption:
        out.append(ctx.para(f"<b>{ctx.markup(text.caption)}</b>", ctx.styles.caption))
    if text.note:
        out.append(ctx.para(f"<i>{ctx.markup(text.note)}</i>", ctx.styles.note))
    return out


def _columns(text: layout.TableText) -> list[list[str]]:
    return [text.column(i) for i in range(len(text.typed))]


def _plain_table(ctx: PrintContext, text: layout.TableText) -> list[Flowable]:
    """Caption, note and a table with one shaded header row; sub-rows stand indented."""
    sized = table_widths(text.widths, text.header, _columns(text))
    widths = sized.widths
    data: list[list] = [[header_cell(ctx, h, w, sized.head_scale) for h, w in zip(text.header, widths)]]
    style = grid_style(1)
    for n, row in enumerate(text.rows, start=1):
        data.append([cell(ctx, cell_markup(ctx, t, typed, w)) for t, typed, w in zip(row, text.typed, widths)])
        if n - 1 in text.sub_rows:  # a sub-row («оның ішінде») stands indented under its parent
            style.append(("LEFTPADDING", (1, n), (1, n), SUB_ROW_INDENT))
    return _caption(ctx, text) + [make_table(data, widths, 1, style)]


# ---- block kinds -----------------------------------------------------------------------


def label_values(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Label | value rows in a two-column table, as the form lays out goal and result; the
    labels bold."""
    text = layout.label_values(ctx, block)
    s = ctx.styles
    size = s.text_cell.fontSize
    fonts = [BOLD, REGULAR]
    widths = table_widths(text.widths, ["", ""], _columns(text), size=size, fonts=fonts).widths
    rows = [
        [Para(f"<b>{cell_markup(ctx, row[0], text.typed[0], widths[0], BOLD, size)}</b>", s.text_cell),
         Para(cell_markup(ctx, row[1], text.typed[1], widths[1], REGULAR, size), s.text_cell)]
        for row in text.rows
    ]
    return [make_table(rows, widths, 0, grid_style(0))]


def fixed_table(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The fixed rows (№, label, unit) and the table's columns."""
    return _plain_table(ctx, layout.fixed_table(ctx, block))


def grid(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A plain table of typed rows (the row-heading and № columns as layout.grid says)."""
    return _plain_table(ctx, layout.grid(ctx, block))
