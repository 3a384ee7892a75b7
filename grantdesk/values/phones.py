"""Kazakhstan phone numbers: `+7 7XX XXX XX XX`, `8 7XX XXX XX XX`, `8 (7222) 36-03-63`."""

from __future__ import annotations

import re

# A run that looks like a phone: digits with spaces, dashes, dots or brackets, maybe a "+".
_CANDIDATE = re.compile(r"\+?\(?\d[\d\s().\-\u00a0]{5,}\d")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def is_kz_number(candidate: str) -> bool:
    digits = _digits(candidate)
    if candidate.strip().startswith("+"):
        return len(digits) == 11 and digits.startswith("77")
    # national form: 8 then a 7xx mobile or 7xxx landline code, 10 digits after the 8
    return len(digits) == 11 and digits[0] in "87" and digits[1] == "7"


def phone_candidates(text: str | None) -> list[str]:
    return [m.group(0).strip() for m in _CANDIDATE.finditer(text or "")]


def all_kz_phones(text: str | None) -> bool:
    """True when the text holds at least one phone and every phone in it is a KZ number."""
    found = phone_candidates(text)
    return bool(found) and all(is_kz_number(c) for c in found)


def display_phone(candidate: str) -> str:
    """`87023233790` → `+7 702 323 37 90`, for display only; the typed text is kept."""
    d = _digits(candidate)
    if not is_kz_number(candidate):
        return candidate
    d = d[1:]
    return f"+7 {d[0:3]} {d[3:6]} {d[6:8]} {d[8:10]}"
