"""Trust under trouble, in the app: a read-only file says so, a failed write keeps the
text and retries, a file already open elsewhere is refused with a clear message."""

from __future__ import annotations

import sqlite3

from grantdesk.document import Document
from grantdesk.store import ProjectFile
from tests.ui.conftest import open_report, type_text, wait_saved


def _project(path, fr24):
    with ProjectFile.create(path) as project:
        project.create_document(Document.new(fr24))
    return path


def test_read_only_file_opens_read_only_with_a_visible_notice(qtbot, window, tmp_path, fr24, monkeypatch, answer_yes):
    path = _project(tmp_path / "ro.grantdesk", fr24)
    before = path.read_bytes()
    # the tests run as root, who may write anything: stand in for a write-protected file
    monkeypatch.setattr("grantdesk.store.project.os.access", lambda p, mode: False)
    assert open_report(window, path)
    assert window.session.read_only
    assert any("тек оқуға" in m for m in answer_yes)  # told once, in the app's language
    assert window.notice.text()  # and the status bar keeps saying it
    from PySide6.QtCore import QCoreApplication

    assert window.wizard.save_label.text() == QCoreApplication.translate(
        "ReportWizard", "Read-only: changes are not saved")
    editor = window.wizard.show_section("general").fields["org_name"].editor
    assert editor.isReadOnly()
    window.close_project()
    assert path.read_bytes() == before


def test_a_failed_write_keeps_the_text_tells_the_user_and_retries(qtbot, window, tmp_path, fr24):
    path = _project(tmp_path / "disk.grantdesk", fr24)
    open_report(window, path)
    session = window.session

    def deny(action, *args):  # stands in for a full disk or a pulled-out USB stick
        return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE) else sqlite3.SQLITE_OK

    session.project.db.conn.set_authorizer(deny)
    editor = window.wizard.show_section("goal").fields["goal"].editor
    type_text(editor, "Мақсат мәтіні")
    qtbot.waitUntil(lambda: session.last_error is not None, timeout=3000)
    assert session.writer.pending > 0
    assert editor.toPlainText() == "Мақсат мәтіні"  # nothing typed is lost or blocked
    assert window.wizard.save_label.text() and "#b00020" in window.wizard.save_label.styleSheet()
    type_text(editor, " әрі қарай")  # typing goes on while the disk is away
    session.project.db.conn.set_authorizer(None)  # the disk is back
    qtbot.waitUntil(lambda: session.writer.pending == 0, timeout=6000)  # retried by itself
    assert session.last_error is None
    window.close_project()
    with ProjectFile.open(path) as project:
        doc = project.load_document(project.list_documents()[0].id, window.ctx.registry)
    assert doc.field("goal") == "Мақсат мәтіні әрі қарай"


def test_closing_while_writes_fail_asks_and_keeps_the_project_open(qtbot, window, tmp_path, fr24, answer_yes):
    path = _project(tmp_path / "keep.grantdesk", fr24)
    open_report(window, path)
    session = window.session
    session.project.db.conn.set_authorizer(lambda *a: sqlite3.SQLITE_DENY if a[0] == sqlite3.SQLITE_INSERT else sqlite3.SQLITE_OK)
    type_text(window.wizard.show_section("goal").fields["goal"].editor, "сақталмаған")
    assert window.close_project() is False  # the user chose to keep working (answered No)
    assert window.session is session and session.writer.pending > 0
    session.project.db.conn.set_authorizer(None)
    assert window.close_project()


def test_a_project_open_in_another_window_is_refused_clearly(qtbot, window, tmp_path, fr24, answer_yes):
    from grantdesk.forms import default_registry
    from grantdesk.settings import Settings
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.main_window import MainWindow

    path = _project(tmp_path / "twice.grantdesk", fr24)
    assert open_report(window, path)
    second = MainWindow(AppContext(default_registry(), Settings(ui_lang="ru"), "ru"))
    qtbot.addWidget(second)
    assert second.open_project(path) is False
    assert any("уже открыт в другом окне" in m for m in answer_yes)
    type_text(window.wizard.show_section("goal").fields["goal"].editor, "бірінші терезе")
    wait_saved(qtbot, window)
    window.close_project()
    assert second.open_project(path)  # free once the first window let go
    assert second.session.doc.field("goal") == "бірінші терезе"
    second.close_project()


def test_restore_from_backup_into_a_new_file(qtbot, window, tmp_path, fr24, answer_yes):
    from grantdesk.ui.backups_dialog import BackupsDialog

    path = _project(tmp_path / "b.grantdesk", fr24)
    open_report(window, path)  # opening takes a snapshot
    type_text(window.wizard.show_section("goal").fields["goal"].editor, "кейін жазылған")
    wait_saved(qtbot, window)
    dialog = window.show_backups(path)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, BackupsDialog) and dialog.list.topLevelItemCount() >= 1
    restored = dialog.restore_to(tmp_path / "restored")
    assert restored == tmp_path / "restored.grantdesk" and restored.exists()
    # the question "open it now?" was answered Yes: the restored copy is the open project now
    assert window.project_session.file.path == restored
    assert window.project_session.project.reports()[0].field("goal") == ""  # the snapshot was taken before the typing
    window.close_project()
    with ProjectFile.open(path) as project:  # the original was never touched
        assert project.load_document(project.list_documents()[0].id, window.ctx.registry).field("goal") == "кейін жазылған"


def test_a_damaged_file_offers_its_backups(qtbot, window, tmp_path, fr24, answer_yes):
    from grantdesk.ui.backups_dialog import BackupsDialog

    path = _project(tmp_path / "d.grantdesk", fr24)
    assert open_report(window, path)  # a backup is taken on opening
    window.close_project()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # the USB stick was pulled out mid-copy
    damaged = path.read_bytes()
    assert open_report(window, path) is False
    dialogs = window.findChildren(BackupsDialog)
    assert dialogs and dialogs[-1].isVisible() and dialogs[-1].list.topLevelItemCount() >= 1
    dialogs[-1].close()
    assert path.read_bytes() == damaged  # the damaged original is left as it was
