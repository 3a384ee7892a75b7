"""A definition's wording on screen: in the app's language, with the printed words beside.

A label, a help text or a heading of a definition is shown in the app's language (kk and
ru are the definition's official texts, en its own unofficial wording), so one screen
speaks one language. When the report prints in another language, the printed label is
named beside it, small and grey («в отчете: Өткізілу күні»), so the user knows what prints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from ..checks import render_message
from ..forms import Text
from . import pseudo

OFFICIAL_STYLE = "color: #777; font-size: 8pt;"


def shown(text: Text, ui_lang: str) -> str:
    """The text in the app's language (pseudo-translated in GRANTDESK_PSEUDO mode)."""
    return pseudo.shown(text(ui_lang))


def check_text(problem, doc, ui_lang: str) -> str:
    """A check's message as the screens show it (the core's catalog; pseudo-translated in
    GRANTDESK_PSEUDO mode like every other text on screen)."""
    return pseudo.shown(render_message(problem, doc, ui_lang))


def printed_note(text: Text, ui_lang: str, report_lang: str) -> str:
    """«In the report: …» when the report prints other words than the screen shows; else ''."""
    printed = text(report_lang)
    if not printed or printed == text(ui_lang):
        return ""
    return QCoreApplication.translate("Wording", "In the report: %1").replace("%1", " ".join(printed.split()))


class Guidance(QWidget):
    """A section's guidance: in full, or folded to its first line (with a button to unfold,
    and the whole text as tooltip) where an editor below needs the height."""

    def __init__(self, text: str, folded: bool = False, parent=None):
        super().__init__(parent)
        self.text = text
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QToolButton()
        self.button.setAutoRaise(True)
        self.button.clicked.connect(lambda: self.set_folded(not self.folded))
        self.label = QLabel()
        self.label.setStyleSheet("color: #444; font-style: italic;")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.folded = not folded
        self.set_folded(folded)

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        self.button.setArrowType(Qt.ArrowType.RightArrow if folded else Qt.ArrowType.DownArrow)
        self.button.setToolTip(QCoreApplication.translate("Wording", "Show the whole guidance") if folded
                               else QCoreApplication.translate("Wording", "Fold the guidance to one line"))
        self.label.setWordWrap(not folded)
        self.label.setToolTip(self.text if folded else "")
        self._show()

    def _show(self) -> None:
        if self.folded:
            first = self.text.splitlines()[0] if self.text else ""
            self.label.setText(self.label.fontMetrics().elidedText(first, Qt.TextElideMode.ElideRight,
                                                                   max(self.label.width(), 200)))
        else:
            self.label.setText(self.text)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.folded:
            self._show()
