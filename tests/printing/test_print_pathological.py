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


def test_a_long_bullet_text_with_links_splits_over_pages_exactly(registry, read_pdf):
    """A text of several pages in a style whose first line is wider (a bullet): each part
    of a page split keeps the lines the split counted (paragraphs.Para), so no part comes
    out a line taller than its page."""
    report = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    text = " ".join(f"https://youtu.be/PNb25_r3EuE?si={i:04d} Маңғыстау облысындағы {i} ауданның жастары"
                    for i in range(700))
    report["values"]["results_concrete"] = text
    result = render_pdf(from_json(report, registry))
    assert read_pdf(result.pdf).has_in_order(text)


def test_every_part_of_a_split_paragraph_fits_where_it_was_split():
    from reportlab.platypus import Paragraph

    from grantdesk.printing.markup import to_markup
    from grantdesk.printing.paragraphs import Para
    from grantdesk.printing.styles import FRAME_WIDTH, paragraph_style

    seed = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    words = " ".join(a["narrative"] for t in seed["tables"]["tasks"] for a in t["activities"])
    style = paragraph_style("bullet")  # its first line is wider than the rest
    for height in range(90, 800, 53):
        para, pages = Para(to_markup(words * 2), style), 0
        while True:
            para.wrap(FRAME_WIDTH, height)
            parts = para.split(FRAME_WIDTH, height)
            if len(parts) < 2:
                break
            first, para = parts
            assert first.wrap(FRAME_WIDTH, height)[1] <= height
            pages += 1
        assert pages >= 2
        assert isinstance(para, Paragraph)


@pytest.mark.parametrize("form_id", ["fr24", "fr23", "pd"])
def test_a_blob_in_every_field_of_a_form_prints(form_id, registry, read_pdf):
    """Each field of the form holding its own pasted blob, the closing's position and name,
    the contract number and the date too: the document prints (a blob in the signature
    table once made it taller than a page, and the print failed) and every blob is in it."""
    from grantdesk.document import Document, Ref

    form = registry.get(form_id)
    doc = Document.new(form)
    blobs = {}
    for i, fid in enumerate(form.fields):
        blobs[fid] = _base64(1500 + i)[i:]  # each its own text, so its place can be told
        doc.set(Ref.field(fid), blobs[fid])
    text = read_pdf(render_pdf(doc).pdf)
    printed = [fid for fid, blob in blobs.items() if text.has_in_order(blob)]
    # a field the form does not print (one the wizard proposes another from) may be absent
    assert len(printed) >= len(blobs) - 2, sorted(set(blobs) - set(printed))
