"""Print preview of the official form: the same PDF the printer and "Save PDF" get."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QLayout, QListWidget, QListWidgetItem, QMessageBox, QProgressBar,
    QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from ..operator import page_code
from ..progress import assess
from ..forms import FormDef
from ..printing import PrintResult, render_derived, render_pdf
from ..memory import release_freed
from ..operations import OperationError, write_file
from .pdf_pages import PdfPages
from .print_job import PrintJob
from .session import EditSession
from .wording import check_text

PREVIEW_DPI = 80
ZOOMS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5)  # of PREVIEW_DPI
KEEP_PAGES = 12  # rendered page images kept at most (~2.5 MB each at PREVIEW_DPI)
PRINT_DPI = 300


class PrintPreview(QDialog):
    """The document's PDF; with `derived` (OP4), that definition printed over the document,
    read-only by nature, in `lang`, with the document's problems listed: click one to go
    to it in the document (`jump`).

    The PDF is made on a thread (print_job.py) while the window shows, counting the pages
    laid out; the pages appear once it exists. Closing the window cancels the build. The
    window is modal, so the document does not change while it is printed."""

    jump = Signal(object)  # a Problem of the source document

    def __init__(self, session: EditSession, default_pdf_path: Path, parent=None,
                 derived: FormDef | None = None, lang: str | None = None, ui_lang: str = "en"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print preview"))
        self.session = session
        self.ui_lang = ui_lang
        self.derived = derived
        self.default_pdf_path = default_pdf_path
        session.reveal_all()  # printing is when every empty required field is named (calm R1)
        self.draft = assess(session.doc, session.problems).draft
        # Every page of a document carries its page code; printing or saving records the print
        # (grantdesk/operator/page_code.py). OP4 is a view of its report, not a document of its own.
        self.stamp = page_code.stamp(session.project.project_id, session.doc) if derived is None else None
        release_freed(collect=False)  # the stamp's hashing let go of megabytes: before the build adds its own
        self.lang = lang or session.doc.lang
        self.pdf: bytes | None = None
        self.pages: PdfPages | None = None  # once the PDF exists
        doc, draft = session.doc, self.draft
        code = self.stamp.page_code() if self.stamp is not None else None
        self._job = PrintJob(
            (lambda progress: render_derived(derived, doc, lang=lang, draft=draft, progress=progress))
            if derived is not None else
            (lambda progress: render_pdf(doc, lang=lang, draft=draft, page_code=code, progress=progress)))

        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.zoom_out_button.setToolTip(self.tr("Smaller pages (Ctrl+minus)"))
        self.zoom_in_button.setToolTip(self.tr("Larger pages (Ctrl+plus)"))
        self.fit_button.setToolTip(self.tr("Pages as wide as the window (Ctrl+0)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_step(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_step(+1))
        self.fit_button.clicked.connect(self.fit_width)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_step(+1)), ("Ctrl+=", lambda: self.zoom_step(+1)),
                           (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_step(-1)), ("Ctrl+0", self.fit_width)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.zoom = 1.0
        self.current_page = 0
        # After saving: where the PDF went, and a way to its folder.
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.saved.setVisible(False)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setVisible(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.saved_path: Path | None = None
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_pdf)
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_pdf)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_pdf)

        self.info = QLabel(self.tr("Laying out the pages…"))
        # the draft's reason is a sentence (kk: 80 characters): wrapped, it leaves the buttons
        # on screen at 1366×768 instead of widening the dialog past the screen's edge
        self.info.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy until the page count is known
        self.progress.setMaximumWidth(200)
        for b in (self.print_button, self.save_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            b.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.progress)
        for b in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(b)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(self.close_button)

        self.page_box = QWidget()
        self.page_layout = QVBoxLayout(self.page_box)
        self.page_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        # grow with every page added, so the scroll area scrolls instead of squeezing pages
        self.page_layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)
        # One style sheet for every page's sheet: one a label took 1.7 MB over 250 pages.
        self.page_box.setObjectName("pages")
        self.page_box.setStyleSheet("#pages { background: #777; } QLabel { background: white; border: 1px solid #444; }")
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.page_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.open_folder_button)
        layout.addLayout(saved_row)
        layout.addWidget(self.scroll, 1)
        self.problems: QListWidget | None = None
        if derived is not None:
            # Its problems are the report's: listed here, each a way into the report.
            note = QLabel(self.tr("Made from the final report each time it is shown; it cannot be typed in. "
                                  "Its problems are the report's: click one to go to it."))
            note.setWordWrap(True)
            layout.addWidget(note)
            self.problems = QListWidget()
            self.problems.setMaximumHeight(110)
            for problem in session.problems:
                item = QListWidgetItem(check_text(problem, session.doc, ui_lang))
                item.setData(Qt.ItemDataRole.UserRole, problem)
                self.problems.addItem(item)
            self.problems.itemActivated.connect(self._jump)
            self.problems.itemClicked.connect(self._jump)
            layout.addWidget(self.problems)
        self.page_labels: list[QLabel] = []
        self._rendered: dict[int, None] = {}  # page numbers holding an image, oldest first
        # Pages appear one by one so the window is usable at once, even for 300 pages.
        self._timer = QTimer(self, interval=0)
        self._timer.timeout.connect(self._render_next)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _=0: self._timer.start())
        self.scroll.verticalScrollBar().valueChanged.connect(self._track_page)
        self.resize(900, 700)
        self._job.pages.connect(self._laid_out)
        self._job.done.connect(self._built)
        self._job.failed.connect(self._failed)
        self._job.start()
        # PgUp/PgDn page at once: the keyboard starts in the pages, not on the buttons, and
        # a key turns one sheet (the scroll area alone would move a screen's height).
        self.scroll.installEventFilter(self)
        self.scroll.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- the PDF being made ------------------------------------------------------------

    @property
    def building(self) -> bool:
        return self.pages is None and self._job.running

    def _laid_out(self, pages: int) -> None:
        self.info.setText(self.tr("Laying out the pages: %1 so far…").replace("%1", str(pages)))

    def _failed(self, message: str) -> None:
        self.progress.setVisible(False)
        self.info.setText(self.tr("The PDF could not be made: %1").replace("%1", message))
        self.info.setStyleSheet("color: #b00020;")

    def _built(self, result: PrintResult) -> None:
        self.pdf = result.pdf
        self.pages = PdfPages(self.pdf)
        info = self.tr("%1 pages").replace("%1", str(result.pages))
        if self.draft:
            info += " — " + self.tr("errors or empty required places remain, so every page is marked as a draft")
        self.info.setText(info)
        self.info.setStyleSheet("color: #b00020;" if self.draft else "")
        self.progress.setRange(0, min(len(self.pages), KEEP_PAGES))
        # Every page has its place (a blank sheet of the right size) at once; only the pages
        # on screen and near it hold a rendered image. A 300-page report would otherwise keep
        # 300 images (~2.5 MB each) in memory.
        for n in range(len(self.pages)):
            label = QLabel()
            self.page_layout.addWidget(label)
            self.page_labels.append(label)
        self._size_pages()
        for b in (self.print_button, self.save_button, self.zoom_out_button, self.zoom_in_button, self.fit_button):
            b.setEnabled(True)
        self._timer.start()

    def wait_built(self) -> None:
        """Process events until the PDF exists (or its build failed)."""
        while self.building:
            self._job.wait_a_little()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.processEvents()  # the result's signal, if it is the last thing to come

    def _jump(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
        self.jump.emit(problem)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.scroll and event.type() == QEvent.Type.KeyPress and not event.modifiers():
            step = {Qt.Key.Key_PageDown: +1, Qt.Key.Key_PageUp: -1}.get(event.key())
            if step:
                self.page_step(step)
                return True
        return super().eventFilter(watched, event)

    # ---- paging and zoom ------------------------------------------------------------------

    @property
    def dpi(self) -> float:
        return PREVIEW_DPI * self.zoom

    def _size_pages(self) -> None:
        scale = self.dpi / 72.0
        for n, label in enumerate(self.page_labels):
            w, h = self.pages.page_size_pt(n)
            label.setPixmap(QPixmap())
            label.setFixedSize(round(w * scale), round(h * scale))
        self._rendered.clear()

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOMS[0], min(zoom, ZOOMS[-1]))
        if abs(zoom - self.zoom) < 1e-6:
            return
        page = self.current_page
        self.zoom = zoom
        self._size_pages()
        self.page_box.adjustSize()
        self.go_to_page(page)
        self._timer.start()

    def zoom_step(self, step: int) -> None:
        if step > 0:
            self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        if not self.page_labels:
            return
        width_pt = self.pages.page_size_pt(0)[0]
        room = self.scroll.viewport().width() - 2 * self.page_layout.contentsMargins().left() - 4
        self.set_zoom(room / (width_pt * PREVIEW_DPI / 72.0))

    def _track_page(self, value: int) -> None:
        """The page at the top of the view is the current one (for PgUp/PgDn and zooming)."""
        middle = value + self.scroll.viewport().height() // 3
        for n, label in enumerate(self.page_labels):
            if label.geometry().bottom() >= middle:
                self.current_page = n
                return

    def page_step(self, step: int) -> None:
        self.go_to_page(self.current_page + step)

    def go_to_page(self, page: int) -> None:
        if not self.page_labels:
            return
        self.current_page = max(0, min(page, len(self.page_labels) - 1))
        self.page_box.layout().activate()
        self.scroll.verticalScrollBar().setValue(self.page_labels[self.current_page].y() - 6)
        self._timer.start()

    @property
    def page_count(self) -> int:
        return len(self.pages) if self.pages is not None else 0

    def _wanted(self) -> list[int]:
        """The pages on screen, and a screen's height above and below, nearest first."""
        view = self.scroll.viewport().height()
        top = -self.page_box.y() - view
        bottom = -self.page_box.y() + 2 * view
        laid_out = [i for i, label in enumerate(self.page_labels)
                    if label.geometry().bottom() >= top and label.geometry().top() <= bottom]
        if not laid_out or not self.page_box.height() > 1:  # not laid out yet: the first pages
            laid_out = list(range(min(KEEP_PAGES // 2, len(self.page_labels))))
        return laid_out[:KEEP_PAGES]

    def _render_next(self) -> None:
        wanted = self._wanted()
        todo = [n for n in wanted if n not in self._rendered]
        if not todo:
            self._timer.stop()
            self.progress.setVisible(False)
            return
        n = todo[0]
        label = self.page_labels[n]
        pixmap = QPixmap.fromImage(self.pages.image(n, self.dpi))
        label.setPixmap(pixmap)
        label.setFixedSize(pixmap.size())  # a page keeps its shape; the area scrolls
        self._rendered[n] = None
        # Forget the images furthest from the screen beyond the few kept.
        while len(self._rendered) > KEEP_PAGES:
            far = max((m for m in self._rendered if m not in wanted), default=None,
                      key=lambda m: min(abs(m - w) for w in wanted))
            if far is None:
                break
            del self._rendered[far]
            self.page_labels[far].setPixmap(QPixmap())
        self.progress.setMaximum(len(wanted))
        self.progress.setValue(len(wanted) - len(todo) + 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._timer.start()  # more (or other) pages may be on screen now

    def finish_rendering(self) -> None:
        """Wait for the PDF, then render every page that is on screen (or near it) now."""
        self.wait_built()
        while self._timer.isActive() or any(n not in self._rendered for n in self._wanted()):
            self._timer.start()
            self._render_next()

    def save_pdf(self) -> Path | None:
        if self.pdf is None:  # still being made (the shortcut works while the button waits)
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), str(self.default_pdf_path), self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        return self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> Path | None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:  # the output-path rule (never onto the project, a device, a folder), then a whole write
            write_file(path, self.pdf, protect=[self.session.project.path])
        except OperationError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"),
                                self.tr("Could not save the PDF: %1").replace("%1", exc.message(self.ui_lang)))
            return None
        self.saved_path = path
        self._record()
        self.saved.setText(self.tr("PDF saved: %1").replace("%1", str(path)))
        self.saved.setVisible(True)
        self.open_folder_button.setVisible(True)
        return path

    def open_folder(self) -> None:
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def print_pdf(self) -> None:
        if self.pages is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_pdf_path.stem)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, len(self.pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def _record(self) -> None:
        if self.stamp is not None:
            self.session.flush()
            page_code.record(self.session.project, self.stamp, self.lang, len(self.pages))

    def print_to(self, printer: QPrinter) -> None:
        self._record()
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
        self._job.cancel()  # a build still running stops at its next page; nothing arrives here
        self._timer.stop()
        if self.pages is not None:
            self.pages.close()
        super().done(result)
