"""Issue 19 item 9: the window shows an import's progress, fed by the operation's
progress(done, total) as the rows and cells are written; the import completes."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog

from grantdesk.store import project as store_project
from grantdesk.ui import import_progress
from grantdesk.ui.plan_import_dialog import PlanImportDialog
from tests.wordio import plan_docs


def _watch(monkeypatch):
    """Every report the progress dialog gets, with the dialog's own range and value."""
    seen = []
    original = import_progress.ImportProgress.__call__

    def call(self, done, total):
        original(self, done, total)
        seen.append((done, total, self.dialog.maximum(), self.dialog.value()))

    monkeypatch.setattr(import_progress.ImportProgress, "__call__", call)
    return seen


def _records(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT (SELECT count(*) FROM rows) + (SELECT count(*) FROM cells)").fetchone()[0]
    finally:
        conn.close()


def test_a_plan_imported_into_a_new_project_reports_progress_and_completes(qtbot, window, tmp_path, monkeypatch):
    source = tmp_path / "Жоспар.docx"
    source.write_bytes(plan_docs.rows_layout("kk"))
    monkeypatch.setattr(PlanImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(store_project, "WRITE_STEP", 10)  # many steps from a small plan
    seen = _watch(monkeypatch)
    target = window.import_plan(source, tmp_path / "Жоба")
    assert target is not None and target.exists()
    assert len(window.session.doc.rows["tasks"]) == 8  # the import completed and opened
    assert window.close_project()
    total = _records(target)
    assert total > 50 and len(seen) >= total // 10
    assert [d for d, *_ in seen] == sorted(d for d, *_ in seen)  # only forward
    assert all(t == total and maximum == total and value == d for d, t, maximum, value in seen)
    assert seen[-1][0] == total  # to the end


def test_a_plan_imported_into_the_project_at_hand_reports_progress(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "Жаңа.grantdesk"
    assert window.create_project(path)  # an empty plan: the import fills this project
    source = tmp_path / "Жоспар.docx"
    source.write_bytes(plan_docs.rows_layout("kk"))
    monkeypatch.setattr(PlanImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    seen = _watch(monkeypatch)
    assert window.import_plan(source, None) == path
    plan = window.project_session.project.plan
    assert len(plan.rows["tasks"]) == 8 and window.session.doc is plan
    assert seen and seen[-1][0] == seen[-1][1] > 50
    window.close_project()
    assert _records(path) == seen[-1][1]  # what it counted is what the file holds
