"""The activity table's shape: tasks → activities → indicators, as the form draws it.

The definition's `tree_table` block lists leaf columns by path (`title`,
`activities.name`, `activities.indicators.plan`) and may group some under one label;
any depth of nesting works the same way. Every level but the deepest is flattened to one
line per row of the level above the deepest (an activity); the deepest level's rows (its
indicators) stack inside that line, as the merged cells of the paper form do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator, Mapping

from ..document import Row
from ..forms import ColumnDef, TableDef, Text
from .columns import Bound, bounds
from .spans import Span, Spans, typed
from .words import Wording

Block = Mapping[str, Any]


@dataclass(frozen=True)
class Leaf:
    """A printed column of a tree table, at its depth."""

    depth: int  # 0 = the block's table, 1 = its child, …
    column: ColumnDef
    table: TableDef


# The `№` column a `numbered` block prints first: the row's number among its siblings.
NUMBER_COLUMN = ColumnDef(id="#", type="text", label=Text({"kk": "№", "ru": "№"}))


def tree_columns(root: TableDef, block: Block) -> tuple[list[Leaf], list[tuple[Any, int, int]], list[str]]:
    """Leaf columns in print order, header groups (label, first, last) and the child chain."""
    leaves: list[Leaf] = [Leaf(0, NUMBER_COLUMN, root)] if block.get("numbered") else []
    groups: list[tuple[Any, int, int]] = []
    chain: list[str] = []

    def leaf(path: str) -> Leaf:
        *tables, column = path.split(".")
        for depth, name in enumerate(tables):
            if depth < len(chain) and chain[depth] != name:
                raise ValueError(f"tree_table {root.id}: {path} leaves the chain {'.'.join(chain)}")
            if depth == len(chain):
                chain.append(name)
        tdef = root
        for name in tables:
            tdef = tdef.child(name)
        return Leaf(len(tables), tdef.column(column), tdef)

    for entry in block["columns"]:
        if "group" in entry:
            first = len(leaves)
            leaves.extend(leaf(p) for p in entry["columns"])
            groups.append((entry["group"], first, len(leaves) - 1))
        else:
            leaves.append(leaf(entry["column"]))
    return leaves, groups, chain


def tree_bounds(block: Block, leaves: list[Leaf]) -> list[Bound]:
    """The columns' width bounds: the block's `widths`, else all alike."""
    return bounds(block, len(leaves), [1.0] * len(leaves))


def tree_header(w: Wording, leaves: list[Leaf], groups: list[tuple[Any, int, int]],
                standard: bool = False) -> tuple[list[str], list[tuple[str, int, int]]]:
    """The header's column labels (as a standard block's rows name them, with `standard`)
    and its group labels over columns first..last."""
    return ([w.word(lf.column.label_for(standard)) for lf in leaves],
            [(w.word(label), first, last) for label, first, last in groups])


def tree_lines(rows: list[Row], depth: int, chain: list[str]) -> Iterator[tuple[Row | None, ...]]:
    """One printed line per row of the chain's last level, with its ancestors; a row
    without children still gets its line."""
    for row in rows:
        kids = row.children.get(chain[depth], []) if depth < len(chain) else []
        if not kids:
            yield (row,) + (None,) * (len(chain) - depth)
        else:
            for sub in tree_lines(kids, depth + 1, chain):
                yield (row,) + sub


def leaf_span(w: Wording, lf: Leaf, row: Row) -> Span:
    """A cell's text: the row's number ("1."), its title (a standard block's in the print
    language) or its value as typed."""
    if lf.column is NUMBER_COLUMN:
        n = w.doc.numbering(lf.table.path, row)
        return Span("" if n is None else f"{n}.")
    if lf.column.id == lf.table.title_column:
        return w.title_span(lf.table, row)
    return typed(row.get(lf.column.id))


@dataclass(frozen=True)
class TaskPart:
    """One task of the plan's monitoring table (task_tables): its heading and its own table."""

    heading: Spans  # "1 міндет. <task>"; a standard block's title alone
    block: Mapping[str, Any]  # a tree_table block over the task's child rows
    rows: list[Row]
    standard: bool  # the columns take a standard block's labels ("Байланыс арнасы")


def task_parts(w: Wording, block: Block) -> list[TaskPart]:
    """Under each row of `table` (a task) its heading, then its own numbered table of child
    rows (`columns` are paths below the child table, e.g. `activities.name`)."""
    root = w.form.table(block["table"])
    child = block["columns"][0]["column"].split(".")[0]
    sub = dict(block, table=f"{root.path}.{child}", numbered=True,
               columns=[{"column": c["column"].split(".", 1)[1]} for c in block["columns"]])
    out = []
    for row in w.doc.siblings(root.path):
        label = w.row_label(root, row)
        title = w.title_span(root, row)
        heading = (Span(f"{label}. "), title) if label else (title,)
        out.append(TaskPart(heading, sub, row.children.get(child, []), row.kind is not None))
    return out
