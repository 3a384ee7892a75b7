"""R2 gender, R3 age, R4 social status: per-row totals; R5 beneficiaries against §4."""

import pytest

from grantdesk.checks import Problem
from grantdesk.document import Ref


def fill(doc, table, row, **cells):
    for column, value in cells.items():
        doc.set(Ref.cell(table, row.id, column), value)


def first(doc, table):
    return doc.rows[table][0]


# ---- R2 ---------------------------------------------------------------------------------


def test_r2_total_is_not_men_plus_women(doc, of_rule):
    row = first(doc, "stats_gender")
    fill(doc, "stats_gender", row, women="300")
    assert of_rule(doc, "R2") == [
        Problem("R2", "error", Ref.cell("stats_gender", row.id, "total"), "R2.sum_mismatch",
                {"total": "647", "sum": "627", "difference": "20", "total_column": "total",
                 "parts_columns": "men,women"})
    ]


def test_r2_numbers_typed_with_spaces_and_units(doc, of_rule):
    row = first(doc, "stats_gender")
    fill(doc, "stats_gender", row, total="19 098 адам", men="5 686", women="13 412")
    assert of_rule(doc, "R2") == []


def test_r2_each_row_on_its_own(doc, of_rule):
    row1 = first(doc, "stats_gender")
    fill(doc, "stats_gender", row1, label="Жоба бойынша")
    row2 = doc.add_row("stats_gender", cells={"label": "Шағын гранттар бойынша", "total": "100", "men": "40", "women": "50"})
    problems = of_rule(doc, "R2")
    assert [(p.ref, p.params["total"], p.params["sum"]) for p in problems] == [
        (Ref.cell("stats_gender", row2.id, "total"), "100", "90")
    ]


def test_r2_empty_row_is_skipped(doc, of_rule):
    doc.add_row("stats_gender")
    doc.add_row("stats_gender", cells={"total": "-", "men": "", "women": " "})
    assert of_rule(doc, "R2") == []


def test_r2_total_without_parts_is_incomplete(doc, of_rule):
    row = first(doc, "stats_gender")
    fill(doc, "stats_gender", row, men="", women="")
    assert of_rule(doc, "R2") == [
        Problem("R2", "error", Ref.cell("stats_gender", row.id, "men"), "R2.parts_missing",
                {"total": "647", "total_column": "total", "parts_columns": "men,women"})
    ]


def test_r2_parts_without_total_is_incomplete(doc, of_rule):
    row = first(doc, "stats_gender")
    fill(doc, "stats_gender", row, total="")
    assert of_rule(doc, "R2") == [
        Problem("R2", "error", Ref.cell("stats_gender", row.id, "total"), "R2.total_missing",
                {"sum": "647", "total_column": "total", "parts_columns": "men,women"})
    ]


def test_r2_leaves_a_cell_that_is_not_a_number_to_r10(doc, of_rule):
    fill(doc, "stats_gender", first(doc, "stats_gender"), men="көп")
    assert of_rule(doc, "R2") == []
    assert [p.key for p in of_rule(doc, "R10")] == ["R10.not_a_number"]


# ---- R3 ---------------------------------------------------------------------------------


def test_r3_age_groups_do_not_add_up(doc, of_rule):
    row = first(doc, "stats_age")
    fill(doc, "stats_age", row, age_59_plus="10")
    assert of_rule(doc, "R3") == [
        Problem("R3", "error", Ref.cell("stats_age", row.id, "total"), "R3.sum_mismatch",
                {"total": "647", "sum": "657", "difference": "-10", "total_column": "total",
                 "parts_columns": "age_13_16,age_17_22,age_23_27,age_28_32,age_33_45,age_46_58,age_59_plus"})
    ]


def test_r3_empty_groups_count_as_zero(doc, of_rule):
    row = first(doc, "stats_age")  # 337 + 175 + 135, 28-32 left empty, as seed 001 has it
    assert row.get("age_28_32") == ""
    assert of_rule(doc, "R3") == []


# ---- R4 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("youth, other, total_sum", [("600", "", "600"), ("647", "20", "667")])
def test_r4_categories_differ_from_total_is_a_warning(doc, of_rule, youth, other, total_sum):
    row = first(doc, "stats_status")
    fill(doc, "stats_status", row, youth=youth, other=other)
    [problem] = of_rule(doc, "R4")
    assert (problem.severity, problem.ref, problem.key) == (
        "warning", Ref.cell("stats_status", row.id, "total"), "R4.sum_mismatch")
    assert (problem.params["total"], problem.params["sum"]) == ("647", total_sum)


def test_r4_categories_matching_total(doc, of_rule):
    fill(doc, "stats_status", first(doc, "stats_status"), youth="600", unemployed="47")
    assert of_rule(doc, "R4") == []


# ---- R5 ---------------------------------------------------------------------------------


def test_r5_direct_beneficiaries_differ_from_gender_total(doc, of_rule):
    doc.set(Ref.fixed("socio", "direct", "fact"), "650")
    assert of_rule(doc, "R5") == [
        Problem("R5", "warning", Ref.fixed("socio", "direct", "fact"), "R5.differs",
                {"fact": "650", "total": "647", "rows": "1", "stats_table": "stats_gender",
                 "stats_column": "total"})
    ]


def test_r5_several_stats_rows_are_summed(doc, of_rule):
    doc.add_row("stats_gender", cells={"total": "19 098", "men": "5 686", "women": "13 412"})
    [problem] = of_rule(doc, "R5")
    assert problem.key == "R5.differs_sum"
    assert (problem.params["fact"], problem.params["total"], problem.params["rows"]) == ("647", "19745", "2")
    doc.set(Ref.fixed("socio", "direct", "fact"), "19 745")
    assert of_rule(doc, "R5") == []


@pytest.mark.parametrize("fact", ["647", "647 адам", "", "778 жоба бойынша, 19 098 шағын гранттар"])
def test_r5_quiet_when_equal_or_not_comparable(doc, of_rule, fact):
    doc.set(Ref.fixed("socio", "direct", "fact"), fact)
    assert of_rule(doc, "R5") == []
