"""File → Import plan from Word…: the summary first, then a new project holding the plan."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QPlainTextEdit

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


def test_new_project_then_import_fills_that_projects_plan(qtbot, window, tmp_path, monkeypatch):
    """New project… then Import plan from Word…: no second file, no save dialog; the empty
    plan New project made is the imported one now, in the same file."""
    from PySide6.QtWidgets import QFileDialog

    from grantdesk.store import ProjectFile
    from tests.ui.conftest import wait_saved

    path = tmp_path / "Жаңа.grantdesk"
    assert window.create_project(path)  # its first document: an empty plan
    source = tmp_path / "Жоспар.docx"
    source.write_bytes(plan_docs.rows_layout("kk"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: pytest.fail("no second file is asked for"))
    seen = []

    def confirm(dialog):
        seen.append((dialog.into.text(), dialog.verdict.text(), dialog.summary.lineWrapMode()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanImportDialog, "exec", confirm)
    assert window.import_plan_dialog() == path
    into, verdict, wrap = seen[0]
    assert "Жаңа.grantdesk" in into and verdict  # it says where it goes and, plainly, what was recognised
    assert wrap == QPlainTextEdit.LineWrapMode.WidgetWidth  # long values wrap, no sideways scroll bar
    project = window.project_session.project
    assert [d.role for d in project.documents] == ["plan"]  # one plan: the imported one
    assert window.session.doc is project.plan and len(project.plan.rows["tasks"]) == 8
    wait_saved(qtbot, window)
    window.close_project()
    with ProjectFile.open(path) as pf:
        plans = [d for d in pf.list_documents() if d.role == "plan"]
    assert len(plans) == 1
    assert sorted(p.name for p in tmp_path.glob("*.grantdesk")) == ["Жаңа.grantdesk"]
