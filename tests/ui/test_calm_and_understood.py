"""What is typed is understood or clearly flagged, and a new report opens calmly: real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from grantdesk.document import Ref
from tests.ui.conftest import type_text, wait_saved

NBSP = "\u00a0"


def _leave(qtbot, editor) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=1000)
    editor.clearFocus()


def test_a_new_report_is_calm_until_a_field_is_left_empty(qtbot, window, tmp_path):
    assert window.create_project(tmp_path / "calm.grantdesk", role="final")
    session, panel = window.session, window.wizard.problems
    assert any(p.rule == "R1" for p in session.problems)  # the check itself still finds them
    assert session.visible_problems == [] and panel.list.count() == 0
    required = len([f for f in session.doc.form.fields.values() if f.required and f.applies(session.doc.role)])
    owed = len([p for p in session.problems if p.rule == "R14"])  # texts, §4 totals, socio facts
    assert owed == 9
    header = panel.header.text()
    assert f"Required fields still to fill: {required}." in header
    assert f"Places the report owes, still empty: {owed}." in header
    assert "No problems" not in header  # never said while anything is owed
    general = window.wizard.show_section("general")
    org = general.fields["org_name"]
    assert not org.message.isVisible() and org.editor.styleSheet() == ""
    assert "✖" not in window.wizard.sidebar.item(0).text()  # no section marked as failed

    _leave(qtbot, org.editor)  # been in it and left it empty: now it is marked
    qtbot.waitUntil(lambda: org.message.isVisible(), timeout=2000)
    assert "бос қалған" in org.message.text()
    assert [p.ref for p in session.visible_problems] == [Ref.field("org_name")]
    assert general.fields["address"].message.isHidden()  # not visited: still calm

    panel.check_button.click()  # "Check the report": everything shows, and stays so on reopening
    assert panel.list.count() == required + owed and panel.check_button.isHidden()
    path = session.project.path
    window.close_project()
    window.open_project(path)
    assert window.wizard.problems.list.count() == required + owed


def test_a_new_plan_is_calm_about_its_empty_parts_until_checked(qtbot, window, tmp_path):
    assert window.create_project(tmp_path / "plan.grantdesk", role="plan")
    session, panel = window.session, window.wizard.problems
    gaps = [p for p in session.problems if p.rule == "R13"]
    assert len(gaps) >= 6  # the check finds the empty tasks and Block IV values ...
    assert not [p for p in session.visible_problems if p.rule == "R13"]  # ... the screen stays calm
    assert f"Parts of the plan still empty: {len(gaps)}." in panel.header.text()
    session.doc.set(Ref.field("period"), "былтыр")  # what was typed is wrong: said at once, once (R10)
    session.recheck()
    assert [(p.rule, p.key) for p in session.visible_problems] == [("R10", "R10.not_a_date")]
    panel.check_button.click()
    shown = [p for p in session.visible_problems if p.rule == "R13"]
    assert len(shown) == len(gaps) and panel.check_button.isHidden()


def test_contradictions_show_at_once(qtbot, window, tmp_path):
    window.create_project(tmp_path / "r2.grantdesk", role="final")
    page = window.wizard.show_section("s4")
    doc = window.session.doc
    row = doc.rows["stats_gender"][0]
    doc.set(Ref.cell("stats_gender", row.id, "total"), "10")
    doc.set(Ref.cell("stats_gender", row.id, "men"), "3")
    window.session.recheck()
    assert [p.rule for p in window.session.visible_problems] == ["R2"]
    assert page.tables["stats_gender"].messages.isVisible()


def test_understood_as_line_while_typing(qtbot, window, tmp_path):
    window.create_project(tmp_path / "typed.grantdesk", role="final")
    general = window.wizard.show_section("general")
    total = general.fields["grant_total"]
    type_text(total.editor, "7 млн")
    assert total.hint.text() == f"Understood as: 7{NBSP}000{NBSP}000{NBSP}₸"
    total.editor.clear()
    type_text(total.editor, "7.000")
    assert "two ways" in total.hint.text()
    contract = general.fields["contract_date"]
    type_text(contract.editor, "31.02.2024")
    assert contract.hint.text() == "31.02.2024 is not a day of the calendar."
    type_text(general.fields["phone"].editor, "87023233790")
    assert general.fields["phone"].hint.text() == "Understood as: +7 702 323 37 90"
    window.session.recheck()
    # R10 lists the impossible date at once (no visit needed), and a click goes to it
    panel = window.wizard.problems
    [item] = [panel.list.item(i) for i in range(panel.list.count()) if "R10" in panel.list.item(i).toolTip()
              and "31.02.2024" in panel.list.item(i).text()]
    window.wizard.show_section("goal")
    panel._activated(item)
    assert window.wizard.current_section() == "general"
    assert QApplication.focusWidget() is contract.editor
    wait_saved(qtbot, window)
    assert window.session.doc.field("grant_total") == "7.000"  # kept exactly as typed


def test_table_cells_say_how_they_were_read(qtbot, window, tmp_path):
    window.create_project(tmp_path / "cells.grantdesk", role="final")
    socio = window.wizard.show_section("socio").tables["socio"]
    grid = socio.grid
    payroll = [r.key for r in socio.table.fixed_rows].index("payroll")
    grid.setCurrentCell(payroll, socio.FIXED_COLUMNS)
    grid.setFocus()
    grid.editItem(grid.item(payroll, socio.FIXED_COLUMNS))
    editor = next(e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible())
    type_text(editor, "1,5 млн")
    assert socio.status.isVisible() and f"Understood as: 1{NBSP}500{NBSP}000{NBSP}₸" in socio.status.text()
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.item(payroll, socio.FIXED_COLUMNS).text() == "1,5 млн", timeout=2000)
    assert "Understood as" in grid.item(payroll, socio.FIXED_COLUMNS).toolTip()
    grid.item(payroll, socio.FIXED_COLUMNS).setText("жеті млн")
    window.session.recheck()
    tip = grid.item(payroll, socio.FIXED_COLUMNS).toolTip()
    assert "Not understood as a number" in tip and "сан емес" in tip  # the line and the R10 message


def test_the_signatory_is_proposed_from_the_head_once(qtbot, window, tmp_path):
    window.create_project(tmp_path / "sign.grantdesk", role="final")
    general = window.wizard.show_section("general")
    type_text(general.fields["head_name"].editor, "Кушанова Гулнур Джексембаевна")
    type_text(general.fields["head_position"].editor, "Қор төрайымы")
    closing = window.wizard.show_section("closing")
    assert window.session.doc.field("signatory_position") == "Қор төрайымы"  # the head's position, proposed
    name = closing.fields["signatory_name"]
    assert name.editor.value() == "Кушанова Гулнур Джексембаевна"
    assert window.session.doc.field("signatory_name") == "Кушанова Гулнур Джексембаевна"  # a real value
    assert "Filled in from" in name.hint.text()
    name.editor.selectAll()
    QTest.keyClick(name.editor, Qt.Key.Key_Backspace)  # the user clears it: it stays cleared
    assert window.session.doc.field("signatory_name") == ""
    wait_saved(qtbot, window)
    path = window.session.project.path
    window.close_project()
    window.open_project(path)
    closing = window.wizard.show_section("closing")
    assert closing.fields["signatory_name"].editor.value() == ""  # proposed once only, never forced back


def test_recent_projects_show_organisation_project_and_last_change(qtbot, window, tmp_path):
    window.create_project(tmp_path / "recent.grantdesk", role="final")
    general = window.wizard.show_section("general")
    type_text(general.fields["org_name"].editor, "«Рухтан» қоғамдық қоры")
    type_text(general.fields["project_name"].editor, "Пікірсайыс қозғалысы")
    wait_saved(qtbot, window)
    window.close_project()
    text = window.start.recent.item(0).text()
    assert text.startswith("«Рухтан» қоғамдық қоры\nПікірсайыс қозғалысы\nrecent")
    assert "last change:" in text
