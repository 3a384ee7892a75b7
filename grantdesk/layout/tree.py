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
from ..forms import ColumnDef, TableDef
from .words import Wording

Block = Mapping[str, Any]


@dataclass(frozen=True)
class Leaf:
    depth: int  # 0 = the block's table, 1 = its child, …
    column: ColumnDef
    table: TableDef


def tree_columns(root: TableDef, block: Block) -> tuple[list[Leaf], list[tuple[Any, int, int]], list[str]]:
    """Leaf columns in print order, header groups (label, first, last) and the child chain."""
    leaves: list[Leaf] = []
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


def leaf_text(w: Wording, lf: Leaf, row: Row) -> str:
    """A cell's text: the row's title (a standard block's in the print language) or its value."""
    if lf.column.id == lf.table.title_column:
        return w.row_title(lf.table, row)
    return row.get(lf.column.id)
