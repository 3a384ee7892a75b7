"""Any input, bounded (issue 20): seed 001 with every typed text replaced by a hostile
value prints, with every line of it, when the document stays within the page limit, and
is refused before any work, with a message, beyond it (docs/reliability.md, "The page
limit"). The full-size cases and their figures are in bench/ (make_hostile.py)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from grantdesk.document import from_json
from grantdesk.forms import default_registry
from grantdesk.layout.limits import PAGE_LIMIT, TooLong, estimated_pages
from grantdesk.printing import render_pdf
from grantdesk.wordio import export_docx

from .conftest import PdfText

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_hostile import SHAPES, hostile  # noqa: E402


def _doc(shape: str, size: int):
    return from_json(hostile(shape, size), default_registry())


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_small_hostile_report_prints_whole(shape):
    doc = _doc(shape, 600)  # every field and cell: 600 characters, or 30 lines
    assert estimated_pages(doc) <= PAGE_LIMIT
    result = render_pdf(doc)
    text = PdfText(result.pdf)
    assert result.pages > 20
    if shape.startswith("one word"):
        assert text.has_in_order(hostile(shape, 600)["values"]["goal"])
    elif shape.startswith("`строка"):
        assert sum(page.count("строка") for page in text.pages) >= 30 * 100


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_full_size_hostile_report_is_refused_before_any_work(shape):
    doc = _doc(shape, 100_000)
    start = time.perf_counter()
    with pytest.raises(TooLong) as refused:
        render_pdf(doc)
    with pytest.raises(TooLong):
        export_docx(doc)
    assert time.perf_counter() - start < 2  # the estimate alone: no model built, nothing laid out
    assert refused.value.pages > PAGE_LIMIT


def test_the_command_line_says_why_and_writes_nothing(tmp_path):
    from tests.cli.test_cli import grantdesk

    report = tmp_path / "hostile.json"
    report.write_text(json.dumps(hostile("`строка\\n` × 5 000")), encoding="utf-8")
    project = tmp_path / "hostile.grantdesk"
    assert grantdesk("import", report, "-o", project).returncode == 0
    out = tmp_path / "out.pdf"
    done = grantdesk("print", project, "-o", out, "--ui-lang", "kk")
    assert done.returncode == 2 and not out.exists()
    assert "Құжат тым ұзын" in done.stderr and str(PAGE_LIMIT) in done.stderr
