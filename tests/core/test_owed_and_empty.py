"""What a report owes (R14), one meaning of empty, proposed values, and one state per
document (FORMS.md, "What a report owes (R14), empty, and proposed values")."""

from __future__ import annotations

import json
from datetime import date

import pytest

from grantdesk.checks import run_checks
from grantdesk.checks.due import not_yet_due
from grantdesk.document import Ref, project_from_json
from grantdesk.forms import default_registry, derived_editions
from grantdesk.printing import render_derived, render_pdf
from grantdesk.progress import COMPLETE, assess, section_states
from grantdesk.texts import state_line
from grantdesk.values.blank import is_blank, is_unanswered
from grantdesk.values.dates import parse_period
from grantdesk.wordio import export_docx
from tests.checks.conftest import clean_report
from tests.conftest import FIXTURES
from tests.printing.conftest import PdfText
from tests.wordio.conftest import DocxText


@pytest.fixture
def seed_002_project():
    return project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), default_registry())


def _activity_findings(doc):
    return [p for p in run_checks(doc) if p.key.startswith("R14.activity")]


# ---- R14 on seed 002's plan ------------------------------------------------------------------


def test_a_final_report_with_no_facts_owes_each_of_its_15_activities(seed_002_project):
    final = seed_002_project.new_document(default_registry().get("fr24"), "final", "kk")
    activities = [row.id for row, _ in final.iter_rows("tasks.activities")]
    found = _activity_findings(final)
    assert len(activities) == 15
    assert [p.params["activity_row"] for p in found] == activities  # one finding each, in order
    assert all(p.severity == "error" for p in found)
    # going to a finding lands on its first empty place: the date is proposed from the plan,
    # so the place is filled too, and the first empty one is the number of participants
    first = found[0]
    assert first.ref == Ref.cell("tasks.activities", activities[0], "participants")
    assert first.params["own_columns"] == "participants,shortterm" and first.params["indicators"]
    # the texts, the §4 totals and the socio-economic facts are owed too
    keys = [p.key for p in run_checks(final) if p.rule == "R14" and not p.key.startswith("R14.activity")]
    assert keys.count("R14.text_empty") == 5 and keys.count("R14.total_empty") == 3
    assert keys.count("R14.socio_facts") == 1
    state = assess(final)
    assert state.draft and state.owed >= 24 and not state.clean


def test_an_interim_report_owes_only_the_activities_due_by_the_end_of_its_period(seed_002_project):
    fr24 = default_registry().get("fr24")
    interim = seed_002_project.new_document(fr24, "interim", "kk")
    interim.set(Ref.field("reporting_period"), "01.04.2024 – 30.04.2024")
    problems = run_checks(interim)
    assert not [p for p in problems if p.rule == "R6"]  # the plan's dates («Сәуір - тамыз» …) are right
    rows = [row for row, _ in interim.iter_rows("tasks.activities")]
    due = {p.params["activity_row"] for p in problems if p.key.startswith("R14.activity")}
    later = not_yet_due(interim)
    assert len(due) == 9 and len(later) == 6 and due | later == {r.id for r in rows} and not due & later
    # those planned later start after April, as the plan says
    for row in rows:
        start = parse_period(row.source.get("deadline"), 2024)[0]
        assert (row.id in later) == (start > date(2024, 4, 30))
    # texts, totals and facts so far are warnings in an interim report
    assert {p.severity for p in problems if p.rule == "R14" and not p.key.startswith("R14.activity")} == {"warning"}
    interim.set(Ref.field("reporting_period"), "01.04.2024 – 31.05.2024")
    grown = {p.params["activity_row"] for p in _activity_findings(interim)}
    assert due < grown and len(grown) == 13  # «Мамыр-…» activities fall due in May
    # a final report owes all of them, whatever is due
    final = seed_002_project.new_document(fr24, "final", "kk")
    assert len(_activity_findings(final)) == 15 and not_yet_due(final) == frozenset()


