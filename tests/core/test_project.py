"""The project model: the plan is the spine, reports follow it, project values are shared."""

from __future__ import annotations

import copy
import json

import pytest

from grantdesk.checks import run_checks
from grantdesk.document import (
    DocumentError, Project, Ref, ReportFormatError, project_from_json, project_to_json,
)
from tests.conftest import FIXTURES


def _seed_002() -> dict:
    return json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8"))


@pytest.fixture
def project(registry) -> Project:
    return project_from_json(_seed_002(), registry)


@pytest.fixture
def final(project, registry):
    return project.new_document(registry.get("fr24"), "final", "kk")


def _activities(doc):
    return [row for row, _ in doc.iter_rows("tasks.activities")]


def _indicators(doc):
    return [row for row, _ in doc.iter_rows("tasks.activities.indicators")]


def test_a_report_starts_with_the_plan_in_its_order(project, final):
    plan = project.plan
    assert [r.plan_id for r in final.rows["tasks"]] == [r.id for r in plan.rows["tasks"]]
    assert [r.get("title") for r in final.rows["tasks"]] == [r.get("title") for r in plan.rows["tasks"]]
    assert [r.kind for r in final.rows["tasks"]][-2:] == ["presentation", "information"]
    assert [a.get("name") for a in _activities(final)] == [a.get("name") for a in _activities(plan)]
    assert [(i.get("indicator"), i.get("plan")) for i in _indicators(final)] == \
        [(i.get("indicator"), i.get("plan")) for i in _indicators(plan)]
    assert len(_indicators(final)) == 90
    # the plan's place and deadline are proposed as the report's own, editable values
    first = _activities(final)[0]
    assert first.cells["place"] == "Жаңаарқа  ауданы" and first.cells["date"] == "Сәуір"
    assert final.from_plan(Ref.cell("tasks.activities", first.id, "name"))
    assert not final.from_plan(Ref.cell("tasks.activities", first.id, "place"))
    # Block IV gives the socio-economic plan column
    assert final.fixed("socio", "direct", "plan") == "160"
    assert final.fixed("socio", "staff", "plan") == "4"
    assert final.fixed("socio", "payroll", "plan") == ""
    assert final.from_plan(Ref.fixed("socio", "indirect", "plan"))
    assert not final.from_plan(Ref.fixed("socio", "indirect", "fact"))


def test_plan_values_are_read_only_in_the_report(final):
    indicator = _indicators(final)[0]
    with pytest.raises(DocumentError, match="comes from the plan"):
        final.set(Ref.cell("tasks.activities.indicators", indicator.id, "plan"), "2")
    with pytest.raises(DocumentError, match="comes from the plan"):
        final.set(Ref.fixed("socio", "direct", "plan"), "1")
    final.set(Ref.cell("tasks.activities.indicators", indicator.id, "fact"), "1")
    assert indicator.get("fact") == "1"


def test_editing_the_plan_changes_every_report_at_once(project, final, registry):
    interim = project.new_document(registry.get("fr24"), "interim", "ru")
    plan = project.plan
    planned = _indicators(plan)[3]
    plan.set(Ref.cell("tasks.activities.indicators", planned.id, "plan"), "Кемінде 3")
    plan.set(Ref.fixed("effect", "direct", "plan"), "200")
    for report in (final, interim):
        mirror = next(i for i in _indicators(report) if i.plan_id == planned.id)
        assert mirror.get("plan") == "Кемінде 3"
        assert report.fixed("socio", "direct", "plan") == "200"
        assert not [p for p in run_checks(report) if p.rule == "R12"]


