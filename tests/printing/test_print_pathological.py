"""Pasted blobs, link lists without spaces and stuck keys print, every character in order.

The full sizes (100 000 characters) run in bench/ (bench/run.py, "pathological"), where
print time per page is compared with seed 001's; here they are small enough for CI.
"""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from grantdesk.document import from_json
from grantdesk.printing import render_pdf

from .conftest import FIXTURES, squash

SIZE = 4000


def _base64(size: int) -> str:
    """A pasted Base64 blob that never repeats itself (so its order can be checked)."""
    raw = b"".join(hashlib.sha256(str(i).encode()).digest() for i in range(size // 32 + 1))
    return base64.b64encode(raw).decode()[:size]


def _links(size: int) -> str:
    return "".join(f"https://instagram.com/p/DC{i:05d}x/," for i in range(size // 32 + 1))[:size]


SHAPES = {"base64": _base64(SIZE), "links": _links(SIZE), "stuck key": "ә" * SIZE}


def _report(where: str, blob: str) -> dict:
    report = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    if where == "cell":
        report["tables"]["tasks"][0]["activities"][0]["shortterm"] = blob
    elif where == "field":
        report["values"]["goal_evidence"] = blob
    else:  # every cell of a table
        for row in report["tables"]["partners"]:
            for key in row:
                if key != "id":
                    row[key] = blob
    return report


@pytest.mark.parametrize("shape", list(SHAPES))
@pytest.mark.parametrize("where", ["cell", "field", "table"])
def test_an_unbroken_value_prints_every_character_in_order(where, shape, registry, read_pdf):
    blob = SHAPES[shape]
    report = _report(where, blob)
    text = read_pdf(render_pdf(from_json(report, registry)).pdf)
    if shape != "stuck key":  # one letter repeated has no order to check, only its count
        assert text.has_in_order(blob)
    copies = 4 * len(report["tables"]["partners"]) if where == "table" else 1
    # nothing lost, nothing doubled: the value's own characters, counted
    for ch in set(squash(blob)):
        assert text.squashed.count(ch) >= copies * squash(blob).count(ch), ch
