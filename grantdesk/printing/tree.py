"""A tree table of the model (the activity table) as reportlab tables.

The model gives a row per row of the deepest level (an indicator), each shallower
column's cell merged down over its descendants. reportlab's SPAN costs time growing with
the table at every page split, so the PDF lays it out as the paper form reads: a line per
row of the level above the deepest (an activity), its own cells on the line's first row
only and no rule inside a merged group; the deepest level's rows stack inside the line in
a table of their own laid over their columns. And it prints as consecutive tables that
read as one, a part per top-level row (a task) or per PART_LINES lines: reportlab copies
a table's remaining rows at every page split, so one 2 000-line table took time growing
with the square of its pages. The first part carries the header row; from the second
part on, a RunningHeader heads each new page until the table ends.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Iterator

from reportlab.platypus import Flowable

from ..layout.build import TreeTable
from .header import Group, header_row
from .styles import GRID, GRID_WIDTH, header_style, table_base
from .tables import KeepShortRows, RunningHeader, cell_flowable, make_table


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


def _header(t: TreeTable) -> tuple[list, list[tuple]]:
    """The model's one or two header rows as one row (header.py)."""
    widths = list(t.widths)
    top = t.header[0]
    if len(t.header) == 1:
        labels = [cell_flowable(c) for c in top]
        groups: list[Group] = []
    else:
        under = t.header[1]
        labels = [cell_flowable(top[i] if top[i] is not None and top[i].rows > 1 else under[i])
                  for i in range(len(widths))]
        groups = [Group(cell_flowable(c), i, i + c.cols - 1) for i, c in enumerate(top)
                  if c is not None and c.rows == 1]
    row, lines = header_row(labels, widths, groups)
    return row, table_base() + header_style(1) + lines


def _stack(rows: list[list], widths: list[float]) -> StackedRows:
    data = [[cell_flowable(c) for c in row] for row in rows]
    style = table_base() + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -2), GRID_WIDTH, GRID),  # the outer table rules the rest
    ]
    # Cut between indicators; inside one only if it is tall (else the line moves on whole).
    table = KeepShortRows(data, colWidths=widths, style=style, splitByRow=1, splitInRow=1)
    return StackedRows(table, sum(widths))


def iter_tree_flowables(t: TreeTable) -> Iterator[Flowable]:
    """The table's flowables, each part's made when it is asked for, and each part's rows
    of the model let go once made (the caller passes the node on and keeps none of it)."""
    body = list(t.body)
    t = replace(t, body=())  # the header and widths; the rows are `body`'s alone now
    widths = list(t.widths)
    levels = t.levels
    line_depth = max(levels) - 1 if max(levels) > 0 else 0
    inner = [i for i, d in enumerate(levels) if d > line_depth]  # the stack's columns
    outer = [i for i, d in enumerate(levels) if d <= line_depth]
    every_line = [i for i, d in enumerate(levels) if d >= line_depth]

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

    # Lines: a run of the model's rows starting where a line-level cell starts. Where the
    # parts begin is planned first, from the model alone; a part's cells become flowables
    # only when the build reaches it, so a 300-activity table is never all flowables at once.
    starts = [n for n, row in enumerate(body) if not outer or any(row[i] is not None for i in outer)]
    plan: list[list[tuple[int, int, int]]] = [[]]  # per part: (first row, end row, level it opens)
    for k, first in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(body)
        opens = min((levels[i] for i in outer if body[first][i] is not None), default=line_depth)
        lines = len(plan[-1]) + (1 if len(plan) == 1 else 0)  # the first part's header is a line
        if lines > 1 and (opens == 0 or (opens < line_depth and lines >= PART_LINES)):
            plan.append([])
        plan[-1].append((first, end, opens))

    def part(n: int) -> tuple[list[list], list[tuple]]:
        if n == 0:
            top, top_style = _header(t)
            data, style = [top], top_style + body_style(1)
        else:
            data, style = [], table_base() + body_style(0)
        for first, end, opens in plan[n]:
            row = body[first]
            cells: list = [cell_flowable(row[i]) for i in outer]
            if inner:
                stack_rows = [[body[m][i] for i in inner] for m in range(first, end)]
                filled = any(c is not None and c.paras for r in stack_rows for c in r)
                stack = _stack(stack_rows, [widths[i] for i in inner]) if filled else ""
                cells[inner[0]:inner[0]] = [stack] + [""] * (len(inner) - 1)
            if opens < line_depth:  # the line level's rules are one command, in body_style
                ruled = [i for i, d in enumerate(levels) if d >= opens]
                style.extend(("LINEABOVE", (a, len(data)), (b, len(data)), GRID_WIDTH, GRID)
                             for a, b in _ranges(ruled))
            data.append(cells)
            body[first:end] = [None] * (end - first)  # made: the model's rows go
        return data, style

    last = len(plan) - 1
    for n in range(len(plan)):
        data, style = part(n)
        yield make_table(data, widths, 1 if n == 0 else 0, style,
                         space_before=t.space_before if n == 0 else 0,
                         space_after=t.space_after if n == last else 0)
        if n == 0 and last > 0:
            head, head_style = _header(t)
            # header_row's own style boxes the row
            yield RunningHeader([make_table([head], widths, 0, head_style, space_before=0, space_after=0)])
    if last > 0:
        yield RunningHeader([])


def tree_flowables(t: TreeTable) -> list[Flowable]:
    """The table's flowables, all of them (iter_tree_flowables makes them as asked)."""
    return list(iter_tree_flowables(t))
