"""The activity table: tasks → activities → indicators, as the form draws it.

The definition's `tree_table` block lists leaf columns by path (`title`,
`activities.name`, `activities.indicators.plan`) and may group some under one label;
any depth of nesting works the same way. Every level but the deepest is flattened to one
line per row of the level above the deepest (an activity); the deepest level's rows (its
indicators) stack inside that line, in a table of their own laid over their columns, as
the merged cells of the paper form do.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from reportlab.platypus import Flowable

from .. import layout
from ..document import Row
from ..layout.tree import NUMBER_COLUMN, Leaf, leaf_span, tree_bounds, tree_columns, tree_header, tree_lines
from .context import PrintContext
from .header import Group, header_row
from .styles import GRID, GRID_WIDTH, header_style, table_base
from .tables import (
    SPACE_AFTER, SPACE_BEFORE, KeepShortRows, RunningHeader, cell, cell_markup, header_cell, make_table,
    table_widths,
)
from .widths import Layout

Block = Mapping[str, Any]


class StackedRows(Flowable):
    """The deepest level's rows of one line, as a table spanning several columns of the
    line. It sits in the first of them and tells the outer table that cell's width, so the
    outer table's own column rules frame it; it draws across them all."""

    def __init__(self, table: KeepShortRows, width: float):
        super().__init__()
        self._table = table
        self._full_width = width

    def wrap(self, avail_width, avail_height):
        _, self.height = self._table.wrap(self._full_width, avail_height)
        self.width = avail_width
        return self.width, self.height

    def split(self, avail_width, avail_height):
        # The outer table splits a line across pages by splitting each of its cells.
        parts = self._table.split(self._full_width, avail_height)
        return [StackedRows(t, self._full_width) for t in parts] if len(parts) == 2 else []

    def draw(self):
        self._table.drawOn(self.canv, 0, 0)


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


# A part of the table ends at a top-level row, or at a line of a deeper level once it is
# this long, so that one enormous task does not make one enormous part.
PART_LINES = 60


def _cell(ctx: PrintContext, lf: Leaf, row: Row, width: float):
    span = leaf_span(ctx, lf, row)
    return cell(ctx, cell_markup(ctx, span.text, span.typed, width))


def _plain(ctx: PrintContext, lf: Leaf, row: Row) -> str:
    """The plain text a cell prints, for measuring its column; the № column is sized by
    its heading alone (its numbers are short)."""
    return "" if lf.column is NUMBER_COLUMN else leaf_span(ctx, lf, row).text


def _rows_at(rows: list[Row], depth: int, chain: list[str]) -> Iterator[Row]:
    """Every row of the chain's level `depth` (0: the table's own rows)."""
    for row in rows:
        if depth == 0:
            yield row
        else:
            yield from _rows_at(row.children.get(chain[0], []), depth - 1, chain[1:])


def _layout(ctx: PrintContext, block: Block, leaves: list[Leaf], chain: list[str],
            groups: list[tuple[Any, int, int]], rows: list[Row]) -> Layout:
    """Column widths from what this report holds (widths.py), the same on every page."""
    cells = [[_plain(ctx, lf, r) for r in _rows_at(rows, lf.depth, chain)] for lf in leaves]
    heads, group_heads = tree_header(ctx, leaves, groups)
    return table_widths(tree_bounds(block, leaves), heads, cells, groups=group_heads)


def _stack(ctx: PrintContext, rows: list[Row], leaves: list[Leaf], widths: list[float]) -> StackedRows:
    data = [[_cell(ctx, lf, row, w) for lf, w in zip(leaves, widths)] for row in rows]
    style = table_base() + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), GRID_WIDTH, GRID),  # the outer table rules the rest
    ]
    # Cut between indicators; inside one only if it is tall (else the line moves on whole).
    table = KeepShortRows(data, colWidths=widths, style=style, splitByRow=1, splitInRow=1)
    return StackedRows(table, sum(widths))


