"""What the plan import recognised, shown before anything is written: the user confirms."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout


class PlanImportDialog(QDialog):
    def __init__(self, source: str, summary: str, parent=None, verdict: str = "", into: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import plan from Word"))
        intro = QLabel(self.tr("This is what was recognised in “%1”. Nothing is written until you choose "
                               "Import; the Word file itself is never changed.").replace("%1", source))
        intro.setWordWrap(True)
        # Where it goes: the project at hand when it has no plan, else a new project.
        self.into = QLabel(self.tr("It becomes the plan of this project (%1).").replace("%1", into) if into
                           else self.tr("It becomes the plan of a new project: you choose its file next."))
        self.into.setWordWrap(True)
        # The plain answer first: all recognised, or what was not.
        self.verdict = QLabel(verdict)
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet("font-weight: bold;")
        self.verdict.setVisible(bool(verdict))
        if verdict and summary.rstrip().endswith(verdict):  # said once, above the details
            summary = summary.rstrip()[: -len(verdict)].rstrip("\n")
        self.summary = QPlainTextEdit(summary)
        self.summary.setReadOnly(True)
        # Long values wrap at the window's width: nothing hides behind a sideways scroll bar.
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.into)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary, 1)
        layout.addWidget(buttons)
        self.resize(820, 560)  # fits 1366×768 with room to spare
