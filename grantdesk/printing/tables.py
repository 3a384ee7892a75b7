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

from ..forms import TableDef
from .breaking import Fit, fit_text
from .context import PrintContext
from .fonts import BOLD, REGULAR
from .markup import escape, printable
from .paragraphs import Para
from .styles import CELL_PAD, FRAME_WIDTH, GRID, GRID_WIDTH, TABLE_SIZE, grid_style, header_style_sized
from ..layout.columns import Bound, bounds
from .widths import Layout, fit_columns, head_word, measure

Block = Mapping[str, Any]


def cell(ctx: PrintContext, markup: str):
    # An empty cell needs no Paragraph; most cells of a flattened tree are empty.
    return Para(markup, ctx.styles.cell) if markup else ""


def cell_fit(width: float, lang: str, font: str = REGULAR, size: float = TABLE_SIZE) -> Fit:
    """The lines of a cell `width` wide (its padding off)."""
    return Fit(font, size, width - 2 * CELL_PAD - 0.25, lang)


def value_cell(ctx: PrintContext, typed: str | None, width: float):
    """What a user typed, in a cell of a column `width` wide."""
    return cell(ctx, ctx.value(typed, cell_fit(width, ctx.doc.lang)))


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


def _caption(ctx: PrintContext, tdef: TableDef) -> list[Flowable]:
    out: list[Flowable] = [ctx.para(f"<b>{ctx.say(tdef.label)}</b>", ctx.styles.caption)]
    if tdef.note is not None:
        out.append(ctx.para(f"<i>{ctx.say(tdef.note)}</i>", ctx.styles.note))
    return out


# ---- block kinds -----------------------------------------------------------------------


def label_values(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Label | value rows in a two-column table, as the form lays out goal and result;
    `colon: true` prints each label with a colon, as the plan's Block I does."""
    s = ctx.styles
    size = s.text_cell.fontSize
    colon = ":" if block.get("colon") else ""

    def label_of(field_id: str) -> str:
        text = ctx.word(ctx.form.fields[field_id].label)
        return text if not colon or text.rstrip().endswith(":") else text + colon

    labels = [label_of(f) for f in block["fields"]]
    typed = [ctx.doc.field(f) for f in block["fields"]]
    widths = table_widths(bounds(block, 2, [30, 70]), ["", ""], [labels, typed], size=size,
                          fonts=[BOLD, REGULAR]).widths
    rows = [
        [Para(f"<b>{escape(fit_text(label, cell_fit(widths[0], ctx.lang, BOLD, size)))}</b>", s.text_cell),
         Para(ctx.value(value, cell_fit(widths[1], ctx.doc.lang, REGULAR, size)), s.text_cell)]
        for label, value in zip(labels, typed)
    ]
    return [make_table(rows, widths, 0, grid_style(0))]


def fixed_table(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The fixed rows (№, label, unit) and the table's columns, header from the definition."""
    tdef = ctx.form.table(block["table"])
    head = [ctx.word(tdef.header.get(k)) for k in ("number", "label", "unit")]
    head += [ctx.word(c.label) for c in tdef.columns]
    rows = tdef.fixed_rows
    numbers = tdef.fixed_numbers()
    cells = [[f"{numbers[r.key]}." if numbers[r.key] else "" for r in rows], [ctx.word(r.label) for r in rows],
             [ctx.word(r.unit) for r in rows]]
    cells += [[ctx.doc.fixed(tdef.id, r.key, c.id) for r in rows] for c in tdef.columns]
    default = [5, 45, 12] + [38 / len(tdef.columns)] * len(tdef.columns)
    layout = table_widths(bounds(block, len(head), default), head, cells)
    widths = layout.widths
    data: list[list] = [[header_cell(ctx, h, w, layout.head_scale) for h, w in zip(head, widths)]]
    style = grid_style(1)
    for n, frow in enumerate(rows, start=1):
        data.append(
            [cell(ctx, cells[0][n - 1]),
             cell(ctx, escape(fit_text(cells[1][n - 1], cell_fit(widths[1], ctx.lang)))),
             cell(ctx, escape(fit_text(cells[2][n - 1], cell_fit(widths[2], ctx.lang))))]
            + [value_cell(ctx, ctx.doc.fixed(tdef.id, frow.key, c.id), w) for c, w in zip(tdef.columns, widths[3:])]
        )
        if frow.parent is not None:  # a sub-row («оның ішінде») stands indented under its parent
            r = len(data) - 1
            style.append(("LEFTPADDING", (1, r), (1, r), SUB_ROW_INDENT))
    return _caption(ctx, tdef) + [make_table(data, widths, 1, style)]


def grid(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A plain table: column labels as header; the row-heading column only when some row
    has a heading; a № column when the block says `numbered: true`."""
    tdef = ctx.form.table(block["table"])
    rows = ctx.doc.siblings(tdef.path)
    columns = [
        c for c in tdef.columns
        if c.print_role != "row_heading" or any(r.get(c.id).strip() for r in rows)
    ]
    numbered = bool(block.get("numbered", False))
    # The row-heading column's label is an editing hint ("if there are several rows"),
    # not form wording, so its header cell stays empty on paper.
    head = ([ctx.chrome.number_column] if numbered else []) + [
        "" if c.print_role == "row_heading" else ctx.word(c.label) for c in columns
    ]
    # `widths`, when given, covers every column of the definition (and № first when
    # numbered); a row-heading column left out drops its width with it.
    every = ([None] if numbered else []) + list(tdef.columns)
    default = [0.6 if c is None else 2.0 if c.print_role == "row_heading" else 1.0 for c in every]
    limits = [b for c, b in zip(every, bounds(block, len(every), default)) if c is None or c in columns]
    cells = ([[str(n) for n in range(1, len(rows) + 1)]] if numbered else []) + [
        [r.get(c.id) for r in rows] for c in columns]
    layout = table_widths(limits, head, cells)
    widths = layout.widths
    data: list[list] = [[header_cell(ctx, h, w, layout.head_scale) for h, w in zip(head, widths)]]
    value_widths = widths[1:] if numbered else widths
    for n, row in enumerate(rows, start=1):
        data.append(([cell(ctx, str(n))] if numbered else [])
                    + [value_cell(ctx, row.get(c.id), w) for c, w in zip(columns, value_widths)])
    return _caption(ctx, tdef) + [make_table(data, widths, 1, grid_style(1))]
