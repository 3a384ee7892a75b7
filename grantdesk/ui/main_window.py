"""The one main window: the start screen, or the open project's report wizard."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

from ..checks import has_errors
from ..document import REPORT_LANGUAGES, Document
from ..settings import LANGUAGE_NAMES, documents_dir
from ..store import ProjectFile, StoreError, list_backups
from ..texts import store_error_text
from ..wordio import PlanImportError, export_docx, prepare_import
from .backups_dialog import BackupsDialog
from .context import AppContext
from .editors import FieldEditor
from .plan_import_dialog import PlanImportDialog
from .preview import PrintPreview
from .session import EditSession
from .start import StartScreen
from .wizard import ReportWizard

SUFFIX = ".grantdesk"
DEFAULT_FORM = "fr24"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.session: EditSession | None = None
        self.wizard: ReportWizard | None = None
        self.stack = QStackedWidget()
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.start.newRequested.connect(self.new_project)
        self.start.openRequested.connect(self.open_dialog)
        self.start.openPath.connect(lambda p: self.open_project(Path(p)))
        self.notice = QLabel()
        self.statusBar().addPermanentWidget(self.notice)
        self._build_menus()
        self._show_start()
        QApplication.instance().focusChanged.connect(self._focus_changed)
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 720
        if screen is not None:  # fit a 1366×768 laptop with its taskbar
            width, height = min(width, screen.width()), min(height, screen.height() - 40)
        self.resize(width, height)

    # ---- menus --------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.act_new = file_menu.addAction(self.tr("&New project…"), QKeySequence.StandardKey.New, self.new_project)
        self.act_open = file_menu.addAction(self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog)
        self.act_copy = file_menu.addAction(self.tr("Save a &copy as…"), QKeySequence("Ctrl+Shift+S"), self.save_copy)
        self.act_restore = file_menu.addAction(self.tr("&Restore from backup…"), self.restore_backup)
        self.act_import_plan = file_menu.addAction(self.tr("&Import plan from Word…"), self.import_plan_dialog)
        file_menu.addSeparator()
        self.act_print = file_menu.addAction(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_preview)
        self.act_word = file_menu.addAction(self.tr("Export to &Word…"), self.export_word_dialog)
        file_menu.addSeparator()
        self.act_close = file_menu.addAction(self.tr("&Close project"), QKeySequence("Ctrl+W"), self.close_project)
        file_menu.addAction(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        report_menu = bar.addMenu(self.tr("&Report"))
        lang_menu = report_menu.addMenu(self.tr("Report &language"))
        self.report_lang_group = QActionGroup(self)
        self.report_lang_actions: dict[str, QAction] = {}
        for code, name in ((c, LANGUAGE_NAMES[c]) for c in REPORT_LANGUAGES):
            act = QAction(name, self, checkable=True)
            act.triggered.connect(lambda _=False, c=code: self.set_report_lang(c))
            self.report_lang_group.addAction(act)
            lang_menu.addAction(act)
            self.report_lang_actions[code] = act
        self.report_menu = report_menu

        settings_menu = bar.addMenu(self.tr("&Settings"))
        app_lang = settings_menu.addMenu(self.tr("App &language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == self.ctx.ui_lang)
            act.triggered.connect(lambda _=False, c=code: self.set_ui_lang(c))
            group.addAction(act)
            app_lang.addAction(act)

    def _update_actions(self) -> None:
        open_ = self.session is not None
        for act in (self.act_copy, self.act_print, self.act_word, self.act_close, self.act_restore):
            act.setEnabled(open_)
        self.report_menu.setEnabled(open_)
        if open_:
            self.report_lang_actions[self.session.doc.lang].setChecked(True)

    # ---- start screen -------------------------------------------------------------------

    def _show_start(self) -> None:
        self.start.set_recent(self.ctx.settings.recent)
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("GrantDesk")
        self.notice.setText("")
        self._update_actions()

    def _error(self, exc: StoreError) -> None:
        QMessageBox.warning(self, "GrantDesk", store_error_text(exc.code, exc.path, self.ctx.ui_lang))

    def new_project(self) -> None:
        if not self.close_project():
            return
        folder = documents_dir()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project"), str(folder / (self.tr("Project") + SUFFIX)),
            self.tr("GrantDesk projects (*.grantdesk)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.create_project(Path(path))

    def create_project(self, path: Path) -> bool:
        if path.suffix != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            project = ProjectFile.create(path)
            try:
                project.create_document(Document.new(self.ctx.registry.get(DEFAULT_FORM), "kk"))
            finally:
                project.close()
        except StoreError as exc:
            self._error(exc)
            return False
        return self.open_project(path)

    def import_plan_dialog(self) -> Path | None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import plan from Word"), str(documents_dir()), self.tr("Word documents (*.docx *.doc)"))
        if not source:
            return None
        source_path = Path(source)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project for the plan"), str(source_path.with_suffix(SUFFIX)),
            self.tr("GrantDesk projects (*.grantdesk)"))
        return self.import_plan(source_path, Path(target)) if target else None

    def import_plan(self, source: Path, target: Path) -> Path | None:
        """The plan read from an Annex 3 Word file, shown block by block; once confirmed,
        written as the plan of a new project at `target`, which then opens."""
        editions = self.ctx.registry.editions("plan")
        # Reading takes a moment (a .doc is converted by LibreOffice first): say so.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prepared = prepare_import(source, editions[0])
        except PlanImportError as exc:
            prepared, error = None, exc.message(self.ctx.ui_lang)
        finally:
            QApplication.restoreOverrideCursor()
        if prepared is None:
            QMessageBox.warning(self, self.tr("Import plan from Word"), error)
            return None
        dialog = PlanImportDialog(source.name, prepared.summary(self.ctx.ui_lang), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        try:
            project = ProjectFile.create(target)
            try:
                project.create_document(prepared.doc)
            finally:
                project.close()
        except StoreError as exc:
            self._error(exc)
            return None
        return target if self.open_project(target) else None

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(documents_dir()),
            self.tr("GrantDesk projects (*.grantdesk);;All files (*)"))
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path) -> bool:
        if not self.close_project():
            return False
        try:
            project = ProjectFile.open(path)
        except StoreError as exc:
            if exc.code == "not_found":
                self._error(exc)
                self.ctx.settings.remove_recent(path)
                self.ctx.settings.save()
                self.start.set_recent(self.ctx.settings.recent)
            elif exc.code != "locked" and list_backups(path):
                self._offer_backups(exc, path)
            else:
                self._error(exc)
            return False
        try:
            reports = project.list_documents()
            if reports:
                report_id = reports[-1].id
            else:  # a project whose report was never made: start its final report now
                report_id = project.create_document(Document.new(self.ctx.registry.get(DEFAULT_FORM), "kk"))
            doc = project.load_document(report_id, self.ctx.registry)
        except StoreError as exc:
            project.close()
            self._error(exc)
            return False
        self.session = EditSession(project, report_id, doc, self)
        self._show_wizard()
        self.ctx.settings.add_recent(path)
        self.ctx.settings.save()
        if project.read_only:
            QMessageBox.information(self, "GrantDesk", store_error_text("read_only", str(path), self.ctx.ui_lang))
        return True

    def _show_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
        self.wizard = ReportWizard(self.session, self.ctx.ui_lang)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        path = self.session.project.path
        form_title = self.session.doc.form.short_title(self.session.doc.lang)
        self.setWindowTitle(f"{path.name} — {form_title} — GrantDesk")
        self.notice.setText(self.tr("Read-only") if self.session.read_only else "")
        self._update_actions()

    def close_project(self) -> bool:
        """Close the open project, if any. False if the user chose to keep it open."""
        if self.session is None:
            return True
        if not self.session.close():
            answer = QMessageBox.warning(
                self, "GrantDesk",
                store_error_text("write_failed", str(self.session.project.path), self.ctx.ui_lang) + "\n\n"
                + self.tr("Close anyway and lose the unsaved changes? Choose No to keep working "
                          "(you can also use “Save a copy as…” to save to another disk)."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.session.project.close()
        self.session = None
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        self._show_start()
        return True

    # ---- project actions ----------------------------------------------------------------

    def save_copy(self) -> None:
        if self.session is None:
            return
        src = self.session.project.path
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy as"), str(src.with_name(src.stem + " " + self.tr("copy") + SUFFIX)),
            self.tr("GrantDesk projects (*.grantdesk)"))
        if not path:
            return
        dest = Path(path)
        if dest.suffix != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)
        self.session.flush()
        try:
            self.session.project.save_copy(dest)
        except StoreError as exc:
            self._error(exc)
            return
        self.statusBar().showMessage(self.tr("Copy saved: %1").replace("%1", str(dest)), 8000)

    def _offer_backups(self, exc: StoreError, path: Path) -> None:
        """A file that will not open, but whose backups exist: offer them at once."""
        answer = QMessageBox.question(
            self, "GrantDesk",
            store_error_text(exc.code, exc.path, self.ctx.ui_lang) + "\n\n"
            + self.tr("GrantDesk has backups of this project. Restore one into a new file?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.show_backups(path)

    def restore_backup(self) -> None:
        if self.session is not None:
            self.session.flush()
            self.show_backups(self.session.project.path)

    def show_backups(self, path: Path) -> BackupsDialog:
        source = self.session.project if self.session is not None and self.session.project.path == path else path
        dialog = BackupsDialog(list_backups(source), path, self.ctx.ui_lang, self)
        dialog.setModal(True)
        dialog.finished.connect(lambda _r: self._restored(dialog))
        dialog.show()
        return dialog

    def _restored(self, dialog: BackupsDialog) -> None:
        if dialog.restored is None:
            return
        answer = QMessageBox.question(
            self, "GrantDesk",
            self.tr("The backup was restored into “%1”. Open it now?").replace("%1", str(dialog.restored)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.open_project(dialog.restored)

    def print_preview(self) -> PrintPreview | None:
        if self.session is None:
            return None
        self.session.flush()
        self.session.recheck()
        path = self.session.project.path
        preview = PrintPreview(self.session, path.with_suffix(".pdf"), self)
        preview.setModal(True)
        preview.show()
        return preview

    def export_word_dialog(self) -> Path | None:
        if self.session is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Word"), str(self.session.project.path.with_suffix(".docx")),
            self.tr("Word documents (*.docx)"))
        return self.export_word(Path(path)) if path else None

    def export_word(self, path: Path) -> Path | None:
        """The open report as a .docx in its official layout, marked as a draft while
        errors remain (as the PDF is); written beside the target first, then moved."""
        if self.session is None:
            return None
        self.session.flush()
        self.session.recheck()
        if path.suffix.lower() != ".docx":
            path = path.with_suffix(".docx")
        tmp = path.with_name(path.name + ".part")
        try:
            tmp.write_bytes(export_docx(self.session.doc, draft=has_errors(self.session.problems)))
            tmp.replace(path)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            QMessageBox.warning(self, self.tr("Export to Word"),
                                self.tr("Could not save the Word file: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.statusBar().showMessage(self.tr("Word file saved: %1").replace("%1", str(path)), 8000)
        return path

    def set_report_lang(self, lang: str) -> None:
        if self.session is None or self.session.doc.lang == lang:
            return
        section = self.wizard.current_section() if self.wizard else None
        self.session.doc.set_lang(lang)
        self.session.recheck()
        self._show_wizard()  # every label comes from the definition in the report's language
        if section:
            self.wizard.show_section(section)

    def set_ui_lang(self, lang: str) -> None:
        """Switch the app's language at once: translations, menus, screens, check messages."""
        if lang == self.ctx.ui_lang:
            return
        self.ctx.settings.ui_lang = lang
        self.ctx.settings.save()
        self.ctx.ui_lang = lang
        if self.ctx.translators is not None:
            self.ctx.translators.switch(lang)
        self.retranslate()

    def retranslate(self) -> None:
        """Rebuild every piece of chrome in the current language; the edits are untouched."""
        self.menuBar().clear()
        self._build_menus()
        old = self.start
        self.start = StartScreen()
        self.start.newRequested.connect(self.new_project)
        self.start.openRequested.connect(self.open_dialog)
        self.start.openPath.connect(lambda p: self.open_project(Path(p)))
        self.stack.insertWidget(0, self.start)
        self.stack.removeWidget(old)
        old.deleteLater()
        if self.session is not None:
            section = self.wizard.current_section() if self.wizard else None
            self._show_wizard()
            if section:
                self.wizard.show_section(section)
        else:
            self._show_start()

    # ---- savepoint: the field the cursor is in ------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.session is None or new is None:
            return
        w = new
        while w is not None and not isinstance(w, FieldEditor):
            w = w.parentWidget()
        if w is not None and w.ref is not None:
            self.session.remember("focus", json.dumps(w.ref.__dict__))

    def closeEvent(self, event) -> None:
        if self.close_project():
            event.accept()
        else:
            event.ignore()
