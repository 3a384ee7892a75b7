"""The wizard driven through its real widgets: typing, rows at every level, inline
messages, section states, closing and reopening the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from grantdesk.document import to_json
from grantdesk.progress import COMPLETE, EMPTY, HAS_ERRORS
from tests.ui.conftest import open_report, type_cell, type_text, wait_saved


def _page(window, section):
    return window.wizard.show_section(section)




def test_new_project_typed_and_reopened(qtbot, window, tmp_path):
    path = tmp_path / "Жоба.grantdesk"
    assert window.create_project(path, role="final")
    assert window.wizard.current_section() == "general"
    general = _page(window, "general")
    type_text(general.fields["org_name"].editor, "«Рухтан» қоғамдық қоры")
    type_text(general.fields["grant_total"].editor, "10 125 000 тг")
    type_text(general.fields["period"].editor, "01.04.2024 – 30.11.2024")
    assert general.fields["period"].hint.text() == "Understood as: 1 сәуір 2024 – 30 қараша 2024"
    assert general.fields["grant_total"].hint.text() == "Understood as: 10\u00a0125\u00a0000\u00a0₸"
    goal = _page(window, "goal")
    type_text(goal.fields["goal"].editor, "Бірінші жол")
    QTest.keyClick(goal.fields["goal"].editor, Qt.Key.Key_Return)
    type_text(goal.fields["goal"].editor, "https://example.kz <b>")
    assert "https://example.kz" in goal.fields["goal"].links.text()
    wait_saved(qtbot, window)
    window.wizard.show_section("socio")
    expected = to_json(window.session.doc)
    assert window.close_project()
    assert open_report(window, path)
    assert to_json(window.session.doc) == expected
    assert window.session.doc.field("goal") == "Бірінші жол\nhttps://example.kz <b>"
    assert window.wizard.current_section() == "socio"  # lands where the user was


def test_rows_at_every_level(qtbot, window, tmp_path):
    path = tmp_path / "rows.grantdesk"
    window.create_project(path, role="final")
    page = _page(window, "tasks")
    tree = page.tables["tasks"]
    doc = window.session.doc
    assert [r.kind for r in doc.rows["tasks"]] == ["presentation", "information"]

    qtbot.mouseClick(tree.add_buttons[0], Qt.MouseButton.LeftButton)  # a task
    task = doc.rows["tasks"][0]
    assert task.kind is None and tree.current_row_id() == task.id
    type_text(tree.panes[0].editors["title"].editor, "Пікірсайыс орталығы")
    assert tree.tree.currentItem().text(0) == "1-міндет. Пікірсайыс орталығы"

    qtbot.mouseClick(tree.add_buttons[1], Qt.MouseButton.LeftButton)  # an activity under it
    activity = task.children["activities"][0]
    pane = tree.panes[1]
    type_text(pane.editors["narrative"].editor, "Академия ашылды")
    type_text(pane.editors["date"].editor, "2-3.11.24")

    grid = pane.leaf
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(grid.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, grid.grid, 0, 0, "Хаттама")
    type_cell(qtbot, grid.grid, 0, 1, "Кемінде 5")
    type_cell(qtbot, grid.grid, 0, 2, "3")
    type_cell(qtbot, grid.grid, 1, 0, "Баннер")
    indicators = activity.children["indicators"]
    assert [(i.get("indicator"), i.get("plan"), i.get("fact")) for i in indicators] == [
        ("Хаттама", "Кемінде 5", "3"), ("Баннер", "", "")]

    # fact below plan without a deviation text: R7 at the cell, the tasks section has errors
    window.session.recheck()
    assert window.wizard.section_state("tasks") == HAS_ERRORS
    assert grid.messages.isVisible() and "R7" not in grid.messages.text()
    assert grid.grid.item(0, 2).toolTip()

    # reorder and remove at the indicator level
    grid.grid.setCurrentCell(1, 0)
    qtbot.mouseClick(grid.up_button, Qt.MouseButton.LeftButton)
    assert [i.get("indicator") for i in activity.children["indicators"]] == ["Баннер", "Хаттама"]
    grid.grid.setCurrentCell(0, 0)
    qtbot.mouseClick(grid.remove_button, Qt.MouseButton.LeftButton)
    assert [i.get("indicator") for i in activity.children["indicators"]] == ["Хаттама"]

    # a second task, moved above the first, then the first removed with everything in it
    tree.tree.setCurrentItem(tree.tree.topLevelItem(0))
    qtbot.mouseClick(tree.add_buttons[0], Qt.MouseButton.LeftButton)
    second = doc.rows["tasks"][1]
    type_text(tree.panes[0].editors["title"].editor, "Екінші")
    qtbot.mouseClick(tree.up_button, Qt.MouseButton.LeftButton)
    assert [r.id for r in doc.rows["tasks"][:2]] == [second.id, task.id]
    tree.tree.setCurrentItem(tree._find_item(task.id))
    qtbot.mouseClick(tree.remove_button, Qt.MouseButton.LeftButton)
    assert [r.get("title") for r in doc.rows["tasks"] if r.kind is None] == ["Екінші"]
    assert not doc.has_row(activity.id)

    # activities of the standard blocks can be added too
    tree.tree.setCurrentItem(tree._find_item(doc.rows["tasks"][1].id))
    qtbot.mouseClick(tree.add_buttons[1], Qt.MouseButton.LeftButton)
    assert len(doc.rows["tasks"][1].children["activities"]) == 1

    wait_saved(qtbot, window)
    expected = to_json(doc)
    window.close_project()
    open_report(window, path)
    assert to_json(window.session.doc) == expected


def test_inline_messages_and_section_states_follow_typing(qtbot, window, tmp_path):
    window.create_project(tmp_path / "s.grantdesk", role="final")
    assert window.wizard.section_state("s4") in (EMPTY, "in_progress")
    page = _page(window, "s4")
    gender = page.tables["stats_gender"]
    type_cell(qtbot, gender.grid, 0, 1, "10")
    type_cell(qtbot, gender.grid, 0, 2, "3")
    type_cell(qtbot, gender.grid, 0, 3, "4")
    qtbot.waitUntil(lambda: window.wizard.section_state("s4") == HAS_ERRORS, timeout=2000)
    assert gender.grid.item(0, 1).toolTip()  # the total cell carries the message
    assert gender.messages.isVisible() and "10" in gender.messages.text()
    panel = window.wizard.problems.list
    # the message starts with what is wrong; the rule's code is in the tooltip only
    assert any("R2" in panel.item(i).toolTip() and "R2" not in panel.item(i).text() for i in range(panel.count()))
    type_cell(qtbot, gender.grid, 0, 3, "7")
    qtbot.waitUntil(lambda: window.wizard.section_state("s4") != HAS_ERRORS, timeout=2000)

    general = _page(window, "general")
    type_text(general.fields["phone"].editor, "12345")
    qtbot.waitUntil(lambda: general.fields["phone"].message.isVisible(), timeout=2000)
    assert "R11" not in general.fields["phone"].message.text()  # words, not rule ids, at the field
    general.fields["phone"].editor.clear()
    type_text(general.fields["phone"].editor, "8 702 323 37 90")
    qtbot.waitUntil(lambda: not general.fields["phone"].message.isVisible(), timeout=2000)


def test_clicking_a_problem_jumps_to_its_field(qtbot, window, tmp_path):
    window.create_project(tmp_path / "j.grantdesk", role="final")
    general = _page(window, "general")
    type_text(general.fields["period"].editor, "30.11.2024 – 01.04.2024")
    window.session.recheck()
    panel = window.wizard.problems
    row = next(i for i in range(panel.list.count()) if "R6" in panel.list.item(i).toolTip())
    window.wizard.show_section("s6")
    panel.list.itemClicked.emit(panel.list.item(row))
    assert window.wizard.current_section() == "general"
    assert general.fields["period"].editor.hasFocus() or window.focusWidget() is general.fields["period"].editor


def test_seed_opens_and_every_section_shows(qtbot, window, tmp_path, seed_003):
    from grantdesk.store import ProjectFile

    path = tmp_path / "seed.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_003)
    open_report(window, path)
    for section in window.session.doc.form.sections:
        page = window.wizard.show_section(section.id)
        assert page.isVisible()
    s4 = window.wizard.pages["s4"]
    assert s4.tables["stats_age"].grid.rowCount() == 2
    assert window.wizard.section_state("s4") == HAS_ERRORS  # R3 in the small-grants row
    assert window.wizard.section_state("s2") == COMPLETE
    r3 = next(p for p in window.session.problems if p.rule == "R3")
    assert window.wizard.focus_ref(r3.ref)


def test_print_preview_saves_the_same_pdf(qtbot, window, tmp_path, seed_001):
    from pypdf import PdfReader

    from grantdesk.store import ProjectFile

    path = tmp_path / "seed.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_001)
    open_report(window, path)
    preview = window.print_preview()
    qtbot.addWidget(preview)
    preview.finish_rendering()
    assert preview.page_count == len(preview.page_labels) > 5
    out = preview.write_pdf(tmp_path / "out.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == preview.page_count
    text = reader.pages[0].extract_text()
    assert "Рухтан" in text
    preview.close()


def test_report_language_relabels_and_keeps_values(qtbot, window, tmp_path):
    window.create_project(tmp_path / "l.grantdesk", role="final")
    general = _page(window, "general")
    type_text(general.fields["org_name"].editor, "Қор")
    window.set_report_lang("ru")
    general = window.wizard.show_section("general")
    # The label speaks the app's language (kk here); the printed ru label is named beside it.
    assert general.fields["org_name"].label.text().startswith("Үкіметтік емес ұйымның")
    assert general.fields["org_name"].printed.isVisibleTo(general)
    assert "Полное наименование неправительственной организации" in general.fields["org_name"].printed.text()
    assert window.session.doc.field("org_name") == "Қор"
    wait_saved(qtbot, window)


def test_switching_the_app_language_relabels_the_wizard(qtbot, window, tmp_path, qapp):
    from grantdesk.ui.i18n import Translators

    window.ctx.translators = Translators(qapp)
    window.ctx.translators.switch("kk")
    window.retranslate()
    window.create_project(tmp_path / "ui.grantdesk", role="final")
    window.wizard.problems.check_all()  # list the empty required fields too
    window.wizard.show_section("s4")
    assert window.wizard.back_button.text() == "← Артқа"
    assert window.menuBar().actions()[0].text() == "&Файл"
    kk_problem = window.wizard.problems.list.item(0).text()

    window.set_ui_lang("ru")
    assert window.wizard.back_button.text() == "← Назад"
    assert window.wizard.next_button.text() == "Далее →"
    assert window.menuBar().actions()[0].text() == "&Файл"
    assert window.wizard.current_section() == "s4"  # the user stays where they were
    ru_problem = window.wizard.problems.list.item(0).text()
    assert "обязательное поле не заполнено" in ru_problem and ru_problem != kk_problem
    # the definition's labels follow the app (ru from the definition); the printed kk label beside
    general = window.wizard.show_section("general")
    assert general.fields["org_name"].label.text().startswith("Полное наименование")
    assert general.fields["org_name"].printed.text() == "В отчете: Үкіметтік емес ұйымның толық атауы"

    window.set_ui_lang("en")
    assert window.wizard.back_button.text() == "← Back"
    assert window.ctx.settings.ui_lang == "en"  # and no translator is left for other tests
