"""Restore from backup: the snapshots of a project, newest first; one is restored into a
new file, never over the current one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout,
)

from ..operations import OperationError, restore_backup
from ..store.backups import BackupInfo
from ..texts import backup_reason_text

BACKUP = Qt.ItemDataRole.UserRole


class BackupsDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], project_path: Path, ui_lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.ui_lang = ui_lang
        self.project_path = project_path
        self.restored: Path | None = None
        intro = QLabel(self.tr("GrantDesk keeps copies of this project: when it is opened and every few "
                               "minutes while you work. Choose one to restore it into a new file; the "
                               "current file is not changed."))
        intro.setWordWrap(True)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("When"), self.tr("Reports"), self.tr("Size")])
        for b in backups:
            when = b.taken.astimezone().strftime("%d.%m.%Y %H:%M:%S")
            reports = "?" if b.reports is None else str(b.reports)
            size = self.tr("%1 KB").replace("%1", str(max(1, b.size // 1024)))
            item = QTreeWidgetItem([when, backup_reason_text(b.reason, ui_lang), reports, size])
            item.setData(0, BACKUP, b)
            self.list.addTopLevelItem(item)
        for col in range(4):
            self.list.resizeColumnToContents(col)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.itemActivated.connect(lambda *_: self.restore_selected())
        self.restore_button = QPushButton(self.tr("Restore into a new file…"))
        self.restore_button.setDefault(True)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        empty = QLabel(self.tr("There are no backups of this project yet."))
        empty.setVisible(not backups)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(empty)
        layout.addLayout(buttons)
        self.resize(640, 400)

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        return item.data(0, BACKUP) if item else None

    def suggested_path(self, backup: BackupInfo) -> Path:
        stamp = backup.taken.astimezone().strftime("%Y-%m-%d %H-%M")
        return self.project_path.with_name(f"{self.project_path.stem} ({stamp}).grantdesk")

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Restore into a new file"), str(self.suggested_path(backup)),
            self.tr("GrantDesk projects (*.grantdesk)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.restore_to(Path(path))

    def restore_to(self, dest: Path) -> Path | None:
        backup = self.selected()
        if backup is None:
            return None
        if dest.suffix != ".grantdesk":
            dest = dest.with_name(dest.name + ".grantdesk")
        try:
            self.restored = restore_backup(backup.path, dest)
        except OperationError as exc:
            QMessageBox.warning(self, "GrantDesk", exc.message(self.ui_lang))
            return None
        self.accept()
        return self.restored
