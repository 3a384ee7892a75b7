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
