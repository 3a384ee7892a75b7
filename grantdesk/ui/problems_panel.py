"""Every problem of the report in one list; activating one jumps to its place.

Calm gaps (session.shows): required fields nobody has been in yet, and the plan's parts still
empty, are not listed one by one; the header says how many remain, and "Check the report"
lists them all.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from .session import EditSession
from .wording import check_text

PROBLEM = Qt.ItemDataRole.UserRole


class ProblemsPanel(QWidget):
    jump = Signal(object)  # the Problem
    collapsedChanged = Signal(bool)  # the list folded away (the header stays), or shown again

    def __init__(self, session: EditSession, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        self.header = QLabel()
        self.header.setWordWrap(True)
        # The plan is no report: its button says "document".
        is_plan = session.doc.role == "plan"
        self.check_button = QPushButton(self.tr("Check the document") if is_plan else self.tr("Check the report"))
        self.check_button.setToolTip(self.tr("List everything still empty, required fields included (Ctrl+Shift+K)"))
        self.check_button.clicked.connect(self.check_all)
        # At 1366×768 the editor needs the height: the list folds away to its one-line header.
        self.fold_button = QToolButton()
        self.fold_button.setAutoRaise(True)
        self.fold_button.clicked.connect(lambda: self.set_collapsed(not self.collapsed))
        top.addWidget(self.fold_button)
        top.addWidget(self.header, 1)
        top.addWidget(self.check_button)
        layout.addLayout(top)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.collapsed = False  # folded by the user
        self._empty = False  # nothing to list
        self._show_fold()
        self._texts: list[str] | None = None  # what the list shows, to skip rebuilding it unchanged
        self._shown: list = []
        self.refresh()

    def set_collapsed(self, collapsed: bool) -> None:
        if collapsed == self.collapsed:
            return
        self.collapsed = collapsed
        self.list.setVisible(not collapsed and not self._empty)
        self._show_fold()
        self.collapsedChanged.emit(collapsed or self._empty)

    def folded(self) -> bool:
        """Is the list out of sight (folded by the user, or nothing to list)?"""
        return self.collapsed or self._empty

    def _show_fold(self) -> None:
        self.fold_button.setArrowType(Qt.ArrowType.RightArrow if self.collapsed else Qt.ArrowType.DownArrow)
        self.fold_button.setToolTip(self.tr("Show the list of problems") if self.collapsed
                                    else self.tr("Hide the list: more room for the editor"))

    def check_all(self) -> None:
        """Show every problem, empty required fields included (also done by printing)."""
        self.session.reveal_all()
        self.refresh()

    def refresh(self) -> None:
        problems = self.session.visible_problems
        gaps = self.session.waiting
        waiting = len(gaps)
        empty_fields = sum(p.rule == "R1" for p in gaps)
        owed = sum(p.rule == "R14" for p in gaps)
        plan_parts = waiting - empty_fields - owed
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        # "No problems" only when nothing at all is found, owed places included
        # (progress.assess is clean); calm mode hides the gaps, never their count.
        if problems:
            header = (self.tr("Problems: %1 error(s), %2 warning(s). Click one to go to it.")
                      .replace("%1", str(errors)).replace("%2", str(warnings)))
        elif waiting:
            header = self.tr("Nothing contradicts itself so far.")
        else:
            header = self.tr("No problems found.")
        if empty_fields:
            header += " " + self.tr("Required fields still to fill: %1.").replace("%1", str(empty_fields))
        if owed:
            header += " " + self.tr("Places the report owes, still empty: %1.").replace("%1", str(owed))
        if plan_parts:
            header += " " + self.tr("Parts of the plan still empty: %1.").replace("%1", str(plan_parts))
        if header != self.header.text():
            self.header.setText(header)
        self.check_button.setVisible(bool(waiting))
        # Nothing to list: the header says so, and the empty list gives its room to the editor.
        empty = not problems
        if empty != self._empty:
            self._empty = empty
            self.list.setVisible(not (empty or self.collapsed))
            self.fold_button.setVisible(not empty)
            self.collapsedChanged.emit(self.collapsed or empty)
        doc = self.session.doc
        # A message starts with what is wrong; the rule's code (docs/checks.md) is in its tooltip.
        texts = [f"{'✖' if p.severity == 'error' else '⚠'} {check_text(p, doc, self.ui_lang)}"
                 for p in problems]
        if texts == self._texts:
            # The same list as shown (the usual case after a keystroke): keep the items, and
            # the selection and scroll position with them; only refresh what they carry.
            for i, p in enumerate(problems):
                if p != self._shown[i]:
                    self.list.item(i).setData(PROBLEM, p)
            self._shown = list(problems)
            return
        self.list.clear()
        for text, p in zip(texts, problems):
            item = QListWidgetItem(text)
            item.setData(PROBLEM, p)
            item.setToolTip(self.tr("Check %1 (docs/checks.md)").replace("%1", p.rule))
            item.setForeground(QBrush(QColor("#b00020" if p.severity == "error" else "#8a5a00")))
            self.list.addItem(item)
        self._texts, self._shown = texts, list(problems)

    def step(self, direction: int) -> None:
        """F8 / Shift+F8 (the list folded or not): the next or previous problem, selected and jumped to (wrapping round)."""
        count = self.list.count()
        if not count:
            return
        row = self.list.currentRow()
        row = (0 if direction > 0 else count - 1) if row < 0 else (row + direction) % count
        self.list.setCurrentRow(row)
        self._activated(self.list.item(row))

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump.emit(item.data(PROBLEM))
