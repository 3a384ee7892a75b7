"""Nested tables (tasks → activities → indicators): a tree of the upper levels beside a
detail pane for the selected row; the deepest level is a grid inside its parent's pane.

Generic over definitions: the levels come from the TableDef's children.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QSplitter,
    QStackedWidget,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from ..checks.due import not_yet_due
from ..document import Ref, Row
from ..forms import TableDef
from .editors import FieldEditor
from .grid import GridEditor
from .session import EditSession
from . import pseudo
from .wording import printed_note, shown

ROW_ID = Qt.ItemDataRole.UserRole


def _tree_levels(table: TableDef) -> list[TableDef]:
    """The levels shown in the tree: every level that has child tables."""
    levels = [table]
    while levels[-1].children and levels[-1].children[0].children:
        levels.append(levels[-1].children[0])
    return levels


class _DetailPane(QWidget):
    """The editors for one level's row: its columns, plus the grid of its leaf child table."""

    def __init__(self, session: EditSession, table: TableDef, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.row_id: str | None = None
        lang = session.doc.lang
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 12pt; font-weight: bold;")
        layout.addWidget(self.heading)
        self.editors: dict[str, FieldEditor] = {}
        for col in table.columns:
            ed = FieldEditor(session, ui_lang, col.type, shown(col.label, ui_lang), parent=self,
                             printed=printed_note(col.label, ui_lang, lang))
            self.editors[col.id] = ed
            layout.addWidget(ed)
        self.leaf: GridEditor | None = None
        leaf = [c for c in table.children if not c.children]
        if leaf:
            self.leaf = GridEditor(session, leaf[0], ui_lang, parent=self)
            layout.addWidget(self.leaf)
        layout.addStretch(1)

    def bind(self, row: Row | None, heading: str) -> None:
        self.row_id = row.id if row else None
        self.heading.setText(heading)
        for col_id, ed in self.editors.items():
            ref = Ref.cell(self.table.path, row.id, col_id) if row else None
            # A standard block's title is the form's own wording: shown, not edited.
            standard_title = row is not None and row.kind is not None and col_id == self.table.title_column
            ed.setVisible(not standard_title)
            ed.rebind(None if standard_title else ref)
        if self.leaf is not None:
            self.leaf.set_parent_row(row.id if row else None)

    def show_problems(self) -> None:
        for ed in self.editors.values():
            ed.show_problems()
        if self.leaf is not None:
            self.leaf.show_problems()


class TreeEditor(QWidget):
    def __init__(self, session: EditSession, table: TableDef, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.ui_lang = ui_lang
        self.levels = _tree_levels(table)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._later: frozenset[str] = frozenset()  # activities an interim report does not owe yet
        lang = session.doc.lang

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.currentItemChanged.connect(self._selected)

        self.add_buttons: list[QPushButton] = []
        buttons = QVBoxLayout()
        for depth, level in enumerate(self.levels):
            # A row's name is a word of the button, so it follows the app's language
            # (the definition's row_label in it), never the report's: no «Добавить: міндет».
            label = shown(level.row_label, ui_lang).replace("{n}", "").strip(" -.") if level.row_label else shown(level.label, ui_lang)
            keys = f"Ctrl+{depth + 1}"  # Ctrl+1 a task, Ctrl+2 an activity, …
            b = QPushButton(self.tr("Add: %1").replace("%1", label))
            b.setToolTip(self.tr("Add: %1").replace("%1", label) + f" ({keys})")
            b.clicked.connect(lambda _=False, lv=level: self.add_row(lv))
            b.setEnabled(not session.read_only)
            self.add_buttons.append(b)
            buttons.addWidget(b)
            sc = QShortcut(QKeySequence(keys), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda lv=level, btn=b: btn.isEnabled() and self.add_row(lv))
        row_buttons = QHBoxLayout()
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button.setToolTip(self.tr("Remove the selected row and everything in it (Ctrl+Delete)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        for b in (self.remove_button, self.up_button, self.down_button):
            row_buttons.addWidget(b)
            b.setEnabled(not session.read_only)
        buttons.addLayout(row_buttons)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        for keys, slot in (("Ctrl+Del", self.remove_current), ("Alt+Up", lambda: self.move_current(-1)),
                           ("Alt+Down", lambda: self.move_current(+1))):
            sc = QShortcut(QKeySequence(keys), self.tree)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        self.panes: list[_DetailPane] = []
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select a row on the left, or add one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        for level in self.levels:
            pane = _DetailPane(session, level, ui_lang)
            self.panes.append(pane)
            self.stack.addWidget(pane)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([330, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if session.plan_locked(table.path):
            from_plan = QLabel(self.tr("The tasks, activities, indicators and planned values come from the plan "
                                       "(Annex 3) and are shown in blue; change them in the plan. Here you add "
                                       "what was done."))
            from_plan.setWordWrap(True)
            from_plan.setStyleSheet("color: #1f4e79;")
            from_plan.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout.addWidget(from_plan)
        layout.addWidget(splitter, 1)  # the height is the editor's, not the note's above it
        session.changed.connect(self._doc_changed)
        self.reload()

    # ---- tree ---------------------------------------------------------------------------

    def _item_text(self, row: Row, level: TableDef) -> str:
        doc = self.session.doc
        n = doc.numbering(level.path, row)
        title = doc.row_title(row, self.ui_lang).strip().replace("\n", " ")
        if len(title) > 90:
            title = title[:88] + "…"
        mark = "⚠ " if row.not_in_plan else ""  # no longer in the plan (R12 says so too)
        # An interim report's activity planned after its period (checks.due): owed later.
        later = (" — " + self.tr("not yet due")) if row.id in self._later else ""
        if n is None:
            return mark + title + later
        prefix = pseudo.shown(level.row_name(n, self.ui_lang)) if level.row_label else str(n)
        return mark + (f"{prefix}. {title}" if title else prefix) + later

    def _mark_due(self) -> None:
        """Re-mark the activities not yet due (the reporting period may have changed)."""
        later = not_yet_due(self.session.doc)
        if later == self._later:
            return
        changed, self._later = later ^ self._later, later
        for row_id in changed:
            item = self._items.get(row_id)
            if item is None:
                continue
            level = self.levels[self._depth(row_id)]
            item.setText(0, self._item_text(self.session.doc.row(row_id), level))
            self._style_due(item, row_id)

    def _style_due(self, item: QTreeWidgetItem, row_id: str) -> None:
        if row_id in self._later:
            item.setForeground(0, QBrush(QColor("#777777")))
            item.setToolTip(0, self.tr("Planned after the end of this report's period: "
                                       "this report does not owe it yet."))
        else:
            item.setForeground(0, QBrush())
            item.setToolTip(0, "")

    def reload(self, select: str | None = None) -> None:
        select = select or self.current_row_id()
        self._later = not_yet_due(self.session.doc)
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}

        def fill(parent_item, rows: list[Row], depth: int):
            level = self.levels[depth]
            for row in rows:
                item = QTreeWidgetItem([self._item_text(row, level)])
                item.setData(0, ROW_ID, row.id)
                if row.id in self._later:
                    self._style_due(item, row.id)
                if parent_item is None:
                    self.tree.addTopLevelItem(item)
                else:
                    parent_item.addChild(item)
                items[row.id] = item
                if depth + 1 < len(self.levels):
                    fill(item, row.children.get(self.levels[depth + 1].id, []), depth + 1)

        fill(None, self.session.doc.rows[self.table.id], 0)
        self._items = items
        self.tree.expandAll()
        self.tree.blockSignals(False)
        target = items.get(select) if select else None
        if target is None and self.tree.topLevelItemCount():
            target = self.tree.topLevelItem(0)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._selected(self.tree.currentItem(), None)

    def current_row_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ROW_ID) if item else None

    def _depth(self, row_id: str) -> int:
        return self.session.doc.table_of(row_id).count(".")

    def _selected(self, item, _previous) -> None:
        row_id = item.data(0, ROW_ID) if item else None
        if row_id is None or not self.session.doc.has_row(row_id):
            self.stack.setCurrentWidget(self.empty)
            for b in (self.remove_button, self.up_button, self.down_button):
                b.setEnabled(False)
            return
        depth = self._depth(row_id)
        pane = self.panes[depth]
        pane.bind(self.session.doc.row(row_id), item.text(0))
        self.stack.setCurrentWidget(pane)
        row = self.session.doc.row(row_id)
        locked = self.session.plan_locked(self.levels[depth].path)
        self.remove_button.setEnabled(not self.session.read_only and (not locked or row.not_in_plan))
        for b in (self.up_button, self.down_button):
            b.setEnabled(not self.session.read_only and not locked)
        # Children can be added under the selected row or its ancestors (in the plan, for
        # rows that come from it).
        for i, b in enumerate(self.add_buttons):
            b.setEnabled(not self.session.read_only and i <= depth + 1
                         and not self.session.plan_locked(self.levels[i].path))
        self.session.remember("focus_row", row_id)

    def _doc_changed(self, change) -> None:
        # Keep the tree's labels in step with titles typed in the detail pane.
        ref = getattr(change, "ref", None)
        if ref is not None and ref.kind == "cell" and self.session.doc.has_row(ref.row):
            level_path = self.session.doc.table_of(ref.row)
            level = next((lv for lv in self.levels if lv.path == level_path), None)
            if level is not None and ref.column == level.title_column:
                item = self._find_item(ref.row)
                if item is not None:
                    item.setText(0, self._item_text(self.session.doc.row(ref.row), level))

    def _find_item(self, row_id: str) -> QTreeWidgetItem | None:
        # The items by row id, as the last reload made them (typing a title looks one up per key).
        item = self._items.get(row_id)
        if item is not None and item.data(0, ROW_ID) == row_id:
            return item
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, ROW_ID) == row_id:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    # ---- editing ------------------------------------------------------------------------

    def add_row(self, level: TableDef) -> None:
        if self.session.read_only or self.session.plan_locked(level.path):
            return
        doc = self.session.doc
        depth = self.levels.index(level)
        current = self.current_row_id()
        parent_id = None
        index = None
        if depth > 0:
            # The parent is the selected row at depth-1, or the selected row's ancestor there.
            rid = current
            while rid is not None and self._depth(rid) > depth - 1:
                parent = doc.parent_of(rid)
                rid = parent.id if parent else None
            if rid is None or self._depth(rid) != depth - 1:
                return
            parent_id = rid
        # Insert after the selected row of the same level, else at the end.
        if current is not None and self._depth(current) == depth:
            siblings = doc.siblings(level.path, parent_id)
            index = [r.id for r in siblings].index(current) + 1
            if doc.row(current).kind is not None:
                index = None
        row = doc.add_row(level.path, parent_id, index=index)
        self.reload(select=row.id)
        pane = self.panes[depth]
        first = next(iter(pane.editors.values()), None)
        if first is not None:
            first.focus_editor()

    def remove_current(self) -> None:
        row_id = self.current_row_id()
        if self.session.read_only or row_id is None:
            return
        doc = self.session.doc
        row = doc.row(row_id)
        if self.session.plan_locked(doc.table_of(row_id)) and not row.not_in_plan:
            return
        title = self.tree.currentItem().text(0)
        answer = QMessageBox.question(
            self, self.tr("Remove"),
            self.tr("Remove “%1” and everything in it?").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        parent = doc.parent_of(row_id)
        siblings = doc.siblings(doc.table_of(row_id), parent.id if parent else None)
        index = siblings.index(row)
        doc.remove_row(row_id)
        if siblings:
            select = siblings[min(index, len(siblings) - 1)].id
        else:
            select = parent.id if parent else None
        self.reload(select=select)

    def move_current(self, step: int) -> None:
        row_id = self.current_row_id()
        if self.session.read_only or row_id is None or self.session.plan_locked(self.session.doc.table_of(row_id)):
            return
        doc = self.session.doc
        parent = doc.parent_of(row_id)
        siblings = doc.siblings(doc.table_of(row_id), parent.id if parent else None)
        index = siblings.index(doc.row(row_id))
        doc.move_row(row_id, index + step)
        self.reload(select=row_id)

    # ---- problems and jumps -------------------------------------------------------------

    def show_problems(self) -> None:
        self._mark_due()
        for pane in self.panes:
            if pane.row_id is not None:
                pane.show_problems()

    def focus_ref(self, ref: Ref) -> bool:
        doc = self.session.doc
        if ref.kind not in ("cell", "row") or not doc.has_row(ref.row):
            return False
        # Select the deepest tree row holding the ref: the row itself, or its parent for leaf rows.
        target = ref.row
        while self._depth(target) >= len(self.levels):
            target = doc.parent_of(target).id
        item = self._find_item(target)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        pane = self.panes[self._depth(target)]
        if target == ref.row:
            ed = pane.editors.get(ref.column)
            if ed is not None and ed.isVisible():
                ed.focus_editor()
            return True
        return pane.leaf.focus_ref(ref) if pane.leaf else False
