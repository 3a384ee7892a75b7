"""Rules about single values, walked over the whole form by field type: R1, R10, R11.

They take no arguments: what is required, numeric or a phone is already in the definition
(`required: true`, the type table in forms/types.py), so a new edition needs no new code.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..forms import FIELD_TYPES
from ..values.numbers import is_whole
from ..values.phones import is_kz_number, phone_candidates
from .cells import is_blank, parse_number, typed_values
from .problem import Problem

_NUMERIC = {name: spec.numeric for name, spec in FIELD_TYPES.items() if spec.numeric}
_PHONE_TYPES = {"phone"}


def required_empty(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R1: a required field is empty (a lone dash counts as empty)."""
    for field in doc.form.fields.values():
        if field.required and field.applies(doc.role) and is_blank(doc.field(field.id)):
            yield Problem("R1", "error", Ref.field(field.id), "R1.empty", {})


def bad_numbers(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R10: a numeric cell holds something that is not one number, or an impossible one.

    Empty cells are R1's business; units and words around one number are fine (`10 125 000 тг`).
    """
    for ref, type_name, text in typed_values(doc, _NUMERIC):
        parsed = parse_number(text)
        if parsed.kind == "empty":
            continue
        params = {"value": text.strip()}
        if not parsed.is_number:
            yield Problem("R10", "error", ref, "R10.not_a_number", params)
            continue
        numeric = _NUMERIC[type_name]
        if numeric in ("count", "money") and parsed.value < 0:
            yield Problem("R10", "error", ref, "R10.negative", params)
        elif numeric == "count" and not is_whole(parsed.value):
            yield Problem("R10", "error", ref, "R10.fractional", params)


def bad_phones(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R11: a phone field holds no number, or a number that is not a Kazakhstan one."""
    for ref, _, text in typed_values(doc, _PHONE_TYPES):
        if is_blank(text):
            continue
        found = phone_candidates(text)
        if not found:
            yield Problem("R11", "warning", ref, "R11.no_phone", {"value": text.strip()})
            continue
        foreign = [c for c in found if not is_kz_number(c)]
        if foreign:
            yield Problem("R11", "warning", ref, "R11.not_kz", {"value": ", ".join(foreign)})
