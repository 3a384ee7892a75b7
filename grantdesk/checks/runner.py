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
        if lint_check(doc.form, check):
            continue
        problems.extend(RULES[check.rule].run(doc, check.args))
    return problems
