"""Seed 001 with every text field and every text cell holding the same hostile value
(issue 20): 100 000 characters of one word, 5 000 line breaks, or `строка\\n` × 5 000.

`hostile(shape)` returns the report's JSON; bench/run.py prints each (or sees it refused
beyond the page limit, docs/reliability.md) and compares its time per page and memory
with seed 001's. The same shape always gives the same file.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "seed_001.json"

SHAPES = {
    "one word of 100 000 characters": lambda n: ("Волонтерлердің" * (n // 14 + 1))[:n],
    "5 000 line breaks": lambda n: "\n" * (n // 20),
    "`строка\\n` × 5 000": lambda n: "строка\n" * (n // 20),
}
# Keys that are not typed text (ids, a row's standard block, the form's own settings).
_KEEP = {"id", "standard", "format", "format_version", "form", "lang", "role", "kind"}


def _fill(node, value: str):
    if isinstance(node, dict):
        return {k: (v if k in _KEEP else _fill(v, value)) for k, v in node.items()}
    if isinstance(node, list):
        return [_fill(v, value) for v in node]
    if isinstance(node, str):
        return value
    return node


def hostile(shape: str, size: int = 100_000) -> dict:
    """Seed 001 with every typed text replaced by the shape's value of `size` characters
    (5 000 line breaks at the full size)."""
    data = json.loads(SEED.read_text(encoding="utf-8"))
    value = SHAPES[shape](size)
    for part in ("project", "values", "tables"):
        if part in data:
            data[part] = _fill(data[part], value)
    return data


def write_hostile(folder: Path, size: int = 100_000) -> dict[str, Path]:
    out = {}
    for n, shape in enumerate(SHAPES):
        path = folder / f"hostile-{n}.json"
        path.write_text(json.dumps(hostile(shape, size), ensure_ascii=False), encoding="utf-8")
        out[shape] = path
    return out
