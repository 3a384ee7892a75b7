"""F8, Shift+F8 and a click in the problem list bring the field into the middle of its pane,
in every section and pane (the tasks tree's detail pane included), at 1366×768."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractItemView, QApplication, QScrollArea

from grantdesk.document import Ref
from tests.ui.conftest import open_report


def _innermost_area(widget):
    w = widget.parentWidget()
    while w is not None and not (isinstance(w, QScrollArea) and w.widget() is not None):
        w = w.parentWidget()
    return w


def _in_middle(widget) -> tuple[bool, str]:
    """Is the focused widget (a field's editor or a table's current cell) mid-pane?"""
    target, height = widget, widget.height()
    offset = QPoint(0, 0)
    if isinstance(widget, QAbstractItemView):  # the current cell, not the whole table
        rect = widget.visualRect(widget.currentIndex())
        target, offset, height = widget.viewport(), rect.topLeft(), rect.height()
        port = widget.viewport().rect()
        if not port.intersects(rect):
            return False, "cell outside its table's view"
    area = _innermost_area(widget)
    if area is None:
        return True, "no scroll area"
    top = target.mapTo(area.viewport(), offset).y()
    middle, view = top + height // 2, area.viewport().height()
    bar = area.verticalScrollBar()
    if not (0 <= top and top + min(height, view) <= view):
        return False, f"off screen: top {top}, height {height}, view {view}"
    centered = abs(middle - view // 2) <= max(40, view // 6)
    clamped = bar.value() in (bar.minimum(), bar.maximum())
    return centered or clamped, f"middle {middle} of {view}, bar {bar.value()}/{bar.maximum()}"


def test_every_problem_is_brought_to_the_middle_of_its_pane(qtbot, window, tmp_path, seed_001):
    from grantdesk.store import ProjectFile

    path = tmp_path / "view.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_document(seed_001)
    window.resize(1366, 738)
    assert open_report(window, path)
    session = window.session
    # A slip deep in the tasks tree: the last activity's date outside the period.
    last_task = session.doc.rows["tasks"][-1]
    activity = last_task.children["activities"][-1]
    session.set(Ref.cell("tasks.activities", activity.id, "date"), "31.12.2031")
    indicator = session.doc.rows["tasks"][0].children["activities"][0].children["indicators"][-1]
    session.set(Ref.cell("tasks.activities.indicators", indicator.id, "fact"), "много")
    session.recheck()
    panel = window.wizard.problems
    panel.check_all()
    count = panel.list.count()
    assert count >= 3
    seen_sections, failures = set(), []
    for step in range(count):
        panel.step(+1)
        qtbot.wait(20)
        QApplication.processEvents()
        focused = QApplication.focusWidget()
        assert focused is not None
        ok, why = _in_middle(focused)
        if not ok:
            failures.append(f"{panel.list.currentItem().text()[:60]}: {why}")
        seen_sections.add(window.wizard.current_section())
    assert failures == []
    assert "tasks" in seen_sections and len(seen_sections) >= 2
    # Shift+F8 goes back, and a click does the same
    panel.step(-1)
    qtbot.wait(20)
    assert _in_middle(QApplication.focusWidget())[0]
    panel.list.itemClicked.emit(panel.list.item(0))
    qtbot.wait(20)
    assert _in_middle(QApplication.focusWidget())[0]


def test_at_1366x768_the_editor_gets_the_height_and_columns_their_content(qtbot, window, tmp_path, seed_001):
    from grantdesk.store import ProjectFile

    path = tmp_path / "room.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_document(seed_001)
    window.resize(1366, 738)
    assert open_report(window, path)
    page = window.wizard.show_section("tasks")
    tree = page.tables["tasks"]
    tree.tree.setCurrentItem(tree.tree.topLevelItem(1).child(1))
    qtbot.wait(20)
    before = window.wizard.stack.height()
    window.wizard.problems.set_collapsed(True)
    qtbot.wait(20)
    assert not window.wizard.problems.list.isVisible() and window.wizard.problems.header.isVisible()
    assert window.wizard.stack.height() > before + 40  # the folded list's room went to the editor
    assert page.guidance is not None and page.guidance.folded  # a tree page folds its guidance
    window.wizard.problems.set_collapsed(False)
    qtbot.wait(20)
    assert window.wizard.problems.list.isVisible()
    # the indicators: the indicator's wording wide, the short plan and fact narrow
    leaf = tree.panes[1].leaf
    columns = [c.id for c in leaf.table.columns]
    widths = {c: leaf.grid.columnWidth(i) for i, c in enumerate(columns)}
    assert widths["indicator"] > 2 * widths["fact"] and widths["indicator"] > 2 * widths["plan"]
    assert sum(widths.values()) <= leaf.grid.viewport().width() + 2, (leaf._sized_for, leaf.grid.viewport().width(), leaf.grid.verticalScrollBar().isVisible())  # no sideways scrolling


def test_the_team_table_gives_the_names_room(qtbot, window, tmp_path):
    import json

    from grantdesk.document import project_from_json
    from grantdesk.forms import default_registry
    from grantdesk.store import ProjectFile
    from tests.conftest import FIXTURES

    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")),
                                default_registry())
    path = tmp_path / "team.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
    window.resize(1366, 738)
    assert window.open_project(path)
    window.open_document(project.plan.doc_id if project.plan.doc_id else window.project_session.project.plan.doc_id)
    page = window.wizard.show_section("team")
    staff = page.tables["staff"]
    qtbot.wait(20)
    fm = staff.grid.fontMetrics()
    names = [staff.grid.item(r, 0).text() for r in range(staff.grid.rowCount())]
    assert names
    assert staff.grid.columnWidth(0) >= min(max(fm.horizontalAdvance(n) for n in names), 200)
