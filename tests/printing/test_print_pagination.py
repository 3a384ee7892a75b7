"""The printing machinery under the block renderers: the running table header and the
accelerator reportlab lays text out with."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from grantdesk.printing.tables import RunningHeader


def _pages(story) -> list[str]:
    out = BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4)
    doc.build(story)
    return [page.extract_text() for page in PdfReader(BytesIO(out.getvalue())).pages]


def _frame_height() -> float:
    doc = SimpleDocTemplate(BytesIO(), pagesize=A4)
    return doc.height - 12  # the frame's own padding, 6 pt top and bottom


def test_running_header_heads_every_new_page_until_stopped():
    style = getSampleStyleSheet()["Normal"]
    story = [RunningHeader([Paragraph("RUNNING HEAD", style)])]
    story += [Paragraph(f"line {n}", style) for n in range(200)]
    story += [RunningHeader([]), Paragraph("AFTER", style)]
    pages = _pages(story)
    assert len(pages) >= 3
    assert "RUNNING HEAD" not in pages[0]  # set on page 1: heads the pages after it
    assert all(page.count("RUNNING HEAD") == 1 for page in pages[1:-1])


def test_running_header_stopped_on_a_full_page_does_not_head_the_next():
    # The table's last part fills its page to the bottom. reportlab's own SetTopFlowables
    # would be pushed to the next page and leave the header there, above other content.
    style = getSampleStyleSheet()["Normal"]
    story = [
        RunningHeader([Paragraph("RUNNING HEAD", style)]),
        Spacer(1, _frame_height()),
        RunningHeader([]),
        Paragraph("AFTER THE TABLE", style),
    ]
    pages = _pages(story)
    assert len(pages) == 2
    assert "AFTER THE TABLE" in pages[1]
    assert "RUNNING HEAD" not in pages[1]


def test_reportlab_lays_text_out_with_its_c_accelerator():
    # Without the rl_accel package reportlab falls back to pure Python (≈ 5 % slower to print here).
    from reportlab.lib import rl_accel

    for name in ("fp_str", "instanceStringWidthTTF", "asciiBase85Encode"):
        assert getattr(rl_accel, name).__module__ == "_rl_accel", name
