"""GUI fixtures: a real main window, offscreen, with dialogs answered automatically."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from grantdesk.forms import default_registry
from grantdesk.settings import Settings
from grantdesk.ui.context import AppContext
from grantdesk.ui.main_window import MainWindow


@pytest.fixture
def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    return shown


@pytest.fixture
def report_lang(monkeypatch):
    """Answers the new project's report-language question (a modal dialog) with kk, as told."""
    from grantdesk.ui import report_language

    asked = []
    answer = ["kk"]
    monkeypatch.setattr(report_language, "ask_report_language",
                        lambda parent, ui_lang: asked.append(ui_lang) or answer[0])
    return answer, asked


@pytest.fixture
def window(qtbot, answer_yes, report_lang):
    ctx = AppContext(default_registry(), Settings(ui_lang="kk"), "kk")
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close_project()


def open_report(window, path) -> bool:
    """Open a project at its report (as a user double-clicking it in the documents list):
    a project opens at the document the user was last in, else at its documents."""
    if not window.open_project(path):
        return False
    if window.session is None:
        reports = window.project_session.project.reports() or window.project_session.project.documents
        return window.open_document(reports[-1].doc_id)
    return True


def wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: window.session.writer.pending == 0, timeout=3000)


def type_text(widget, text: str) -> None:
    """Type as a keyboard does, one key event per character, Kazakh letters included
    (QTest.keyClicks only takes ASCII)."""
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
