"""Rules about single values, walked over the whole form by field type: R1, R10, R11.

They take no arguments: what is required, numeric or a phone is already in the definition
(`required: true`, the type table in forms/types.py), so a new edition needs no new code.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..values.phones import is_kz_number, phone_candidates
from ..values.understood import UNDERSTOOD_TYPES
from ..values.blank import is_unanswered
from .cells import typed_values, understand
from .problem import Problem

_READ_TYPES = UNDERSTOOD_TYPES - {"phone"}  # phones are R11's, a warning
_PHONE_TYPES = {"phone", "contacts"}


def required_empty(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R1: a required field is unanswered (values.blank: a dash alone answers nothing there)."""
    for field in doc.form.fields.values():
        if field.required and field.applies(doc.role) and is_unanswered(doc.field(field.id)):
            yield Problem("R1", "error", Ref.field(field.id), "R1.empty", {})


def bad_numbers(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R10: a number, amount, date or period that cannot be understood, or an impossible one.

    The same reading as the understood-as line beside the editor (values.understood), so the
    two never disagree. Empty cells are R1's business; units and words around one number are
    fine (`10 125 000 тг`); an activity date may be words, but not a day that does not exist.
    """
    for ref, type_name, text in typed_values(doc, _READ_TYPES):
        found = understand(type_name, text)
        if found is not None and found.is_error:
            params = {"value": text.strip()}
            if found.detail:
                params["detail"] = found.detail
            yield Problem("R10", "error", ref, f"R10.{found.reason}", params)


@lru_cache(maxsize=1 << 14)
def _phone_finding(text: str, kind: str) -> tuple[str, str] | None:
    """(message key, value) of what is wrong with a phone or contacts text, or None (the
    checks run after every keystroke over every partner's contacts: remembered)."""
    found = phone_candidates(text)
    if not found:
        return None if kind == "contacts" else ("R11.no_phone", text.strip())  # contacts may be an e-mail alone
    foreign = [c for c in found if not is_kz_number(c)]
    return ("R11.not_kz", ", ".join(foreign)) if foreign else None


def bad_phones(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R11: a phone field holds no number, or a number that is not a Kazakhstan one; a
    contacts cell (the plan's team) only the latter."""
    for ref, kind, text in typed_values(doc, _PHONE_TYPES):
        if is_unanswered(text):  # a dash is never a phone: nothing to check
            continue
        finding = _phone_finding(text, kind)
        if finding is not None:
            yield Problem("R11", "warning", ref, finding[0], {"value": finding[1]})
