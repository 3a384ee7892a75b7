"""Bring a field or a cell into the middle of its pane (F8, Shift+F8, a click in the
problem list, a reopened savepoint), through every scroll area around it: the section's
page, the tree editor's detail pane, a table's own rows.

Qt's ensureWidgetVisible only brings a widget to an edge, and a just-bound pane has not been
laid out yet: the layouts are settled first, and the move is repeated once the event loop
has run, so the field ends up in the middle wherever it was.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtWidgets import QAbstractItemView, QScrollArea, QTableWidgetItem, QWidget


def _areas(widget: QWidget) -> list[QScrollArea]:
    found, w = [], widget.parentWidget()
    while w is not None:
        if isinstance(w, QScrollArea) and w.widget() is not None:
            found.append(w)
        w = w.parentWidget()
    return found


def _center(widget: QWidget, rect: QRect) -> None:
    """Scroll every area around `widget` so `rect` (in widget coordinates) sits mid-pane."""
    for area in _areas(widget):
        inner = area.widget()
        if inner.layout() is not None:
            inner.layout().activate()
        top_left = widget.mapTo(inner, rect.topLeft())
        middle = top_left.y() + rect.height() // 2
        bar = area.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), middle - area.viewport().height() // 2)))
        hbar = area.horizontalScrollBar()
        if top_left.x() < hbar.value() or top_left.x() + min(rect.width(), area.viewport().width()) > hbar.value() + area.viewport().width():
            hbar.setValue(max(hbar.minimum(), min(hbar.maximum(), top_left.x() - 20)))


def center_widget(widget: QWidget) -> None:
    def go() -> None:
        _center(widget, QRect(QPoint(0, 0), widget.size()))
    go()
    QTimer.singleShot(0, go)


def center_cell(view: QAbstractItemView, item: QTableWidgetItem) -> None:
    """The cell mid-view in its table, and the table's cell mid-pane around it."""
    def go() -> None:
        view.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        rect = view.visualItemRect(item)
        port = view.viewport()
        _center(port, rect)
    go()
    QTimer.singleShot(0, go)
