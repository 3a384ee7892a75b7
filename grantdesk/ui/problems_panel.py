"""Every problem of the report in one list; activating one jumps to its place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..checks import render_message
from .session import EditSession

PROBLEM = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    jump = Signal(object)  # the Problem

    def __init__(self, session: EditSession, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel()
        layout.addWidget(self.header)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        problems = self.session.problems
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        self.header.setText(
            self.tr("Problems: %1 error(s), %2 warning(s). Click one to go to it.")
            .replace("%1", str(errors)).replace("%2", str(warnings))
            if problems else self.tr("No problems found.")
        )
        self.list.clear()
        doc = self.session.doc
        for p in problems:
            sign = "✖" if p.severity == "error" else "⚠"
            item = QListWidgetItem(f"{sign} {p.rule}: {render_message(p, doc, self.ui_lang)}")
            item.setData(PROBLEM, p)
            item.setForeground(QBrush(QColor("#b00020" if p.severity == "error" else "#8a5a00")))
            self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump.emit(item.data(PROBLEM))
