"""R1 required fields, R10 numbers, R11 phones: rules walked over the definition by field type."""

import pytest
import yaml

from grantdesk.checks import Problem, render_message, run_checks
from grantdesk.document import Document, Ref
from grantdesk.forms import parse_form
from grantdesk.resources import forms_dir


# ---- R1 ---------------------------------------------------------------------------------


def test_r1_required_field_empty(doc, of_rule):
    doc.set(Ref.field("org_name"), "")
    doc.set(Ref.field("signatory_name"), "  -  ")  # a lone dash is nothing typed
    assert of_rule(doc, "R1") == [
        Problem("R1", "error", Ref.field("org_name"), "R1.empty", {}),
        Problem("R1", "error", Ref.field("signatory_name"), "R1.empty", {}),
    ]


def test_r1_optional_fields_may_stay_empty(doc, of_rule):
    assert doc.field("fill_date") == "" and doc.field("deviation") == ""
    assert of_rule(doc, "R1") == []


def test_r1_every_required_field_of_a_new_report(doc, of_rule):
    new = Document.new(doc.form)
    required = [f.id for f in new.form.fields.values() if f.required and f.applies("final")]
    assert [p.ref.table for p in of_rule(new, "R1")] == required
    assert "reporting_period" not in required  # only an interim report has one
    interim = Document.new(doc.form, role="interim")
    assert "reporting_period" in [p.ref.table for p in of_rule(interim, "R1")]
    assert {"org_name", "period", "goal", "achieved", "signatory_name"} <= set(required)
    assert "fill_date" not in required


# ---- R10 --------------------------------------------------------------------------------


def test_r10_names_in_a_count_cell(doc, of_rule):
    names = "«Адвер» баспасы, Ақкетік газеті"
    doc.set(Ref.fixed("socio", "partners", "fact"), names)
    assert of_rule(doc, "R10") == [
        Problem("R10", "error", Ref.fixed("socio", "partners", "fact"), "R10.not_a_number", {"value": names})
    ]


@pytest.mark.parametrize(
    "ref, value, key",
    [
        (Ref.cell("stats_gender", "g", "men"), "-5", "R10.negative"),
        (Ref.cell("stats_gender", "g", "men"), "2,5", "R10.fractional"),
        (Ref.cell("stats_gender", "g", "men"), "5-6", "R10.not_a_number"),
        (Ref.field("grant_total"), "-100", "R10.negative"),
        (Ref.field("grant_total"), "он миллион", "R10.not_a_number"),
        (Ref.fixed("socio", "staff", "plan"), "2.5", "R10.fractional"),  # row type count overrides column number
    ],
)
def test_r10_fires(doc, of_rule, ref, value, key):
    if ref.kind == "cell":
        ref = Ref.cell(ref.table, doc.rows["stats_gender"][0].id, ref.column)
    doc.set(ref, value)
    assert [(p.severity, p.ref, p.key, dict(p.params)) for p in of_rule(doc, "R10")] == [
        ("error", ref, key, {"value": value})
    ]


@pytest.mark.parametrize(
    "ref, value",
    [
        (Ref.field("grant_total"), "7 000 000 (жеті миллион) теңге"),
        (Ref.field("grant_total"), "10125000"),
        (Ref.fixed("socio", "payroll", "fact"), "1 500 000,50"),  # money may have tiyn
        (Ref.fixed("socio", "economy", "fact"), "1 787 500 астам"),
        (Ref.fixed("socio", "specialists", "fact"), "-"),
        (Ref.fixed("socio", "indirect", "fact"), ""),
        (Ref.field("grant_total"), "7 млн"),
        (Ref.field("grant_total"), "7.000.000 ₸"),
        (Ref.fixed("socio", "indirect", "fact"), "1,5 млн"),
    ],
)
def test_r10_accepts_numbers_as_people_type_them(doc, of_rule, ref, value):
    doc.set(ref, value)
    assert of_rule(doc, "R10") == []


@pytest.mark.parametrize("ref, value, key, params", [
    (Ref.field("contract_date"), "31.02.2024", "R10.impossible_date", {"detail": "31.02.2024"}),
    (Ref.field("fill_date"), "ертең", "R10.not_a_date", {}),
    (Ref.field("period"), "жыл бойы", "R10.not_a_date", {}),
    (Ref.cell("tasks.activities", "a1", "date"), "30.02.24", "R10.impossible_date", {"detail": "30.02.24"}),
    (Ref.field("grant_total"), "7.000", "R10.ambiguous", {}),
    (Ref.field("grant_total"), "жеті млн", "R10.not_a_number", {}),
])
def test_r10_dates_and_amounts_that_cannot_be_understood(doc, of_rule, ref, value, key, params):
    doc.set(ref, value)
    [problem] = of_rule(doc, "R10")
    assert (problem.severity, problem.ref, problem.key, dict(problem.params)) == ("error", ref, key, {"value": value, **params})
    for lang in ("kk", "ru", "en"):
        assert "{" not in render_message(problem, doc, lang)  # every key has its wording


def test_r10_impossible_date_reads_in_each_language(doc, of_rule):
    doc.set(Ref.field("contract_date"), "31.02.2024")
    [problem] = of_rule(doc, "R10")
    assert render_message(problem, doc, "ru") == "«Дата договора»: 31.02.2024 — такой даты в календаре нет. Проверьте дату."
    assert "31.02.2024 is not a day of the calendar" in render_message(problem, doc, "en")


def test_r10_accepts_activity_dates_in_words(doc, of_rule):
    doc.set(Ref.cell("tasks.activities", "a1", "date"), "жыл бойы")
    assert of_rule(doc, "R10") == []


def test_r10_ignores_text_columns(doc, of_rule):
    doc.set(Ref.cell("tasks.activities", "a1", "participants"), "175 оқушы мен 20 мұғалім")
    assert of_rule(doc, "R10") == []


# ---- R11 --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, key, shown",
    [
        ("+1 212 555 0100", "R11.not_kz", "+1 212 555 0100"),
        ("тел: 8 700 123 45", "R11.not_kz", "8 700 123 45"),  # a digit short
        ("телефоны жоқ", "R11.no_phone", "телефоны жоқ"),
        ("87023233790, +44 20 7946 0958", "R11.not_kz", "+44 20 7946 0958"),
    ],
)
def test_r11_not_a_kazakhstan_phone(doc, of_rule, value, key, shown):
    doc.set(Ref.field("phone"), value)
    assert of_rule(doc, "R11") == [Problem("R11", "warning", Ref.field("phone"), key, {"value": shown})]


@pytest.mark.parametrize("value", ["87023233790", "+7 702 862 97 92", "8 (7222) 36-03-63", "", "-"])
def test_r11_kazakhstan_phones_pass(doc, of_rule, value):
    doc.set(Ref.field("phone"), value)
    assert of_rule(doc, "R11") == []


def test_r11_walks_phone_columns_of_any_table():
    data = yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))
    data["tables"]["partners"]["columns"]["contacts"]["type"] = "phone"
    doc = Document.new(parse_form(data, "phone-contacts"))
    doc.add_row("partners", row_id="p1", cells={"name": "Ақкетік газеті", "contacts": "87786086165"})
    doc.add_row("partners", row_id="p2", cells={"name": "BBC", "contacts": "+44 20 7946 0958"})
    assert [p for p in run_checks(doc) if p.rule == "R11"] == [
        Problem("R11", "warning", Ref.cell("partners", "p2", "contacts"), "R11.not_kz", {"value": "+44 20 7946 0958"})
    ]