def tree_table(ctx: PrintContext, block: Block, rows: list[Row] | None = None, standard: bool = False,
               all_rows: list[Row] | None = None) -> list[Flowable]:
    """A line per row of the level above the deepest; its own cells print on the first
    line of their group only, and no rule is drawn inside a group, so it reads as merged.

    It prints as consecutive tables that read as one, a part per top-level row (a task)
    or per PART_LINES: reportlab copies a table's remaining rows at every page split, so
    one 2 000-line table took time growing with the square of its pages. The first part
    carries the header row, repeated if that part alone spans pages; from the second part
    on, a RunningHeader heads each new page until the table ends.

    `rows` prints one parent's rows of a child table (task_tables), sized over `all_rows`
    (every parent's) so that the tables of one block share their widths; `standard` titles
    the columns as a standard block's rows name them ("Байланыс арнасы").
    """
    root = ctx.form.table(block["table"])
    leaves, groups, chain = tree_columns(root, block)
    if rows is None:
        rows = ctx.doc.siblings(root.path)
    sized = _layout(ctx, block, leaves, chain, groups, all_rows if all_rows is not None else rows)
    widths, scale = sized.widths, sized.head_scale
    # The deepest level stacks inside the lines of the level above it.
    line_chain, stacked = (chain[:-1], chain[-1]) if chain else ([], None)
    line_depth = len(line_chain)
    inner = [i for i, lf in enumerate(leaves) if lf.depth > line_depth]  # the stack's columns
    if inner and inner != list(range(inner[0], inner[-1] + 1)):
        raise ValueError(f"tree_table {root.id}: the columns of {'.'.join(chain)} must stand side by side")

    def header() -> tuple[list, list[tuple]]:
        texts, group_texts = tree_header(ctx, leaves, groups, standard)
        labels = [header_cell(ctx, text, widths[i], scale) for i, text in enumerate(texts)]
        head = [
            Group(header_cell(ctx, label, sum(widths[first:last + 1]), scale), first, last)
            for label, first, last in group_texts
        ]
        top, lines = header_row(labels, widths, head)
        return top, table_base() + header_style(1) + lines

    # Every line opens a group of the line level (and a new stack), so those columns are
    # ruled above every line at once: reportlab copies every style command at each page
    # split, so fewer commands keep a part fast.
    every_line = [i for i, lf in enumerate(leaves) if lf.depth >= line_depth]

    def body_style(first: int) -> list[tuple]:
        style = [
            ("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID),
            ("LINEAFTER", (0, first), (-2, -1), GRID_WIDTH, GRID),
            ("VALIGN", (0, first), (-1, -1), "TOP"),
        ] + [("LINEABOVE", (a, first), (b, -1), GRID_WIDTH, GRID) for a, b in _ranges(every_line)]
        if inner:  # the stack brings its own padding
            style += [(side, (inner[0], first), (inner[-1], -1), 0)
                      for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]
        return style

    top, top_style = header()
    parts: list[tuple[list[list], list[tuple]]] = [([top], top_style + body_style(1))]
    previous: tuple[Row | None, ...] = (None,) * (line_depth + 1)
    for line in tree_lines(rows, 0, line_chain):
        # The shallowest level whose row changes here opens a group: rule above it.
        opens = next(d for d in range(len(line)) if line[d] is not previous[d])
        data, style = parts[-1]
        if len(data) > 1 and (opens == 0 or (opens < line_depth and len(data) >= PART_LINES)):
            data, style = [], table_base() + body_style(0)
            parts.append((data, style))
        cells: list = []
        for lf, width in zip(leaves, widths):
            if lf.depth > line_depth:
                continue
            row = line[lf.depth]
            cells.append("" if row is None or row is previous[lf.depth] else _cell(ctx, lf, row, width))
        if inner:
            parent = line[line_depth]
            kids = parent.children.get(stacked, []) if parent is not None else []
            stack = _stack(ctx, kids, [leaves[i] for i in inner], [widths[i] for i in inner]) if kids else ""
            cells[inner[0]:inner[0]] = [stack] + [""] * (len(inner) - 1)
        if opens < line_depth:  # the line level's rules are one command, in body_style
            ruled = [i for i, lf in enumerate(leaves) if lf.depth >= opens]
            style.extend(("LINEABOVE", (a, len(data)), (b, len(data)), GRID_WIDTH, GRID) for a, b in _ranges(ruled))
        data.append(cells)
        previous = line

    last = len(parts) - 1
    out: list[Flowable] = []
    for n, (data, style) in enumerate(parts):
        out.append(make_table(data, widths, 1 if n == 0 else 0, style,
                              space_before=SPACE_BEFORE if n == 0 else 0,
                              space_after=SPACE_AFTER if n == last else 0))
        if n == 0 and last > 0:
            head, head_style = header()
            # header_row's own style boxes the row
            out.append(RunningHeader([make_table([head], widths, 0, head_style, space_before=0, space_after=0)]))
    if last > 0:
        out.append(RunningHeader([]))
    return out


def task_tables(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The plan's monitoring table: per task its heading, then its own numbered table, the
    tables of one block sharing their column widths."""
    parts = layout.task_parts(ctx, block)
    every = [kid for part in parts for kid in part.rows]
    out: list[Flowable] = []
    for part in parts:
        out.append(ctx.para(f"<b>{ctx.markup(part.heading)}</b>", ctx.styles.body))
        out.extend(tree_table(ctx, part.block, rows=part.rows, standard=part.standard, all_rows=every))
    return out
