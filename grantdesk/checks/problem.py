"""A problem found in a report: data, not text, so the UI and the CLI word it in their language."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

from ..document import Ref

SEVERITIES = ("error", "warning")


@dataclass(frozen=True)
class Problem:
    """One problem a check found: its rule, severity, place and message."""

    rule: str  # "R1" … "R11"
    severity: str  # "error": the form contradicts itself or lacks what it requires; "warning": the user decides
    ref: Ref  # where: the cell, row, field or table the user should look at
    key: str  # message key in messages.MESSAGES, e.g. "R2.sum_mismatch"
    params: Mapping[str, Any] = field(default_factory=dict)  # numbers as plain strings, ids of definition items


# Problems that say something is not filled in yet rather than that what was typed is wrong:
# an empty required field (R1), what a report owes (R14), and the plan's parts still empty (R13, but for a period
# typed so that it cannot be read). A screen keeps these quiet until the user asks
# ("Check the report", printing): a new document is mostly empty, and listing every gap at
# once says "you failed" before anything was typed.
GAP_KEYS = frozenset({"R13.task_without_activities", "R13.activity_without_indicator",
                      "R13.no_planned_value", "R13.effect_empty"})


def is_gap(problem: Problem) -> bool:
    """Something owed and still empty: a required field (R1), what a report owes (R14), an
    empty part of the plan (R13)."""
    return problem.rule in ("R1", "R14") or problem.key in GAP_KEYS

