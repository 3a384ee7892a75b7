"""Running every check of a report's form, in the definition's order."""

from __future__ import annotations

from ..document import Document
from .lint import lint_check
from .problem import Problem
from .registry import RULES


def run_checks(doc: Document) -> list[Problem]:
    """All problems of a report. Pure and cheap (milliseconds): the UI runs it after every edit.

    A check the definition gets wrong (lint_check) is skipped rather than raised: the
    definition tests report it, and the user's problems panel keeps working meanwhile.
    """
    problems: list[Problem] = []
    for check in doc.form.checks:
        if not _runnable(doc.form, check):
            continue
        problems.extend(RULES[check.rule].run(doc, check.args))
    return problems


# A definition does not change once loaded: whether each of its checks can run is found
# once, not after every keystroke (the check objects are kept alive with their answer).
_LINTED: dict[int, tuple[object, bool]] = {}


def _runnable(form, check) -> bool:
    known = _LINTED.get(id(check))
    if known is None or known[0] is not check:
        known = (check, not lint_check(form, check))
        _LINTED[id(check)] = known
    return known[1]
