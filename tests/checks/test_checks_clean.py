"""The baseline every other test starts from really is clean, and the package stays pure."""

import subprocess
import sys

from grantdesk.checks import KNOWN_RULES, Problem, run_checks
from grantdesk.progress import assess
from grantdesk.document import Ref


def test_clean_report_has_no_problems(make_report):
    assert run_checks(make_report("kk")) == []
    assert run_checks(make_report("ru")) == []


def test_known_rules():
    assert KNOWN_RULES == frozenset(f"R{n}" for n in range(1, 15))


def test_a_draft_while_an_error_or_an_owed_place_remains(make_report):
    doc = make_report("kk")
    warning = Problem("R4", "warning", Ref.field("x"), "R4.sum_mismatch", {})
    error = Problem("R2", "error", Ref.field("x"), "R2.sum_mismatch", {})
    owed = Problem("R14", "warning", Ref.field("x"), "R14.text_empty", {})
    assert not assess(doc, []).draft and assess(doc, []).clean
    assert not assess(doc, [warning]).draft
    assert assess(doc, [warning, error]).draft
    state = assess(doc, [owed])
    assert state.draft and state.owed == 1 and state.errors == 0 and not state.clean


def test_checks_import_nothing_heavy():
    code = (
        "import sys, grantdesk.checks\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'reportlab', 'sqlite3')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
