"""A problem found in a report: data, not text, so the UI and the CLI word it in their language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

from ..document import Ref

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Problem:
    rule: str  # "R1" … "R11"
    severity: str  # "error": the form contradicts itself or lacks what it requires; "warning": the user decides
    ref: Ref  # where: the cell, row, field or table the user should look at
    key: str  # message key in messages.MESSAGES, e.g. "R2.sum_mismatch"
    params: Mapping[str, Any] = field(default_factory=dict)  # numbers as plain strings, ids of definition items


def has_errors(problems: Iterable[Problem]) -> bool:
    """True when a printed report must be marked as a draft."""
    return any(p.severity == "error" for p in problems)
