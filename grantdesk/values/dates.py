"""Dates and periods as typed: `30.04.2024`, `01.08.2023 – 30.11.2023`, `2-3.11.24`,
`сәуір-қараша 2024`, `2023 жылғы 1 тамыз - 2023 жылғы 30 қараша`.

Understood when unambiguous, otherwise None; the typed text is never replaced.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

# Month stems in kk and ru (nominative and genitive share a stem), 1-based.
_MONTH_STEMS = [
    ("қаңтар", "январ"), ("ақпан", "феврал"), ("наурыз", "март"), ("сәуір", "апрел"),
    ("мамыр", "ма"), ("маусым", "июн"), ("шілде", "июл"), ("тамыз", "август"),
    ("қыркүйек", "сентябр"), ("қазан", "октябр"), ("қараша", "ноябр"), ("желтоқсан", "декабр"),
]
_DASH = r"\s*[-–—]\s*"


def month_number(word: str) -> int | None:
    w = word.lower().strip(" .,")
    for i, (kk, ru) in enumerate(_MONTH_STEMS, start=1):
        if w.startswith(kk):
            return i
        if ru == "ма":  # ru "май"/"мая" must not catch "март"
            if w in ("май", "мая"):
                return i
        elif w.startswith(ru):
            return i
    return None


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str | None) -> date | None:
    """One day: `dd.mm.yyyy`, `d.m.yy`, `yyyy-mm-dd`, `«30» сәуір 2024`."""
    t = (text or "").strip()
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})(?:\s*(?:ж\.?|г\.?|жыл|года?))?", t)
    if m:
        return _safe_date(_year(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.fullmatch(r"«?(\d{1,2})»?\s+([^\s\d]+)\s+(\d{4})(?:\s*\S*)?", t)
    if m and month_number(m.group(2)):
        return _safe_date(int(m.group(3)), month_number(m.group(2)), int(m.group(1)))
    m = re.fullmatch(r"(\d{4})\s*(?:жылғы|ж\.?)\s+(\d{1,2})\s+([^\s\d]+)", t)
    if m and month_number(m.group(3)):
        return _safe_date(int(m.group(1)), month_number(m.group(3)), int(m.group(2)))
    return None


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def parse_span(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    """A day or a period. Month spans without a year use `default_year`, if given."""
    t = (text or "").strip()
    if not t:
        return None
    day = parse_date(t)
    if day:
        return day, day
    parts = re.split(_DASH, t, maxsplit=1)
    if len(parts) == 2:
        a, b = parts
        end = parse_date(b)
        start = parse_date(a)
        if start and end:
            return (start, end) if start <= end else (start, end)
        # "2-3.11.24": days of one month
        if end and re.fullmatch(r"\d{1,2}", a.strip()):
            start = _safe_date(end.year, end.month, int(a))
            return (start, end) if start else None
        # "1.08-30.11.2023": day.month then a full date
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})", a.strip())
        if end and m:
            start = _safe_date(end.year, int(m.group(2)), int(m.group(1)))
            return (start, end) if start else None
        # "сәуір-қараша 2024 жыл", "Сәуір -қараша 2024", "сәуір-қараша"
        m1 = month_number(a)
        mb = re.fullmatch(r"([^\s\d]+)\s*(?:(\d{4})\s*(?:ж\.?|г\.?|жыл\S*|год\S*)?)?", b.strip())
        if m1 and mb and month_number(mb.group(1)):
            m2 = month_number(mb.group(1))
            year = int(mb.group(2)) if mb.group(2) else default_year
            if year is None:
                return None
            return date(year, m1, 1), _month_end(year, m2)
    # "қараша 2024", "ноябрь 2024 г."
    m = re.fullmatch(r"([^\s\d]+)\s+(\d{4})(?:\s*\S*)?", t)
    if m and month_number(m.group(1)):
        y, mo = int(m.group(2)), month_number(m.group(1))
        return date(y, mo, 1), _month_end(y, mo)
    # a month alone, as plans date activities: "Сәуір", "май" (the year is the project's)
    m = re.fullmatch(r"([^\s\d.,;:]+)\.?", t)
    if m and default_year is not None and month_number(m.group(1)) and _whole_month_word(m.group(1)):
        mo = month_number(m.group(1))
        return date(default_year, mo, 1), _month_end(default_year, mo)
    return None


def _whole_month_word(word: str) -> bool:
    """A month name, not a longer word that begins like one ("мамандар" is no May)."""
    w = word.lower()
    kk = {stem for stem, _ in _MONTH_STEMS}
    return w in kk or any(w.startswith(stem) and len(w) - len(stem) <= 4 for stem in kk) or bool(
        re.fullmatch(r"(январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяеи]?|ма[йя]", w))


def format_date(d: date) -> str:
    return d.strftime("%d.%m.%Y")


# Day ranges written with month names, as activity tables hold them:
# `2023 жылғы 10-11 қараша`, `2023 жылғы 28-29 қыркүйек күндері`, `2023 жылғы 24 тамыз – 3 қазан`,
# `10-11 ноября 2023 г.`, `24 августа – 3 октября`. Strict shapes only: a miss is None, not a guess.
_YEAR_FIRST = r"(?P<y>\d{4})\s*(?:жылғы|жыл|ж\.?|г\.?|года?)\s+"
_YEAR_LAST = r"(?:\s+(?P<y2>\d{4})(?:\s*(?:ж\.?|г\.?|жыл\S*|год\S*))?)?"
_TAIL = r"(?:\s+(?:күндері|күні|аралығында))?\.?"
_DAYS_ONE_MONTH = rf"(?P<d1>\d{{1,2}}){_DASH}(?P<d2>\d{{1,2}})\s+(?P<m2>[^\s\d\-–—]+)"
_DAYS_TWO_MONTHS = rf"(?P<d1>\d{{1,2}})\s+(?P<m1>[^\s\d\-–—]+){_DASH}(?P<d2>\d{{1,2}})\s+(?P<m2>[^\s\d\-–—]+)"
_DAY_SPAN_SHAPES = [
    re.compile(prefix + body + suffix)
    for body in (_DAYS_ONE_MONTH, _DAYS_TWO_MONTHS)
    for prefix, suffix in ((_YEAR_FIRST, _TAIL), ("", _YEAR_LAST + _TAIL))
]


# "с 1 марта по 30 ноября", "1 наурыздан 30 қарашаға дейін": a span said in words.
_FROM_TO = re.compile(
    r"^(?:с|со)\s+(?P<a>\d{1,2}\s+[^\s\d]+)\s+(?:по|до)\s+(?P<b>\d{1,2}\s+[^\s\d]+(?:\s+\d{4}.*)?)$"
    r"|^(?P<a2>\d{1,2}\s+[^\s\d]+?)(?:дан|ден|тан|тен|нан|нен)\s+(?P<b2>\d{1,2}\s+[^\s\d]+?)(?:ға|ге|қа|ке)\s+дейін(?P<y>\s+\d{4}.*)?$",
    re.IGNORECASE)


def _dash_between(m: re.Match) -> str:
    if m.group("a"):
        return f"{m.group('a')} – {m.group('b')}"
    return f"{m.group('a2')} – {m.group('b2')}{m.group('y') or ''}"


def parse_day_span(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    """Days with month names, one month or two; a missing year is `default_year`, if given.
    «с 1 марта по 30 ноября 2024 г.» and «1 наурыздан 30 қарашаға дейін» read as a dash between."""
    t = _FROM_TO.sub(_dash_between, (text or "").strip())
    for shape in _DAY_SPAN_SHAPES:
        m = shape.fullmatch(t)
        if not m:
            continue
        groups = m.groupdict()
        m2 = month_number(groups["m2"])
        m1 = month_number(groups["m1"]) if groups.get("m1") else m2
        year_text = groups.get("y") or groups.get("y2")
        year = int(year_text) if year_text else default_year
        if not (m1 and m2 and year):
            return None
        start = _safe_date(year, m1, int(groups["d1"]))
        end = _safe_date(year, m2, int(groups["d2"]))
        if start and end and end < start and m2 < m1:
            # "24 желтоқсан – 3 қаңтар" crosses the new year; a year written last belongs to the end
            if groups.get("y2"):
                start = _safe_date(year - 1, m1, start.day)
            else:
                end = _safe_date(year + 1, m2, end.day)
        return (start, end) if start and end else None
    return None


def parse_period(text: str | None, default_year: int | None = None) -> tuple[date, date] | None:
    """A period or an activity's date in any shape above: numbers, month spans, days with month names."""
    return parse_span(text, default_year) or parse_day_span(text, default_year)


_NUMERIC_DAY = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?!\d)")


def impossible_day(text: str | None) -> str | None:
    """The first `dd.mm.yyyy` written in the text that is no day of the calendar (`31.02.2024`)."""
    for m in _NUMERIC_DAY.finditer(text or ""):
        if _safe_date(_year(m.group(3)), int(m.group(2)), int(m.group(1))) is None:
            return m.group(0)
    return None


# Month names as a reader of each app language writes a day: «31 наурыз 2024», «31 марта 2024».
MONTH_NAMES = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def spell_date(d: date, lang: str) -> str:
    """`31 наурыз 2024`, `31 марта 2024`, `31 March 2024` (any other language reads English)."""
    return f"{d.day} {MONTH_NAMES.get(lang, MONTH_NAMES['en'])[d.month - 1]} {d.year}"
