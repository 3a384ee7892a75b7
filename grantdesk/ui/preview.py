"""Print preview of the official form: the same PDF the printer and "Save PDF" get."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLayout, QMessageBox, QProgressBar, QPushButton,
    QScrollArea, QVBoxLayout, QWidget,
)

from ..checks import has_errors
from ..printing import render_pdf
from .pdf_pages import PdfPages
from .session import EditSession

PREVIEW_DPI = 80
PRINT_DPI = 300


class PrintPreview(QDialog):
    def __init__(self, session: EditSession, default_pdf_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.session = session
        self.default_pdf_path = default_pdf_path
        self.draft = has_errors(session.problems)
        result = render_pdf(session.doc, draft=self.draft)
        self.pdf = result.pdf
        self.pages = PdfPages(self.pdf)

        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)

        info = self.tr("%1 pages").replace("%1", str(result.pages))
        if self.draft:
            info += " — " + self.tr("errors remain, so every page is marked as a draft")
        self.info = QLabel(info)
        self.info.setStyleSheet("color: #b00020;" if self.draft else "")
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.pages))
        self.progress.setMaximumWidth(200)

        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.progress)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)

        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # grow with every page added, so the scroll area scrolls instead of squeezing pages
        self.page_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        self.page_box.setStyleSheet("background: #777;")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.page_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.page_labels: list[QLabel] = []
        self._next = 0
        # Pages appear one by one so the window is usable at once, even for 30 pages.
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._render_next)
        self._timer.start()
        self.resize(900, 700)

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def _render_next(self) -> None:
        if self._next >= len(self.pages):
            self._timer.stop()
            self.progress.setVisible(False)
            return
        label = QLabel()
        pixmap = QPixmap.fromImage(self.pages.image(self._next, PREVIEW_DPI))
        label.setPixmap(pixmap)
        label.setFixedSize(pixmap.size())  # a page keeps its shape; the area scrolls
        label.setStyleSheet("background: white; border: 1px solid #444;")
        self.page_layout.addWidget(label)
        self.page_labels.append(label)
        self._next += 1
        self.progress.setValue(self._next)

    def finish_rendering(self) -> None:
        while self._next < len(self.pages):
            self._render_next()
        self._render_next()

    def save_pdf(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(self.default_pdf_path), self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        tmp = path.with_name(path.name + ".part")
        try:
            tmp.write_bytes(self.pdf)
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Save PDF"),
                                self.tr("Could not save the PDF: %1").replace("%1", exc.strerror or str(exc)))
            return None
        return path

    def print_pdf(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_pdf_path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:
            first, last = 1, len(self.pages)
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Print"), self.tr("The printer could not be started."))
            return
        try:
            dpi = min(PRINT_DPI, printer.resolution())
            for n in range(first - 1, last):
                if n > first - 1:
                    printer.newPage()
                image = self.pages.image(n, dpi)
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(QRect(area.x(), area.y(), size.width(), size.height()))
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(area)
        finally:
            painter.end()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.pages.close()
        super().done(result)
