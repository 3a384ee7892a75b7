"""What people type, understood: numbers, dates and periods, phones, money in words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from grantdesk.values.dates import parse_date, parse_span
from grantdesk.values.money import group_thousands, money_with_words
from grantdesk.values.numbers import parse_indicator, parse_number
from grantdesk.values.phones import all_kz_phones, display_phone


@pytest.mark.parametrize("typed, value", [
    ("10 125 000", "10125000"), ("10125000", "10125000"), ("10 125 000 тг", "10125000"),
    ("1 787 500 астам", "1787500"), ("7 000 000 (жеті миллион) теңге", "7000000"),
    ("2\u00a0000 000", "2000000"), ("12,5", "12.5"), ("-3", "-3"), ("Кемінде 500", "500"),
])
def test_numbers_people_type(typed, value):
    parsed = parse_number(typed)
    assert parsed.is_number and parsed.value == Decimal(value)


@pytest.mark.parametrize("typed, kind", [
    ("", "empty"), ("  ", "empty"), ("-", "empty"), ("—", "empty"),
    ("5-6", "invalid"), ("1 500 / 2", "invalid"), ("«Адвер» баспасы", "invalid"),
    ("778 жоба бойынша\nШағын гранттар бойынша – 19 098", "invalid"),
])
def test_ambiguous_or_missing_numbers_are_not_guessed(typed, kind):
    assert parse_number(typed).kind == kind


@pytest.mark.parametrize("typed, value, at_least", [
    ("Кемінде 500", 500, True), ("кемінде 20 команда", 20, True), ("не менее 3", 3, True),
    ("80 %", 80, False), ("21 фото (әр аумақтан -3)", 21, False), ("1 1 1 175 1", 1, False),
    ("1 500 000", 1500000, False),
])
def test_indicator_cells_compare_by_their_leading_number(typed, value, at_least):
    parsed = parse_indicator(typed)
    assert parsed.value == value and parsed.at_least is at_least


def test_indicator_cells_without_a_leading_number_are_not_compared():
    assert parse_indicator("Диплом – 7, Сертификат – 175.").kind == "invalid"


@pytest.mark.parametrize("typed, day", [
    ("30.04.2024", date(2024, 4, 30)), ("1.8.23", date(2023, 8, 1)), ("2024-04-30", date(2024, 4, 30)),
    ("«30» сәуір 2024", date(2024, 4, 30)), ("30.02.2024", None), ("ертең", None),
])
def test_dates(typed, day):
    assert parse_date(typed) == day


@pytest.mark.parametrize("typed, span", [
    ("01.08.2023 – 30.11.2023", (date(2023, 8, 1), date(2023, 11, 30))),
    ("Сәуір -қараша 2024 жыл", (date(2024, 4, 1), date(2024, 11, 30))),
    ("2-3.11.24", (date(2024, 11, 2), date(2024, 11, 3))),
    ("2023 жылғы 1 тамыз - 2023 жылғы 30 қараша", (date(2023, 8, 1), date(2023, 11, 30))),
    ("март-май 2024", (date(2024, 3, 1), date(2024, 5, 31))),
    ("сәуір-қараша", None),
])
def test_periods(typed, span):
    assert parse_span(typed) == span


def test_month_spans_take_a_given_year():
    assert parse_span("сәуір-қараша", default_year=2024) == (date(2024, 4, 1), date(2024, 11, 30))


@pytest.mark.parametrize("typed, ok", [
    ("87023233790", True), ("+7 702 862 97 92", True), ("8 (7222) 36-03-63", True),
    ("тел: 8-702-323-37-90", True), ("+7\u00a0702\u00a0862 97 92", True),
    ("12345", False), ("+1 555 123 4567", False), ("87023233790, 12345678", False), ("", False),
])
def test_kazakhstan_phones(typed, ok):
    assert all_kz_phones(typed) is ok


def test_phone_display_is_normalised_only_for_display():
    assert display_phone("87023233790") == "+7 702 323 37 90"


def test_money_in_words_in_both_languages():
    assert group_thousands(Decimal(7000000)) == "7\u2009000\u2009000"
    assert money_with_words(Decimal(7000000), "kk", "{amount} ({words}) теңге") == "7\u2009000\u2009000 (жеті миллион) теңге"
    assert money_with_words(Decimal(7000000), "ru", "{amount} ({words}) тенге") == "7\u2009000\u2009000 (семь миллионов) тенге"
