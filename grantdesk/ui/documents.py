"""The documents screen: the open project's plan and reports, each with its kind, edition,
language, state and last change; open, create, duplicate, delete and print from here."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from .. import operations
from ..document import Document
from ..forms import FormDef, FormRegistry, derived_views
from ..progress import COMPLETE, EMPTY, HAS_ERRORS, IN_PROGRESS
from ..settings import LANGUAGE_NAMES
from ..texts import state_line
from . import pseudo
from .session import ProjectSession

DOC_ID = Qt.ItemDataRole.UserRole
DERIVED = Qt.ItemDataRole.UserRole + 1  # the derived definition's id on an Annex 4 row
MISSING = Qt.ItemDataRole.UserRole + 2  # the edition id on the row of a document whose edition is missing
STATE_MARK = {EMPTY: "○", IN_PROGRESS: "◐", COMPLETE: "●", HAS_ERRORS: "✖"}


def role_name(role: str) -> str:
    """What a document is, in the app's language."""
    names = {
        "plan": QCoreApplication.translate("Documents", "Plan (Annex 3)"),
        "interim": QCoreApplication.translate("Documents", "Interim report"),
        "final": QCoreApplication.translate("Documents", "Final report"),
        "derived": QCoreApplication.translate("Documents", "Annex 4 entry"),
    }
    return names.get(role, role)


def state_name(state: str) -> str:
    names = {EMPTY: QCoreApplication.translate("Documents", "empty"),
             IN_PROGRESS: QCoreApplication.translate("Documents", "in progress"),
             COMPLETE: QCoreApplication.translate("Documents", "complete"),
             HAS_ERRORS: QCoreApplication.translate("Documents", "has errors")}
    return names.get(state, state)


def edition_name(form: FormDef, ui_lang: str, role: str = "") -> str:
    """An edition's short title as a document of `role` has it, in the app's language
    (every shipped definition has its en; an added one without falls back to Russian)."""
    short = form.short_title_for(role)
    return pseudo.shown(short.by_lang.get(ui_lang) or short("ru" if ui_lang == "en" else ui_lang))


