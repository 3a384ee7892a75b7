"""The project's documents in the app: the plan entered, a final report made from it with the
plan's values read-only, facts typed, documents switched, the file closed and reopened."""

from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from grantdesk.document import project_to_json
from tests.conftest import FIXTURES
from tests.ui.conftest import type_cell, type_text, wait_saved


def _doc_id(window, role):
    return next(d.doc_id for d in window.project_session.project.documents if d.role == role)


def test_plan_then_report_from_it_then_reopened(qtbot, window, tmp_path):
    path = tmp_path / "Жоба.grantdesk"
    assert window.create_project(path)  # a new project starts with its plan
    assert window.session.doc.role == "plan" and window.session.doc.form.id == "pd"
    assert "Plan (Annex 3)" in window.windowTitle() or "№3" in window.windowTitle()
    assert window.wizard.document_label.text()  # the sidebar says which document is open

    general = window.wizard.show_section("general")
    type_text(general.fields["org_name"].editor, "«ҚСА» қозғалысы")
    tasks = window.wizard.show_section("tasks").tables["tasks"]
    qtbot.mouseClick(tasks.add_buttons[0], Qt.MouseButton.LeftButton)
    type_text(tasks.panes[0].editors["title"].editor, "Фокус-топтық зерттеу жүргізу")
    qtbot.mouseClick(tasks.add_buttons[1], Qt.MouseButton.LeftButton)
    type_text(tasks.panes[1].editors["name"].editor, "Кездесулер")
    grid = tasks.panes[1].leaf
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, grid.grid, 0, 0, "Кездесулер саны")
    type_cell(qtbot, grid.grid, 0, 1, "Кемінде 5")
    wait_saved(qtbot, window)

    # back to the documents (Ctrl+D), then a final report made from the plan
    QTest.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None and window.stack.currentWidget() is window.documents
    assert window.documents.table.rowCount() == 1
    assert window.create_document("final", "fr24", "kk")
    report = window.session.doc
    assert report.role == "final" and report.plan is not None
    assert window.wizard.show_section("general").fields["org_name"].editor.text() == "«ҚСА» қозғалысы"

    tree = window.wizard.show_section("tasks").tables["tasks"]
    assert tree.tree.topLevelItem(0).text(0) == "1-міндет. Фокус-топтық зерттеу жүргізу"
    assert not tree.add_buttons[0].isEnabled()  # tasks are added in the plan
    tree.tree.setCurrentItem(tree.tree.topLevelItem(0).child(0))
    pane = tree.panes[1]
    assert pane.editors["name"].editor.isReadOnly() and pane.editors["name"].plan_mark.isVisibleTo(pane)
    assert not pane.editors["narrative"].editor.isReadOnly()
    type_text(pane.editors["narrative"].editor, "Бес кездесу өтті")
    leaf = pane.leaf.grid
    assert leaf.item(0, 1).text() == "Кемінде 5"
    assert not (leaf.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable)  # the plan's value, read-only
    assert leaf.item(0, 2).flags() & Qt.ItemFlag.ItemIsEditable
    type_cell(qtbot, leaf, 0, 2, "6")
    wait_saved(qtbot, window)

    # the plan amended: the report shows it at once
    window.show_documents()
    window.open_document(_doc_id(window, "plan"))
    tasks = window.wizard.show_section("tasks").tables["tasks"]
    tasks.tree.setCurrentItem(tasks.tree.topLevelItem(0).child(0))
    type_cell(qtbot, tasks.panes[1].leaf.grid, 0, 1, "Кемінде 6")
    wait_saved(qtbot, window)
    window.show_documents()
    states = [window.documents.table.item(r, 4).text() for r in range(2)]
    assert all(s.strip() for s in states)  # each document's state is listed
    window.open_document(_doc_id(window, "final"))
    tree = window.wizard.show_section("tasks").tables["tasks"]
    tree.tree.setCurrentItem(tree.tree.topLevelItem(0).child(0))
    assert tree.panes[1].leaf.grid.item(0, 1).text() == "Кемінде 6"

    wait_saved(qtbot, window)
    expected = project_to_json(window.project_session.project)
    assert window.close_project()
    assert window.open_project(path)
    assert window.session is not None and window.session.doc.role == "final"  # where the user was
    assert project_to_json(window.project_session.project) == expected
    fact = next(i for i, _ in window.session.doc.iter_rows("tasks.activities.indicators"))
    assert (fact.get("plan"), fact.get("fact")) == ("Кемінде 6", "6")


