"""The report wizard: sections in a sidebar with their state, one page at a time,
Back/Next, the list of problems, and where the user was remembered in the file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSplitter, QStackedWidget,
    QVBoxLayout, QWidget,
)

from ..document import Ref
from ..progress import EMPTY, HAS_ERRORS
from . import pseudo
from .documents import STATE_MARK, document_title, state_name
from .problems_panel import ProblemsPanel
from .section_page import SectionPage
from .session import EditSession


class ReportWizard(QWidget):
    sectionChanged = Signal(str)
    documentsRequested = Signal()

    def __init__(self, session: EditSession, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        self.form = session.doc.form
        self.pages: dict[str, SectionPage] = {}

        self.sidebar = QListWidget()
        self._sidebar_shown: dict[int, tuple[str, str, str]] = {}  # row -> (text, tooltip, state) shown
        self.sidebar.setMinimumWidth(210)
        self.sidebar.setMaximumWidth(300)
        self.sidebar.setWordWrap(True)
        for section in self.form.sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._show_index)
        # Which document this is, always in view, and the way back to the others.
        self.document_label = QLabel(f"<b>{document_title(session.doc, ui_lang)}</b>")
        self.document_label.setWordWrap(True)
        self.documents_button = QPushButton(self.tr("← Documents"))
        self.documents_button.setToolTip(self.tr("Every document of the project (Ctrl+D)"))
        self.documents_button.clicked.connect(self.documentsRequested)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.documents_button)
        side_layout.addWidget(self.document_label)
        side_layout.addWidget(self.sidebar, 1)
        side.setMinimumWidth(210)
        side.setMaximumWidth(300)

        self.stack = QStackedWidget()
        self.placeholders: list[QWidget] = []
        for _ in self.form.sections:
            placeholder = QWidget()
            self.placeholders.append(placeholder)
            self.stack.addWidget(placeholder)

        self.back_button = QPushButton(self.tr("← Back"))
        self.next_button = QPushButton(self.tr("Next →"))
        self.back_button.setToolTip(self.tr("Previous section (Ctrl+PgUp)"))
        self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown)"))
        self.back_button.clicked.connect(lambda: self.go(-1))
        self.next_button.clicked.connect(lambda: self.go(+1))
        QShortcut(QKeySequence("Ctrl+PgUp"), self, activated=lambda: self.go(-1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, activated=lambda: self.go(+1))
        self.save_label = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.save_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next_button)

        self.problems = ProblemsPanel(session, ui_lang)
        self.problems.jump.connect(self.jump_to_problem)
        QShortcut(QKeySequence("F8"), self, activated=lambda: self.problems.step(+1))
        QShortcut(QKeySequence("Shift+F8"), self, activated=lambda: self.problems.step(-1))
        QShortcut(QKeySequence("Ctrl+Shift+K"), self, activated=self.problems.check_all)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(4, 0, 4, 0)
        center_layout.addWidget(self.stack, 1)
        center_layout.addLayout(nav)

        vsplit = QSplitter(Qt.Orientation.Vertical)
        vsplit.addWidget(center)
        vsplit.addWidget(self.problems)
        vsplit.setStretchFactor(0, 4)
        vsplit.setStretchFactor(1, 1)
        vsplit.setCollapsible(0, False)
        vsplit.setSizes([560, 100])
        self.vsplit = vsplit
        self._problems_height = 100
        self.problems.collapsedChanged.connect(self._fold_problems)
        if self.problems.folded():
            self._fold_problems(True)

        hsplit = QSplitter(Qt.Orientation.Horizontal)
        hsplit.addWidget(side)
        hsplit.addWidget(vsplit)
        hsplit.setStretchFactor(1, 1)
        hsplit.setSizes([240, 1100])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hsplit)

        session.problemsChanged.connect(self._problems_changed)
        session.saveStateChanged.connect(self._save_state)
        self._refresh_sidebar()
        self._save_state("read_only" if session.read_only else "saved")

        # Reopen where the user was (ODK's savepoint).
        last = session.recall("section", self.form.sections[0].id)
        ids = [s.id for s in self.form.sections]
        self.sidebar.setCurrentRow(ids.index(last) if last in ids else 0)
        focus = session.recall("focus")
        if focus:
            try:
                ref = Ref(**json.loads(focus))
            except (ValueError, TypeError):
                ref = None  # an old or odd savepoint is not worth an error
            section = self.form.section_of(ref.root) if ref else None
            if section is not None and section.id == self.current_section():
                self.focus_ref(ref)

    # ---- pages --------------------------------------------------------------------------

    def page(self, index: int) -> SectionPage:
        section = self.form.sections[index]
        page = self.pages.get(section.id)
        if page is None:  # built on first visit: opening a big report stays quick
            page = SectionPage(self.session, section, self.ui_lang)
            self.pages[section.id] = page
            placeholder = self.placeholders[index]
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        return page

    def _show_index(self, index: int) -> None:
        if index < 0:
            return
        page = self.page(index)
        self.stack.setCurrentWidget(page)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.form.sections) - 1)
        section_id = self.form.sections[index].id
        self.session.remember("section", section_id)
        self.sectionChanged.emit(section_id)
        first = page.first_editor()
        if first is not None:
            first.focus_editor()

    def current_section(self) -> str:
        return self.form.sections[self.sidebar.currentRow()].id

    def show_section(self, section_id: str) -> SectionPage:
        ids = [s.id for s in self.form.sections]
        self.sidebar.setCurrentRow(ids.index(section_id))
        return self.pages[section_id]

    def go(self, step: int) -> None:
        row = self.sidebar.currentRow() + step
        if 0 <= row < self.sidebar.count():
            self.sidebar.setCurrentRow(row)

    # ---- state --------------------------------------------------------------------------

    def _refresh_sidebar(self) -> None:
        for i, section in enumerate(self.form.sections):
            state = self.session.states.get(section.id, EMPTY)
            # Page names are the app's navigation, not the printed form: the app's language
            # where the definition has it (kk, ru, en), so one screen speaks one language.
            shown = (f"{STATE_MARK[state]}  {pseudo.shown(section.title(self.ui_lang))}", state_name(state), state)
            if self._sidebar_shown.get(i) == shown:
                continue  # a check after a keystroke rarely changes a section's state
            self._sidebar_shown[i] = shown
            item = self.sidebar.item(i)
            item.setText(shown[0])
            item.setToolTip(shown[1])
            item.setData(Qt.ItemDataRole.UserRole + 1, state)
            item.setForeground(Qt.GlobalColor.darkRed if state == HAS_ERRORS else Qt.GlobalColor.black)

    def section_state(self, section_id: str) -> str:
        return self.session.states.get(section_id, EMPTY)

    def _problems_changed(self) -> None:
        self._refresh_sidebar()
        self.problems.refresh()
        for page in self.pages.values():
            page.show_problems()

    def _save_state(self, state: str) -> None:
        texts = {
            "saved": self.tr("All changes saved"),
            "pending": self.tr("Saving…"),
            "failed": self.tr("Not saved yet: cannot write the file; retrying. Your text is kept."),
            "read_only": self.tr("Read-only: changes are not saved"),
            "gone": self.tr("Not saved: the project file is gone (deleted, moved or the USB stick removed). "
                            "Your text is kept: File → Save a copy as… saves it."),
        }
        self.save_label.setText(texts[state])
        self.save_label.setStyleSheet("color: #b00020; font-weight: bold;" if state in ("failed", "gone", "read_only") else "color: #2e7d32;")

    def _fold_problems(self, collapsed: bool) -> None:
        """The folded list gives its height to the editor; unfolded, it takes it back."""
        total = sum(self.vsplit.sizes())
        if collapsed:
            self._problems_height = max(self.vsplit.sizes()[1], 60)
            low = self.problems.sizeHint().height()
            self.problems.setMaximumHeight(low)
            self.vsplit.setSizes([total - low, low])
        else:
            self.problems.setMaximumHeight(16777215)
            self.vsplit.setSizes([total - self._problems_height, self._problems_height])

    # ---- jumps --------------------------------------------------------------------------

    def jump_to_problem(self, problem) -> None:
        # The cursor leaves the list for the field; the list keeps its place for the next F8.
        self.focus_ref(problem.ref)

    def focus_ref(self, ref: Ref) -> bool:
        section = self.form.section_of(ref.root)
        if section is None:
            return False
        page = self.show_section(section.id)
        done = page.focus_ref(ref)
        self.session.remember("focus", json.dumps(ref.__dict__))
        return done
