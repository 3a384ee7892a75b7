"""R7 indicators below plan, R8 money against the grant, R9 partners count."""

import pytest

from grantdesk.checks import Problem, render_message
from grantdesk.document import Ref

FACT = Ref.cell("tasks.activities.indicators", "i2", "fact")


# ---- R7 ---------------------------------------------------------------------------------


def test_r7_fact_below_plan_without_deviation_text(doc, of_rule):
    doc.set(FACT, "480")  # plan "Кемінде 500"
    assert of_rule(doc, "R7") == [
        Problem("R7", "error", FACT, "R7.fact_below_plan", {"plan": "500", "fact": "480", "deviation_field": "deviation"})
    ]


@pytest.mark.parametrize(
    "plan, fact",
    [("2-ден кем емес", "1"), ("80 %", "75 %"), ("не менее 20 команд", "кемінде 18 команда"), ("1 жоспар", "0")],
)
def test_r7_leading_numbers_compared(doc, of_rule, plan, fact):
    doc.set(Ref.cell("tasks.activities.indicators", "i2", "plan"), plan)
    doc.set(FACT, fact)
    assert [(p.ref, p.key) for p in of_rule(doc, "R7")] == [(FACT, "R7.fact_below_plan")]


def test_r7_deviation_explained(doc, of_rule):
    doc.set(FACT, "480")
    doc.set(Ref.field("deviation"), "Ауа райына байланысты 20 қатысушы келмеді.")
    assert of_rule(doc, "R7") == []


@pytest.mark.parametrize(
    "plan, fact",
    [
        ("Кемінде 500", "Кемінде 500"),
        ("Кемінде 500", "620"),
        ("Әр кездесуден 5 суреттен", "3"),  # plan does not start with a number: not compared
        ("5", "бес"),
        ("21 фото (әр аумақтан -3)", "21 фото (әр аумақтан -3)"),
        ("", ""),
        ("1", "-"),
    ],
)
def test_r7_quiet(doc, of_rule, plan, fact):
    doc.set(Ref.cell("tasks.activities.indicators", "i2", "plan"), plan)
    doc.set(FACT, fact)
    assert of_rule(doc, "R7") == []


# ---- R8 ---------------------------------------------------------------------------------


def set_money(doc, column, payroll, taxes, economy):
    for key, value in (("payroll", payroll), ("taxes", taxes), ("economy", economy)):
        doc.set(Ref.fixed("socio", key, column), value)


def test_r8_sum_differs_from_grant_per_column(doc, of_rule):
    doc.set(Ref.field("grant_total"), "7 000 000 (жеті миллион) теңге")
    set_money(doc, "plan", "2 000 000", "297 200", "4 752 800")
    set_money(doc, "fact", "2 000 000", "297 200", "4 702 800")
    assert of_rule(doc, "R8") == [
        Problem("R8", "warning", Ref.fixed("socio", "payroll", "plan"), "R8.sum_mismatch",
                {"sum": "7050000", "total": "7000000", "difference": "-50000", "total_field": "grant_total",
                 "sum_rows": "payroll,taxes,economy"})
    ]


def test_r8_one_above_the_grant_is_an_error(doc, of_rule):
    set_money(doc, "fact", "12 000 000", "", "")
    assert of_rule(doc, "R8") == [
        Problem("R8", "error", Ref.fixed("socio", "payroll", "fact"), "R8.above_total",
                {"amount": "12000000", "total": "10125000", "total_field": "grant_total"})
    ]


def test_r8_empty_parts_count_as_zero(doc, of_rule):
    set_money(doc, "fact", "10 125 000", "", "-")
    assert of_rule(doc, "R8") == []


@pytest.mark.parametrize("values", [("", "", ""), ("-", "-", "-")])
def test_r8_skips_an_unfilled_column(doc, of_rule, values):
    set_money(doc, "plan", *values)
    assert of_rule(doc, "R8") == []


def test_r8_says_it_could_not_add_up_a_cell_it_cannot_read(doc, of_rule):
    set_money(doc, "plan", "6 000 000", "бір миллион", "3 125 000")
    [problem] = of_rule(doc, "R8")
    assert problem == Problem("R8", "warning", Ref.fixed("socio", "taxes", "plan"), "R8.cell_unreadable", {
        "value": "бір миллион", "sum_rows": "payroll,taxes,economy", "socio_table": "socio",
        "total_field": "grant_total"})
    assert "rows 6, 7, 8 could not be added up" in render_message(problem, doc, "en")


def test_r8_says_it_could_not_run_on_an_unreadable_grant_total(doc, of_rule):
    doc.set(Ref.field("grant_total"), "он миллион теңге")
    set_money(doc, "plan", "1", "2", "3")
    [problem] = of_rule(doc, "R8")
    assert (problem.key, problem.ref, problem.severity) == ("R8.total_unreadable", Ref.field("grant_total"), "warning")
    text = render_message(problem, doc, "kk")
    assert "«он миллион теңге» сома ретінде түсінілмеді" in text and "6, 7, 8 жолдары" in text


def test_r8_reads_the_grant_total_in_millions(doc, of_rule):
    doc.set(Ref.field("grant_total"), "10,125 млн тг")
    assert of_rule(doc, "R8") == []
    doc.set(Ref.field("grant_total"), "7 млн")  # read as 7 000 000, not 7: the sums now differ
    assert [p.params["total"] for p in of_rule(doc, "R8")] == ["7000000", "7000000"]


def test_r8_needs_a_grant_total(doc, of_rule):
    doc.set(Ref.field("grant_total"), "")
    set_money(doc, "plan", "1", "2", "3")
    assert of_rule(doc, "R8") == []


# ---- R9 ---------------------------------------------------------------------------------

PARTNERS = Ref.fixed("socio", "partners", "fact")


def test_r9_partners_count_differs_from_table(doc, of_rule):
    doc.set(PARTNERS, "5")
    assert of_rule(doc, "R9") == [
        Problem("R9", "warning", PARTNERS, "R9.differs", {"fact": "5", "rows": "2", "list_table": "partners"})
    ]


def test_r9_empty_rows_are_not_partners(doc, of_rule):
    doc.add_row("partners")
    doc.add_row("partners", cells={"name": " ", "note": "-"})
    assert of_rule(doc, "R9") == []
    doc.add_row("partners", cells={"name": "Рауан газеті"})
    assert [p.params["rows"] for p in of_rule(doc, "R9")] == ["3"]


@pytest.mark.parametrize("fact", ["2", "2 ұйым", "", "Ақкетік газеті, Рауан газеті"])
def test_r9_quiet_when_equal_or_not_a_number(doc, of_rule, fact):
    doc.set(PARTNERS, fact)
    assert of_rule(doc, "R9") == []