def test_the_reporting_period_must_lie_inside_the_project_period(seed_002_project):
    interim = seed_002_project.new_document(default_registry().get("fr24"), "interim", "ru")
    interim.set(Ref.field("reporting_period"), "01.03.2024 – 30.04.2024")
    found = [p for p in run_checks(interim) if p.key == "R6.report_period_outside"]
    assert [(p.params["report_start"], p.params["start"], p.params["end"]) for p in found] == [
        ("01.03.2024", "01.04.2024", "31.08.2024")]
    from grantdesk.checks import render_message
    text = render_message(found[0], interim, "ru")
    assert "отчетный период (01.03.2024 – 30.04.2024)" in text and "период проекта" in text


def test_a_filled_activity_owes_nothing():
    doc = clean_report("kk")
    assert not [p for p in run_checks(doc) if p.rule == "R14"]
    activity = doc.rows["tasks"][0].children["activities"][0]
    doc.set(Ref.cell("tasks.activities", activity.id, "place"), "")
    indicator = activity.children["indicators"][0]
    doc.set(Ref.cell("tasks.activities.indicators", indicator.id, "fact"), "")
    [finding] = [p for p in run_checks(doc) if p.rule == "R14"]
    assert finding.key == "R14.activity_both" and finding.ref.column == "place"
    assert finding.params["indicators"] == "1" and finding.params["fact_columns"] == "fact"


# ---- one meaning of empty, for every consumer ---------------------------------------------------

# (value, empty in a field, empty in a table cell)
HOSTILE = [
    (" ", True, True), ("\n\n", True, True), ("\u200b", True, True), ("\u200b\u200d \t", True, True),
    ("\x07", True, True), ("\ufeff", True, True), ("\u00ad", True, True), ("\r\n\u2028", True, True),
    ("-", True, False), ("–", True, False), ("—", True, False), (" - ", True, False),
    ("x", False, False), ("600", False, False),
]


@pytest.mark.parametrize(("value", "field_empty", "cell_empty"), HOSTILE)
def test_every_consumer_gives_the_same_answer_about_empty(value, field_empty, cell_empty):
    assert is_unanswered(value) == field_empty and is_blank(value) == cell_empty
    # a required field (the signatory's name): R1, the section state, the document's state
    doc = clean_report("kk")
    doc.set(Ref.field("signatory_name"), value)
    problems = run_checks(doc)
    assert any(p.rule == "R1" and p.ref == Ref.field("signatory_name") for p in problems) == field_empty
    state = assess(doc, problems)
    assert state.draft == field_empty and (state.owed == 1) == field_empty
    assert (section_states(doc, problems)["closing"] == "has_errors") == field_empty
    assert ("орын толтырылмаған" in state_line(state, "kk")) == field_empty
    # an owed table cell (an indicator's fact): R14 and the state
    doc = clean_report("kk")
    indicator = doc.rows["tasks"][0].children["activities"][0].children["indicators"][0]
    doc.set(Ref.cell("tasks.activities.indicators", indicator.id, "fact"), value)
    problems = run_checks(doc)
    assert any(p.rule == "R14" for p in problems) == cell_empty
    assert assess(doc, problems).draft == cell_empty


@pytest.mark.parametrize(("value", "empty"), [("\u200b", True), ("\n \u200d", True), ("—", True), ("Директор", False)])
def test_print_word_and_op4_mark_a_draft_exactly_when_a_place_is_empty(value, empty):
    doc = clean_report("kk")
    doc.set(Ref.field("signatory_position"), value)
    draft = assess(doc).draft
    assert draft == empty
    pdf = PdfText(render_pdf(doc, draft=draft).pdf)
    word_header = DocxText(export_docx(doc, draft=draft)).docx.sections[0].header.paragraphs[0].text
    op4 = PdfText(render_derived(derived_editions(default_registry(), doc)[0], doc, draft=draft).pdf)
    assert pdf.has("НОБАЙ") == empty and op4.has("НОБАЙ") == empty
    assert ("НОБАЙ" in word_header) == empty


# ---- a proposed value is a value --------------------------------------------------------------


