"""File → Import plan from Word…: the summary first, then a new project holding the plan."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from grantdesk.ui.plan_import_dialog import PlanImportDialog
from tests.wordio import plan_docs


def test_the_plan_is_shown_then_written_and_opened(qtbot, window, tmp_path, monkeypatch):
    source = tmp_path / "Жоспар.docx"
    data = plan_docs.rows_layout("kk")
    source.write_bytes(data)
    shown = []

    def confirm(dialog):
        shown.append(dialog.summary.toPlainText())
        assert dialog.import_button.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanImportDialog, "exec", confirm)
    target = window.import_plan(source, tmp_path / "Жоба")
    assert target == tmp_path / "Жоба.grantdesk" and target.exists()
    assert "90" in shown[0] and plan_docs.UNPLACED in shown[0]  # every block, and what found no place
    doc = window.session.doc
    assert doc.form.id == "pd" and doc.role == "plan"
    assert doc.field("org_name") == "«ҚСА» Республикалық студенттер қозғалысы»"
    assert len(doc.rows["tasks"]) == 8 and plan_docs.UNPLACED in doc.field("note")
    assert source.read_bytes() == data


def test_cancel_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    source = tmp_path / "plan.docx"
    source.write_bytes(plan_docs.paired_layout("ru"))
    monkeypatch.setattr(PlanImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert window.import_plan(source, tmp_path / "p.grantdesk") is None
    assert not (tmp_path / "p.grantdesk").exists() and window.session is None


def test_a_file_that_is_not_a_plan_gets_a_message(qtbot, window, tmp_path, answer_yes):
    source = tmp_path / "letter.docx"
    source.write_bytes(plan_docs.not_a_plan())
    assert window.import_plan(source, tmp_path / "p.grantdesk") is None
    assert answer_yes and "letter.docx" in answer_yes[-1]
    assert not (tmp_path / "p.grantdesk").exists()
