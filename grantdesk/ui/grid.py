"""Table editors: rows you add, remove and reorder (stats, partners, indicators), and
tables with fixed rows (the socio-economic table).

Cells edit in place; a cell with a problem is tinted and carries the message as tooltip,
and the table's messages are listed under it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
    QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..document import Ref
from ..forms import TableDef
from .headers import FrozenFirstColumn, WrapHeader, fit_column, header_height, label_headers
from .in_view import center_cell
from .session import EditSession
from .understood_line import STYLES, UnderstoodWords, understand_at
from .wording import OFFICIAL_STYLE, check_text, printed_note, shown

ROW_ID = Qt.ItemDataRole.UserRole
UNDERSTOOD = Qt.ItemDataRole.UserRole + 1  # the cell's understood-as line, kept for its tooltip
ERROR_BG = QColor("#fde3e6")
WARNING_BG = QColor("#fff3d6")
PLAN_FG = QColor("#1f4e79")
CARRIED_FG = QColor("#2e6b30")
SUB_ROW_INDENT = "\u2003\u2003"  # two em spaces: a sub-row label indented under its parent's


def mark_carried(item: QTableWidgetItem, tip: str) -> None:
    """A cell taken from the interim report and not edited since: green, and saying so."""
    item.setForeground(QBrush(CARRIED_FG))
    item.setStatusTip(tip)
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)


def mark_from_plan(item: QTableWidgetItem, tip: str) -> None:
    """A cell holding the plan's value: not editable here, blue italic, and saying why."""
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    item.setForeground(QBrush(PLAN_FG))
    font = QFont(item.font())
    font.setItalic(True)
    item.setFont(font)
    item.setStatusTip(tip)
    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
SHORT_TYPES = frozenset({"count", "number", "money", "date", "datetext", "daterange", "indicator", "phone"})
FREEZE_FROM = 6  # tables this wide keep their first (row name) column in view


def _tint(item: QTableWidgetItem, problems, session: EditSession, ui_lang: str) -> None:
    if problems:
        error = any(p.severity == "error" for p in problems)
        item.setBackground(QBrush(ERROR_BG if error else WARNING_BG))
    else:
        item.setBackground(QBrush())
    lines = [item.data(UNDERSTOOD) or ""] + [check_text(p, session.doc, ui_lang) for p in problems]
    item.setToolTip("\n".join(line for line in lines if line))


class _LiveDelegate(QStyledItemDelegate):
    """Cell editors that report each keystroke, so the cell's status says how it is read."""

    def __init__(self, typed, parent=None):
        super().__init__(parent)
        self._typed = typed

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(lambda text, r=index.row(), c=index.column(): self._typed(r, c, text))
        return editor


