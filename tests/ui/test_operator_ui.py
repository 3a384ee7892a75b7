"""The operator's dialog and the hand-over actions, driven as a user would: a folder
compiled into Annex 4 and the register off the GUI thread, the files left out listed,
Cancel leaving nothing; a package prepared and a printed copy checked from the window."""

from __future__ import annotations

import zipfile

import pypdfium2

from grantdesk.ui.operator_dialog import OperatorDialog
from tests.operator.conftest import clean_001, operator_folder, write_project  # noqa: F401  (fixture)
from tests.ui.conftest import open_report


def test_the_operator_dialog_compiles_annex4_and_the_register(qtbot, window, operator_folder):  # noqa: F811
    dialog = window.operator_dialog()
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(operator_folder))
    dialog.start_date.setText("01.01.2024")
    dialog.end_date.setText("31.12.2024")
    dialog.lang.setCurrentIndex(dialog.lang.findData("ru"))
    assert dialog.start()
    with qtbot.waitSignal(dialog.work.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=5000)
    annex4, register = dialog.outputs()
    assert annex4.is_file() and register.is_file()
    items = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert any(t.startswith("damaged.grantdesk:") for t in items)
    assert any(t.startswith("old.grantdesk:") for t in items)  # ended in 2023: outside the period
    assert "2" in dialog.result.text() and str(annex4) in dialog.result.text()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_cancel_stops_the_work_and_writes_nothing(qtbot, window, operator_folder):  # noqa: F811
    dialog = OperatorDialog(window.ctx.registry, "en", window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(operator_folder))
    assert dialog.start()
    dialog.cancel()  # at once: the worker stops before the next file
    with qtbot.waitSignal(dialog.work.finished, timeout=60000):
        pass
    qtbot.waitUntil(lambda: dialog.run_button.isEnabled(), timeout=5000)
    annex4, register = dialog.outputs()
    assert not annex4.exists() and not register.exists()
    assert "Cancelled" in dialog.result.text()


def test_a_bad_period_is_said_and_nothing_starts(qtbot, window, operator_folder):  # noqa: F811
    dialog = OperatorDialog(window.ctx.registry, "en", window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(operator_folder))
    dialog.start_date.setText("31.02.2024")
    dialog.end_date.setText("31.12.2024")
    assert not dialog.start() and dialog.work is None and dialog.result.text()


def test_prepare_for_submission_and_check_a_printed_copy_from_the_window(qtbot, window, tmp_path, answer_yes):
    path = write_project(tmp_path / "p.grantdesk", clean_001())
    assert open_report(window, path)
    assert window.act_submission.isEnabled()
    out = window.handover.prepare(tmp_path / "hand-over")
    assert out == tmp_path / "hand-over.zip"
    with zipfile.ZipFile(out) as z:
        assert set(z.namelist()) == {"fr24-1.pdf", "fr24-1.docx", "project.grantdesk", "checklist.txt"}
        (tmp_path / "paper.pdf").write_bytes(z.read("fr24-1.pdf"))
    assert "hand-over.zip" in window.statusBar().currentMessage()
    pdf = pypdfium2.PdfDocument(str(tmp_path / "paper.pdf"))
    pdf[0].render(scale=200 / 72).to_pil().save(tmp_path / "page1.png")
    pdf.close()
    verdicts = window.handover.check([tmp_path / "page1.png"])
    assert [v.outcome for v in verdicts] == ["match"]
    answer_yes.clear()
    blank = tmp_path / "blank.png"
    from PIL import Image
    Image.new("RGB", (400, 600), "white").save(blank)
    verdicts = window.handover.check([blank])
    assert [v.outcome for v in verdicts] == ["unreadable"] and answer_yes and "blank.png" in answer_yes[-1]


def test_the_app_prints_page_codes_and_records_what_it_saved(qtbot, window, tmp_path):
    import sqlite3
    from io import BytesIO

    from PIL import Image

    from grantdesk.operator.verify import read_codes

    path = write_project(tmp_path / "p.grantdesk", clean_001())
    assert open_report(window, path)
    preview = window.print_preview()
    qtbot.addWidget(preview)
    preview.wait_built()  # the PDF is made on the preview's thread
    pdf = pypdfium2.PdfDocument(BytesIO(preview.pdf))
    pdf[0].render(scale=200 / 72).to_pil().save(tmp_path / "p1.png")
    pdf.close()
    [(_, code)] = read_codes(tmp_path / "p1.png")
    assert code is not None and code.page == 1 and code.pages == len(preview.pages) and code.edition == "fr24"
    assert preview.write_pdf(tmp_path / "saved.pdf") == tmp_path / "saved.pdf"
    preview.done(0)
    window.close_project()
    [(pages,)] = sqlite3.connect(path).execute("SELECT pages FROM prints").fetchall()
    assert pages == code.pages
    assert Image.open(tmp_path / "p1.png").size[0] > 1000
