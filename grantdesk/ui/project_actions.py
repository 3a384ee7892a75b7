"""The window's actions on project files, one function per action, each calling one
operation (grantdesk/operations): the window asks (file dialogs), the operation does and
refuses, and its OperationError's message is shown as it is. Moved here from
main_window.py; MainWindow's methods of the same names delegate to these.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import operations
from ..document import Project
from ..operations import OperationError

if TYPE_CHECKING:
    from .main_window import MainWindow

SUFFIX = ".grantdesk"


def show_error(window: MainWindow, exc: OperationError, title: str = "GrantDesk") -> None:
    QMessageBox.warning(window, title, exc.message(window.ctx.ui_lang, bullet="• "))


def _with_suffix(path: Path, suffix: str = SUFFIX) -> Path:
    return path if path.suffix == suffix else path.with_name(path.name + suffix)


# ---- new projects ---------------------------------------------------------------------------


def create_project(window: MainWindow, path: Path, role: str, lang: str) -> bool:
    """A new project file holding its first document, made whole before it takes its name."""
    path = _with_suffix(path)
    kind = "plan" if role == "plan" else "report"
    try:
        form = window.ctx.registry.editions(kind)[0]
        operations.create_project(path, [Project().new_document(form, role, lang)])
    except OperationError as exc:
        show_error(window, exc)
        return False
    return window.open_project(path)


# ---- copies and exports -------------------------------------------------------------------


def save_copy(window: MainWindow, dest: Path | None = None) -> Path | None:
    """File → Save a copy as…: the session's state, every edit typed so far included, even
    those the project file could not take (full, write-protected, deleted under us)."""
    ps = window.project_session
    if ps is None:
        return None
    src = ps.file.path
    if dest is None:
        chosen, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("MainWindow", "Save a copy as"), str(src.with_name(src.stem + " " + QCoreApplication.translate("MainWindow", "copy") + SUFFIX)),
            QCoreApplication.translate("MainWindow", "GrantDesk projects (*.grantdesk)"))
        if not chosen:
            return None
        dest = Path(chosen)
    dest = _with_suffix(dest)
    ps.flush()  # what the file can take goes there first; the rest goes into the copy
    try:
        saved = operations.save_copy(ps.file, ps.writer, dest)
    except OperationError as exc:
        show_error(window, exc)
        return None
    if saved.pending:
        text = QCoreApplication.translate("MainWindow", "Copy saved: %1. It holds everything typed so far, including %2 edit(s) the project file could not take.").replace("%2", str(saved.pending))
    else:
        text = QCoreApplication.translate("MainWindow", "Copy saved: %1. It holds everything typed so far.")
    window.statusBar().showMessage(text.replace("%1", str(saved.path)), 15000)
    return saved.path


def export_word(window: MainWindow, path: Path) -> Path | None:
    """The open report as a .docx in its official layout, marked as a draft while errors
    remain (as the PDF is); written beside the target first, then moved."""
    session = window.session
    if session is None:
        return None
    session.flush()
    session.recheck()
    if path.suffix.lower() != ".docx":
        path = path.with_suffix(".docx")
    if window._beyond_page_limit():  # said as for the preview, before any work
        return None
    try:
        # its footer carries the page code and the project records the print, as the CLI's
        done = operations.print_with_code(session.doc, path, session.project, protect=[session.project.path])
    except OperationError as exc:
        QMessageBox.warning(window, QCoreApplication.translate("MainWindow", "Export to Word"), QCoreApplication.translate("MainWindow", "Could not save the Word file: %1").replace("%1", exc.message(window.ctx.ui_lang)))
        return None
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Word file saved: %1").replace("%1", str(done.path)), 8000)
    return done.path


# ---- a file changed by another tool ------------------------------------------------------------


def offer_repair(window: MainWindow, path: Path, refused: OperationError) -> bool:
    """A project refused as changed by another program: asked whether to remove what it
    added (named, with the backup kept first); True once repaired, so the caller opens it.
    What no repair mends, or a No, shows the refusal itself."""
    question = operations.repair_question(path)
    if question is None:
        show_error(window, refused)
        return False
    lang = window.ctx.ui_lang
    answer = QMessageBox.question(window, "GrantDesk", question.text(path, lang),
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        show_error(window, refused)
        return False
    try:
        done = operations.repair_project(path)
    except OperationError as exc:
        show_error(window, exc)
        return False
    QMessageBox.information(window, "GrantDesk", operations.repaired_text(done, path, lang, bullet="• "))
    return True
