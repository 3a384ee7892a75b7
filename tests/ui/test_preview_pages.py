"""The print preview of a long report holds only the page images near the screen, so a
300-page report does not hold 300 images (bench/RESULTS.md: 948 MB before, 256 MB after)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from grantdesk.document import from_json
from grantdesk.forms import default_registry
from tests.ui.conftest import open_report
from grantdesk.store import ProjectFile
from grantdesk.ui.preview import KEEP_PAGES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_stress import make_stress  # noqa: E402


def test_a_long_preview_keeps_few_page_images(qtbot, window, tmp_path):
    path = tmp_path / "long.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(from_json(json.loads(json.dumps(make_stress(2))), default_registry()))
    open_report(window, path)
    preview = window.print_preview()
    qtbot.addWidget(preview)
    preview.finish_rendering()
    labels = preview.page_labels
    assert preview.page_count == len(labels) > 2 * KEEP_PAGES
    has_image = [not lb.pixmap().isNull() for lb in labels]
    assert has_image[0] and 0 < sum(has_image) <= KEEP_PAGES
    assert all(lb.width() > 100 and lb.height() > 100 for lb in labels)  # every page has its place

    # Scrolling to the end renders the pages met on the way and forgets those left behind.
    bar = preview.scroll.verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(min(value, bar.maximum()))
        preview.finish_rendering()
        assert sum(not lb.pixmap().isNull() for lb in labels) <= KEEP_PAGES
    has_image = [not lb.pixmap().isNull() for lb in labels]
    assert has_image[-1] and not has_image[0]
    preview.close()


def test_a_report_beyond_the_page_limit_is_refused_with_a_message_and_kept(qtbot, window, answer_yes, tmp_path):
    from make_hostile import hostile

    path = tmp_path / "hostile.grantdesk"
    data = hostile("`строка\\n` × 5 000")
    with ProjectFile.create(path) as project:
        project.create_document(from_json(data, default_registry()))
    open_report(window, path)
    assert window.print_preview() is None
    assert window.export_word(tmp_path / "hostile.docx") is None and not (tmp_path / "hostile.docx").exists()
    assert sum("Құжат тым ұзын" in text for text in answer_yes) == 2
    assert window.session.doc.field("goal") == data["values"]["goal"]  # what was typed stays


def _stress_project(tmp_path, scale: int) -> Path:
    path = tmp_path / f"stress-{scale}.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(from_json(json.loads(json.dumps(make_stress(scale))), default_registry()))
    return path



def _paced(monkeypatch) -> None:
    """Each laid-out page waits 15 ms on the build's thread (sleeping lets the GUI thread
    run): the test sees the window answer and can close it mid-build on a machine of any
    speed or load, instead of racing the build."""
    import time

    from grantdesk.ui import print_job

    step = print_job._Worker._progress

    def paced(self, pages):
        time.sleep(0.015)
        step(self, pages)

    monkeypatch.setattr(print_job._Worker, "_progress", paced)


def test_the_preview_shows_and_answers_while_a_long_report_is_laid_out(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from pypdf import PdfReader
    import io

    _paced(monkeypatch)
    open_report(window, _stress_project(tmp_path, 2))
    ticks, texts = [], []
    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(preview.building))
    preview = window.print_preview()  # returns while the PDF is being made
    qtbot.addWidget(preview)
    assert preview.isVisible() and preview.building and preview.page_count == 0
    assert not preview.print_button.isEnabled() and preview.save_pdf() is None  # nothing to save yet
    preview._job.pages.connect(lambda n: texts.append(preview.info.text()))
    timer.start()
    qtbot.waitUntil(lambda: not preview.building, timeout=120_000)
    timer.stop()
    assert sum(ticks) >= 5  # the event loop ran, many times, while the PDF was being made
    assert texts and "%1" not in texts[-1] and any(ch.isdigit() for ch in texts[-1])  # pages counted as laid out
    preview.finish_rendering()
    pages = len(PdfReader(io.BytesIO(preview.pdf)).pages)
    assert preview.page_count == pages == len(preview.page_labels) > 2 * KEEP_PAGES
    assert str(pages) in preview.info.text() and preview.print_button.isEnabled()
    assert not preview.page_labels[0].pixmap().isNull()
    preview.close()


def test_closing_the_preview_while_it_is_laid_out_stops_the_build(qtbot, window, tmp_path, monkeypatch):
    from grantdesk.ui.print_job import running_jobs

    _paced(monkeypatch)
    open_report(window, _stress_project(tmp_path, 2))
    preview = window.print_preview()
    qtbot.addWidget(preview)
    assert preview.building
    seen: list[int] = []
    preview._job.pages.connect(seen.append)
    qtbot.waitUntil(lambda: bool(seen), timeout=120_000)  # pages under way
    preview.close()
    qtbot.waitUntil(lambda: running_jobs() == 0, timeout=10_000)
    qtbot.wait(20)
    assert preview.pdf is None and preview.page_count == 0 and not preview.page_labels  # nothing arrived
    again = window.print_preview()  # and printing again works
    qtbot.addWidget(again)
    again.finish_rendering()
    assert again.page_count > 2 * KEEP_PAGES
    assert max(seen) < again.page_count  # the closed build stopped at its next page, not at the end
    again.close()


def test_the_preview_with_its_longest_draft_note_fits_a_1366_screen(qtbot, window, tmp_path, seed_001):
    path = tmp_path / "seed.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_001)
    open_report(window, path)
    preview = window.print_preview()
    qtbot.addWidget(preview)
    preview.finish_rendering()
    # the Kazakh draft note, the longest of the three languages
    preview.info.setText("11 бет — қателер немесе толтырылмаған міндетті орындар бар, сондықтан әр бет нобай деп белгіленеді")
    # the note wraps: the dialog keeps the 900 px it asks for, room for the Kazakh buttons
    # (an unwrapped note made it 1 042 px here with English buttons, past the screen in kk)
    assert preview.minimumSizeHint().width() <= 900 and preview.width() == 900
    preview.close()
