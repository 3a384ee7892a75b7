"""Issue 19 in the window: Save a copy holds what was typed, pending edits included, and a
project file deleted under an open session stops "saved" (pytest-qt, offscreen)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QCoreApplication

from grantdesk.document import Document
from grantdesk.store import ProjectFile
from tests.ui.conftest import open_report, type_text


def _project(path, fr24):
    with ProjectFile.create(path) as project:
        project.create_document(Document.new(fr24))
    return path


def _goal(path, registry):
    with ProjectFile.open(path, read_only=True) as project:
        return project.load_document(project.list_documents()[0].id, registry).field("goal")


def test_save_a_copy_right_after_typing_holds_the_edit_still_waiting(qtbot, window, tmp_path, fr24):
    path = _project(tmp_path / "p.grantdesk", fr24)
    assert open_report(window, path)
    session = window.session
    # the flush timer never fires here: the edit is still only in memory when the copy is made
    window.project_session._flush_timer.stop()
    window.project_session.writer.on_pending = lambda: None
    type_text(window.wizard.show_section("goal").fields["goal"].editor, "Жаңа мақсат")
    assert session.writer.pending > 0
    # the project file cannot take it (full, write-protected): only the copy can
    session.project.db.conn.set_authorizer(lambda action, *a: sqlite3.SQLITE_DENY if action in (
        sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE) else sqlite3.SQLITE_OK)
    copy = window.save_copy(tmp_path / "copy.grantdesk")
    session.project.db.conn.set_authorizer(None)
    assert copy is not None and copy.exists()
    assert _goal(copy, window.ctx.registry) == "Жаңа мақсат"
    message = window.statusBar().currentMessage()
    assert str(copy) in message and "1" in message  # says the copy holds the edit the file could not take


def test_a_project_deleted_under_the_session_is_not_called_saved_and_a_copy_keeps_the_edits(
        qtbot, window, tmp_path, fr24):
    path = _project(tmp_path / "gone.grantdesk", fr24)
    assert open_report(window, path)
    session = window.session
    path.unlink()  # the folder removed, a stick pulled: the file is not where it was
    editor = window.wizard.show_section("goal").fields["goal"].editor
    type_text(editor, "Жоғалмайды")
    qtbot.waitUntil(lambda: session.last_error is not None, timeout=3000)
    assert session.last_error.code == "gone"
    assert session.writer.pending > 0  # kept in memory
    gone = QCoreApplication.translate(
        "ReportWizard", "Not saved: the project file is gone (deleted, moved or the USB stick removed). "
        "Your text is kept: File → Save a copy as… saves it.")
    assert window.wizard.save_label.text() == gone
    assert window.act_copy.isEnabled()
    copy = window.save_copy(tmp_path / "rescued.grantdesk")
    assert copy is not None
    assert _goal(copy, window.ctx.registry) == "Жоғалмайды"
    assert not path.exists()  # nothing was written where the old file was


def test_a_file_replaced_under_the_session_is_not_written_into(qtbot, window, tmp_path, fr24):
    path = _project(tmp_path / "swap.grantdesk", fr24)
    other = _project(tmp_path / "other.grantdesk", fr24)
    assert open_report(window, path)
    session = window.session
    before = other.read_bytes()
    other.replace(path)  # another file now has the project's name
    type_text(window.wizard.show_section("goal").fields["goal"].editor, "бөгде")
    qtbot.waitUntil(lambda: session.last_error is not None, timeout=3000)
    assert session.last_error.code == "gone"
    assert path.read_bytes() == before


def test_a_read_only_project_disables_the_report_language_switch(qtbot, window, tmp_path, fr24, monkeypatch):
    path = _project(tmp_path / "ro.grantdesk", fr24)
    monkeypatch.setattr("grantdesk.store.project._medium_read_only", lambda p: True)
    assert open_report(window, path)
    assert window.session.read_only
    assert not window.report_lang_button.isEnabled()
    assert not any(a.isEnabled() for a in window.report_lang_actions.values())
    lang = window.session.doc.lang
    window.set_report_lang("ru" if lang == "kk" else "kk")
    assert window.session.doc.lang == lang


def test_a_project_with_a_missing_edition_opens_and_names_it(qtbot, window, tmp_path, fr24, answer_yes):
    path = tmp_path / "m.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(Document.new(fr24))
        project.create_document(Document.new(fr24))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE reports SET form='fr99' WHERE id=2")
    conn.commit()
    conn.close()
    assert window.open_project(path)
    assert [d.doc_id for d in window.project_session.project.documents] == [1]
    assert any("fr99" in m for m in answer_yes)  # named, with how to add it
