"""On first start: ask once which language the app should speak."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from ..settings import LANGUAGE_NAMES



class LanguageDialog(QDialog):
    def __init__(self, guess: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle("GrantDesk")
        self.choice = guess
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Choose the language of GrantDesk. You can change it later in Settings."))
        label.setWordWrap(True)
        layout.addWidget(label)
        for code, name in LANGUAGE_NAMES.items():
            b = QPushButton(name)
            b.setMinimumHeight(36)
            b.clicked.connect(lambda _=False, c=code: self._pick(c))
            if code == guess:
                b.setDefault(True)
                b.setFocus()
            layout.addWidget(b)

    def _pick(self, code: str) -> None:
        self.choice = code
        self.accept()


def ask_language(guess: str) -> str:
    dialog = LanguageDialog(guess)
    dialog.exec()
    return dialog.choice
