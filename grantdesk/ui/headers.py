"""Table headings that are read whole: wrapped at words onto as many lines as they need,
never cut; the full heading on hover and as the accessible name; columns that never get
narrower than their longest heading word; and a first column that stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QTableWidget

PAD = 8  # room left and right of a heading's text
VPAD = 5  # above and below it
WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
MAX_FIT = 420  # fitting a column to long cell text stops here; the cell wraps instead


def header_height(header: QHeaderView) -> int:
    """The height the header is about to have (its geometry follows at the next layout)."""
    return 0 if header.isHidden() else max(header.height(), header.minimumHeight(), header.sizeHint().height())


class WrapHeader(QHeaderView):
    """A horizontal header whose sections wrap their text and grow the header's height."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(WRAP)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setMinimumSectionSize(40)
        self.setHighlightSections(False)
        self._fixing = False
        self.sectionResized.connect(self._resized)

    def text(self, section: int) -> str:
        model = self.model()
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) if model else None
        return "" if value is None else str(value)

    def word_width(self, section: int) -> int:
        """The narrowest the section may be: its longest word, so no word is ever cut."""
        fm = self.fontMetrics()
        words = self.text(section).split()
        return max((fm.horizontalAdvance(w) for w in words), default=0) + 2 * PAD + 2

    def text_height(self, section: int, width: int | None = None) -> int:
        width = (self.sectionSize(section) if width is None else width) - 2 * PAD
        rect = self.fontMetrics().boundingRect(QRect(0, 0, max(width, 10), 100000), WRAP, self.text(section))
        return rect.height() + 2 * VPAD

    def sectionSizeFromContents(self, section: int) -> QSize:
        size = super().sectionSizeFromContents(section)
        return QSize(max(size.width(), self.word_width(section)), max(size.height(), self.text_height(section)))

    def paintSection(self, painter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        opt.rect = rect
        opt.section = section
        opt.text = ""  # the style would elide it; it is drawn wrapped below
        self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
        painter.save()
        painter.setClipRect(rect)
        painter.drawText(rect.adjusted(PAD, VPAD, -PAD, -VPAD), WRAP, self.text(section))
        painter.restore()

    def refit(self) -> None:
        """Widen any section narrower than its longest word, then grow the header to the
        tallest wrapped heading (the view sizes its header from minimumHeight)."""
        self._fixing = True
        try:
            for s in range(self.count()):
                if not self.isSectionHidden(s) and self.sectionSize(s) < self.word_width(s):
                    self.resizeSection(s, self.word_width(s))
        finally:
            self._fixing = False
        self._grow()

    def _grow(self) -> None:
        tallest = max((self.text_height(s) for s in range(self.count()) if not self.isSectionHidden(s)), default=0)
        if tallest and tallest != self.minimumHeight():
            self.setMinimumHeight(tallest)
            self.updateGeometries()

    def _resized(self, section: int, _old: int, new: int) -> None:
        if self._fixing:
            return
        if new < self.word_width(section) and not self.isSectionHidden(section):
            self._fixing = True
            try:
                self.resizeSection(section, self.word_width(section))
            finally:
                self._fixing = False
        self._grow()


def label_headers(grid: QTableWidget, labels: list[str], notes: list[str] | None = None) -> None:
    """Set the column headings with their full text (and a note: the printed heading) as
    tooltip, and the text as accessible name."""
    grid.setHorizontalHeaderLabels(labels)
    for c, text in enumerate(labels):
        item = grid.horizontalHeaderItem(c)
        note = notes[c] if notes and c < len(notes) else ""
        item.setToolTip(f"{text}\n{note}" if note else text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
    header = grid.horizontalHeader()
    if isinstance(header, WrapHeader):
        header.refit()


def fit_column(grid: QTableWidget, column: int) -> None:
    """Fit a column to its cells and heading (capped: long text wraps in the cell instead)."""
    header = grid.horizontalHeader()
    want = grid.sizeHintForColumn(column)
    if isinstance(header, WrapHeader):
        want = max(want, header.word_width(column), min(header.fontMetrics().horizontalAdvance(header.text(column))
                                                          + 2 * PAD + 2, MAX_FIT))
    grid.setColumnWidth(column, max(40, min(want, MAX_FIT)))


class FrozenFirstColumn(QObject):
    """The row's name column kept in view over a wide table (Qt's frozen-column pattern):
    a second view of the same model, showing column 0 only, laid over the grid's left edge."""

    def __init__(self, grid: QTableWidget):
        super().__init__(grid)
        self.grid = grid
        view = self.view = QTableView(grid)
        view.setObjectName("frozenColumn")
        view.setModel(grid.model())
        view.setSelectionModel(grid.selectionModel())
        view.setItemDelegate(grid.itemDelegate())
        view.setEditTriggers(grid.editTriggers())
        view.setWordWrap(True)
        view.setHorizontalHeader(WrapHeader(view))
        view.verticalHeader().hide()
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the grid itself
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setStyleSheet("QTableView#frozenColumn { border: none; border-right: 2px solid #9a9a9a; }")
        grid.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        grid.viewport().stackUnder(view)
        grid.horizontalHeader().sectionResized.connect(self._column_resized)
        grid.verticalHeader().sectionResized.connect(lambda row, _o, size: view.setRowHeight(row, size))
        grid.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        grid.model().columnsInserted.connect(self.sync)
        grid.model().rowsInserted.connect(self.sync)
        grid.installEventFilter(self)
        self.sync()
        view.show()

    def sync(self, *_args) -> None:
        grid, view = self.grid, self.view
        if view.model() is None:
            return
        for c in range(grid.columnCount()):
            view.setColumnHidden(c, c != 0)
        view.setColumnWidth(0, grid.columnWidth(0))
        for r in range(grid.rowCount()):
            view.setRowHeight(r, grid.rowHeight(r))
        height = header_height(grid.horizontalHeader())
        if view.horizontalHeader().height() != height:
            view.horizontalHeader().setFixedHeight(height)
        self._place()

    def _column_resized(self, column: int, _old: int, size: int) -> None:
        if column == 0:
            self.view.setColumnWidth(0, size)
        self._place()

    def _place(self) -> None:
        grid = self.grid
        frame = grid.frameWidth()
        self.view.setGeometry(grid.verticalHeader().width() + frame, frame, grid.columnWidth(0),
                              grid.viewport().height() + header_height(grid.horizontalHeader()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return False
