"""How a typed value was understood, for the line shown beside its editor (pure).

One function for every field type that is more than text: it returns what the value means
(a Decimal, a day, a period, phone numbers) or why it was not understood. The UI words it
in the app's language; the checks read the same parsers, so the line and R10 never disagree.
The typed text itself is never changed: this is for showing and checking only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from ..forms import FIELD_TYPES
from . import dates, numbers, phones
from .money import group_thousands

# Reasons a value was not understood (the UI has a sentence for each):
NOT_A_NUMBER = "not_a_number"  # `жеті млн`, `5-6`
AMBIGUOUS = "ambiguous"  # `7.000`: seven or seven thousand
NEGATIVE = "negative"  # a count or an amount below zero
FRACTIONAL = "fractional"  # a count with a fraction
IMPOSSIBLE_DATE = "impossible_date"  # `31.02.2024`: no such day
NOT_A_DATE = "not_a_date"  # `ертең`
NO_PHONE = "no_phone"  # no number in the text
NOT_KZ = "not_kz"  # a number, but not a Kazakhstan one

# The types that get an understood-as line: numeric ones and the dates and phones.
UNDERSTOOD_TYPES = frozenset(
    {name for name, spec in FIELD_TYPES.items() if spec.numeric} | {"date", "daterange", "datetext", "phone"}
)


@dataclass(frozen=True)
class Understood:
    """`ok` with `value` (Decimal, date, (date, date) or a tuple of phone numbers), or a `reason`
    (a negative or fractional number keeps its `value`); `detail` names the offending part
    (`31.02.2024` in a longer text, the foreign phone)."""

    type_name: str
    ok: bool
    value: Any = None
    reason: str = ""
    detail: str = ""

    @property
    def is_error(self) -> bool:
        """Not understood where the form needs it understood: R10's business (phones are R11's)."""
        if self.ok or self.type_name == "phone":
            return False
        # an activity date may be words (`жыл бойы`); only a day that cannot exist is an error
        return self.type_name != "datetext" or self.reason == IMPOSSIBLE_DATE


def understand(type_name: str, text: str | None, default_year: int | None = None) -> Understood | None:
    """What `text` means as a value of `type_name`; None for an empty value or a text type."""
    if type_name not in UNDERSTOOD_TYPES:
        return None
    t = (text or "").strip()
    if not t or t in numbers.BLANKS:
        return None
    numeric = FIELD_TYPES[type_name].numeric
    if numeric:
        return _number(type_name, numeric, t, FIELD_TYPES[type_name].scale)
    if type_name == "phone":
        return _phone(t)
    return _date(type_name, t, default_year)


def _number(type_name: str, numeric: str, text: str, scale: int = 1) -> Understood:
    parsed = numbers.parse_number(text)
    if not parsed.is_number:
        return Understood(type_name, False, reason=AMBIGUOUS if parsed.reason == "ambiguous" else NOT_A_NUMBER)
    if scale != 1 and numbers.says_its_scale(text):
        scale = 1  # `7 млн` in a thousands column means what it says
    value = parsed.value * scale  # in tenge, whatever unit the column is headed in
    if numeric in ("count", "money") and value < 0:
        return Understood(type_name, False, value, NEGATIVE)
    if numeric == "count" and not numbers.is_whole(value):
        return Understood(type_name, False, value, FRACTIONAL)
    return Understood(type_name, True, value)


def _phone(text: str) -> Understood:
    found = phones.phone_candidates(text)
    if not found:
        return Understood("phone", False, reason=NO_PHONE)
    foreign = [c for c in found if not phones.is_kz_number(c)]
    if foreign:
        return Understood("phone", False, tuple(found), NOT_KZ, ", ".join(foreign))
    return Understood("phone", True, tuple(phones.display_phone(c) for c in found))


def _date(type_name: str, text: str, default_year: int | None) -> Understood:
    if type_name == "date":
        day = dates.parse_date(text)
        if day is not None:
            return Understood(type_name, True, day)
    else:
        span = dates.parse_period(text, default_year)
        if span is not None:
            return Understood(type_name, True, span[0] if span[0] == span[1] else span)
    bad = dates.impossible_day(text)
    if bad:
        return Understood(type_name, False, reason=IMPOSSIBLE_DATE, detail=bad)
    return Understood(type_name, False, reason=NOT_A_DATE)


def value_text(understood: Understood, lang: str) -> str:
    """The understood value as a reader of `lang` reads it: `7 000 000 ₸`, `31 наурыз 2024`,
    `1 тамыз 2023 – 30 қараша 2023`, `+7 702 323 37 90`, `12,5`."""
    value = understood.value
    if isinstance(value, Decimal):
        text = group_thousands(value, "\u00a0")
        return text + "\u00a0₸" if FIELD_TYPES[understood.type_name].numeric == "money" else text
    if isinstance(value, date):
        return dates.spell_date(value, lang)
    if isinstance(value, tuple) and value and isinstance(value[0], date):
        return f"{dates.spell_date(value[0], lang)} – {dates.spell_date(value[1], lang)}"
    if isinstance(value, tuple):
        return ", ".join(value)
    return ""
