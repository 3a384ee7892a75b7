"""The start screen: recent projects, New project, Open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

PATH = Qt.ItemDataRole.UserRole


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    openPath = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ui_lang = "en"
        title = QLabel("GrantDesk")
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        subtitle = QLabel(self.tr("Plans and reports of social projects on state grants"))
        subtitle.setStyleSheet("color: #555; font-size: 11pt;")
        self.new_button = QPushButton(self.tr("New project…"))
        self.open_button = QPushButton(self.tr("Open…"))
        for b in (self.new_button, self.open_button):
            b.setMinimumHeight(40)
            b.setMinimumWidth(180)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.recent_label = QLabel(self.tr("Recent projects"))
        self.recent_label.setStyleSheet("font-weight: bold; margin-top: 12px;")
        self.recent = QListWidget()
        self.recent.itemActivated.connect(self._activated)
        self.recent.itemDoubleClicked.connect(self._activated)
        self.empty_hint = QLabel(self.tr("No recent projects yet. Create a new one, or open a .grantdesk file."))
        self.empty_hint.setStyleSheet("color: #555;")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(820)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(12)
        inner.addLayout(buttons)
        inner.addWidget(self.recent_label)
        inner.addWidget(self.recent, 1)
        inner.addWidget(self.empty_hint)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[str], ui_lang: str = "en", summaries: bool = True) -> None:
        """The recent projects, each by its file name and folder; with `summaries`, also its
        organisation, project and last change, read from each file. The app's start lists
        them without (the window is painted first) and calls fill_summaries() after."""
        self.recent.clear()
        self._ui_lang = ui_lang
        for p in paths:
            path = Path(p)
            item = QListWidgetItem(f"{path.stem}    —    {path.parent}")
            item.setData(PATH, p)
            item.setToolTip(p)
            self.recent.addItem(item)
        self.empty_hint.setVisible(not paths)
        if paths:
            self.recent.setCurrentRow(0)
        if summaries:
            self.fill_summaries()

    def fill_summaries(self) -> None:
        """Each listed project's organisation, project and last change, read without opening
        it for writing; a file no longer there is said so and greyed."""
        from ..store import read_summary  # the store is no part of the window's first paint

        locale = QLocale({"kk": "kk_KZ", "ru": "ru_RU"}.get(self._ui_lang, "en_GB"))
        for row in range(self.recent.count()):
            item = self.recent.item(row)
            path = Path(item.data(PATH))
            exists = path.exists()
            summary = read_summary(path) if exists else None
            text = f"{path.stem}    —    {path.parent}"
            if summary is not None and (summary.organisation or summary.project):
                name = summary.project if len(summary.project) <= 90 else summary.project[:88] + "…"
                text = "\n".join(x for x in (summary.organisation, name) if x) + "\n" + text
            if summary is not None and summary.last_change is not None:
                when = QDateTime.fromSecsSinceEpoch(int(summary.last_change.timestamp())).toLocalTime()
                text += "    " + self.tr("last change: %1").replace(
                    "%1", locale.toString(when, QLocale.FormatType.ShortFormat))
            if not exists:
                text += "    " + self.tr("(not found)")
                item.setForeground(Qt.GlobalColor.gray)
            item.setText(text)

    def _activated(self, item: QListWidgetItem) -> None:
        self.openPath.emit(item.data(PATH))
