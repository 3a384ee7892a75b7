"""An import's progress in the window: a window-modal progress dialog fed by the
operation's `progress(done, total)` callable (the core stays Qt-free and only calls it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400  # a quick import shows no dialog at all (Qt estimates from the first steps)


class ImportProgress:
    """`with ImportProgress(window) as progress: operation(..., progress)`. No Cancel: the
    import is one transaction, whole or not at all, and each step is short."""

    def __init__(self, parent: QWidget, label: str | None = None):
        text = label or QCoreApplication.translate("ImportProgress", "Writing the imported rows into the project…")
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle("GrantDesk")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)  # no edits while the rows go in
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(done)  # a window-modal dialog processes events here: it repaints

    def __enter__(self) -> "ImportProgress":
        self.dialog.setValue(0)
        return self

    def __exit__(self, *exc) -> None:
        self.dialog.close()
        self.dialog.deleteLater()
