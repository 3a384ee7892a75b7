"""The table block kinds: tree_table (tasks → activities → indicators), fixed_table, grid.

All split across pages: header rows repeat on every page (repeatRows) and a cell taller
than what is left of a page splits inside the row (splitInRow), so even a cell several
pages long prints instead of failing the build.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from reportlab.platypus import Flowable, Paragraph, Table

from ..document import Row
from ..forms import ColumnDef, TableDef
from .context import PrintContext, block_widths
from .header import Group, header_row
from .markup import escape
from .styles import (
    GRID, GRID_WIDTH, cell_padding, column_widths, fitting_size, grid_style, header_style, header_style_sized,
)

Block = Mapping[str, Any]


def _cell(ctx: PrintContext, markup: str, style=None):
    # An empty cell needs no Paragraph; most cells of a flattened tree are empty.
    return Paragraph(markup, style or ctx.styles.cell) if markup else ""


def _header(ctx: PrintContext, text: str, width: float):
    """A bold header cell from plain wording, shrunk to keep its words whole in `width`."""
    if not text:
        return ""
    style = header_style_sized(ctx.styles.header, fitting_size(text, width))
    return Paragraph(f"<b>{escape(text)}</b>", style)


class ClosedTable(Table):
    """A Table whose every page's part is closed by a rule at its bottom.

    BOX rules only the bottom of the last part, and reportlab drops a `splitlast` line
    command from the second part on, so the rule is added to each first part here.
    """

    def _splitRows(self, availHeight, doInRowSplit=0):
        parts = super()._splitRows(availHeight, doInRowSplit)
        if len(parts) == 2:
            parts[0]._addCommand(("LINEBELOW", (0, -1), (-1, -1), GRID_WIDTH, GRID))
        return parts


def _table(data: list[list], widths: list[float], header_rows: int, style: list[tuple]) -> Table:
    # longTableOptimize: a split measures only the rows that fit, so a table of thousands
    # of rows lays out in linear time rather than re-measuring the rest at every page.
    return ClosedTable(
        data, colWidths=widths, repeatRows=header_rows, splitByRow=0, splitInRow=1, style=style,
        longTableOptimize=0, spaceBefore=2, spaceAfter=8,
    )


def _caption(ctx: PrintContext, tdef: TableDef) -> list[Flowable]:
    out: list[Flowable] = [ctx.para(f"<b>{ctx.say(tdef.label)}</b>", ctx.styles.caption)]
    if tdef.note is not None:
        out.append(ctx.para(f"<i>{ctx.say(tdef.note)}</i>", ctx.styles.note))
    return out


# ---- tree_table ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Leaf:
    depth: int  # 0 = the block's table, 1 = its child, …
    column: ColumnDef
    table: TableDef


def _leaves(root: TableDef, block: Block) -> tuple[list[_Leaf], list[tuple[str, int, int]], list[str]]:
    """Leaf columns in print order, header groups (label, first, last) and the child chain."""
    leaves: list[_Leaf] = []
    groups: list[tuple[Any, int, int]] = []
    chain: list[str] = []

    def leaf(path: str) -> _Leaf:
        *tables, column = path.split(".")
        for depth, name in enumerate(tables):
            if depth < len(chain) and chain[depth] != name:
                raise ValueError(f"tree_table {root.id}: {path} leaves the chain {'.'.join(chain)}")
            if depth == len(chain):
                chain.append(name)
        tdef = root
        for name in tables:
            tdef = tdef.child(name)
        return _Leaf(len(tables), tdef.column(column), tdef)

    for entry in block["columns"]:
        if "group" in entry:
            first = len(leaves)
            leaves.extend(leaf(p) for p in entry["columns"])
            groups.append((entry["group"], first, len(leaves) - 1))
        else:
            leaves.append(leaf(entry["column"]))
    return leaves, groups, chain


def _lines(rows: list[Row], depth: int, chain: list[str]) -> Iterator[tuple[Row | None, ...]]:
    """One printed line per deepest row; a row without children still gets its line."""
    for row in rows:
        kids = row.children.get(chain[depth], []) if depth < len(chain) else []
        if not kids:
            yield (row,) + (None,) * (len(chain) - depth)
        else:
            for sub in _lines(kids, depth + 1, chain):
                yield (row,) + sub


def _ranges(cols: list[int]) -> Iterator[tuple[int, int]]:
    """[0, 1, 2, 5, 6] → (0, 2), (5, 6): contiguous column runs, for fewer style commands."""
    start = prev = None
    for c in cols:
        if prev is not None and c == prev + 1:
            prev = c
            continue
        if start is not None:
            yield start, prev
        start = prev = c
    if start is not None:
        yield start, prev


def tree_table(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Nested rows flattened to one line per deepest row. A row's cells print on the first
    line of its group only, and no rule is drawn inside a group, so it reads as merged."""
    root = ctx.form.table(block["table"])
    leaves, groups, chain = _leaves(root, block)
    widths = column_widths(block_widths(block, len(leaves), [1.0] * len(leaves)))
    labels = [
        _header(ctx, ctx.word(lf.column.label), widths[i]) or Paragraph("", ctx.styles.header)
        for i, lf in enumerate(leaves)
    ]
    head = [
        Group(_header(ctx, ctx.word(label), sum(widths[first:last + 1])) or Paragraph("", ctx.styles.header),
              first, last)
        for label, first, last in groups
    ]
    top, header_lines = header_row(labels, widths, head)
    style = cell_padding() + header_style(1) + header_lines + [
        ("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID),
        ("LINEAFTER", (0, 1), (-2, -1), GRID_WIDTH, GRID),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
    ]
    data: list[list] = [top]

    # Each line opens a group of the deepest level, so those columns are ruled above every
    # line at once: reportlab copies every style command at each page split, so fewer
    # commands keep a long table fast.
    deepest = len(chain)
    bottom_cols = [i for i, lf in enumerate(leaves) if lf.depth == deepest]
    style.extend(("LINEABOVE", (a, 1), (b, -1), GRID_WIDTH, GRID) for a, b in _ranges(bottom_cols))
    previous: tuple[Row | None, ...] = (None,) * (len(chain) + 1)
    for line in _lines(ctx.doc.siblings(root.path), 0, chain):
        # The shallowest level whose row changes here opens a group: rule above it.
        opens = next(d for d in range(len(line)) if line[d] is not previous[d])
        cells = []
        for lf in leaves:
            row = line[lf.depth]
            if row is None or row is previous[lf.depth]:
                cells.append("")
            elif lf.column.id == lf.table.title_column:
                cells.append(_cell(ctx, ctx.row_title(lf.table, row)))
            else:
                cells.append(_cell(ctx, ctx.value(row.get(lf.column.id))))
        if opens < deepest:  # the deepest level's rules are one command, below
            ruled = [i for i, lf in enumerate(leaves) if lf.depth >= opens]
            style.extend(("LINEABOVE", (a, len(data)), (b, len(data)), GRID_WIDTH, GRID) for a, b in _ranges(ruled))
        data.append(cells)
        previous = line

    return [_table(data, widths, 1, style)]


# ---- fixed_table and grid --------------------------------------------------------------


def fixed_table(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The fixed rows (№, label, unit) and the table's columns, header from the definition."""
    tdef = ctx.form.table(block["table"])
    head = [ctx.word(tdef.header.get(k)) for k in ("number", "label", "unit")]
    head += [ctx.word(c.label) for c in tdef.columns]
    weights = block_widths(block, len(head), [5, 45, 12] + [38 / len(tdef.columns)] * len(tdef.columns))
    widths = column_widths(weights)
    data: list[list] = [[_header(ctx, h, w) for h, w in zip(head, widths)]]
    for n, frow in enumerate(tdef.fixed_rows, start=1):
        data.append(
            [_cell(ctx, f"{n}."), _cell(ctx, ctx.say(frow.label)), _cell(ctx, ctx.say(frow.unit))]
            + [_cell(ctx, ctx.value(ctx.doc.fixed(tdef.id, frow.key, c.id))) for c in tdef.columns]
        )
    return _caption(ctx, tdef) + [_table(data, widths, 1, grid_style(1))]


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
    weights = [w for c, w in zip(every, block_widths(block, len(every), default)) if c is None or c in columns]
    widths = column_widths(weights)
    data: list[list] = [[_header(ctx, h, w) for h, w in zip(head, widths)]]
    for n, row in enumerate(rows, start=1):
        data.append(([_cell(ctx, str(n))] if numbered else [])
                    + [_cell(ctx, ctx.value(row.get(c.id))) for c in columns])
    return _caption(ctx, tdef) + [_table(data, widths, 1, grid_style(1))]
