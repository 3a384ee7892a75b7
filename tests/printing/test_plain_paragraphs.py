"""Plain paragraphs are given their fragment without reportlab's parser
(grantdesk/printing/paragraphs.py): the PDF is the same, byte for byte, as with every
paragraph parsed, and a paragraph with markup still goes through the parser."""

from __future__ import annotations

import json

import pytest

from grantdesk.document import from_json
from grantdesk.layout.model import PageCode
from grantdesk.printing import paragraphs, render_pdf
from grantdesk.printing.styles import paragraph_style

from .conftest import FIXTURES


@pytest.mark.parametrize("seed", ["seed_001.json", "seed_003.json", "seed_003_fr24.json"])
def test_a_report_prints_byte_for_byte_as_parsed(seed, registry, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1733300000")  # the PDF's dates fixed: same input, same bytes
    doc = from_json(json.loads((FIXTURES / seed).read_text(encoding="utf-8")), registry)
    code = PageCode("GD1|0123456789abcdef|1|fr24|{page}/{pages}|0123456789ab")
    fast = render_pdf(doc, draft=True, page_code=code).pdf
    monkeypatch.setattr(paragraphs, "PLAIN", False)
    parsed = render_pdf(doc, draft=True, page_code=code).pdf
    assert len(fast) > 10_000 and fast == parsed


def test_only_plain_text_skips_the_parser():
    style = paragraph_style("cell")
    plain = paragraphs.Para("сәуір-қараша 2024, кемінде 1", style)
    marked = paragraphs.Para("<b>Бағдарлама</b> &amp; жоба", style)
    reference = paragraphs.Paragraph("сәуір-қараша 2024, кемінде 1", style)
    assert [f.__dict__ for f in plain.frags] == [f.__dict__ for f in reference.frags]
    assert plain.frags[0].link is not reference.frags[0].link
    assert [(f.text, f.bold) for f in marked.frags] == [("Бағдарлама", 1), (" ", 0), ("&", 0), (" жоба", 0)]
