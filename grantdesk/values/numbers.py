"""Numbers as people type them: `10 125 000`, `10125000`, `10 125 000 тг`, `1 787 500 астам`,
`7 млн`, `1,5 млн`, `200 мың теңге`, `7.000.000`, `7 000 000,00 ₸`.

The typed text is always kept; these functions only say what number it means, if any,
and refuse what is ambiguous (`5-6`, `1 500 / 2`, `7.000`: seven or seven thousand?)
rather than guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

# Words meaning "at least" that may open a cell: kk кемінде / кем емес, ru не менее / более.
AT_LEAST = ("кемінде", "кем дегенде", "кем емес", "не менее", "не меньше", "более", "свыше", "минимум")
# Placeholders people type for "nothing": a dash in an empty cell.
BLANKS = {"-", "–", "—", "−"}

_SPACE = "[ \u00a0\u2009\u202f]"
# A grouped number: 1-3 digits then groups of exactly three after a space, or plain digits.
_INT = rf"(?:\d{{1,3}}(?:{_SPACE}\d{{3}})+|\d+)"
_NUMBER = re.compile(rf"^(?P<sign>[-−]?){_SPACE}*(?P<int>{_INT})(?:[.,](?P<frac>\d+))?")
# Thousands grouped by dots or commas (`7.000.000`, `7,000,000`, `7.000,50`): unambiguous only
# with two groups or more, or with a decimal part written with the other mark.
_GROUPED = re.compile(
    r"^(?P<sign>[-−]?)\s*(?:"
    r"(?P<dots>\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+(?=,\d))(?:,(?P<dfrac>\d+))?"
    r"|(?P<commas>\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+(?=\.\d))(?:\.(?P<cfrac>\d+))?)"
)
# `7.000`, `1,500`: a thousands mark or a decimal one; which, only the writer knows.
_AMBIGUOUS = re.compile(r"^[-−]?\s*[1-9]\d{0,2}[.,]\d{3}(?!\d)")
# Words of scale right after the number: `7 млн`, `1,5 миллиона`, `200 мың`, `300 тыс.`.
# In brackets after it (`7 000 000 (жеті миллион)`) they are the amount in words, not a scale.
_SCALE = re.compile(
    rf"^{_SPACE}*(?:(?P<bn>млрд|миллиард\w*)|(?P<mn>млн|миллион\w*)|(?P<th>мың\w*|тыс|тысяч\w*))\.?(?!\w)",
    re.IGNORECASE,
)
_SCALES = {"bn": Decimal(10) ** 9, "mn": Decimal(10) ** 6, "th": Decimal(10) ** 3}


def says_its_scale(text: str) -> bool:
    """The number is written with its own word of scale (`7 млн`, `300 тыс.`): a column's
    unit (thousands) does not apply on top of it."""
    body, _ = _strip_prefix((text or "").strip())
    found = _leading_number(body)
    if found is None:
        return False
    # the scale word, when there was one, is already taken off the rest _leading_number returns
    m = _NUMBER.match(body) or _GROUPED.match(body)
    return bool(m) and _SCALE.match(body[m.end():]) is not None


@dataclass(frozen=True)
class Parsed:
    """What a cell means: `empty`, a `number` (with `value`), or `invalid`."""

    kind: str
    value: Decimal | None = None
    at_least: bool = False
    reason: str = ""  # why `invalid`: "ambiguous" (`7.000`), "" for simply not one number

    @property
    def is_number(self) -> bool:
        return self.kind == "number"


EMPTY = Parsed("empty")
INVALID = Parsed("invalid")
AMBIGUOUS = Parsed("invalid", reason="ambiguous")


def _strip_prefix(text: str) -> tuple[str, bool]:
    low = text.lower()
    for word in AT_LEAST:
        if low.startswith(word):
            return text[len(word):].lstrip(" \u00a0:-–"), True
    return text, False


def _leading_number(text: str) -> tuple[Decimal, str] | None:
    g = _GROUPED.match(text)
    if g:
        whole = (g.group("dots") or g.group("commas")).replace(".", "").replace(",", "")
        frac = g.group("dfrac") or g.group("cfrac")
        raw, sign, end = whole + ("." + frac if frac else ""), g.group("sign"), g.end()
    else:
        m = _NUMBER.match(text)
        if not m:
            return None
        digits = re.sub(_SPACE, "", m.group("int"))
        raw = digits + ("." + m.group("frac") if m.group("frac") else "")
        sign, end = m.group("sign"), m.end()
    try:
        value = Decimal(raw)
    except InvalidOperation:
        return None
    rest = text[end:]
    scale = _SCALE.match(rest)
    if scale:
        value *= _SCALES[scale.lastgroup]
        rest = rest[scale.end():]
    if sign:
        value = -value
    return value, rest


def _parse(text: str | None, *, only_number: bool) -> Parsed:
    text = (text or "").strip()
    if not text or text in BLANKS:
        return EMPTY
    body, at_least = _strip_prefix(text)
    ambiguous = _AMBIGUOUS.match(body)
    # before a scale word the mark is a decimal one: `10,125 млн` is ten and a bit million
    if ambiguous and not _GROUPED.match(body) and not _SCALE.match(body[ambiguous.end():]):
        return AMBIGUOUS
    found = _leading_number(body)
    if found is None:
        return INVALID
    value, rest = found
    # "7 000 000 (жеті миллион) теңге", "10 125 000 тг", "80 %" are one number; "5-6",
    # "1 500 / 2" or "1.500.000,5 и 3" have more digits after it and are ambiguous.
    if only_number and re.search(r"\d", rest):
        return INVALID
    return Parsed("number", value, at_least)


def parse_number(text: str | None) -> Parsed:
    """A cell that must hold one number: units and words may follow, other digits may not."""
    return _parse(text, only_number=True)


def parse_indicator(text: str | None) -> Parsed:
    """An indicator cell (`Кемінде 500`, `80 %`, `21 фото (әр аумақтан -3)`).

    Only its leading number counts, after an optional "at least"; anything may follow.
    A cell that does not start with a number is `invalid`: not comparable, never guessed.
    """
    return _parse(text, only_number=False)


def is_whole(value: Decimal) -> bool:
    return value == value.to_integral_value()


def group_whole(value: Decimal, sep: str) -> str:
    """The whole part of |value| with `sep` between thousands: `1234567.8` → `1 234 567`.
    Decimal formats it itself; int() would refuse a typed number of over 4 300 digits."""
    return format(abs(value).to_integral_value(rounding=ROUND_DOWN), ",f").replace(",", sep)