def test_the_signatory_proposed_from_the_head_prints_and_is_no_gap(seed_002_project):
    project = seed_002_project
    project.values["head_name"] = "Кушанова Гулнур Джексембаевна"
    project.values["head_position"] = "Директор"
    interim = project.new_document(default_registry().get("fr24"), "interim", "kk")
    # the Signature section was never opened: the proposal is the document's value all the same
    assert interim.field("signatory_name") == "Кушанова Гулнур Джексембаевна"
    assert interim.is_proposed(Ref.field("signatory_name"))
    assert not [p for p in run_checks(interim) if p.rule == "R1" and p.ref.table.startswith("signatory")]
    pdf = PdfText(render_pdf(interim).pdf)
    assert pdf.has("Кушанова Гулнур Джексембаевна") and pdf.has("Директор")
    assert DocxText(export_docx(interim)).has("Кушанова Гулнур Джексембаевна")
    # the source changes: an unedited proposal follows it
    project.values["head_name"] = "Ахметов Ерлан"
    assert interim.field("signatory_name") == "Ахметов Ерлан"
    # edited, it is the document's own; cleared, it stays cleared (and R1 says so)
    interim.set(Ref.field("signatory_name"), "Сейітова А.")
    project.values["head_name"] = "Басқа адам"
    assert interim.field("signatory_name") == "Сейітова А." and not interim.is_proposed(Ref.field("signatory_name"))
    interim.set(Ref.field("signatory_name"), "")
    assert interim.field("signatory_name") == ""
    assert any(p.rule == "R1" and p.ref == Ref.field("signatory_name") for p in run_checks(interim))


def test_a_proposal_survives_the_project_file(tmp_path, seed_002_project):
    from grantdesk.store import DocumentWriter, ProjectFile

    project = seed_002_project
    project.values["head_name"] = "Кушанова Г.Д."
    path = tmp_path / "p.grantdesk"
    final = project.new_document(default_registry().get("fr24"), "final", "kk")
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
        writer = DocumentWriter(pf, final.doc_id, final)
        final.set(Ref.field("signatory_position"), "")  # cleared by the user: kept cleared
        writer.flush()
    with ProjectFile.open(path, read_only=True) as pf:
        again = pf.load_project(default_registry())
    report = again.documents[-1]
    assert report.field("signatory_name") == "Кушанова Г.Д." and report.is_proposed(Ref.field("signatory_name"))
    assert report.field("signatory_position") == "" and not report.is_proposed(Ref.field("signatory_position"))


# ---- one state per document -------------------------------------------------------------------


def test_a_complete_report_says_so_and_an_owing_one_never_does():
    doc = clean_report("ru")
    state = assess(doc)
    assert state.kind == COMPLETE and state.clean and not state.draft
    assert state_line(state, "ru") == "заполнено"
    doc.set(Ref.field("changes"), "  ")
    state = assess(doc)
    assert state.kind != COMPLETE and state.owed == 1
    assert state_line(state, "ru") == "заполняется (1 место не заполнено)"
    assert state_line(state, "en") == "in progress (1 place still to fill)"


# ---- nothing stored unseen; what was not understood before ---------------------------------------


def test_a_standard_blocks_own_title_in_a_file_is_refused_not_stored_unseen():
    from grantdesk.document import ReportFormatError, from_json

    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    block = next(t for t in data["tables"]["tasks"] if t.get("standard"))
    block["title"] = "Өз атауымыз"  # the form prints its own wording there, never this
    with pytest.raises(ReportFormatError, match=r"tables\.tasks\[\d+\]\.title: the standard block"):
        from_json(data, default_registry())
    block["title"] = default_registry().get("fr24").table("tasks").standard_rows[block["standard"]]("kk")
    from_json(data, default_registry())  # the form's own wording, as an export may write it: fine


