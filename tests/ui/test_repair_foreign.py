"""Issue 19 item 8 in the window: a project another program changed is opened after asking
(what will be removed, that a backup is kept) and repairing; a No keeps the file as it was."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from grantdesk.document import Document, Ref
from grantdesk.store import ProjectFile, list_backups


def _tampered(path, fr24):
    with ProjectFile.create(path) as project:
        doc = Document.new(fr24)
        doc.set(Ref.field("achieved"), "Нәтиже жазылды")
        project.create_document(doc)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER wipe AFTER UPDATE ON report_values BEGIN DELETE FROM report_values; END")
    conn.execute("CREATE TABLE spy (x)")
    conn.commit()
    conn.close()


def _asked(monkeypatch, answer):
    questions = []

    def question(_parent, _title, text, *_a, **_k):
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def test_yes_backs_up_removes_what_was_added_and_opens_with_the_values(qtbot, window, tmp_path, fr24,
                                                                       answer_yes, monkeypatch):
    path = tmp_path / "t.grantdesk"
    _tampered(path, fr24)
    questions = _asked(monkeypatch, QMessageBox.StandardButton.Yes)
    assert window.open_project(path)
    assert len(questions) == 1
    assert "trigger wipe" in questions[0] and "table spy" in questions[0]
    assert "сақтық көшірмесі" in questions[0]  # the app's language (kk): a backup is kept first
    assert [b.reason for b in list_backups(path)].count("before-repair") == 1
    doc = window.project_session.project.documents[0]
    assert doc.field("achieved") == "Нәтиже жазылды"
    assert window.open_document(doc.doc_id)
    window.session.set(Ref.field("achieved"), "Өзгертілді")  # the trigger would have wiped every value
    assert window.close_project()
    with ProjectFile.open(path, read_only=True) as p:
        assert dict(p.db.execute("SELECT key, value FROM report_values").fetchall())["achieved"] == "Өзгертілді"


def test_no_keeps_the_file_as_it_was_and_says_why_it_was_refused(qtbot, window, tmp_path, fr24,
                                                                 answer_yes, monkeypatch):
    path = tmp_path / "t.grantdesk"
    _tampered(path, fr24)
    before = path.read_bytes()
    questions = _asked(monkeypatch, QMessageBox.StandardButton.No)
    assert not window.open_project(path)
    assert len(questions) == 1 and window.project_session is None
    assert path.read_bytes() == before
    assert any("trigger wipe" in m for m in answer_yes)  # the refusal, naming what was found
