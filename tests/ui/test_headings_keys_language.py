"""Readable headings at 1366×768, the keyboard, and one language per screen: real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from grantdesk.ui.grid import FixedGridEditor, GridEditor
from grantdesk.ui.headers import PAD
from grantdesk.ui.report_language import ReportLanguageDialog

WRAP = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def _grids(window):
    """Every table grid of the report, the tree's leaf grids included."""
    for section in window.session.doc.form.sections:
        page = window.wizard.show_section(section.id)
        for widget in page.tables.values():
            if isinstance(widget, (GridEditor, FixedGridEditor)):
                yield widget
            else:
                yield from (pane.leaf for pane in widget.panes if pane.leaf is not None)


@pytest.mark.parametrize("ui_lang, print_lang", [("kk", "kk"), ("ru", "ru"), ("en", "kk"), ("en", "ru")])
def test_no_heading_is_cut_at_1366x768(qtbot, window, tmp_path, print_lang, ui_lang):
    window.ctx.ui_lang = ui_lang
    window.resize(1366, 738)
    window.create_project(tmp_path / "headings.grantdesk", role="final")
    window.set_report_lang(print_lang)
    measured = 0
    for editor in _grids(window):
        header = editor.grid.horizontalHeader()
        fm = header.fontMetrics()
        for s in range(header.count()):
            text = header.model().headerData(s, Qt.Orientation.Horizontal)
            width = header.sectionSize(s) - 2 * PAD
            # every word fits on a line of its section (no word cut), and all lines fit the height
            assert max(fm.horizontalAdvance(w) for w in text.split()) <= width, (editor.table.path, text)
            lines = fm.boundingRect(QRect(0, 0, width, 10000), WRAP, text).height()
            assert lines <= header.height(), (editor.table.path, text, lines, header.height())
            item = editor.grid.horizontalHeaderItem(s)
            assert item.toolTip().split("\n")[0] == text and item.data(Qt.ItemDataRole.AccessibleTextRole) == text
            if text and ui_lang != print_lang:  # the printed heading (the report's words) in the tooltip
                assert "In the report: " in item.toolTip(), text
            measured += 1
    assert measured >= 30  # every table of the report, the tree's leaf grids included


def test_wide_tables_keep_the_row_name_in_view(qtbot, window, tmp_path):
    window.resize(1366, 738)
    window.create_project(tmp_path / "wide.grantdesk", role="final")
    status = window.wizard.show_section("s4").tables["stats_status"]
    assert status.frozen is not None and status.frozen.view.isVisible()
    grid = status.grid
    grid.horizontalScrollBar().setValue(grid.horizontalScrollBar().maximum())
    assert grid.horizontalScrollBar().maximum() > 0  # it is wider than the window
    view = status.frozen.view
    assert view.columnWidth(0) == grid.columnWidth(0) and not view.isColumnHidden(0) and view.isColumnHidden(1)
    assert view.geometry().left() <= grid.verticalHeader().width() + grid.frameWidth()
    assert view.model() is grid.model()  # typing in it edits the same cells


