"""File → Operator: compile Annex 4 and register…: a folder of received project files, a
reporting period and a language in; the compiled Annex 4 (PDF) and the register (workbook)
out, written beside the folder. The work runs off the GUI thread (a QThread): a progress
bar names the file being read, the files left out are listed, Cancel stops it and leaves
no output behind."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QProgressBar,
    QPushButton, QVBoxLayout,
)

from ..forms import FormRegistry
from ..operator.annex4 import Cancelled, compile_annex4
from ..operator.register import write_register
from ..operator.texts import reason_text
from ..values.dates import parse_date


class OperatorWork(QThread):
    """Annex 4 then the register, in a thread of its own; reports through signals only."""

    progressed = Signal(int, int, str)  # done, total, the file being read
    done = Signal(object)  # (Compiled, RegisterResult)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, folder: Path, annex4: Path, register: Path, registry: FormRegistry, lang: str,
                 ui_lang: str, start, end, parent=None):
        super().__init__(parent)
        self.args = (folder, annex4, register, registry, lang, ui_lang, start, end)
        self.stop = threading.Event()

    def run(self) -> None:
        folder, annex4, register, registry, lang, ui_lang, start, end = self.args
        report = lambda i, n, path: self.progressed.emit(i, n, str(path))  # noqa: E731
        try:
            compiled = compile_annex4([folder], annex4, registry, lang=lang, start=start, end=end,
                                      progress=report, cancelled=self.stop.is_set)
            listed = write_register([folder], register, registry, lang=ui_lang, progress=report,
                                    cancelled=self.stop.is_set)
        except Cancelled:
            annex4.unlink(missing_ok=True)  # the Annex 4 made before a cancelled register goes too
            self.cancelled.emit()
            return
        except Exception as exc:  # a full disk, a folder removed meanwhile: said, never a crash
            self.failed.emit(str(exc))
            return
        self.done.emit((compiled, listed))


class OperatorDialog(QDialog):
    def __init__(self, registry: FormRegistry, ui_lang: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Operator: compile Annex 4 and register"))
        self.registry = registry
        self.ui_lang = ui_lang
        self.work: OperatorWork | None = None
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.start_date = QLineEdit()
        self.start_date.setPlaceholderText(self.tr("DD.MM.YYYY (empty: every final report)"))
        self.end_date = QLineEdit()
        self.end_date.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Kazakh"), "kk")
        self.lang.addItem(self.tr("Russian"), "ru")
        form = QFormLayout()
        form.addRow(self.tr("Folder of project files:"), row)
        form.addRow(self.tr("Reporting period from:"), self.start_date)
        form.addRow(self.tr("to:"), self.end_date)
        form.addRow(self.tr("Language of Annex 4:"), self.lang)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.skipped = QListWidget()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Compile"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.run_button, self.cancel_button, close):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.reading)
        layout.addWidget(QLabel(self.tr("Files left out:")))
        layout.addWidget(self.skipped, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        self.resize(640, 480)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder of project files"), self.folder.text())
        if path:
            self.folder.setText(path)

    def outputs(self) -> tuple[Path, Path]:
        """Annex 4 and the register, beside the folder, named after it."""
        folder = Path(self.folder.text())
        return (folder.with_name(folder.name + " - " + self.tr("Annex 4") + ".pdf"),
                folder.with_name(folder.name + " - " + self.tr("register") + ".xlsx"))

    def _period(self):
        texts = self.start_date.text().strip(), self.end_date.text().strip()
        if not any(texts):
            return None, None, ""
        start, end = parse_date(texts[0]), parse_date(texts[1])
        if start is None or end is None or start > end:
            return None, None, self.tr("Give the period as two dates, DD.MM.YYYY, the first not after the second.")
        return start, end, ""

    def start(self) -> bool:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.result.setText(self.tr("Choose a folder that holds the project files."))
            return False
        start, end, problem = self._period()
        if problem:
            self.result.setText(problem)
            return False
        annex4, register = self.outputs()
        self.skipped.clear()
        self.result.setText("")
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.work = OperatorWork(folder, annex4, register, self.registry, self.lang.currentData(), self.ui_lang,
                                 start, end, self)
        self.work.progressed.connect(self._progressed)
        self.work.done.connect(self._done)
        self.work.failed.connect(self._failed)
        self.work.cancelled.connect(self._cancelled)
        self.work.start()
        return True

    def cancel(self) -> None:
        if self.work is not None:
            self.work.stop.set()
            self.cancel_button.setEnabled(False)

    def _progressed(self, done: int, total: int, path: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.reading.setText(self.tr("Reading %1").replace("%1", Path(path).name))

    def _finish(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.reading.setText("")

    def _done(self, result) -> None:
        compiled, listed = result
        self._finish()
        self.progress.setValue(self.progress.maximum())
        shown = {}
        for s in compiled.selection.skipped + compiled.selection.outside + listed.skipped:
            shown.setdefault(str(s.path), f"{s.path.name}: {reason_text(s.reason, self.ui_lang, **s.params)}")
        self.skipped.addItems(list(shown.values()))
        annex4, register = self.outputs()
        self.result.setText(self.tr("Annex 4: %1 projects, %2 pages → %3\nRegister: %4 projects → %5")
                            .replace("%1", str(len(compiled.selection.entries))).replace("%2", str(compiled.pages))
                            .replace("%3", str(annex4)).replace("%4", str(listed.rows)).replace("%5", str(register)))

    def _failed(self, message: str) -> None:
        self._finish()
        self.result.setText(self.tr("Could not finish: %1").replace("%1", message))

    def _cancelled(self) -> None:
        self._finish()
        self.result.setText(self.tr("Cancelled: nothing was written."))

    def reject(self) -> None:
        if self.work is not None and self.work.isRunning():
            self.work.stop.set()
            self.work.wait()
        super().reject()
