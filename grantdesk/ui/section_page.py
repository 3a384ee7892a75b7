"""One wizard page, built from a SectionDef: an editor per field or table."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..document import Ref
from ..forms import SectionDef
from .editors import FieldEditor
from .grid import FixedGridEditor, GridEditor
from .session import EditSession
from .tree import TreeEditor
from .wording import Guidance, printed_note, shown


class SectionPage(QWidget):
    def __init__(self, session: EditSession, section: SectionDef, ui_lang: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.section = section
        form, lang = session.doc.form, session.doc.lang
        self.fields: dict[str, FieldEditor] = {}
        self.tables: dict[str, QWidget] = {}

        body = QWidget()
        layout = QVBoxLayout(body)
        # Compact: at 1366×768 the height belongs to the editors, not to the page's header.
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(4)
        title = QLabel(shown(section.title, ui_lang))  # the page's name follows the app, as the sidebar does
        title.setStyleSheet("font-size: 12pt; font-weight: bold;")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.guidance: Guidance | None = None
        if section.help:
            # guidance, never printed: the app's language; folded to a line above a tree editor
            self.guidance = Guidance(shown(section.help, ui_lang), folded=any(
                item in form.tables and form.tables[item].children for item in section.items))
            layout.addWidget(self.guidance)

        tree: TreeEditor | None = None
        for item in section.items:
            if item in form.fields:
                f = form.fields[item]
                if not f.applies(session.doc.role):
                    continue  # e.g. the reporting period, only an interim report has one
                ed = FieldEditor(session, ui_lang, f.type, shown(f.label, ui_lang), Ref.field(f.id), f.required, body,
                                 propose_from=f.propose_from, printed=printed_note(f.label, ui_lang, lang))
                self.fields[item] = ed
                layout.addWidget(ed)
                continue
            table = form.tables[item]
            if table.is_fixed:
                widget = FixedGridEditor(session, table, ui_lang, body)
            elif table.children:
                widget = tree = TreeEditor(session, table, ui_lang, body)
            else:
                widget = GridEditor(session, table, ui_lang, parent=body)
            self.tables[item] = widget
            layout.addWidget(widget, 1 if widget is tree else 0)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        if tree is not None:
            # The tree brings its own scrolling detail pane; a second scrollbar would fight it.
            outer.addWidget(body)
        else:
            layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(body)
            outer.addWidget(scroll)

    def show_problems(self) -> None:
        for ed in self.fields.values():
            ed.show_problems()
        for t in self.tables.values():
            t.show_problems()

    def focus_ref(self, ref: Ref) -> bool:
        if ref.kind == "field" and ref.table in self.fields:
            self.fields[ref.table].focus_editor()
            return True
        widget = self.tables.get(ref.root)
        if widget is not None:
            return widget.focus_ref(ref)
        return False

    def first_editor(self):
        if self.fields:
            return next(iter(self.fields.values()))
        return None
