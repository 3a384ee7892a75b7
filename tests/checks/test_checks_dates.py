"""R6: the period, activity dates against it, the contract date."""

import pytest

from grantdesk.checks import Problem, render_message, run_checks
from grantdesk.document import Ref

DATE = Ref.cell("tasks.activities", "a1", "date")


def test_r6_period_start_after_end_is_an_error(doc, of_rule):
    doc.set(Ref.field("period"), "30.11.2024 – 01.04.2024")
    assert of_rule(doc, "R6") == [
        Problem("R6", "error", Ref.field("period"), "R6.period_reversed", {"start": "30.11.2024", "end": "01.04.2024"})
    ]


def test_r6_period_as_months(doc, of_rule):
    doc.set(Ref.field("period"), "Сәуір -қараша 2024 жыл")
    assert of_rule(doc, "R6") == []


@pytest.mark.parametrize(
    "typed",
    ["2-3.12.24", "15.03.2024", "қазан-желтоқсан", "2024 жылғы 28-29 желтоқсан", "1-2 декабря 2024 г."],
)
def test_r6_activity_outside_the_period(doc, of_rule, typed):
    doc.set(Ref.field("period"), "Сәуір -қараша 2024 жыл")
    doc.set(DATE, typed)
    assert of_rule(doc, "R6") == [
        Problem("R6", "warning", DATE, "R6.outside_period", {"value": typed, "start": "01.04.2024", "end": "30.11.2024"})
    ]


@pytest.mark.parametrize(
    "typed", ["2-3.11.24", "сәуір-қараша", "1.04.2024", "2024 жылғы 10-11 қараша", "24 тамыз – 3 қазан", ""]
)
def test_r6_activity_inside_the_period(doc, of_rule, typed):
    doc.set(DATE, typed)
    assert of_rule(doc, "R6") == []


@pytest.mark.parametrize("typed", ["күзде", "2023 жылғы 23 тамыз 17 тамыз", "мамандар", "әр айда"])
def test_r6_dates_not_understood_are_not_guessed(doc, of_rule, typed):
    doc.set(DATE, typed)
    assert of_rule(doc, "R6") == []


@pytest.mark.parametrize(("typed", "outside"), [
    ("мамыр", False), ("Сәуір", False), ("май", False), ("Мамыр-маусым", False), ("июнь", False),
    ("желтоқсан", True), ("декабрь", True), ("наурыз", True),
])
def test_r6_a_month_alone_takes_the_project_period_year(doc, of_rule, typed, outside):
    # the clean report's period is 01.04.2024 – 30.11.2024
    doc.set(DATE, typed)
    assert bool(of_rule(doc, "R6")) == outside


def test_r6_months_without_year_across_new_year(doc, of_rule):
    doc.set(Ref.field("period"), "01.11.2023 – 31.03.2024")
    doc.set(Ref.field("contract_date"), "20.10.2023")
    doc.set(DATE, "қаңтар-ақпан")  # read as 2024: inside
    doc.set(Ref.cell("tasks.activities", "a2", "date"), "сәуір-мамыр")  # no reading fits
    assert [(p.ref, p.key) for p in of_rule(doc, "R6")] == [
        (Ref.cell("tasks.activities", "a2", "date"), "R6.outside_period")
    ]


def test_r6_activity_in_a_standard_block(doc, of_rule):
    info = next(r for r in doc.rows["tasks"] if r.kind == "information")
    act = doc.add_row("tasks.activities", info.id, cells={"date": "2023 жылғы 24 шілде - 2023 жылғы 20 қараша"})
    doc.set(Ref.field("period"), "01.08.2023 – 30.11.2023")
    doc.set(Ref.field("contract_date"), "24.07.2023")
    for n in (1, 2):
        doc.set(Ref.cell("tasks.activities", f"a{n}", "date"), "2023 жылғы 10-11 қараша")
    assert [(p.ref, p.key) for p in of_rule(doc, "R6")] == [
        (Ref.cell("tasks.activities", act.id, "date"), "R6.outside_period")
    ]


def test_r6_contract_date_after_period_start(doc, of_rule):
    doc.set(Ref.field("period"), "Сәуір -қараша 2024 жыл")
    doc.set(Ref.field("contract_date"), "30.04.2024")
    assert of_rule(doc, "R6") == [
        Problem("R6", "warning", Ref.field("contract_date"), "R6.contract_after_start",
                {"contract": "30.04.2024", "start": "01.04.2024", "end": "30.11.2024"})
    ]


@pytest.mark.parametrize("contract", ["01.04.2024", "25.03.2024", ""])
def test_r6_contract_on_or_before_start_or_empty(doc, of_rule, contract):
    doc.set(Ref.field("contract_date"), contract)
    assert of_rule(doc, "R6") == []


@pytest.mark.parametrize("contract", ["31.02.2024", "сәуір"])
def test_an_unreadable_contract_date_is_said_once(doc, contract):
    # FORMS.md R10 names it; R6 does not repeat it (one finding per cause)
    doc.set(Ref.field("contract_date"), contract)
    found = [p for p in run_checks(doc) if p.ref == Ref.field("contract_date")]
    assert [p.rule for p in found] == ["R10"]
    assert contract in render_message(found[0], doc, "ru")


def test_r6_period_not_understood_checks_nothing_but_says_so(doc, of_rule):
    doc.set(Ref.field("period"), "жыл бойы")
    doc.set(DATE, "01.01.2030")
    doc.set(Ref.field("contract_date"), "01.01.2030")
    assert of_rule(doc, "R6") == []  # nothing checked against a period that cannot be read ...
    # ... and the period itself is said once, by R10
    assert [p.key for p in run_checks(doc) if p.ref == Ref.field("period")] == ["R10.not_a_date"]