class _TableBase(QWidget):
    def __init__(self, session: EditSession, table: TableDef, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.table = table
        self.ui_lang = ui_lang
        self._loading = False
        lang = session.doc.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        self.title = QLabel(f"<b>{html.escape(shown(table.label, ui_lang))}</b>")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        printed = printed_note(table.label, ui_lang, lang)
        self.printed = QLabel(printed)
        self.printed.setWordWrap(True)
        self.printed.setStyleSheet(OFFICIAL_STYLE)
        self.printed.setVisible(bool(printed))
        layout.addWidget(self.printed)
        if table.note:
            note = QLabel(shown(table.note, ui_lang))
            note.setWordWrap(True)
            note.setStyleSheet("color: #555; font-style: italic;")
            layout.addWidget(note)
        self.words = UnderstoodWords(self)
        self.grid = QTableWidget(self)
        self.grid.setHorizontalHeader(WrapHeader(self.grid))
        self.grid.setItemDelegate(_LiveDelegate(self._show_status, self.grid))
        self.grid.setWordWrap(True)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.itemChanged.connect(self._item_changed)
        if session.read_only:
            self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.grid)
        # The current cell's status: how its value was understood, as it is typed.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.grid.currentCellChanged.connect(lambda r, c, _r, _c: self._show_status(r, c))
        for keys, slot in (("Ctrl+Shift+Right", lambda: self._widen(+40)), ("Ctrl+Shift+Left", lambda: self._widen(-40)),
                           ("Ctrl+Shift+F", self.fit_current_column)):
            sc = QShortcut(QKeySequence(keys), self.grid)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(slot)
        self.frozen: FrozenFirstColumn | None = None
        self.messages = QLabel()
        self.messages.setWordWrap(True)
        self.messages.setVisible(False)
        self._messages_shown: tuple[str, str, bool] | None = None
        self._forget_cells()
        layout.addWidget(self.messages)
        self.toolbar = QHBoxLayout()
        layout.addLayout(self.toolbar)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or self.session.read_only:
            return
        ref = self.ref_at(item.row(), item.column())
        if ref is not None:
            carried = self.session.doc.is_carried(ref)
            self.session.set(ref, item.text())
            if carried and not self.session.doc.is_carried(ref):
                self._loading = True
                try:
                    item.setForeground(QBrush())  # the user's own now
                finally:
                    self._loading = False
            self._understand(item)
            self._show_status(item.row(), item.column())

    # ---- how cells are understood ---------------------------------------------------------

    def type_at(self, row: int, col: int) -> str | None:
        return None  # each editor knows its cells' value types

    def _understood(self, row: int, col: int, text: str) -> tuple[str, str]:
        kind = self.type_at(row, col)
        found = understand_at(self.session.doc, kind, text) if kind else None
        return self.words.line(found, self.ui_lang)

    def _understand(self, item: QTableWidgetItem) -> None:
        """Keep the cell's understood-as line in its tooltip (with its problems, if any)."""
        line, _ = self._understood(item.row(), item.column(), item.text())
        if line != (item.data(UNDERSTOOD) or ""):
            was = self._loading
            self._loading = True
            try:
                item.setData(UNDERSTOOD, line)
                problems = [p for p in self.session.visible_problems if p.ref == self.ref_at(item.row(), item.column())]
                _tint(item, problems, self.session, self.ui_lang)
            finally:
                self._loading = was

    def _show_status(self, row: int, col: int, typed: str | None = None) -> None:
        item = self.grid.item(row, col) if row >= 0 and col >= 0 else None
        if item is None or self.ref_at(row, col) is None:
            self.status.setVisible(False)
            return
        line, kind = self._understood(row, col, item.text() if typed is None else typed)
        heading = self.grid.horizontalHeaderItem(col)
        name = " ".join(heading.text().split()) if heading else ""
        opening, closing = ("“", "”") if self.ui_lang == "en" else ("«", "»")
        self.status.setText(f"{opening}{name}{closing}: {line}" if line and name else line)
        self.status.setStyleSheet(STYLES[kind])
        self.status.setVisible(bool(line))

    # ---- columns --------------------------------------------------------------------------

    def _widen(self, step: int) -> None:
        col = self.grid.currentColumn()
        if col >= 0:
            self.grid.setColumnWidth(col, max(40, self.grid.columnWidth(col) + step))
            self._fit_height()

    def fit_current_column(self) -> None:
        col = self.grid.currentColumn()
        if col >= 0:
            fit_column(self.grid, col)
            self._fit_height()

    def _headings(self, texts: list) -> None:
        """Headings in the app's language; the printed heading, when other, in the tooltip."""
        labels = [shown(t, self.ui_lang) if t is not None else "" for t in texts]
        notes = [printed_note(t, self.ui_lang, self.session.doc.lang) if t is not None else "" for t in texts]
        label_headers(self.grid, labels, notes)
        if len(labels) >= FREEZE_FROM and self.frozen is None:
            self.frozen = FrozenFirstColumn(self.grid)
            # wider than the page: the scrollbar is always there, so the rows are never hidden under it
            self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _fit_height(self) -> None:
        # Show every row: the page scrolls, not the table (one scrollbar is easier to use).
        self.grid.horizontalHeader().refit()
        self.grid.resizeRowsToContents()
        h = header_height(self.grid.horizontalHeader()) + 4
        h += sum(self.grid.rowHeight(r) for r in range(self.grid.rowCount()))
        if self.grid.horizontalScrollBar().isVisible() or self.frozen is not None:
            h += self.grid.horizontalScrollBar().sizeHint().height()
        self.grid.setMinimumHeight(min(max(h, 80), 2000))
        self.grid.setMaximumHeight(max(h, 80))
        if self.frozen is not None:
            self.frozen.sync()

    def ref_at(self, row: int, col: int) -> Ref | None:
        return None  # each editor maps its own cells to refs

    def _cell_refs(self) -> dict[Ref, tuple[int, int]]:
        """Where each editable cell's ref is in the grid; rebuilt after every reload."""
        if self._cells is None:
            self._cells = {}
            for r in range(self.grid.rowCount()):
                for c in range(self.grid.columnCount()):
                    ref = self.ref_at(r, c) if self.grid.item(r, c) is not None else None
                    if ref is not None:
                        self._cells[ref] = (r, c)
        return self._cells

    def _forget_cells(self) -> None:
        """The grid's items were made anew: no ref map, and no cell tinted."""
        self._cells = None
        self._tinted = {}

    def show_problems(self) -> None:
        # Only the cells with a problem now or before are touched: a big table is not
        # walked cell by cell after every keystroke.
        cells = self._cell_refs()
        found: dict[tuple[int, int], list] = {}
        for p in self.session.visible_problems:
            at = cells.get(p.ref)
            if at is not None:
                found.setdefault(at, []).append(p)
        mine = []
        self._loading = True
        try:
            for at in sorted(found.keys() | self._tinted.keys()):
                problems = found.get(at, [])
                mine.extend(problems)
                tint = tuple((p.severity, check_text(p, self.session.doc, self.ui_lang)) for p in problems)
                if self._tinted.get(at, ()) == tint:
                    continue
                item = self.grid.item(*at)
                if item is not None:
                    _tint(item, problems, self.session, self.ui_lang)
                if tint:
                    self._tinted[at] = tint
                else:
                    self._tinted.pop(at, None)
        finally:
            self._loading = False
        mine.extend(p for p in self.session.visible_problems if p.ref.kind in ("table", "row") and p.ref.table == self.table.path
                    and self._owns_row_ref(p.ref))
        shown = (
            "\n".join(f"• {check_text(p, self.session.doc, self.ui_lang)}" for p in mine),
            "color: #b00020;" if any(p.severity == "error" for p in mine) else "color: #8a5a00;",
            bool(mine),
        )
        if shown != self._messages_shown:
            self._messages_shown = shown
            self.messages.setText(shown[0])
            self.messages.setStyleSheet(shown[1])
            self.messages.setVisible(shown[2])

    def _owns_row_ref(self, ref: Ref) -> bool:
        return True

    def focus_ref(self, ref: Ref) -> bool:
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                here = self.ref_at(r, c)
                if here is not None and (here == ref or (ref.kind == "row" and here.row == ref.row)):
                    self.grid.setCurrentCell(r, c)
                    self.grid.setFocus()
                    center_cell(self.grid, self.grid.item(r, c))
                    return True
        return False