def test_rows_added_and_reordered_in_the_plan_follow_in_the_reports(project, final):
    plan = project.plan
    task = plan.rows["tasks"][1]
    new = plan.add_row("tasks.activities", task.id, cells={"name": "Жаңа іс-шара", "place": "Онлайн"})
    plan.add_row("tasks.activities.indicators", new.id, cells={"indicator": "Саны", "plan": "5"})
    report_task = final.rows["tasks"][1]
    names = [a.get("name") for a in report_task.children["activities"]]
    assert names[-1] == "Жаңа іс-шара"
    assert [i.get("plan") for i in report_task.children["activities"][-1].children["indicators"]] == ["5"]
    plan.move_row(plan.rows["tasks"][0].id, 2)
    assert [r.plan_id for r in final.rows["tasks"]] == [r.id for r in plan.rows["tasks"]]


def test_a_removed_plan_row_with_facts_is_kept_and_flagged(project, final):
    plan = project.plan
    first, second = plan.rows["tasks"][0].children["activities"][:2]
    with_facts = next(a for a in _activities(final) if a.plan_id == first.id)
    final.set(Ref.cell("tasks.activities", with_facts.id, "narrative"), "Өткізілді")
    name = first.get("name")
    plan.remove_row(first.id)
    plan.remove_row(second.id)
    assert final.has_row(with_facts.id) and with_facts.not_in_plan
    assert with_facts.get("name") == name  # the plan's former values are the report's own now
    assert [i.get("indicator") for i in with_facts.children["indicators"]][0] == "Фокус топ саны"
    # the activity nobody had written about goes with its plan row
    assert not [a for a in _activities(final) if a.plan_id == second.id]
    r12 = [p for p in run_checks(final) if p.rule == "R12"]
    assert [(p.key, p.ref.row) for p in r12 if p.key == "R12.not_in_plan"] == [("R12.not_in_plan", with_facts.id)]


def test_r12_one_finding_per_plan_value_changed_in_the_json(project, final, registry):
    final.doc_id = 2
    data = project_to_json(project)
    report = data["documents"][1]
    task = report["tables"]["tasks"][0]
    task["title"] = "Басқа міндет"
    task["activities"][0]["indicators"][0]["plan"] = "999"
    report["tables"]["socio"]["direct"]["plan"] = "1000"
    again = project_from_json(data, registry)
    r12 = sorted((p.key, p.ref.kind, p.ref.column, p.params["value"], p.params["plan_value"])
                 for p in run_checks(again.document(2)) if p.rule == "R12")
    assert r12 == [
        ("R12.differs", "cell", "plan", "999", "1"),
        ("R12.differs", "cell", "title", "Басқа міндет", again.plan.rows["tasks"][0].get("title")),
        ("R12.differs", "fixed", "plan", "1000", "160"),
    ]
    assert all(p.severity == "error" for p in run_checks(again.document(2)) if p.rule == "R12")


def test_r12_names_a_plan_row_the_report_lacks(project, final, registry):
    final.doc_id = 2
    data = project_to_json(project)
    del data["documents"][1]["tables"]["tasks"][2]["activities"][0]
    again = project_from_json(data, registry)
    missing = [p for p in run_checks(again.document(2)) if p.key == "R12.missing"]
    assert len(missing) == 1 and missing[0].ref.table == "tasks.activities"


def test_a_report_without_a_plan_works_as_before(registry):
    project = Project()
    report = project.new_document(registry.get("fr24"), "final", "kk")
    assert report.plan is None and [r.kind for r in report.rows["tasks"]] == ["presentation", "information"]
    report.add_row("tasks")
    assert not [p for p in run_checks(report) if p.rule == "R12"]


