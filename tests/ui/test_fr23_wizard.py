"""FR23 (seed 003) in the wizard, through its real widgets: the socio-economic sub-rows stand
under their rows with the form's numbers 1–9 only, take typed values that survive reopening,
and §3 shows the form's success-story guidance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit

from tests.ui.conftest import open_report, type_text, wait_saved


def _open_seed(window, tmp_path, seed_003):
    from grantdesk.store import ProjectFile

    path = tmp_path / "seed003.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_003)
    assert open_report(window, path)
    assert window.session.doc.form.id == "fr23"
    return path


def _type_cell(qtbot, grid, row, col, text):
    grid.setCurrentCell(row, col)
    grid.setFocus()
    grid.editItem(grid.item(row, col))
    editor = next(e for e in grid.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    type_text(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.item(row, col).text() == text and grid.state() != grid.State.EditingState,
                    timeout=2000)


def test_sub_rows_show_under_their_row_with_the_parents_number_only(qtbot, window, tmp_path, seed_003):
    path = _open_seed(window, tmp_path, seed_003)
    grid = window.wizard.show_section("socio").tables["socio"].grid
    numbers = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]
    assert numbers == ["1.", "", "2.", "3.", "4.", "", "5.", "6.", "7.", "8.", "9."]
    labels = [grid.item(r, 0).text() for r in range(grid.rowCount())]
    assert labels[0] == "Тікелей бенефициарлардың саны, оның ішінде:"
    assert labels[1].strip() == labels[5].strip() == "халықтың әлеуметтік осал топтарынан"
    assert labels[1] != labels[1].strip()  # indented under its row
    assert labels[4] == "Тартылған мамандардың саны, оның ішінде:"
    assert [grid.item(1, c).text() for c in (2, 3)] == ["-", "-"]

    # a sub-row is a row like the others: typed, saved, back after reopening
    _type_cell(qtbot, grid, 5, 3, "2")
    assert window.session.doc.fixed("socio", "specialists_vulnerable", "fact") == "2"
    wait_saved(qtbot, window)
    assert window.close_project()
    assert open_report(window, path)
    assert window.session.doc.fixed("socio", "specialists_vulnerable", "fact") == "2"
    grid = window.wizard.show_section("socio").tables["socio"].grid
    assert grid.item(5, 3).text() == "2" and grid.verticalHeaderItem(6).text() == "5."


def test_s3_shows_the_success_story_guidance(qtbot, window, tmp_path, seed_003):
    _open_seed(window, tmp_path, seed_003)
    page = window.wizard.show_section("s3")
    helps = [label.text() for label in page.findChildren(QLabel) if "Табыс тарихы" in label.text()]
    assert len(helps) == 1 and helps[0].startswith("«Табыс тарихы» - бұл әлеуметтік жобаның")
    assert page.fields["changes"].editor.toPlainText().startswith("Жоба аясындағы табыс тарихы")


def test_the_extra_tables_and_the_fourth_text_have_their_pages(qtbot, window, tmp_path, seed_003):
    _open_seed(window, tmp_path, seed_003)
    page = window.wizard.show_section("proposals")
    assert page.tables["proposals"].grid.rowCount() == 1
    assert page.tables["recommendations"].grid.rowCount() == 1
    s5 = window.wizard.show_section("s5")
    assert list(s5.fields) == ["results_concrete", "results_longterm", "results_sustainability", "results_effect"]
    assert s5.fields["results_sustainability"].editor.toPlainText().startswith("Жоба аясында салауатты")
