"""Which language a new document is printed in: asked once when it is made.

Asked when a project is made: the language of the project's documents (its plan first).
What is proposed is the core's one rule (Project.new_document_language): a project with no
document yet goes by the app's language when a report can print in it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from ..document import REPORT_LANGUAGES, Project
from ..settings import LANGUAGE_NAMES


def proposed_language(ui_lang: str) -> str:
    return Project().new_document_language(ui_lang)


class ReportLanguageDialog(QDialog):
    def __init__(self, ui_lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Language of the documents"))
        self.choice: str | None = None
        proposed = proposed_language(ui_lang)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("In which language will this project's documents be printed (the plan first, "
                               "then its reports)? Every printed word follows it; you can change a document's "
                               "language later with one click in the status bar."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.buttons: dict[str, QPushButton] = {}
        for code in REPORT_LANGUAGES:
            b = QPushButton(LANGUAGE_NAMES[code])
            b.setMinimumHeight(36)
            b.setAutoDefault(True)
            b.clicked.connect(lambda _=False, c=code: self._pick(c))
            self.buttons[code] = b
            layout.addWidget(b)
        self.buttons[proposed].setDefault(True)
        self.buttons[proposed].setFocus()
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        layout.addWidget(cancel)

    def _pick(self, code: str) -> None:
        self.choice = code
        self.accept()


def ask_report_language(parent, ui_lang: str) -> str | None:
    """The chosen report language ("kk" | "ru"), or None if the user cancelled."""
    dialog = ReportLanguageDialog(ui_lang, parent)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
