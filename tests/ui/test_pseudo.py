"""Pseudo-translation (GRANTDESK_PSEUDO=1): every screen and dialog at 1366×768, every string
a third longer and bracketed. A visible text without brackets bypassed translation; a text
wider than its widget (or, wrapped, taller) is cut."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QDialog, QLabel, QListWidget, QPushButton, QTableWidget, QToolButton, QWidget,
)

from grantdesk.ui import pseudo
from grantdesk.ui.i18n import Translators
from tests.ui.conftest import open_report

LETTERS = re.compile(r"[^\W\d_]{3,}")
# Wording that is the same in every language, never translated (names, keys, file names).
NAMES = re.compile(r"GrantDesk|Қазақша|Русский|English|Ctrl\S*|Shift\S*|Alt\S*|F\d+|PgUp|PgDown|Tab|Enter|"
                   r"Delete|\S+\.grantdesk|\S+\.docx|\S+\.pdf|PDF|Word|https?://\S+|docs/\S+", re.I)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]*>", "", text).replace("&&", "&").replace("&", "")


def untranslated(text: str) -> bool:
    """Wording (letters left once names are taken out) with no pseudo-translation in it."""
    text = _plain(text)
    if pseudo.OPEN in text:  # an elided text (a folded guidance) keeps its opening bracket
        return False
    return bool(LETTERS.search(NAMES.sub(" ", text)))


def clipped(w: QWidget) -> str | None:
    """Why the text of `w` does not fit it, or None."""
    if isinstance(w, QLabel):
        text = w.text()
        if not text or w.pixmap() is not None and not w.pixmap().isNull():
            return None
        room = w.contentsRect()
        if w.wordWrap():
            if w.heightForWidth(room.width()) > room.height() + 2:
                return f"wrapped label needs {w.heightForWidth(room.width())} px, has {room.height()}"
            return None
        if w.textFormat() == w.textFormat().RichText or "<" in text:
            need = w.sizeHint().width()
        else:
            need = max(w.fontMetrics().horizontalAdvance(line) for line in _plain(text).splitlines() or [""])
        return f"needs {need} px, has {room.width()}" if need > room.width() + 2 else None
    if isinstance(w, (QPushButton, QToolButton)) and w.text():
        need = w.sizeHint().width()
        return f"button needs {need} px, has {w.width()}" if need > w.width() + 2 else None
    return None


def check(root: QWidget, where: str, found: list[str]) -> None:
    if not root.isVisible():
        return
    if root.isWindow() and untranslated(root.windowTitle().replace("GrantDesk", "")):
        found.append(f"{where}: window title {root.windowTitle()!r} untranslated")
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or w.window() is not root.window():
            continue
        if isinstance(w, (QLabel, QAbstractButton)) and w.objectName() != "data":
            text = w.text()
            if text and untranslated(text):
                found.append(f"{where}: {type(w).__name__} {text[:70]!r} untranslated")
            why = clipped(w)
            if why:
                found.append(f"{where}: {type(w).__name__} {text[:50]!r} cut: {why}")
        elif isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                item = w.horizontalHeaderItem(c)
                if item is not None and untranslated(item.text()):
                    found.append(f"{where}: heading {item.text()[:60]!r} untranslated")
        elif isinstance(w, QListWidget):
            for i in range(w.count()):
                if untranslated(w.item(i).text()):
                    found.append(f"{where}: list item {w.item(i).text()[:60]!r} untranslated")


@pytest.fixture
def pseudo_window(window, qapp, monkeypatch):
    monkeypatch.setenv(pseudo.ENV, "1")
    window.ctx.translators = Translators(qapp)
    window.ctx.translators.switch("en")
    window.ctx.ui_lang = "en"
    window.retranslate()
    window.resize(1366, 738)
    yield window
    monkeypatch.delenv(pseudo.ENV)
    window.ctx.translators.switch("en")


def _settle(qtbot):
    qtbot.wait(30)
    QApplication.processEvents()


def _walk_dialog(qtbot, open_it, where, found):
    """Open a modal dialog, check it once shown, close it."""
    def look():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            found.append(f"{where}: no dialog")
            return
        QApplication.processEvents()
        check(dialog, where, found)
        dialog.reject()
    QTimer.singleShot(100, look)
    open_it()
    _settle(qtbot)


def test_every_screen_and_dialog_is_translated_and_uncut(qtbot, pseudo_window, tmp_path, seed_001, monkeypatch):
    from grantdesk.store import ProjectFile
    from grantdesk.ui import report_language
    from grantdesk.ui.about import AboutDialog
    from grantdesk.ui.documents import NewDocumentDialog
    from grantdesk.ui.plan_import_dialog import PlanImportDialog

    window = pseudo_window
    found: list[str] = []
    _settle(qtbot)
    check(window, "start", found)

    path = tmp_path / "pseudo.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_document(seed_001)
    assert open_report(window, path)
    for section in window.session.doc.form.sections:
        page = window.wizard.show_section(section.id)
        _settle(qtbot)
        check(window, f"wizard {section.id}", found)
        for tree in page.tables.values():
            if hasattr(tree, "panes"):
                for depth in range(len(tree.levels)):
                    item = tree.tree.topLevelItem(1)
                    for _ in range(depth):
                        item = item.child(0)
                    tree.tree.setCurrentItem(item)
                    _settle(qtbot)
                    check(window, f"wizard {section.id} pane {depth}", found)
    window.show_documents()
    _settle(qtbot)
    check(window, "documents", found)
    backups = window.show_backups(path)
    _settle(qtbot)
    check(backups, "backups", found)
    backups.reject()

    help_window = window.show_keyboard_help()
    _settle(qtbot)
    check(help_window, "keyboard", found)
    help_window.close()
    _walk_dialog(qtbot, lambda: NewDocumentDialog(window.ctx.registry, False, "kk", window, ui_lang="en").exec(),
                 "new document", found)
    _walk_dialog(qtbot, lambda: report_language.ReportLanguageDialog("en", window).exec(), "new project language",
                 found)
    _walk_dialog(qtbot, lambda: AboutDialog(window.ctx, window).exec(), "about", found)
    _walk_dialog(qtbot, lambda: PlanImportDialog("plan.docx", "…", window, verdict=pseudo.pseudo("All"),
                                                 into="p.grantdesk").exec(), "plan import", found)
    preview = window.print_document(window.project_session.project.documents[0].doc_id)
    qtbot.addWidget(preview)
    preview.finish_rendering()
    _settle(qtbot)
    check(preview, "print preview", found)
    preview.close()

    # the plan of a project, screen by screen
    import json

    from grantdesk.document import project_from_json
    from tests.conftest import FIXTURES

    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")),
                                window.ctx.registry)
    plan_path = tmp_path / "plan.grantdesk"
    with ProjectFile.create(plan_path) as pf:
        pf.create_project(project)
    assert window.open_project(plan_path)
    window.open_document(window.project_session.project.plan.doc_id)
    for section in window.session.doc.form.sections:
        window.wizard.show_section(section.id)
        _settle(qtbot)
        check(window, f"plan {section.id}", found)
    assert not found, "\n".join(dict.fromkeys(found))