def test_the_documents_screen_lists_states_and_a_legacy_report(qtbot, window, tmp_path):
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(FIXTURES / "schema" / "v2.grantdesk", path)
    assert window.open_project(path)  # migrated on opening
    assert window.session is None and window.stack.currentWidget() is window.documents
    table = window.documents.table
    assert table.rowCount() == 2  # the report, and the Annex 4 entry made from it
    assert "Final report" in table.item(0, 1).text() or "Қорытынды" in table.item(0, 1).text()
    doc = window.project_session.project.documents[0]
    assert doc.field("org_name") == "«Рухтан» қоғамдық қоры" and doc.field("goal").startswith("Маңғыстау")
    # its errors and the places it still owes, counted: the same answer as the wizard's and the CLI's
    assert window.documents.state_of(doc.doc_id).startswith(("✖ has errors (2 errors, ", "✖ қателері бар (2 қате, "))
    # duplicate, then delete the copy after confirming (the fixture answers Yes)
    window.duplicate_document(doc.doc_id)
    assert table.rowCount() == 4
    copy = window.project_session.project.documents[1]
    assert copy.field("achieved") == doc.field("achieved")
    window.delete_document(copy.doc_id)
    assert table.rowCount() == 2
    window.documents.table.selectRow(0)
    QTest.keyClick(window.documents.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.doc is doc


def test_an_interim_then_the_final_report_carrying_its_facts(qtbot, window, tmp_path, answer_yes, registry):
    import json

    from grantdesk.document import project_from_json
    from grantdesk.store import ProjectFile

    path = tmp_path / "seed2.grantdesk"
    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), registry)
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
    assert window.open_project(path)
    assert window.create_document("interim", "fr24", "kk")
    general = window.wizard.show_section("general")
    assert "reporting_period" in general.fields  # only an interim report asks for it
    type_text(general.fields["reporting_period"].editor, "01.04.2024 – 30.06.2024")
    goal = window.wizard.show_section("goal")
    type_text(goal.fields["achieved"].editor, "Бірінші кезең")
    wait_saved(qtbot, window)
    window.show_documents()
    assert window.create_document("final", "fr24", "kk")
    assert any("interim" in m or "аралық" in m.lower() for m in answer_yes)  # told what was carried
    goal = window.wizard.show_section("goal")
    assert goal.fields["achieved"].editor.toPlainText() == "Бірінші кезең"
    assert goal.fields["achieved"].carried_mark.isVisibleTo(goal)
    assert "reporting_period" not in window.wizard.show_section("general").fields
    type_text(goal.fields["achieved"].editor, " және екінші")
    assert not goal.fields["achieved"].carried_mark.isVisibleTo(goal)
    wait_saved(qtbot, window)


def test_an_edition_added_in_the_app_is_offered_first_and_copies_keep_every_value(qtbot, window, tmp_path, answer_yes):
    from grantdesk.forms import default_registry
    from grantdesk.ui.documents import NewDocumentDialog
    from tests.core.test_editions import _fr25

    try:
        assert window.add_edition(_fr25(tmp_path))
        dialog = NewDocumentDialog(window.ctx.registry, False, "kk", window)
        dialog.kind.setCurrentIndex(dialog.kind.findData("final"))
        assert dialog.edition() == "fr25"  # the newest preselected
        broken = tmp_path / "broken.yaml"
        broken.write_text("id: fr26\nkind: report\n", encoding="utf-8")
        assert not window.add_edition(broken)
        refusal = answer_yes[-1]  # refused, saying why, item by item in the app's language (kk)
        assert "нысан нұсқасын қабылдау мүмкін емес" in refusal
        assert "• broken.yaml: top: «title» жоқ" in refusal and "• broken.yaml: top: «fields» жоқ" not in refusal
        path = tmp_path / "p.grantdesk"
        assert window.create_project(path, role="final")
        type_text(window.wizard.show_section("goal").fields["achieved"].editor, "Нәтиже")
        wait_saved(qtbot, window)
        window.show_documents()
        doc_id = window.session.doc.doc_id if window.session else window.project_session.project.documents[0].doc_id
        assert window.copy_document_into(doc_id, "fr25")
        copy = window.project_session.project.documents[-1]
        assert copy.form.id == "fr25" and copy.field("achieved") == "Нәтиже"
        assert window.documents.table.rowCount() == 2
    finally:
        default_registry(reload=True)


def test_the_annex_4_entry_is_listed_opened_read_only_and_jumps_into_the_report(qtbot, window, tmp_path, seed_001):
    from grantdesk.store import ProjectFile

    path = tmp_path / "op4.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_document(seed_001)
    assert window.open_project(path)
    table = window.documents.table
    assert table.rowCount() == 2  # the final report, then its Annex 4 entry
    assert table.item(1, 0).text() == "" and "Annex 4" in table.item(1, 1).text()
    table.selectRow(1)
    assert not window.documents.delete_button.isEnabled()  # computed, never stored: nothing to delete
    preview = window.open_derived(seed_001.doc_id or window.project_session.project.documents[0].doc_id, "op4")
    qtbot.addWidget(preview)
    preview.finish_rendering()
    from pypdf import PdfReader
    import io

    text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    assert "Есепті кезеңде грант шеңберінде" in text and "Маңғыстау облысында пікірсайыс" in text
    assert preview.problems is not None and preview.problems.count() == len(window.session.problems) > 0
    preview.problems.itemClicked.emit(preview.problems.item(0))
    assert window.session.doc.role == "final"  # the problem opened in the report itself


def test_a_double_click_on_the_annex_4_row_opens_one_preview(qtbot, window, tmp_path, seed_001):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from grantdesk.store import ProjectFile
    from grantdesk.ui.preview import PrintPreview

    path = tmp_path / "one.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_document(seed_001)
    window.resize(1366, 738)
    assert window.open_project(path)
    window.show_documents()
    table = window.documents.table
    center = table.visualItemRect(table.item(1, 1)).center()
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    qtbot.wait(50)
    previews = window.findChildren(PrintPreview)
    assert len(previews) == 1
    previews[0].close()


def test_a_failed_open_keeps_the_project_at_hand(qtbot, window, tmp_path, answer_yes):
    assert window.create_project(tmp_path / "mine.grantdesk", role="final")
    type_text(window.wizard.show_section("goal").fields["achieved"].editor, "Нәтиже")
    doc = window.session.doc
    other = tmp_path / "notes.grantdesk"
    other.write_text("not a project", encoding="utf-8")
    assert not window.open_project(other)
    assert answer_yes  # it said why
    assert window.session is not None and window.session.doc is doc  # still at work, where they were
    assert window.stack.currentWidget() is window.wizard
    assert window.session.doc.field("achieved") == "Нәтиже"
    wait_saved(qtbot, window)
