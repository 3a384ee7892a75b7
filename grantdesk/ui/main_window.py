"""The one main window: the start screen, the open project's documents, or one document's
wizard."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QLabel, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QWidget,
)

from ..languages import LANGUAGE_NAMES, REPORT_LANGUAGES
from ..settings import documents_dir
from .about import HelpMenu
from .start import StartScreen
from .style import apply_focus_style

# Window first (issue 21, the Windows start): this module loads only Qt and the start screen,
# so the window is on screen before the project's core is read from disk. Operations, the
# document model, the store, the checks and the screens of an open project are imported where
# they are used, the first time once the window has been painted (grantdesk/app.py opens the
# project then); printing (reportlab) is loaded only when something is printed.
if TYPE_CHECKING:
    from ..operations import OperationError
    from ..store import StoreError
    from .backups_dialog import BackupsDialog
    from .context import AppContext
    from .documents import DocumentsScreen
    from .keyboard_help import KeyboardHelp
    from .preview import PrintPreview
    from .session import EditSession, ProjectSession
    from .wizard import ReportWizard

SUFFIX = ".grantdesk"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        apply_focus_style(QApplication.instance())
        self.project_session: ProjectSession | None = None
        self.session: EditSession | None = None  # the document on screen
        self.wizard: ReportWizard | None = None
        self.documents: DocumentsScreen | None = None
        self.stack = QStackedWidget()
        self.start = StartScreen()
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.start.newRequested.connect(self.new_project)
        self.start.openRequested.connect(self.open_dialog)
        self.start.openPath.connect(lambda p: self.open_project(Path(p)))
        self.notice = QLabel()
        self.statusBar().addPermanentWidget(self.notice)
        self._build_report_lang_switch()
        self._build_menus()
        self._show_start(summaries=False)  # read from the files once the window is painted (app.py)
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
        self.act_documents = file_menu.addAction(self.tr("&Documents of the project"), QKeySequence("Ctrl+D"),
                                                 self.show_documents)
        self.act_new_document = file_menu.addAction(self.tr("New &document…"), QKeySequence("Ctrl+Shift+N"),
                                                    self.new_document)
        self.act_add_edition = file_menu.addAction(self.tr("Add a form &edition…"), self.add_edition)
        file_menu.addSeparator()
        self.act_print = file_menu.addAction(self.tr("&Print…"), QKeySequence.StandardKey.Print, self.print_preview)
        self.act_word = file_menu.addAction(self.tr("Export to &Word…"), self.export_word_dialog)
        self._build_handover_actions(file_menu)
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
        self.act_carry = report_menu.addAction(self.tr("&Carry over from the last interim report…"),
                                               self.carry_from_interim)
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
        help_menu = HelpMenu(self.ctx, self)
        help_menu.setObjectName("help")  # Help → Keyboard joins it
        bar.addMenu(help_menu)
        self._build_check_and_help_menus(bar)

    def _build_handover_actions(self, file_menu) -> None:
        """File → Prepare for submission…, File → Operator…, Report → Check a printed copy…
        (grantdesk/ui/handover.py, grantdesk/ui/operator_dialog.py), loaded on first use: the
        page code's reader and the package are no part of a start."""
        self.act_submission = file_menu.addAction(self.tr("Prepare for &submission…"),
                                                  lambda: self.handover.prepare_dialog())
        self.act_operator = file_menu.addAction(self.tr("&Operator: compile Annex 4 and register…"),
                                                self.operator_dialog)

    @property
    def handover(self):
        """The hand-over actions of this window (grantdesk/ui/handover.py), made on first use."""
        if getattr(self, "_handover", None) is None:
            from .handover import Handover

            self._handover = Handover(self)
        return self._handover

    def operator_dialog(self):
        from .operator_dialog import OperatorDialog

        dialog = OperatorDialog(self.ctx.registry, self.ctx.ui_lang, self)
        dialog.show()
        return dialog

    def _build_check_and_help_menus(self, bar) -> None:
        """Report → Check the report, and Help → Keyboard (a Help menu made elsewhere is reused)."""
        self.act_check = self.report_menu.addAction(
            self.tr("&Check the report"), QKeySequence("Ctrl+Shift+K"), self.check_report)
        help_menu = next((a.menu() for a in bar.actions()
                          if a.menu() and (a.menu().objectName() == "help" or a.menu().title() == self.tr("&Help"))), None)
        if help_menu is None:
            help_menu = bar.addMenu(self.tr("&Help"))
            help_menu.setObjectName("help")
        help_menu.addAction(self.tr("&Keyboard"), QKeySequence("F1"), self.show_keyboard_help)
        self.act_check_copy = self.report_menu.addAction(self.tr("Check a &printed copy…"),
                                                         lambda: self.handover.check_dialog())

    def check_report(self) -> None:
        if self.wizard is not None:
            self.wizard.problems.check_all()

    def show_keyboard_help(self) -> KeyboardHelp:
        from .keyboard_help import KeyboardHelp

        dialog = KeyboardHelp(self)
        dialog.show()
        return dialog

    def _build_report_lang_switch(self) -> None:
        """The report's language in the status bar; one click prints it in the other one."""
        self.report_lang_button = QPushButton()
        self.report_lang_button.setFlat(True)
        self.report_lang_button.clicked.connect(self._switch_report_lang)
        self.statusBar().addPermanentWidget(self.report_lang_button)
        self.report_lang_button.setVisible(False)

    def _show_report_lang(self) -> None:
        button = self.report_lang_button
        button.setVisible(self.session is not None)
        if self.session is None:
            return
        button.setEnabled(not self.session.read_only)
        lang = self.session.doc.lang
        other = next(c for c in REPORT_LANGUAGES if c != lang)
        button.setText(self.tr("Report language: %1").replace("%1", LANGUAGE_NAMES[lang]) + "  ⇄")
        button.setToolTip(self.tr("Print the report in %1 instead; nothing typed changes.").replace(
            "%1", LANGUAGE_NAMES[other]))

    def _switch_report_lang(self) -> None:
        if self.session is not None:
            self.set_report_lang(next(c for c in REPORT_LANGUAGES if c != self.session.doc.lang))

    def _update_actions(self) -> None:
        project_open = self.project_session is not None
        doc_open = self.session is not None
        for act in (self.act_copy, self.act_close, self.act_restore, self.act_documents):
            act.setEnabled(project_open)
        self.act_new_document.setEnabled(project_open and not self.project_session.read_only)
        self.act_print.setEnabled(doc_open)
        self.act_word.setEnabled(doc_open)
        self.act_submission.setEnabled(doc_open)
        self.report_menu.setEnabled(doc_open)
        self.act_carry.setEnabled(doc_open and self.session.doc.role == "final" and not self.session.read_only)
        writable = doc_open and not self.session.read_only
        for act in self.report_lang_actions.values():
            act.setEnabled(writable)  # the report's language is stored: a read-only file keeps its own
        if doc_open:
            self.report_lang_actions[self.session.doc.lang].setChecked(True)
        self._show_report_lang()

    # ---- start screen -------------------------------------------------------------------

    def _show_start(self, summaries: bool = True) -> None:
        self.start.set_recent(self.ctx.settings.recent, self.ctx.ui_lang, summaries)
        self.stack.setCurrentWidget(self.start)
        self.setWindowTitle("GrantDesk")
        self.notice.setText("")
        self._update_actions()

    def _error(self, exc: StoreError) -> None:
        from ..texts import store_error_text

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

    def create_project(self, path: Path, role: str = "plan", lang: str | None = None) -> bool:
        """A new project file holding its first document (the plan, unless told otherwise),
        opened at that document; its language is asked unless given."""
        from . import project_actions, report_language

        if lang is None:
            lang = report_language.ask_report_language(self, self.ctx.ui_lang)
            if lang is None:
                return False
        return project_actions.create_project(self, path, role, lang)

    def import_plan_dialog(self) -> Path | None:
        source, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import plan from Word"), str(documents_dir()), self.tr("Word documents (*.docx *.doc)"))
        if not source:
            return None
        source_path = Path(source)
        if self._plan_wanted():  # the project at hand has no plan: this is it
            return self.import_plan(source_path, None)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("New project for the plan"), str(source_path.with_suffix(SUFFIX)),
            self.tr("GrantDesk projects (*.grantdesk)"))
        return self.import_plan(source_path, Path(target)) if target else None

    def _plan_wanted(self) -> bool:
        """The project at hand has no plan, or only the empty one New project made: an
        imported plan fills it, in this project (no second file)."""
        from ..progress import EMPTY, assess

        ps = self.project_session
        if ps is None or ps.read_only:
            return False
        plan = ps.project.plan
        return plan is None or (assess(plan).kind == EMPTY and not ps.project.reports())

    def import_plan(self, source: Path, target: Path | None) -> Path | None:
        """The plan read from an Annex 3 Word file, shown block by block; once confirmed,
        written as the plan of a new project at `target`, which then opens, or (no target)
        as the plan of the project at hand, which has none."""
        from .. import operations
        from ..operations import OperationError
        from ..store import StoreError
        from . import project_actions

        editions = self.ctx.registry.editions("plan")
        if target is not None and target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        try:
            if target is not None:
                operations.check_output(target, project=True)  # before the work of reading
            # Reading takes a moment (a .doc is converted by LibreOffice first): say so.
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                prepared = operations.prepare_plan(source, editions[0])
            finally:
                QApplication.restoreOverrideCursor()
        except OperationError as exc:
            project_actions.show_error(self, exc, self.tr("Import plan from Word"))
            return None
        from ..wordio import join_project
        from .plan_import_dialog import PlanImportDialog
        from .import_progress import ImportProgress

        into = target is None and self._plan_wanted()
        if into:
            join_project(prepared, dict(self.project_session.project.values))  # the project's values stay
        here = self.project_session.file.path if into else None
        dialog = PlanImportDialog(source.name, prepared.summary(self.ctx.ui_lang), self,
                                  verdict=prepared.verdict(self.ctx.ui_lang), into=Path(here).name if here else "")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if into:
            if not self._leave_document():
                return None
            try:
                empty = self.project_session.project.plan
                if empty is not None:
                    self.project_session.delete(empty)  # the empty plan New project made
                with ImportProgress(self) as progress:  # its rows and cells, as they are written
                    doc = self.project_session.adopt(prepared.doc, progress)
            except StoreError as exc:
                self._error(exc)
                return None
            self.open_document(doc.doc_id)
            return Path(here)
        if target is None:
            return None
        try:  # a new project, made whole before it takes its name, opening at the plan
            with ImportProgress(self) as progress:
                operations.import_plan_new(prepared, target, progress)
        except OperationError as exc:
            project_actions.show_error(self, exc)
            return None
        return target if self.open_project(target) else None

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), str(documents_dir()),
            self.tr("GrantDesk projects (*.grantdesk);;All files (*)"))
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path) -> bool:
        """Open a project: at the document the user was last in, else at its documents.
        The project at hand is closed only once the new one has opened: a file that is no
        project (or cannot be read) leaves the user where they were."""
        from .. import operations
        from ..operations import PROJECT_STATE, OperationError
        from ..store import list_backups
        from ..texts import store_error_text
        from . import project_actions
        from .documents import DocumentsScreen
        from .session import ProjectSession

        here = self.project_session.file.path if self.project_session is not None else None
        if here is not None and Path(here).resolve() == Path(path).resolve() and not self.close_project():
            return False  # the same file again: reopened (it cannot be opened twice)
        try:
            opened = operations.open_project(path, self.ctx.registry)
        except OperationError as exc:
            if exc.code == "not_found":
                project_actions.show_error(self, exc)
                self.ctx.settings.remove_recent(path)
                self.ctx.settings.save()
                self.start.set_recent(self.ctx.settings.recent, self.ctx.ui_lang)
            elif exc.code == "foreign":  # repaired after a backup with consent, then opened; else said
                return project_actions.offer_repair(self, path, exc) and self.open_project(path)
            elif exc.code not in ("locked", "foreign") and list_backups(path):
                self._offer_backups(exc, path)
            else:
                project_actions.show_error(self, exc)
            return False
        project, model = opened.file, opened.model
        if not self.close_project():
            project.close()
            return False
        self.project_session = ProjectSession(project, model, self, registry=self.ctx.registry)
        self.documents = DocumentsScreen(self.project_session, self.ctx.ui_lang)
        self._connect_documents()
        self.stack.addWidget(self.documents)
        self.ctx.settings.add_recent(path)
        self.ctx.settings.save()
        last = project.get_state(PROJECT_STATE, "document")
        ids = [d.doc_id for d in model.documents]
        if last.isdigit() and int(last) in ids:
            self.open_document(int(last))
        else:
            self.show_documents()
        if project.read_only:
            QMessageBox.information(self, "GrantDesk", store_error_text("read_only", str(path), self.ctx.ui_lang))
        missing = opened.missing_message(self.ctx.ui_lang)
        if missing:
            QMessageBox.information(self, "GrantDesk", missing)
        return True

    def _remember_document(self, value: str) -> None:
        """Where the user is, for the next open: a convenience, never an error (a full disk
        is said by the edits' own saving)."""
        from ..operations import PROJECT_STATE
        from ..store import StoreError

        try:
            self.project_session.file.set_state(PROJECT_STATE, "document", value)
        except StoreError:
            pass

    def _connect_documents(self) -> None:
        self.documents.openRequested.connect(self.open_document)
        self.documents.newRequested.connect(self.new_document)
        self.documents.duplicateRequested.connect(self.duplicate_document)
        self.documents.deleteRequested.connect(self.delete_document)
        self.documents.printRequested.connect(self.print_document)
        self.documents.copyRequested.connect(self.copy_document_into)
        self.documents.derivedRequested.connect(self.open_derived)
        self.documents.missingRequested.connect(self.open_missing)

    # ---- documents ----------------------------------------------------------------------

    def _leave_document(self) -> bool:
        if self.session is None:
            return True
        if not self.session.close():
            return False
        self.session = None
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
            self.wizard = None
        return True

    def show_documents(self) -> None:
        """The project's documents (Ctrl+D from anywhere in the project)."""
        from ..store import StoreError

        if self.project_session is None:
            return
        current = self.session.doc.doc_id if self.session else None
        if not self._leave_document():
            self._error(self.project_session.last_error or StoreError("write_failed", str(self.project_session.file.path)))
            return
        self._remember_document("")
        self.documents.refresh(select=current)
        self.stack.setCurrentWidget(self.documents)
        self.documents.focus_list()
        self.setWindowTitle(f"{self.project_session.file.path.name} — GrantDesk")
        self.notice.setText(self.tr("Read-only") if self.project_session.read_only else "")
        self._update_actions()

    def open_document(self, doc_id: int) -> bool:
        from ..document import DocumentError
        from .session import EditSession

        if self.project_session is None or not self._leave_document():
            return False
        try:
            doc = self.project_session.project.document(doc_id)
        except DocumentError:
            return False
        self.session = EditSession(self.project_session, doc, self)
        self._remember_document(str(doc_id))
        self._show_wizard()
        return True

    def open_missing(self, doc_id: int, number: int) -> str:
        """A document whose edition is missing cannot be shown: say which edition, and how
        to add it (once added and the project reopened, it opens as any other)."""
        from .. import operations

        info = next(i for i in self.project_session.file.missing_documents if i.id == doc_id)
        text = operations.missing_edition_message(info, self.ctx.ui_lang, number)
        QMessageBox.information(self, "GrantDesk", text)
        return text

    def new_document(self) -> None:
        from .documents import NewDocumentDialog

        if self.project_session is None or self.project_session.read_only:
            return
        project = self.project_session.project
        dialog = NewDocumentDialog(self.ctx.registry, project.plan is not None,
                                   project.new_document_language(self.ctx.ui_lang), self,
                                   has_interim=project.last_interim() is not None, ui_lang=self.ctx.ui_lang)
        if dialog.exec() != NewDocumentDialog.DialogCode.Accepted or dialog.edition() is None:
            return
        self.create_document(dialog.role(), dialog.edition(), dialog.language())

    def create_document(self, role: str, edition: str, lang: str) -> bool:
        from ..document import DocumentError
        from ..store import StoreError

        if not self._leave_document():
            return False
        try:
            doc = self.project_session.create(self.ctx.registry.get(edition), role, lang)
        except StoreError as exc:
            self._error(exc)
            return False
        except DocumentError:
            return False
        opened = self.open_document(doc.doc_id)
        if doc.carried:
            self._tell_carried(len(doc.carried))
        return opened

    def _tell_carried(self, count: int) -> None:
        QMessageBox.information(self, "GrantDesk", self.tr(
            "%1 values were carried from the last interim report: facts, dates, places, participants, "
            "texts and statistics. They are shown in green until you edit them; check each one.")
            .replace("%1", str(count)))

    def carry_from_interim(self) -> None:
        """Report → Carry over from the last interim report: into the open final report;
        asks first when the report already holds values of its own, and never overwrites them."""
        from ..document.project import carry_over, has_own_values

        if self.session is None or self.session.read_only or self.session.doc.role != "final":
            return
        interim = self.project_session.project.last_interim()
        if interim is None:
            QMessageBox.information(self, "GrantDesk", self.tr("The project has no interim report to carry over from."))
            return
        if has_own_values(self.session.doc):
            answer = QMessageBox.question(
                self, "GrantDesk",
                self.tr("This report already holds values of its own. Carry over from the interim report only into "
                        "the places still empty? Nothing you typed is replaced."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        carried = carry_over(interim, self.session.doc)
        section = self.wizard.current_section() if self.wizard else None
        self._show_wizard()
        if section:
            self.wizard.show_section(section)
        self._tell_carried(len(carried))

    def duplicate_document(self, doc_id: int) -> None:
        from ..store import StoreError

        if self.project_session is None or self.project_session.read_only:
            return
        try:
            copy = self.project_session.duplicate(self.project_session.project.document(doc_id))
        except StoreError as exc:
            self._error(exc)
            return
        self.documents.refresh(select=copy.doc_id)

    def delete_document(self, doc_id: int) -> None:
        from ..store import StoreError
        from .documents import document_title

        if self.project_session is None or self.project_session.read_only:
            return
        doc = self.project_session.project.document(doc_id)
        text = self.tr("Delete “%1”? A backup of the project taken just before keeps it; "
                       "File → Restore from backup… brings it back.").replace("%1", document_title(doc, self.ctx.ui_lang))
        if doc.role == "plan" and self.project_session.project.reports():
            text += "\n\n" + self.tr("The reports keep the plan's values as their own.")
        answer = QMessageBox.question(self, self.tr("Delete"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.session is not None and self.session.doc is doc and not self._leave_document():
            return
        try:
            self.project_session.delete(doc)
        except StoreError as exc:
            self._error(exc)
            return
        self.show_documents()

    def add_edition(self, path: Path | None = None) -> bool:
        """File → Add a form edition…: a definition file checked like the shipped ones; a good
        one is kept and offered when creating a document, a bad one refused item by item."""
        from .. import operations
        from ..forms import default_registry
        from ..operations import OperationError
        from ..texts import cli_text
        from . import project_actions

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Add a form edition"), str(documents_dir()),
                                                    self.tr("Form definitions (*.yaml *.yml)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            form = operations.add_edition(path, self.ctx.registry)
        except OperationError as exc:
            project_actions.show_error(self, exc)
            return False
        self.ctx.registry = default_registry()
        lang = self.ctx.ui_lang if self.ctx.ui_lang in REPORT_LANGUAGES else "ru"
        QMessageBox.information(self, "GrantDesk", cli_text("edition_added", self.ctx.ui_lang, id=form.id,
                                                            title=form.title(lang)))
        return True

    def copy_document_into(self, doc_id: int, edition: str | None = None) -> bool:
        """Copy a report into another edition of its kind; lists exactly what had no place."""
        from ..store import StoreError
        from .documents import edition_name

        if self.project_session is None or self.project_session.read_only:
            return False
        doc = self.project_session.project.document(doc_id)
        others = [f for f in self.ctx.registry.editions(doc.form.kind) if f.id != doc.form.id]
        if not others:
            QMessageBox.information(self, "GrantDesk", self.tr("There is no other edition of this form to copy into."))
            return False
        if edition is None:
            from PySide6.QtWidgets import QInputDialog

            names = [f"{f.id} — {edition_name(f, self.ctx.ui_lang, doc.role)}" for f in others]
            chosen, ok = QInputDialog.getItem(self, self.tr("Copy into another edition"), self.tr("Edition:"),
                                              names, 0, False)
            if not ok:
                return False
            edition = others[names.index(chosen)].id
        try:
            copy, unplaced = self.project_session.copy_into(doc, self.ctx.registry.get(edition))
        except StoreError as exc:
            self._error(exc)
            return False
        self.documents.refresh(select=copy.doc_id)
        if unplaced:
            QMessageBox.information(self, "GrantDesk", self.tr(
                "Copied. These values have no place in the other edition; they stay in the original:\n%1")
                .replace("%1", "\n".join(f"• {u[:200]}" for u in unplaced)))
        else:
            QMessageBox.information(self, "GrantDesk", self.tr("Copied: every value found its place."))
        return True

    def open_derived(self, doc_id: int, form_id: str, lang: str | None = None) -> PrintPreview | None:
        """An Annex 4 entry: the final report printed through its derived definition, shown
        read-only with the report's problems; a problem clicked opens the report at it."""
        from .preview import PrintPreview

        if not self.open_document(doc_id):
            return None
        self.session.flush()
        self.session.recheck()
        path = self.session.project.path
        if self._beyond_page_limit():
            return None
        preview = PrintPreview(self.session, path.with_name(path.stem + " OP4.pdf"), self,
                               derived=self.ctx.registry.get(form_id), lang=lang, ui_lang=self.ctx.ui_lang)
        preview.jump.connect(lambda problem: self.wizard.focus_ref(problem.ref) if self.wizard else None)
        preview.setModal(True)
        preview.show()
        return preview

    def print_document(self, doc_id: int) -> PrintPreview | None:
        if self.session is None or self.session.doc.doc_id != doc_id:
            if not self.open_document(doc_id):
                return None
        return self.print_preview()

    def _show_wizard(self) -> None:
        if self.wizard is not None:
            self.stack.removeWidget(self.wizard)
            self.wizard.deleteLater()
        from .wizard import ReportWizard  # the editors are loaded when a document is first opened
        from .documents import document_title

        self.wizard = ReportWizard(self.session, self.ctx.ui_lang)
        self.wizard.documentsRequested.connect(self.show_documents)
        self.stack.addWidget(self.wizard)
        self.stack.setCurrentWidget(self.wizard)
        path = self.session.project.path
        self.setWindowTitle(f"{path.name} — {document_title(self.session.doc, self.ctx.ui_lang)} — GrantDesk")
        self.notice.setText(self.tr("Read-only") if self.session.read_only else "")
        self._update_actions()

    def close_project(self) -> bool:
        """Close the open project, if any. False if the user chose to keep it open."""
        from ..store import StoreError
        from ..texts import store_error_text

        if self.project_session is None:
            return True
        if not self.project_session.close():
            error = self.project_session.last_error or StoreError("write_failed", str(self.project_session.file.path))
            answer = QMessageBox.warning(
                self, "GrantDesk",
                store_error_text(error.code, error.path, self.ctx.ui_lang) + "\n\n"
                + self.tr("Close anyway and lose the unsaved changes? Choose No to keep working "
                          "(you can also use “Save a copy as…” to save to another disk)."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            self.project_session.file.close()
        elif self.project_session.close_problem not in (None, "gone"):
            # closed, every edit committed, but the -wal could not be folded into the file
            # (a full disk): the next open replays it; the file alone is not whole yet
            QMessageBox.warning(self, "GrantDesk", self.tr(
                "The project was closed with every edit saved, but its “-wal” file beside it could not be "
                "merged into it (%1). Keep the two files together; opening the project again merges them.")
                .replace("%1", store_error_text(self.project_session.close_problem,
                                                str(self.project_session.file.path), self.ctx.ui_lang)))
        if self.session is not None:
            self.session.doc.unsubscribe(self.session._on_change)
        self.session = None
        self.project_session = None
        for attr in ("wizard", "documents"):
            widget = getattr(self, attr)
            if widget is not None:
                self.stack.removeWidget(widget)
                widget.deleteLater()
                setattr(self, attr, None)
        self._show_start()
        return True

    # ---- project actions ----------------------------------------------------------------

    def save_copy(self, dest: Path | None = None) -> Path | None:
        from . import project_actions

        return project_actions.save_copy(self, dest)

    def _offer_backups(self, exc: OperationError, path: Path) -> None:
        """A file that will not open, but whose backups exist: offer them at once."""
        answer = QMessageBox.question(
            self, "GrantDesk",
            exc.message(self.ctx.ui_lang) + "\n\n"
            + self.tr("GrantDesk has backups of this project. Restore one into a new file?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.show_backups(path)

    def restore_backup(self) -> None:
        if self.project_session is not None:
            self.project_session.flush()
            self.show_backups(self.project_session.file.path)

    def show_backups(self, path: Path) -> BackupsDialog:
        from ..store import list_backups

        from .backups_dialog import BackupsDialog

        ps = self.project_session
        source = ps.file if ps is not None and ps.file.path == path else path
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
        from .preview import PrintPreview

        if self.session is None:
            return None
        self.session.flush()
        self.session.recheck()
        path = self.session.project.path
        if self._beyond_page_limit():
            return None
        preview = PrintPreview(self.session, path.with_suffix(".pdf"), self)
        preview.setModal(True)
        preview.show()
        return preview

    def _beyond_page_limit(self) -> bool:
        """Say so, and print nothing, when the open document would print beyond the page
        limit (docs/reliability.md): checked before any work starts; what was typed stays."""
        from ..texts import cli_text

        from ..layout.limits import TooLong, check_page_limit

        try:
            check_page_limit(self.session.doc)
        except TooLong as exc:
            QMessageBox.warning(self, "GrantDesk", cli_text("too_many_pages", self.ctx.ui_lang, pages=exc.pages,
                                                           limit=exc.limit))
            return True
        return False

    def export_word_dialog(self) -> Path | None:
        if self.session is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Word"), str(self.session.project.path.with_suffix(".docx")),
            self.tr("Word documents (*.docx)"))
        return self.export_word(Path(path)) if path else None

    def export_word(self, path: Path) -> Path | None:
        from . import project_actions

        return project_actions.export_word(self, path)

    def set_report_lang(self, lang: str) -> None:
        if self.session is None or self.session.doc.lang == lang or self.session.read_only:
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
        from .documents import DocumentsScreen

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
        if self.project_session is not None:
            old_documents = self.documents
            self.documents = DocumentsScreen(self.project_session, self.ctx.ui_lang)
            self._connect_documents()
            self.stack.addWidget(self.documents)
            self.stack.removeWidget(old_documents)
            old_documents.deleteLater()
        if self.session is not None:
            section = self.wizard.current_section() if self.wizard else None
            self._show_wizard()
            if section:
                self.wizard.show_section(section)
        elif self.project_session is not None:
            self.show_documents()
        else:
            self._show_start()

    # ---- savepoint: the field the cursor is in ------------------------------------------

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.session is None or new is None:
            return
        w = new
        from .editors import FieldEditor

        while w is not None and not isinstance(w, FieldEditor):
            w = w.parentWidget()
        if w is not None and w.ref is not None:
            self.session.remember("focus", json.dumps(w.ref.__dict__))

    def closeEvent(self, event) -> None:
        if self.close_project():
            event.accept()
        else:
            event.ignore()