def _when(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d.%m.%Y %H:%M")
    except ValueError:
        return stamp


class DocumentsScreen(QWidget):
    openRequested = Signal(int)
    newRequested = Signal()
    duplicateRequested = Signal(int)
    deleteRequested = Signal(int)
    printRequested = Signal(int)
    copyRequested = Signal(int)
    derivedRequested = Signal(int, str)  # source document, derived definition (OP4)
    missingRequested = Signal(int, int)  # a document of a missing edition: its id, its number

    def __init__(self, session: ProjectSession, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        self.title = QLabel()
        self.title.setObjectName("data")  # the project's own name: the user's words, not the app's
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.path = QLabel(str(session.file.path))
        self.path.setObjectName("data")
        self.path.setStyleSheet("color: #555;")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("№"), self.tr("Document"), self.tr("Edition"), self.tr("Language"),
            self.tr("State"), self.tr("Last change")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Activation is a double click (or Enter): one signal, so one window per double click
        # (itemDoubleClicked as well opened the Annex 4 preview twice).
        self.table.itemActivated.connect(lambda _item: self._emit("openRequested"))
        self.table.itemSelectionChanged.connect(self._selection)

        self.open_button = QPushButton(self.tr("Open"))
        self.new_button = QPushButton(self.tr("New document…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.copy_button = QPushButton(self.tr("Copy into another edition…"))
        self.copy_button.setToolTip(self.tr("A new document of another edition of the same form, with every value "
                                            "that has a place there; what has none is listed"))
        self.copy_button.clicked.connect(lambda: self._emit("copyRequested"))
        self.open_button.setToolTip(self.tr("Open the selected document (Enter)"))
        self.new_button.setToolTip(self.tr("Add a plan or a report to the project (Ctrl+Shift+N)"))
        self.delete_button.setToolTip(self.tr("Delete the selected document (Delete); the backups still hold it"))
        self.open_button.clicked.connect(lambda: self._emit("openRequested"))
        self.new_button.clicked.connect(self.newRequested)
        self.duplicate_button.clicked.connect(lambda: self._emit("duplicateRequested"))
        self.delete_button.clicked.connect(lambda: self._emit("deleteRequested"))
        self.print_button.clicked.connect(lambda: self._emit("printRequested"))
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.newRequested.emit)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(lambda: self._emit("deleteRequested"))

        buttons = QHBoxLayout()
        for b in (self.open_button, self.new_button, self.duplicate_button, self.copy_button, self.delete_button,
                  self.print_button):
            b.setMinimumHeight(32)
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.path)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        project = self.session.project
        name = project.values.get("project_name", "").strip() or self.session.file.path.stem
        self.title.setText(name)
        if project.plan is None:
            self.hint.setText(self.tr("Start with the plan (Annex 3): every report is then built from it. "
                                      "Choose “New document…”."))
        elif not project.reports():
            self.hint.setText(self.tr("Reports made now start from the plan: its tasks, activities, "
                                      "indicators and planned values."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))
        select = select if select is not None else self.current_id()
        states, updated = self.session.states(), self.session.updated()
        # Each final report's Annex 4 entry follows it: computed, never stored or typed.
        # A document whose edition is missing keeps its place, as a row of its own.
        file = self.session.file
        order = [info.id for info in file.list_documents()]
        entries = [(doc, None) for doc in operations.listed(order, project.documents, file.missing_documents)]
        for form, source in derived_views(self.session.registry, project.documents):
            entries.insert(entries.index((source, None)) + 1, (source, form))
        self.table.setRowCount(len(entries))
        number = 0
        for r, (doc, derived) in enumerate(entries):
            if not isinstance(doc, Document):
                number += 1
                self._missing_row(r, number, doc)
                continue
            state = states[doc.doc_id]
            if derived is None:
                number += 1
            cells = [
                str(number) if derived is None else "",
                role_name(doc.role) if derived is None else role_name("derived"),
                edition_name(derived or doc.form, self.ui_lang, doc.role),
                LANGUAGE_NAMES.get(doc.lang, doc.lang), f"{STATE_MARK[state.kind]} {state_line(state, self.ui_lang)}",
                _when(updated.get(doc.doc_id, "")),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(DOC_ID, doc.doc_id)
                item.setData(DERIVED, derived.id if derived is not None else None)
                if derived is not None:
                    item.setToolTip(self.tr("Made from the final report each time it is shown; read-only"))
                if c == 4 and state.kind == HAS_ERRORS:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)
        rows = [r for r in range(self.table.rowCount())
                if self.table.item(r, 0).data(DOC_ID) == select and self.table.item(r, 0).data(DERIVED) is None]
        self.table.selectRow(rows[0] if rows else 0)
        self._selection()

    def _missing_row(self, r: int, number: int, info) -> None:
        """A document whose edition this GrantDesk lacks: nothing can render it, so it is
        named (number, kind, edition id) with how to add the edition, and only opening it
        is offered, which says the same."""
        line = self.tr("edition missing: %1 — add it with File → Add a form edition…").replace("%1", info.form)
        cells = [str(number), role_name(info.role), info.form, LANGUAGE_NAMES.get(info.lang, info.lang), line,
                 _when(info.updated)]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(DOC_ID, info.id)
            item.setData(DERIVED, None)
            item.setData(MISSING, info.form)
            item.setToolTip(line)
            item.setForeground(Qt.GlobalColor.darkGray)
            self.table.setItem(r, c, item)

    def current_missing(self) -> str | None:
        """The edition id when the selected row is a document whose edition is missing."""
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(MISSING) if item else None

    def current_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(DOC_ID) if item else None

    def current_derived(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0)
        return item.data(DERIVED) if item else None

    def select(self, doc_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(DOC_ID) == doc_id:
                self.table.selectRow(r)

    def state_of(self, doc_id: int) -> str:
        """The state column's text, as shown (for tests and screen readers alike)."""
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(DOC_ID) == doc_id:
                return self.table.item(r, 4).text()
        return ""

    def _selection(self) -> None:
        chosen = self.current_id() is not None
        missing = self.current_missing() is not None  # opening it only says how to add the edition
        writable = not self.session.read_only and self.current_derived() is None and not missing
        self.open_button.setEnabled(chosen)
        self.print_button.setEnabled(chosen and not missing)
        self.duplicate_button.setEnabled(chosen and writable and self._selected_role() != "plan")
        self.delete_button.setEnabled(chosen and writable)
        self.copy_button.setEnabled(chosen and writable and self._selected_role() != "plan")
        self.new_button.setEnabled(not self.session.read_only and self.current_derived() is None)

    def _selected_role(self) -> str | None:
        doc_id = self.current_id()
        doc = next((d for d in self.session.project.documents if d.doc_id == doc_id), None)
        return doc.role if doc else None

    def _emit(self, name: str) -> None:
        doc_id = self.current_id()
        if doc_id is None:
            return
        if self.current_missing() is not None:  # its edition is missing: opening says so, nothing else
            if name == "openRequested":
                self.missingRequested.emit(doc_id, int(self.table.item(self.table.currentRow(), 0).text()))
            return
        derived = self.current_derived()
        if derived is not None:  # an Annex 4 entry: opened and printed read-only, nothing else
            if name in ("openRequested", "printRequested"):
                self.derivedRequested.emit(doc_id, derived)
            return
        getattr(self, name).emit(doc_id)

    def focus_list(self) -> None:
        self.table.setFocus()


class NewDocumentDialog(QDialog):
    """Choose what to add: the kind, then the edition (the newest preselected, named as a
    document of that kind is), and the document's language (the project's, proposed by the
    core); it says what the new document starts from."""

    def __init__(self, registry: FormRegistry, has_plan: bool, lang: str, parent=None,
                 has_interim: bool = False, ui_lang: str = "en"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New document"))
        self.registry = registry
        self.ui_lang = ui_lang
        self.kind = QComboBox()
        for role in ("plan", "interim", "final"):
            if role == "plan" and has_plan:
                continue  # a project has one plan
            self.kind.addItem(role_name(role), role)
        if has_plan:
            self.kind.setCurrentIndex(self.kind.findData("final"))
        self.editions = QListWidget()
        self.lang = QComboBox()
        for code in ("kk", "ru"):
            self.lang.addItem(LANGUAGE_NAMES[code], code)
        self.lang.setCurrentIndex(max(0, self.lang.findData(lang)))
        self.starts_from = QLabel()
        self.starts_from.setWordWrap(True)
        self.has_plan = has_plan
        self.has_interim = has_interim
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Edition:"), self.editions)
        form.addRow(self.tr("&Language:"), self.lang)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.starts_from)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        role = self.role()
        self.editions.clear()
        for form in self.registry.editions("plan" if role == "plan" else "report"):
            item = QListWidgetItem(edition_name(form, self.ui_lang, role))
            item.setData(Qt.ItemDataRole.UserRole, form.id)
            self.editions.addItem(item)
        self.editions.setCurrentRow(0)  # the newest
        self.starts_from.setText(self._starts_from(role))

    def _starts_from(self, role: str) -> str:
        if role == "plan":
            return self.tr("It starts empty; File → Import plan from Word… fills it from a Word file.")
        if not self.has_plan:
            return self.tr("It starts empty: the project has no plan yet.")
        if role == "final" and self.has_interim:
            return self.tr("It starts from the plan (its tasks, activities, indicators and planned values) "
                           "and from the last interim report: what it holds is carried over, marked, for you "
                           "to check.")
        return self.tr("It starts from the plan: its tasks, activities, indicators and planned values.")

    def role(self) -> str:
        return self.kind.currentData()

    def edition(self) -> str | None:
        item = self.editions.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def language(self) -> str:
        return self.lang.currentData()


def document_title(doc: Document, ui_lang: str) -> str:
    """`Final report (2024)`, `Plan (Annex 3) — Full project description (plan)`: what the
    window title and sidebar say; the role once, where the edition's name already says it."""
    role, edition = role_name(doc.role), edition_name(doc.form, ui_lang, doc.role)
    return edition if edition.lower().startswith(role.lower()) else f"{role} — {edition}"