def test_r13_finds_the_plans_gaps(project):
    plan = project.plan
    assert not [p for p in run_checks(plan) if p.rule == "R13"]
    task = plan.rows["tasks"][0]
    plan.add_row("tasks.activities", task.id, cells={"name": "Көрсеткіші жоқ"})
    empty_task = plan.add_row("tasks", cells={"title": "Бос міндет"})
    indicator = _indicators(plan)[0]
    plan.set(Ref.cell("tasks.activities.indicators", indicator.id, "plan"), "")
    plan.set(Ref.fixed("effect", "ngos", "plan"), "")
    plan.set(Ref.field("period"), "жаз")
    keys = sorted(p.key for p in run_checks(plan) if p.rule == "R13")
    assert keys == ["R13.activity_without_indicator", "R13.effect_empty", "R13.no_planned_value",
                    "R13.task_without_activities"]
    # the unreadable period is said once, by R10, not again as R13.period_unreadable
    assert [p.key for p in run_checks(plan) if p.ref == Ref.field("period")] == ["R10.not_a_date"]
    assert all(p.severity == "warning" for p in run_checks(plan) if p.rule == "R13")
    assert any(p.ref.row == empty_task.id for p in run_checks(plan) if p.key == "R13.task_without_activities")


def test_project_values_are_one_for_every_document(project, final, registry):
    interim = project.new_document(registry.get("fr24"), "interim", "kk")
    final.set(Ref.field("org_name"), "Жаңа атау")
    assert project.plan.field("org_name") == interim.field("org_name") == "Жаңа атау"
    project.plan.set(Ref.field("goal"), "Мақсат")
    assert final.field("goal") == "Мақсат"


def test_removing_the_plan_leaves_reports_their_plan_values(project, final):
    titles = [r.get("title") for r in final.rows["tasks"]]
    project.remove(project.plan)
    assert final.plan is None and not final.follows_plan
    assert [r.get("title") for r in final.rows["tasks"]] == titles
    assert final.fixed("socio", "direct", "plan") == "160"


def test_duplicate_copies_every_value(project, final):
    final.set(Ref.field("achieved"), "Нәтиже")
    first = _activities(final)[0]
    final.set(Ref.cell("tasks.activities", first.id, "participants"), "40")
    twin = project.duplicate(final)
    assert twin is not final and twin.follows_plan and twin.plan is project.plan
    assert twin.field("achieved") == "Нәтиже"
    assert _activities(twin)[0].get("participants") == "40"
    assert {r.id for r, _ in twin.iter_rows("tasks")}.isdisjoint({r.id for r, _ in final.iter_rows("tasks")})


def test_the_seed_plan_round_trips_through_json(project, registry):
    data = project_to_json(project)
    assert project_to_json(project_from_json(copy.deepcopy(data), registry)) == data
    assert data["documents"][0]["tables"]["effect"]["indirect"] == {"plan": "16 000"}


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["documents"].append(dict(d["documents"][0], id=5)), "one plan"),
    (lambda d: d["documents"][0].update(role="final"), "cannot be a final"),
    (lambda d: d["project"].update(colour="red"), "unknown key"),
    (lambda d: d["documents"][0].update(id="one"), "whole number"),
])
def test_a_broken_project_json_is_refused_with_the_place(mutate, message, registry):
    data = _seed_002()
    mutate(data)
    with pytest.raises(ReportFormatError, match=message):
        project_from_json(data, registry)


def test_two_definitions_may_not_type_a_project_field_differently(tmp_path):
    import yaml

    from grantdesk.forms import FormError, FormRegistry
    from grantdesk.resources import forms_dir

    for name in ("fr24.yaml", "pd.yaml"):
        (tmp_path / name).write_text((forms_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((forms_dir() / "pd.yaml").read_text(encoding="utf-8"))
    data["fields"]["period"]["type"] = "date"
    (tmp_path / "pd.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormError, match="project field 'period' is 'daterange'"):
        FormRegistry(tmp_path)


def test_a_report_naming_a_plan_column_that_does_not_exist_is_refused(tmp_path):
    import yaml

    from grantdesk.forms import FormError, FormRegistry
    from grantdesk.resources import forms_dir

    (tmp_path / "pd.yaml").write_text((forms_dir() / "pd.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    data = yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))
    data["plan"]["tables"]["tasks.activities"]["columns"] = {"name": "title"}
    (tmp_path / "fr24.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(FormError, match="pd tasks.activities has no column 'title'"):
        FormRegistry(tmp_path)