class GridEditor(_TableBase):
    """A table of rows: add, remove, move up and down; rows belong to a parent row or the root."""

    rowsChanged = Signal()

    def __init__(self, session: EditSession, table: TableDef, ui_lang: str, parent_id: str | None = None, parent=None):
        super().__init__(session, table, ui_lang, parent)
        self.parent_id = parent_id
        lang = session.doc.lang
        self.grid.setColumnCount(len(table.columns))
        self.grid.horizontalHeader().setDefaultSectionSize(150)
        # Columns are sized from their content (size_columns): the last one does not take the rest.
        self.grid.horizontalHeader().setStretchLastSection(False)
        self._sized_for = -1
        self._viewport = self.grid.viewport()  # held: `is` below needs the one wrapper
        self._viewport.installEventFilter(self)
        self.grid.installEventFilter(self)
        self._headings([c.label for c in table.columns])
        self.add_button = QPushButton(self.tr("Add row"))
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.add_button.setToolTip(self.tr("Add a row after the current one (Ctrl+Enter)"))
        self.remove_button.setToolTip(self.tr("Remove the current row (Ctrl+Delete)"))
        self.up_button.setToolTip(self.tr("Move the current row up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the current row down (Alt+Down)"))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            self.toolbar.addWidget(b)
            b.setEnabled(not session.read_only)
        self.toolbar.addStretch(1)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(+1))
        for keys, slot in (("Ctrl+Return", self.add_row), ("Ctrl+Del", self.remove_row),
                           ("Alt+Up", lambda: self.move_row(-1)), ("Alt+Down", lambda: self.move_row(+1))):
            sc = QShortcut(QKeySequence(keys), self.grid)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        self.reload()

    def set_parent_row(self, parent_id: str | None) -> None:
        self.parent_id = parent_id
        self.reload()

    def rows(self):
        if "." in self.table.path and self.parent_id is None:
            return []
        return self.session.doc.siblings(self.table.path, self.parent_id)

    def reload(self) -> None:
        rows = self.rows()
        self._forget_cells()
        self._loading = True
        try:
            self.grid.setRowCount(len(rows))
            tip = self.tr("From the plan (Annex 3): change it in the plan.")
            for r, row in enumerate(rows):
                for c, col in enumerate(self.table.columns):
                    item = QTableWidgetItem(row.get(col.id))
                    item.setData(ROW_ID, row.id)
                    if row.plan_value(col.id) is not None:
                        mark_from_plan(item, tip)
                    elif self.session.doc.is_carried(Ref.cell(self.table.path, row.id, col.id)):
                        mark_carried(item, self.tr("Carried from the interim report; yours once you edit it."))
                    item.setData(UNDERSTOOD, self._understood(r, c, item.text())[0])
                    item.setToolTip(item.data(UNDERSTOOD))
                    self.grid.setItem(r, c, item)
        finally:
            self._loading = False
        enabled = not self.session.read_only and ("." not in self.table.path or self.parent_id is not None)
        # Rows that follow the plan are added, removed and moved in the plan; a row the plan
        # no longer has can still be removed here.
        locked = self.session.plan_locked(self.table.path)
        self.add_button.setEnabled(enabled and not locked)
        self.remove_button.setEnabled(enabled and bool(rows) and (not locked or any(r.not_in_plan for r in rows)))
        for b in (self.up_button, self.down_button):
            b.setEnabled(enabled and bool(rows) and not locked)
        self.size_columns()
        self._fit_height()
        self.show_problems()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and (watched is self._viewport or watched is self.grid):
            # the viewport settles after the table's own resize (its headers' room): look again then
            QTimer.singleShot(0, self._follow_width)
        return super().eventFilter(watched, event)

    def _follow_width(self) -> None:
        if self._viewport.width() != self._sized_for:
            self.size_columns()
            self._fit_height()

    def size_columns(self) -> None:
        """Widths from content: a short value (a count, a date, a planned figure) gets what
        its heading's longest word and its values need; the row's name column at least its
        names (up to a point); the wordy columns share the rest by how much they hold."""
        header = self.grid.horizontalHeader()
        fm = self.grid.fontMetrics()
        available = self.grid.viewport().width()
        if available < 200:
            return
        self._sized_for = available
        texts = [[self.grid.item(r, c).text() if self.grid.item(r, c) else "" for r in range(self.grid.rowCount())]
                 for c in range(self.grid.columnCount())]
        fixed, wordy = {}, {}
        name = next((i for i, col in enumerate(self.table.columns) if col.id == self.table.title_column), 0)
        for c, col in enumerate(self.table.columns):
            least = header.word_width(c) if isinstance(header, WrapHeader) else 60
            longest = max((fm.horizontalAdvance(t) for t in texts[c] for t in t.splitlines()), default=0) + 16
            if col.type in SHORT_TYPES:
                fixed[c] = max(least, min(longest, 150), 70)  # a longer value wraps in its cell
            elif c == name:  # the row's name: read whole before the others share the rest
                low = max(least, min(longest, 280), 160)
                wordy[c] = (low, max(low, min(longest, 360)))
            else:
                wordy[c] = (max(least, 120), max(min(longest, 360), 160))
        rest = available - sum(fixed.values())
        for c, width in fixed.items():
            self.grid.setColumnWidth(c, width)
        if not wordy:
            return
        lows, wants = sum(lo for lo, _ in wordy.values()), sum(w for _, w in wordy.values())
        for c, (low, want) in wordy.items():
            if rest >= wants:  # room for all: each its want, the leftover shared alike
                width = want + (rest - wants) * want // wants
            else:  # each its least, what is left by how much more it would like
                width = low + max(0, rest - lows) * (want - low) // max(1, wants - lows)
            self.grid.setColumnWidth(c, width)

    def ref_at(self, row: int, col: int) -> Ref | None:
        item = self.grid.item(row, col)
        if item is None:
            return None
        return Ref.cell(self.table.path, item.data(ROW_ID), self.table.columns[col].id)

    def _owns_row_ref(self, ref: Ref) -> bool:
        return ref.kind == "table" or any(r.id == ref.row for r in self.rows())

    def type_at(self, row: int, col: int) -> str | None:
        return self.table.columns[col].type if 0 <= col < len(self.table.columns) else None

    def current_row_id(self) -> str | None:
        item = self.grid.item(self.grid.currentRow(), 0)
        return item.data(ROW_ID) if item else None

    def add_row(self) -> None:
        if self.session.read_only or ("." in self.table.path and self.parent_id is None):
            return
        if self.session.plan_locked(self.table.path):
            return
        rows = self.rows()
        current = self.grid.currentRow()
        index = current + 1 if 0 <= current < len(rows) else None
        self.session.doc.add_row(self.table.path, self.parent_id, index=index)
        self.reload()
        new_index = index if index is not None else len(self.rows()) - 1
        self.grid.setCurrentCell(new_index, 0)
        self.grid.setFocus()
        self.rowsChanged.emit()

    def remove_row(self) -> None:
        row_id = self.current_row_id()
        if self.session.read_only or row_id is None:
            return
        row = self.session.doc.row(row_id)
        if self.session.plan_locked(self.table.path) and not row.not_in_plan:
            return
        if any(v.strip() for v in row.cells.values()):
            answer = QMessageBox.question(
                self, self.tr("Remove row"),
                self.tr("This row has text in it. Remove it?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        current = self.grid.currentRow()
        self.session.doc.remove_row(row_id)
        self.reload()
        if self.grid.rowCount():
            self.grid.setCurrentCell(min(current, self.grid.rowCount() - 1), 0)
        self.rowsChanged.emit()

    def move_row(self, step: int) -> None:
        row_id = self.current_row_id()
        if self.session.read_only or row_id is None or self.session.plan_locked(self.table.path):
            return
        current, col = self.grid.currentRow(), max(0, self.grid.currentColumn())
        target = max(0, min(current + step, self.grid.rowCount() - 1))
        if target == current:
            return
        self.session.doc.move_row(row_id, target)
        self.reload()
        self.grid.setCurrentCell(target, col)
        self.rowsChanged.emit()


class FixedGridEditor(_TableBase):
    """A table whose rows are the form's own (e.g. the 9 socio-economic indicators)."""

    FIXED_COLUMNS = 2  # indicator label, unit

    def __init__(self, session: EditSession, table: TableDef, ui_lang: str, parent=None):
        super().__init__(session, table, ui_lang, parent)
        lang = session.doc.lang
        header = [table.header.get(k) for k in ("label", "unit")]
        self.grid.setColumnCount(self.FIXED_COLUMNS + len(table.columns))
        self.grid.setRowCount(len(table.fixed_rows))
        # The form's numbers: a sub-row («оның ішінде») stands under its parent's, unnumbered.
        numbers = table.fixed_numbers()
        self.grid.setVerticalHeaderLabels([f"{numbers[r.key]}." if numbers[r.key] else "" for r in table.fixed_rows])
        self.grid.setColumnWidth(0, 330)
        self.grid.setColumnWidth(1, 110)
        for c in range(len(table.columns)):
            self.grid.setColumnWidth(self.FIXED_COLUMNS + c, 150)
        self._headings(header + [c.label for c in table.columns])
        self.reload()

    def reload(self) -> None:
        lang, ui_lang = self.session.doc.lang, self.ui_lang
        self._forget_cells()
        self._loading = True
        try:
            for r, fixed in enumerate(self.table.fixed_rows):
                label = shown(fixed.label, ui_lang)
                label = label if fixed.parent is None else SUB_ROW_INDENT + label
                for c, (text, note) in enumerate(((label, printed_note(fixed.label, ui_lang, lang)),
                                                  (shown(fixed.unit, ui_lang), ""))):
                    item = QTableWidgetItem(text)
                    item.setToolTip(note)
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.grid.setItem(r, c, item)
                for c, col in enumerate(self.table.columns):
                    item = QTableWidgetItem(self.session.doc.fixed(self.table.id, fixed.key, col.id))
                    ref = Ref.fixed(self.table.id, fixed.key, col.id)
                    if self.session.doc.from_plan(ref):
                        mark_from_plan(item, self.tr("From the plan (Annex 3): change it in the plan."))
                    elif self.session.doc.is_carried(ref):
                        mark_carried(item, self.tr("Carried from the interim report; yours once you edit it."))
                    item.setData(UNDERSTOOD, self._understood(r, self.FIXED_COLUMNS + c, item.text())[0])
                    item.setToolTip(item.data(UNDERSTOOD))
                    self.grid.setItem(r, self.FIXED_COLUMNS + c, item)
        finally:
            self._loading = False
        self._fit_height()
        self.show_problems()

    def type_at(self, row: int, col: int) -> str | None:
        if col < self.FIXED_COLUMNS or row >= len(self.table.fixed_rows):
            return None
        return self.table.cell_type(self.table.fixed_rows[row].key, self.table.columns[col - self.FIXED_COLUMNS].id)

    def ref_at(self, row: int, col: int) -> Ref | None:
        if col < self.FIXED_COLUMNS or row >= len(self.table.fixed_rows):
            return None
        return Ref.fixed(self.table.id, self.table.fixed_rows[row].key, self.table.columns[col - self.FIXED_COLUMNS].id)
