"""Checks R1…R11 (FORMS.md, "Checks"): problems as data, worded by the UI and the CLI (pure).

Rules are generic over definitions: each reads the table, column and field ids it works on
from its CheckDef arguments in the form's definition file, so a new edition is a new file.
"""

from .lint import lint_check, lint_form
from .problem import Problem, is_gap
from .registry import KNOWN_RULES
from .render import problem_to_json, render_message
from .runner import run_checks

__all__ = [
    "KNOWN_RULES", "Problem", "is_gap", "lint_check", "lint_form", "problem_to_json",
    "render_message", "run_checks",
]
