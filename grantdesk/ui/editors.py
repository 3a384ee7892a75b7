"""Editors for single values, picked by the field type's widget kind (a small registry).

Each FieldEditor shows its label in the app's language (the printed one beside when the
report speaks another), the editor, a hint
for dates, clickable links found in long texts, and the check messages for its value.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ..document import Ref
from ..forms import type_spec
from .in_view import center_widget
from .session import EditSession
from .understood_line import STYLES, UnderstoodWords, understand_at
from .wording import OFFICIAL_STYLE, check_text

URL = re.compile(r"https?://[^\s<>«»\"]+")
ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5a00;"
PLAN_STYLE = "color: #1f4e79; font-style: italic;"
CARRIED_STYLE = "color: #2e6b30; font-style: italic;"
# An editor with a problem keeps its focus mark (the app's focus rule is overridden by a
# widget's own style sheet, so the focused state is restated here).
_FOCUS = "{kind}:focus {{ border: 2px solid #1565c0; }}"
ERROR_BORDER = "{kind} {{ border: 1px solid #b00020; }} " + _FOCUS
WARNING_BORDER = "{kind} {{ border: 1px solid #c08a00; }} " + _FOCUS


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
        self.setMinimumHeight(70)
        self._quiet = False
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        self.updateGeometry()  # its height follows the text
        if not self._quiet:
            self.edited.emit(self.toPlainText())

    def sizeHint(self):
        # As tall as its text (a short value takes two lines' room, not Qt's 192 px), so a
        # pane at 1366×768 shows more than one field; a long text grows up to a point, then scrolls.
        hint = super().sizeHint()
        lines = max(2, int(self.document().size().height()) + 1)
        height = lines * self.fontMetrics().lineSpacing() + 2 * self.frameWidth() + 12
        hint.setHeight(max(self.minimumHeight(), min(height, 320)))
        return hint

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
                 ref: Ref | None = None, required: bool = False, parent=None, propose_from: str | None = None,
                 printed: str = ""):
        super().__init__(parent)
        self.session = session
        self.ui_lang = ui_lang
        self.type_name = type_name
        self.ref = ref
        self.propose_from = propose_from
        self.words = UnderstoodWords(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel(label + (" *" if required else ""))
        self.label.setWordWrap(True)
        # The printed label when the report speaks another language than the app («в отчете: …»).
        self.printed = QLabel(printed)
        self.printed.setWordWrap(True)
        self.printed.setStyleSheet(OFFICIAL_STYLE)
        self.printed.setVisible(bool(printed))
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
        for w in (self.label, self.printed, self.plan_mark, self.carried_mark, self.editor, self.hint, self.links, self.message):
            layout.addWidget(w)
        self.editor.edited.connect(self._edited)
        self.editor.setReadOnly(session.read_only)
        self.editor.installEventFilter(self)
        self._shown: tuple[str, str] | None = None  # (worst, messages) shown; None: no problems, as built
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Calm R1: a required field is marked empty only once the user has been in it and left.
        if watched is self.editor and event.type() == QEvent.Type.FocusOut and self.ref is not None:
            self.session.mark_visited(self.ref)
        return super().eventFilter(watched, event)

    def _proposal_hint(self) -> str:
        """While the field shows a value proposed from another one (the signatory from the
        head: Document.is_proposed), say so; it is the document's value for the checks and
        the print all the same, and it becomes the field's own once edited."""
        if not self.propose_from or self.ref is None or not self.session.doc.is_proposed(self.ref):
            return ""
        label = self.session.doc.form.fields[self.propose_from].label(self.ui_lang)
        return self.tr("Filled in from “%1”; change it if someone else signs.").replace(
            "%1", " ".join(label.split()).rstrip(" :"))

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
        # Say how the value was understood as it is typed, so `7 млн` read as 7 or a day that
        # does not exist shows before it is printed. The typed text itself is kept as it is.
        line, kind = self.words.line(understand_at(self.session.doc, self.type_name, text), self.ui_lang)
        proposed = self._proposal_hint()
        if proposed:
            line, kind = proposed + (" " + line if line else ""), "quiet"
        self.hint.setText(line)
        self.hint.setStyleSheet(STYLES[kind])
        self.hint.setVisible(bool(line))
        urls = URL.findall(text) if self.type_name == "longtext" else []
        if urls:
            self.links.setText(" ".join(
                f'<a href="{html.escape(u, quote=True)}">{html.escape(u)}</a>' for u in urls[:20]))
        self.links.setVisible(bool(urls))

    def show_problems(self) -> None:
        problems = self.session.visible_at(self.ref) if self.ref else []
        if not problems:
            shown = None
        else:
            worst = "error" if any(p.severity == "error" for p in problems) else "warning"
            shown = (worst, "\n".join(check_text(p, self.session.doc, self.ui_lang) for p in problems))
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
        kind = "QPlainTextEdit" if isinstance(self.editor, QPlainTextEdit) else "QLineEdit"
        self.editor.setStyleSheet((ERROR_BORDER if worst == "error" else WARNING_BORDER).format(kind=kind))
        self.message.setVisible(True)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        center_widget(self)  # the field in the middle of its pane, label and messages with it
