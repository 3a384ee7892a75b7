"""Reports holding what freezes a naive printer: one enormous unbroken value.

`write_pathological(size, folder)` writes seed 001 with one `size`-character value
without a space (a pasted Base64 blob, a list of links, a stuck key) in an activity
table cell, in a long-text field, and in every cell of the partners table. bench/run.py
prints each and compares its time per page with seed 001's (issue 12: print time linear
in the amount of text, whatever its shape).
"""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "fixtures" / "seed_001.json"


def blob(shape: str, size: int) -> str:
    if shape == "base64":  # never repeating, as a pasted file is
        raw = b"".join(hashlib.sha256(str(i).encode()).digest() for i in range(size // 32 + 1))
        return base64.b64encode(raw).decode()[:size]
    if shape == "links":
        return "".join(f"https://instagram.com/p/DC{i:06d}x/," for i in range(size // 33 + 1))[:size]
    if shape == "stuck key":
        return "ә" * size
    raise ValueError(shape)


# (name, where, shape)
CASES = [
    ("cell, Base64", "cell", "base64"),
    ("cell, links", "cell", "links"),
    ("cell, stuck key", "cell", "stuck key"),
    ("long-text field, Base64", "field", "base64"),
    ("every cell of a table, Base64", "table", "base64"),
]


def report(where: str, value: str) -> dict:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    if where == "cell":
        data["tables"]["tasks"][0]["activities"][0]["shortterm"] = value
    elif where == "field":
        data["values"]["goal_evidence"] = value
    elif where == "table":  # the partners table: 4 rows × 4 columns
        for row in data["tables"]["partners"]:
            for key in row:
                if key != "id":
                    row[key] = value
    else:
        raise ValueError(where)
    return data


def write_pathological(size: int, folder: Path) -> dict[str, Path]:
    """Every case as a JSON report in `folder`: {case name: path}."""
    out = {}
    for n, (name, where, shape) in enumerate(CASES):
        path = folder / f"pathological-{n}.json"
        path.write_text(json.dumps(report(where, blob(shape, size)), ensure_ascii=False), encoding="utf-8")
        out[name] = path
    return out
