"""What the plan import recognised, shown before anything is written: the user confirms."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class PlanImportDialog(QDialog):
    def __init__(self, source: str, summary: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import plan from Word"))
        intro = QLabel(self.tr("This is what was recognised in “%1”. Nothing is written until you choose "
                               "Import; the Word file itself is never changed.").replace("%1", source))
        intro.setWordWrap(True)
        self.summary = QPlainTextEdit(summary)
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)  # fits 1366×768 with room to spare
