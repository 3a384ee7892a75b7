"""Help → Keyboard: every shortcut of the app in one list, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout


class KeyboardHelp(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(720, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event) -> None:
        # Rows sized for the width the list has now (built before it was shown, they were
        # sized for a narrow one: a line of text in a row three lines tall).
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def changeEvent(self, event) -> None:
        # An open list follows a switch of the app's language (Settings → App language).
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard"))
        rows = [
            ("Ctrl+N", self.tr("New project")), ("Ctrl+O", self.tr("Open a project")),
            ("Ctrl+P", self.tr("Print preview")), ("Ctrl+W", self.tr("Close the project")),
            ("Ctrl+PgUp / Ctrl+PgDown", self.tr("Previous / next section")),
            ("Tab / Shift+Tab", self.tr("Next / previous field")),
            ("F8 / Shift+F8", self.tr("Next / previous problem")),
            ("Ctrl+Shift+K", self.tr("Check the report: mark every empty required field")),
            ("Ctrl+1", self.tr("Tasks and activities: add a task")),
            ("Ctrl+2", self.tr("Tasks and activities: add an activity to the selected task")),
            ("Ctrl+Enter", self.tr("Table: add a row after the current one")),
            ("Ctrl+Delete", self.tr("Table or tree: remove the current row")),
            ("Alt+Up / Alt+Down", self.tr("Table or tree: move the current row up / down")),
            ("F2", self.tr("Table: edit the current cell")),
            ("Ctrl+Shift+Right / Ctrl+Shift+Left", self.tr("Table: widen / narrow the current column")),
            ("Ctrl+Shift+F", self.tr("Table: fit the current column to its text")),
            ("PgUp / PgDown", self.tr("Print preview: previous / next page")),
            ("Ctrl++ / Ctrl+- / Ctrl+0", self.tr("Print preview: zoom in / zoom out / fit the page width")),
            ("Ctrl+S", self.tr("Print preview: save as PDF")),
            ("F1", self.tr("This list")),
        ]
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        for r, (keys, what) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(what))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))

    def shortcuts(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