@pytest.mark.parametrize(("typed", "year", "expected"), [
    ("Сәуір", 2024, (date(2024, 4, 1), date(2024, 4, 30))),
    ("май", 2024, (date(2024, 5, 1), date(2024, 5, 31))),
    ("Мамыр-маусым", 2024, (date(2024, 5, 1), date(2024, 6, 30))),
    ("Сәуір  - тамыз", 2024, (date(2024, 4, 1), date(2024, 8, 31))),
    ("с 1 марта по 30 ноября 2024 г.", None, (date(2024, 3, 1), date(2024, 11, 30))),
    ("1–30 сентября 2024", None, (date(2024, 9, 1), date(2024, 9, 30))),
    ("1 наурыздан 30 қарашаға дейін", 2024, (date(2024, 3, 1), date(2024, 11, 30))),
])
def test_months_and_spans_in_words_are_understood(typed, year, expected):
    assert parse_period(typed, year) == expected


def test_an_impossible_day_is_said_once():
    doc = clean_report("ru")
    doc.set(Ref.field("contract_date"), "31.02.2024")
    assert [p.rule for p in run_checks(doc) if p.ref == Ref.field("contract_date")] == ["R10"]


def test_the_plans_team_phones_are_checked(seed_002_project):
    plan = seed_002_project.plan
    assert not [p for p in run_checks(plan) if p.rule == "R11"]  # the seed's are Kazakhstan numbers
    member = plan.rows["staff"][0]
    plan.set(Ref.cell("staff", member.id, "contacts"), "+49 30 1234567, info@ngo.kz")
    found = [p for p in run_checks(plan) if p.rule == "R11"]
    assert [(p.key, p.ref.row) for p in found] == [("R11.not_kz", member.id)]
    plan.set(Ref.cell("staff", member.id, "contacts"), "info@ngo.kz")  # an e-mail alone is fine
    assert not [p for p in run_checks(plan) if p.rule == "R11"]


def test_a_place_proposed_from_the_plan_follows_the_plan_until_edited(seed_002_project):
    project = seed_002_project
    report = project.new_document(default_registry().get("fr24"), "interim", "kk")
    rows = [row for row, _ in report.iter_rows("tasks.activities")]
    first, second = rows[0], rows[1]
    assert first.get("place") == first.source.get("place")  # proposed when the report was made
    report.set(Ref.cell("tasks.activities", second.id, "place"), "Қарағанды қаласы")  # the user's own
    plan = project.plan
    plan.set(Ref.cell("tasks.activities", first.source.id, "place"), "Ұлытау ауданы")
    plan.set(Ref.cell("tasks.activities", second.source.id, "place"), "Сәтбаев қаласы")
    assert first.get("place") == "Ұлытау ауданы"  # followed the plan
    assert second.get("place") == "Қарағанды қаласы"  # kept what was typed
    plan.set(Ref.cell("tasks.activities", first.source.id, "deadline"), "Мамыр")
    assert first.get("date") == "Мамыр"


def test_a_value_this_kind_of_document_never_prints_is_refused_at_import():
    from grantdesk.document import ReportFormatError, from_json

    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))  # a final report
    data["values"]["reporting_period"] = "01.04.2024 – 30.04.2024"  # an interim report's field
    with pytest.raises(ReportFormatError, match="values.reporting_period: a final document of fr24 has no"):
        from_json(data, default_registry())
    data["values"]["reporting_period"] = ""  # empty, as an export writes it: fine
    from_json(data, default_registry())


@pytest.mark.parametrize(("typed", "tenge"), [("7 000", 7_000_000), ("1 500,5", 1_500_500), ("7 млн", 7_000_000),
                                              ("300 тыс.", 300_000)])
def test_an_amount_in_a_column_headed_in_thousands_is_read_in_thousands(typed, tenge):
    from grantdesk.values.understood import understand, value_text

    fr23 = default_registry().get("fr23")
    column = fr23.table("proposals").column("amount")
    assert "(мың теңге)" in column.label("kk") and "(тыс. тенге)" in column.label("ru")
    found = understand(column.type, typed)
    assert found.ok and found.value == tenge
    assert value_text(found, "ru").replace("\u00a0", " ") == f"{tenge:,} ₸".replace(",", " ")
