"""Interim reports for part of the period, and the final report started from the last one:
carried values and their marks; R6 against the interim's own period; the interim's print."""

from __future__ import annotations

import pytest

from grantdesk.checks import run_checks
from grantdesk.document import Project, Ref
from grantdesk.document.project import carry_over, has_own_values
from grantdesk.printing import render_pdf
from grantdesk.store import DocumentWriter, ProjectFile
from tests.printing.conftest import PdfText


def plan_of(report, registry) -> Project:
    """Seed 001's plan, as its final report states it: tasks, activities, indicators and
    planned values, Block IV from the socio-economic plan column."""
    project = Project()
    project.values.update(report.project)
    plan = project.new_document(registry.get("pd"), "plan", "kk")
    for row in list(plan.rows["tasks"]):
        plan.remove_row(row.id)
    for task in report.rows["tasks"]:
        mine = plan.add_row("tasks", cells={"title": task.get("title")}, kind=task.kind)
        for activity in task.children["activities"]:
            act = plan.add_row("tasks.activities", mine.id, cells={"name": activity.get("name"), "place": activity.get("place")})
            for ind in activity.children["indicators"]:
                plan.add_row("tasks.activities.indicators", act.id,
                             cells={"indicator": ind.get("indicator"), "plan": ind.get("plan")})
    for key, source in (("direct", "direct"), ("indirect", "indirect"), ("employees", "staff"),
                        ("specialists", "specialists"), ("ngos", "ngos"), ("partners", "partners")):
        plan.values[f"effect.{key}.plan"] = report.fixed("socio", source, "plan")
    return project


@pytest.fixture
def project(seed_001, registry):
    return plan_of(seed_001, registry)


def _first_activity(doc):
    return next(row for row, _ in doc.iter_rows("tasks.activities"))


def _interim(project, registry):
    interim = project.new_document(registry.get("fr24"), "interim", "kk")
    interim.set(Ref.field("reporting_period"), "01.04.2024 – 31.07.2024")
    act = _first_activity(interim)
    for column, value in (("date", "15.05.2024"), ("place", "Ақтау қаласы"), ("participants", "40"),
                          ("narrative", "Бірінші кезеңде өтті")):
        interim.set(Ref.cell("tasks.activities", act.id, column), value)
    indicator = act.children["indicators"][0]
    interim.set(Ref.cell("tasks.activities.indicators", indicator.id, "fact"), "1")
    interim.set(Ref.fixed("socio", "direct", "fact"), "120")
    interim.set(Ref.field("achieved"), "Жартысы орындалды")
    gender = interim.rows["stats_gender"][0]
    for column, value in (("total", "120"), ("men", "50"), ("women", "70")):
        interim.set(Ref.cell("stats_gender", gender.id, column), value)
    partner = interim.add_row("partners")
    interim.set(Ref.cell("partners", partner.id, "name"), "Ақкетік газеті")
    return interim


def test_an_interim_report_dates_activities_against_the_project_period(project, registry):
    """FORMS.md R6: activity dates against the project period, the reporting period inside it."""
    interim = _interim(project, registry)
    assert interim.role == "interim" and interim.plan is project.plan
    act = _first_activity(interim)
    # After the interim's period but inside the project's: planned later, not misdated.
    interim.set(Ref.cell("tasks.activities", act.id, "date"), "20.10.2024")
    assert not [p for p in run_checks(interim) if p.key == "R6.outside_period"]
    interim.set(Ref.cell("tasks.activities", act.id, "date"), "20.12.2024")  # after the project
    r6 = [p for p in run_checks(interim) if p.key == "R6.outside_period"]
    assert [(p.ref.row, p.params["start"], p.params["end"]) for p in r6] == [(act.id, "01.04.2024", "30.11.2024")]
    interim.set(Ref.cell("tasks.activities", act.id, "date"), "20.10.2024")
    interim.set(Ref.field("reporting_period"), "01.03.2024 – 31.07.2024")  # starts before the project
    found = [p for p in run_checks(interim) if p.key == "R6.report_period_outside"]
    assert [(p.params["report_start"], p.params["start"]) for p in found] == [("01.03.2024", "01.04.2024")]
    interim.set(Ref.field("reporting_period"), "31.07.2024 – 01.04.2024")
    assert "R6.report_period_reversed" in {p.key for p in run_checks(interim)}
    # the final report checks the same date against the whole project period: no finding
    final = project.new_document(registry.get("fr24"), "final", "kk")
    assert not [p for p in run_checks(final) if p.key == "R6.outside_period"]


