"""Issue 19 item 7 in the window: a document whose edition is missing is listed as its own
row (number, kind, the edition id, how to add it), cannot be edited, printed, duplicated or
deleted, opening it says how to add the edition; once added and reopened, it opens."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from grantdesk.document import Document, Ref
from grantdesk.forms import default_registry
from grantdesk.store import ProjectFile
from grantdesk.ui.documents import MISSING
from tests.core.test_editions import _fr25


def _project_with_a_missing_edition(path, fr24):
    with ProjectFile.create(path) as project:
        first = Document.new(fr24)
        first.set(Ref.field("achieved"), "Бірінші")
        project.create_document(first)
        second = Document.new(fr24)
        second.set(Ref.field("achieved"), "Екінші есеп")
        project.create_document(second)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE reports SET form='fr25' WHERE id=2")  # an edition this GrantDesk lacks
    conn.commit()
    conn.close()


def test_a_missing_editions_document_is_its_own_row_only_named_until_the_edition_is_added(
        qtbot, window, tmp_path, fr24, answer_yes):
    path = tmp_path / "m.grantdesk"
    _project_with_a_missing_edition(path, fr24)
    try:
        assert window.open_project(path)
        window.show_documents()
        screen = window.documents
        table = screen.table
        numbered = [r for r in range(table.rowCount()) if table.item(r, 0).text()]  # not the Annex 4 entry
        assert [table.item(r, 0).text() for r in numbered] == ["1", "2"]
        row = numbered[1]
        assert table.item(row, 2).text() == "fr25"  # the edition id, in the edition column
        assert "fr25" in table.item(row, 4).text()  # where the state would be: what is missing, how to add it
        assert table.item(row, 1).text() == table.item(0, 1).text()  # its kind, as the other final report's

        table.selectRow(row)
        assert screen.current_missing() == "fr25" and screen.current_id() == 2
        assert screen.open_button.isEnabled()
        for button in (screen.print_button, screen.duplicate_button, screen.delete_button, screen.copy_button):
            assert not button.isEnabled()
        deleted, printed = [], []
        screen.deleteRequested.connect(deleted.append)
        screen.printRequested.connect(printed.append)
        screen._emit("deleteRequested")  # the Delete key's path
        screen._emit("printRequested")
        assert deleted == [] and printed == []

        answer_yes.clear()
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)  # opening it: the message, no editor
        assert window.session is None
        assert len(answer_yes) == 1 and "fr25" in answer_yes[0] and "add-edition" in answer_yes[0]
        assert window.close_project()
        with ProjectFile.open(path, read_only=True) as p:  # the document itself is untouched
            assert [d.form for d in p.list_documents()] == ["fr24", "fr25"]

        assert window.add_edition(_fr25(tmp_path))  # File → Add a form edition…, then reopened
        assert window.open_project(path)
        window.show_documents()
        table = window.documents.table
        assert [table.item(r, 0).text() for r in range(table.rowCount()) if table.item(r, 0).text()] == ["1", "2"]
        assert all(table.item(r, 0).data(MISSING) is None for r in range(table.rowCount()))
        assert window.open_document(2)
        assert window.session.doc.form.id == "fr25" and window.session.doc.field("achieved") == "Екінші есеп"
    finally:
        default_registry(reload=True)