def test_columns_resize_from_the_keyboard(qtbot, window, tmp_path):
    window.create_project(tmp_path / "cols.grantdesk", role="final")
    partners = window.wizard.show_section("s6").tables["partners"]
    grid = partners.grid
    grid.setFocus()
    grid.setCurrentCell(0, 1) if grid.rowCount() else partners.add_row()
    grid.setCurrentCell(0, 1)
    before = grid.columnWidth(1)
    QTest.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert grid.columnWidth(1) == before + 40
    QTest.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert grid.columnWidth(1) == before
    grid.item(0, 1).setText("Ақпараттық серіктес")
    grid.setColumnWidth(1, 60)  # the mouse may narrow it, but never below its longest heading word
    assert grid.columnWidth(1) >= grid.horizontalHeader().word_width(1)
    QTest.keyClick(grid, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert grid.columnWidth(1) >= grid.fontMetrics().horizontalAdvance("Ақпараттық серіктес")


def test_shortcuts_add_tasks_and_activities_and_walk_the_problems(qtbot, window, tmp_path):
    window.create_project(tmp_path / "keys.grantdesk", role="final")
    tree = window.wizard.show_section("tasks").tables["tasks"]
    doc = window.session.doc
    tree.tree.setFocus()
    QTest.keyClick(tree.tree, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    task = doc.rows["tasks"][0]
    assert task.kind is None and tree.current_row_id() == task.id
    tree.tree.setFocus()
    QTest.keyClick(tree.tree, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert len(task.children["activities"]) == 1
    leaf = tree.panes[1].leaf.grid
    leaf.setFocus()
    QTest.keyClick(leaf, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert len(task.children["activities"][0].children["indicators"]) == 1

    window.check_report()
    panel = window.wizard.problems
    assert panel.list.count() > 2
    QTest.keyClick(window.wizard, Qt.Key.Key_F8)
    assert panel.list.currentRow() == 0
    first = panel.list.item(0).data(Qt.ItemDataRole.UserRole)
    assert window.wizard.current_section() == window.session.doc.form.section_of(first.ref.root).id
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8)
    assert panel.list.currentRow() == 1
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert panel.list.currentRow() == 0

    listed = window.show_keyboard_help().shortcuts()
    for keys in ("F8 / Shift+F8", "Ctrl+1", "Ctrl+2", "Ctrl+Enter", "Ctrl+Delete", "Alt+Up / Alt+Down",
                 "PgUp / PgDown", "Ctrl+Shift+F"):
        assert keys in listed


def test_the_preview_pages_and_zooms_from_the_keyboard(qtbot, window, tmp_path):
    window.create_project(tmp_path / "preview.grantdesk", role="final")
    preview = window.print_preview()
    qtbot.addWidget(preview)
    preview.resize(1000, 700)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow, timeout=2000)
    preview.finish_rendering()
    assert preview.page_count >= 2
    assert preview.focusWidget() is preview.scroll  # the keys page at once, not after three Tabs
    QTest.keyClick(preview.scroll, Qt.Key.Key_PageDown)
    assert preview.current_page == 1
    assert preview.scroll.verticalScrollBar().value() >= preview.page_labels[1].y() - 10
    QTest.keyClick(preview.scroll, Qt.Key.Key_PageUp)
    assert preview.current_page == 0
    width = preview.page_labels[0].width()
    QTest.keyClick(preview.scroll, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.page_labels[0].width() > width
    QTest.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(preview.scroll, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.page_labels[0].width() < width
    QTest.keyClick(preview.scroll, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    room = preview.scroll.viewport().width()
    assert room * 0.9 <= preview.page_labels[0].width() <= room
    preview.finish_rendering()
    assert preview.page_labels[0].pixmap().width() == preview.page_labels[0].width()

    saved = preview.write_pdf(tmp_path / "out" / "report.pdf") if (tmp_path / "out").mkdir() is None else None
    assert saved.exists() and str(saved) in preview.saved.text() and preview.open_folder_button.isVisible()
    preview.close()


def test_a_new_project_asks_its_report_language(qtbot, window, tmp_path, report_lang):
    answer, asked = report_lang
    answer[0] = "ru"
    window.ctx.ui_lang = "ru"
    assert window.create_project(tmp_path / "ru.grantdesk", role="final")
    assert asked == ["ru"] and window.session.doc.lang == "ru"
    button = window.report_lang_button
    assert button.isVisible() and "Русский" in button.text()
    button.click()  # one click: printed in Kazakh from now on, nothing typed changes
    assert window.session.doc.lang == "kk" and "Қазақша" in window.report_lang_button.text()
    window.close_project()
    answer[0] = None  # the question cancelled: no project is made
    assert not window.create_project(tmp_path / "none.grantdesk", role="final")
    assert not (tmp_path / "none.grantdesk").exists()


@pytest.mark.parametrize("ui_lang, proposed", [("kk", "kk"), ("ru", "ru"), ("en", "kk")])
def test_the_question_proposes_the_apps_language(qtbot, ui_lang, proposed):
    dialog = ReportLanguageDialog(ui_lang)
    qtbot.addWidget(dialog)
    assert [code for code, b in dialog.buttons.items() if b.isDefault()] == [proposed]
    dialog.buttons["ru"].click()
    assert dialog.choice == "ru" and dialog.result() == dialog.DialogCode.Accepted
    other = ReportLanguageDialog(ui_lang)
    qtbot.addWidget(other)
    other.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert other.choice is None


@pytest.mark.parametrize("ui_lang, add_task, row", [("ru", "Добавить: Задача", "Задача 1"), ("en", "Add: Task", "Task 1"),
                                                    ("kk", "Қосу: міндет", "1-міндет")])
def test_row_names_follow_the_apps_language(qtbot, window, tmp_path, qapp, ui_lang, add_task, row):
    from grantdesk.ui.i18n import Translators

    window.ctx.translators = Translators(qapp)
    window.create_project(tmp_path / "rows.grantdesk", role="final")  # a Kazakh report
    window.ctx.ui_lang = "en" if ui_lang != "en" else "kk"  # so that the switch below really switches
    window.set_ui_lang(ui_lang)
    tree = window.wizard.show_section("tasks").tables["tasks"]
    assert tree.add_buttons[0].text() == add_task
    tree.add_row(tree.levels[0])
    assert tree.tree.currentItem().text(0).startswith(row)
    window.set_ui_lang("en")
