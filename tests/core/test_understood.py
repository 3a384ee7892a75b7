"""The understood-as line: what every typed value beyond text was read as, or why it was not.

The amount spellings are the seeds' own (10 125 000 тг, 7 000 000 (жеті миллион) теңге,
200 мың теңге, 30 000тг) and the ways people write millions; what is ambiguous is refused.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from grantdesk.checks import run_checks
from grantdesk.checks.cells import typed_values
from grantdesk.document import from_json
from grantdesk.forms import default_registry
from grantdesk.values.understood import UNDERSTOOD_TYPES, understand, value_text

NBSP = "\u00a0"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("typed, amount", [
    # the seeds' spellings
    ("10 125 000 тг", 10_125_000), ("7 000 000 (жеті миллион) теңге", 7_000_000),
    ("30 000 000 (отыз миллион) теңге", 30_000_000), ("200 мың теңге", 200_000), ("30 000тг", 30_000),
    ("300 000 теңгелік", 300_000), ("1 787 500 астам", 1_787_500),
    # millions and grouping as people type them
    ("7 млн", 7_000_000), ("7 млн.", 7_000_000), ("7 миллион", 7_000_000), ("7 миллионов тенге", 7_000_000),
    ("1,5 млн", 1_500_000), ("10,125 млн тг", 10_125_000), ("7 000 000,00", 7_000_000),
    ("7.000.000", 7_000_000), ("7,000,000 ₸", 7_000_000), ("7 000 000 ₸", 7_000_000), ("300 тыс. тг", 300_000),
    ("7.000,50 тенге", Decimal("7000.50")),
])
def test_amount_spellings_are_understood(typed, amount):
    found = understand("money", typed)
    assert found.ok and found.value == Decimal(amount)


def test_the_understood_line_reads_as_the_form_prints_money():
    assert value_text(understand("money", "7 млн"), "kk") == f"7{NBSP}000{NBSP}000{NBSP}₸"
    assert value_text(understand("money", "1 500,5"), "ru") == f"1{NBSP}500,50{NBSP}₸"


@pytest.mark.parametrize("typed, reason", [
    ("7.000", "ambiguous"), ("1,500 тг", "ambiguous"), ("жеті млн", "not_a_number"), ("5-6 млн", "not_a_number"),
    ("7 млн 500 мың", "not_a_number"), ("-5 000", "negative"),
])
def test_amounts_not_understood_say_why_and_are_not_guessed(typed, reason):
    found = understand("money", typed)
    assert not found.ok and found.reason == reason and found.is_error


def test_counts_and_numbers():
    assert understand("count", "647").value == 647
    assert understand("count", "2 мың").value == 2000
    assert understand("count", "2,5").reason == "fractional"
    assert understand("number", "2,5").value == Decimal("2.5")
    assert understand("count", "") is None and understand("count", " - ") is None
    assert understand("text", "7 млн") is None and understand("longtext", "31.02.2024") is None


@pytest.mark.parametrize("lang, text", [("kk", "31 наурыз 2024"), ("ru", "31 марта 2024"), ("en", "31 March 2024")])
def test_dates_are_spelled_in_the_apps_language(lang, text):
    found = understand("date", "31.03.2024")
    assert found.ok and found.value == date(2024, 3, 31) and value_text(found, lang) == text


def test_an_impossible_date_is_named():
    found = understand("date", "31.02.2024")
    assert not found.ok and found.reason == "impossible_date" and found.detail == "31.02.2024" and found.is_error
    assert understand("date", "ертең").reason == "not_a_date"


def test_periods_and_activity_dates():
    period = understand("daterange", "01.08.2023 – 30.11.2023")
    assert value_text(period, "kk") == "1 тамыз 2023 – 30 қараша 2023"
    assert understand("daterange", "Сәуір -қараша 2024 жыл").value == (date(2024, 4, 1), date(2024, 11, 30))
    assert not understand("daterange", "жыл бойы").ok
    # an activity date may be words: not understood is no error; a day that cannot exist is
    assert understand("datetext", "2-3.11.24").value == (date(2024, 11, 2), date(2024, 11, 3))
    assert understand("datetext", "сәуір-қараша", default_year=2024).ok
    assert not understand("datetext", "жыл бойы").is_error
    assert understand("datetext", "30.02.24 – 02.03.24").is_error


def test_phones():
    assert value_text(understand("phone", "87023233790"), "kk") == "+7 702 323 37 90"
    found = understand("phone", "+1 555 123 4567")
    assert not found.ok and found.reason == "not_kz" and not found.is_error  # R11's warning, not R10's
    assert understand("phone", "жоқ").reason == "no_phone"


amounts = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False)


@given(amounts)
def test_an_understood_amount_printed_back_reads_the_same_amount(amount):
    shown = value_text(understand("money", str(amount).replace(".", ",")), "ru")
    again = understand("money", shown)
    assert again.ok and again.value == amount


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["млн", "млн.", "миллион", "миллиона"]),
       st.sampled_from(["", " тг", " тенге", " теңге", " ₸"]))
def test_millions_in_any_spelling(whole, word, currency):
    assert understand("money", f"{whole} {word}{currency}").value == whole * 10**6
    grouped = f"{whole}.000.000{currency}"
    assert understand("money", grouped).value == whole * 10**6


@pytest.mark.parametrize("seed, total, period", [
    ("seed_001", 10_125_000, (date(2024, 4, 1), date(2024, 11, 30))),
    ("seed_003", 7_000_000, (date(2023, 8, 1), date(2023, 11, 30))),
])
def test_the_seeds_general_information_is_understood(seed, total, period):
    project = json.loads((FIXTURES / f"{seed}.json").read_text(encoding="utf-8"))["project"]
    assert understand("money", project["grant_total"]).value == total
    assert understand("daterange", project["period"]).value == period
    assert understand("date", project["contract_date"]).ok


def test_every_typed_number_of_the_seeds_is_read_as_r10_reads_it():
    """The line beside a cell and R10 are one reading: every seed cell is either understood or an R10."""
    for seed in ("seed_001", "seed_003"):
        doc = from_json(json.loads((FIXTURES / f"{seed}.json").read_text(encoding="utf-8")), default_registry())
        r10 = {p.ref for p in run_checks(doc) if p.rule == "R10"}
        read = 0
        for ref, type_name, text in typed_values(doc, UNDERSTOOD_TYPES - {"phone"}):
            found = understand(type_name, text)
            if found is not None:
                assert found.is_error == (ref in r10), (seed, ref, text)
                read += 1
        assert read > 20
