"""Editors for single values, picked by the field type's widget kind (a small registry).

Each FieldEditor shows the official label (in the report's language), the editor, a hint
for dates, clickable links found in long texts, and the check messages for its value.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..checks import render_message
from ..document import Ref
from ..forms import type_spec
from ..values.dates import format_date, parse_date, parse_span
from .session import EditSession

URL = re.compile(r"https?://[^\s<>«»\"]+")
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
PLAN_STYLE = "color: #1f4e79; font-style: italic;"
CARRIED_STYLE = "color: #2e6b30; font-style: italic;"


class LineEditor(QLineEdit):
    edited = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.textEdited.connect(self.edited)

    def value(self) -> str:
        return self.text()

    def set_value(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)
            self.setCursorPosition(0)


class DateEditor(LineEditor):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))
        self.setMaximumWidth(220)


class TextEditor(QPlainTextEdit):
    """Room to write: grows with the text, wraps words, Tab moves focus on."""

    edited = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setMinimumHeight(110)
        self._quiet = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._quiet:
            self.edited.emit(self.toPlainText())

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, text: str) -> None:
        if self.toPlainText() != text:
            self._quiet = True
            try:
                self.setPlainText(text)
            finally:
                self._quiet = False


EDITORS = {"line": LineEditor, "multiline": TextEditor, "date": DateEditor}


def make_editor(type_name: str, parent=None):
    return EDITORS[type_spec(type_name).widget](parent)


class FieldEditor(QWidget):
    """One labelled value bound to a Ref; can be re-bound (the tree's detail pane does)."""

    def __init__(self, session: EditSession, ui_lang: str, type_name: str, label: str,
                 ref: Ref | None = None, required: bool = False, parent=None):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        self.type_name = type_name
        self.ref = ref
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(label + (" *" if required else ""))
        self.label.setWordWrap(True)
        self.editor = make_editor(type_name, self)
        self.label.setBuddy(self.editor)
        # A report's planned values are the plan's: shown, marked, changed only in the plan.
        self.plan_mark = QLabel(self.tr("From the plan (Annex 3): change it in the plan."))
        self.plan_mark.setStyleSheet(PLAN_STYLE)
        self.plan_mark.setVisible(False)
        self.carried_mark = QLabel(self.tr("Carried from the interim report: check it; it is yours once you edit it."))
        self.carried_mark.setStyleSheet(CARRIED_STYLE)
        self.carried_mark.setVisible(False)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")
        self.hint.setVisible(False)
        self.links = QLabel()
        self.links.setOpenExternalLinks(True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.links.setWordWrap(True)
        self.links.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        for w in (self.label, self.plan_mark, self.carried_mark, self.editor, self.hint, self.links, self.message):
            layout.addWidget(w)
        self.editor.edited.connect(self._edited)
        self.editor.setReadOnly(session.read_only)
        self._shown: tuple[str, str] | None = None  # (worst, messages) shown; None: no problems, as built
        self.reload()

    def rebind(self, ref: Ref | None, label: str | None = None) -> None:
        self.ref = ref
        if label is not None:
            self.label.setText(label)
        self.reload()

    def reload(self) -> None:
        text = self.session.doc.get(self.ref) if self.ref else ""
        from_plan = self.ref is not None and self.session.doc.from_plan(self.ref)
        self.editor.setReadOnly(self.session.read_only or from_plan)
        self.plan_mark.setVisible(from_plan)
        self.carried_mark.setVisible(self.ref is not None and self.session.doc.is_carried(self.ref))
        self.editor.set_value(text)
        self._update_aids(text)
        self.show_problems()

    def _edited(self, text: str) -> None:
        if self.ref is not None and not self.session.read_only and not self.session.doc.from_plan(self.ref):
            self.session.set(self.ref, text)
            self.carried_mark.setVisible(self.session.doc.is_carried(self.ref))
        self._update_aids(text)

    def _update_aids(self, text: str) -> None:
        # Dates: say how the text was understood, so a typo shows before it is printed.
        if self.type_name in ("date", "daterange") and text.strip():
            if self.type_name == "date":
                d = parse_date(text)
                understood = format_date(d) if d else None
            else:
                span = parse_span(text)
                understood = f"{format_date(span[0])} – {format_date(span[1])}" if span else None
            self.hint.setText(
                self.tr("Understood as: %1").replace("%1", understood) if understood
                else self.tr("Not understood as a date; it is kept and printed as typed.")
            )
            self.hint.setVisible(True)
        else:
            self.hint.setVisible(False)
        urls = URL.findall(text) if self.type_name == "longtext" else []
        if urls:
            self.links.setText(" ".join(
                f'<a href="{html.escape(u, quote=True)}">{html.escape(u)}</a>' for u in urls[:20]))
        self.links.setVisible(bool(urls))

    def show_problems(self) -> None:
        problems = self.session.problems_at(self.ref) if self.ref else []
        if not problems:
            shown = None
        else:
            worst = "error" if any(p.severity == "error" for p in problems) else "warning"
            shown = (worst, "\n".join(render_message(p, self.session.doc, self.ui_lang) for p in problems))
        if shown == self._shown:
            return  # unchanged: restyling a widget is the costly part of a check after each key
        self._shown = shown
        if shown is None:
            self.message.setVisible(False)
            self.editor.setStyleSheet("")
            return
        worst, text = shown
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if worst == "error" else WARNING_STYLE)
        self.editor.setStyleSheet("border: 1px solid #b00020;" if worst == "error" else "border: 1px solid #c08a00;")
        self.message.setVisible(True)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
