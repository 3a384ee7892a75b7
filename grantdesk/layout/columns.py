"""A table block's `widths` (docs/form-definitions.md): each column's weight, and the
bounds within which the print model sizes it from what the report holds (widths.py),
for the PDF and the Word file alike."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence


@dataclass(frozen=True)
class Bound:
    """A column's share of its table's width: a weight, and limits in percent."""

    weight: float
    min: float | None = None  # percent of the table's width
    max: float | None = None


def bounds(block: Mapping[str, Any], count: int, default: Sequence[float]) -> list[Bound]:
    """The block's `widths` entries (a weight, or a mapping with weight/min/max), or the
    default weights. A definition error raises ValueError naming the block."""
    entries = block.get("widths")
    if entries is None:
        return [Bound(float(w)) for w in default]
    where = f"print block {block.get('block')}"
    if len(entries) != count:
        raise ValueError(f"{where}: {len(entries)} widths for {count} columns")
    out = []
    for entry in entries:
        if isinstance(entry, Mapping):
            unknown = set(entry) - {"weight", "min", "max"}
            if unknown or "weight" not in entry:
                raise ValueError(f"{where}: a width is a weight or {{weight, min, max}}, not {dict(entry)!r}")
            lo, hi = entry.get("min"), entry.get("max")
            out.append(Bound(float(entry["weight"]), None if lo is None else float(lo), None if hi is None else float(hi)))
        else:
            out.append(Bound(float(entry)))
    return out