def test_interim_prints_its_own_title_and_no_annex_line(project, registry):
    interim = _interim(project, registry)
    text = PdfText(render_pdf(interim).pdf)
    assert text.has("Аралық бағдарламалық есеп") and text.has("01.04.2024 – 31.07.2024")
    assert not text.has("Шарттың № 7 қосымшасы") and text.has("Мемлекеттік грант беру туралы")
    ru = PdfText(render_pdf(interim, lang="ru").pdf)
    assert ru.has("Промежуточный программный отчет") and not ru.has("Приложение № 7 к Договору")
    final = PdfText(render_pdf(project.new_document(registry.get("fr24"), "final", "kk")).pdf)
    assert final.has("Шарттың № 7 қосымшасы") and not final.has("Есепті кезең")


def test_the_final_report_starts_from_the_last_interim(project, registry):
    interim = _interim(project, registry)
    final = project.new_document(registry.get("fr24"), "final", "kk")
    act, theirs = _first_activity(final), _first_activity(interim)
    assert act.plan_id == theirs.plan_id
    assert [act.get(c) for c in ("date", "place", "participants", "narrative")] == \
        ["15.05.2024", "Ақтау қаласы", "40", "Бірінші кезеңде өтті"]
    place = Ref.cell("tasks.activities", act.id, "place")
    assert final.is_carried(place) and final.is_carried(Ref.fixed("socio", "direct", "fact"))
    assert final.field("achieved") == "Жартысы орындалды" and final.is_carried(Ref.field("achieved"))
    assert [r.get("total") for r in final.rows["stats_gender"]] == ["120"]
    assert [r.get("name") for r in final.rows["partners"]] == ["Ақкетік газеті"]
    assert "reporting_period" not in final.values  # the interim's own period stays its own
    # plan values are read from the plan, never carried
    name = Ref.cell("tasks.activities", act.id, "name")
    assert final.from_plan(name) and not final.is_carried(name)
    # editing a carried value makes it the user's own: the mark goes
    final.set(place, "Жаңаөзен қаласы")
    assert not final.is_carried(place) and final.is_carried(Ref.cell("tasks.activities", act.id, "date"))


def test_carried_marks_survive_the_file_and_go_once_edited(project, registry, tmp_path):
    _interim(project, registry)
    final = project.new_document(registry.get("fr24"), "final", "kk")
    path = tmp_path / "p.grantdesk"
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
    with ProjectFile.open(path) as pf:
        again = pf.load_project(registry)
        report = again.reports()[-1]
        assert report.carried == final.carried and report.carried
        writer = DocumentWriter(pf, report.doc_id, report)
        report.set(Ref.field("achieved"), "Толық орындалды")
        writer.flush()
    with ProjectFile.open(path) as pf:
        report = pf.load_project(registry).reports()[-1]
    assert not report.is_carried(Ref.field("achieved"))
    assert report.is_carried(Ref.fixed("socio", "direct", "fact"))


def test_nothing_is_carried_over_what_a_report_holds_already(project, registry):
    interim = _interim(project, registry)
    project.documents.remove(interim)  # a final report made before the interim existed
    final = project.new_document(registry.get("fr24"), "final", "kk")
    project.add(interim)
    assert not has_own_values(final)
    final.set(Ref.field("achieved"), "Өз мәтіні")
    assert has_own_values(final)  # the app asks before carrying into it
    carried = carry_over(interim, final)
    assert final.field("achieved") == "Өз мәтіні"
    assert Ref.field("achieved") not in carried and Ref.fixed("socio", "direct", "fact") in carried
