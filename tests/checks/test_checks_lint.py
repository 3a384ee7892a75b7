"""Definition lint: rule ids and arguments; rules read every id from the definition."""

import copy

import pytest
import yaml

from grantdesk.checks import Problem, lint_form, run_checks
from grantdesk.document import Document, Ref
from grantdesk.forms import default_registry, parse_form
from grantdesk.resources import forms_dir


@pytest.fixture(scope="module")
def fr24_data():
    return yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))


def lint(form):
    """The form's lint problems as their English texts."""
    return [str(p) for p in lint_form(form)]


def with_checks(data, checks):
    changed = copy.deepcopy(data)
    changed["checks"] = checks
    return parse_form(changed, "changed")


def test_bundled_definitions_are_clean():
    for form in default_registry():
        assert lint_form(form) == []


def test_unknown_rule_id(fr24_data):
    problems = lint(with_checks(fr24_data, [{"rule": "R1"}, {"rule": "R99"}]))
    assert len(problems) == 1 and "checks[1]" in problems[0] and "unknown rule 'R99'" in problems[0]


def test_argument_naming_a_missing_table(fr24_data):
    checks = copy.deepcopy(fr24_data["checks"])
    checks[1]["table"] = "stats_gendr"  # R2
    problems = lint(with_checks(fr24_data, checks))
    assert problems == ["fr24: checks[1] R2: table: no table 'stats_gendr'"]


@pytest.mark.parametrize(
    "index, change, expected",
    [
        (2, {"parts": ["age_13_16", "age_99"]}, "parts: stats_age has no column 'age_99'"),
        (4, {"row": "beneficiaries"}, "row: socio has no row 'beneficiaries'"),
        (5, {"dates": "tasks.activities.when"}, "dates: tasks.activities has no column 'when'"),
        (6, {"deviation": "deviations"}, "deviation: no field 'deviations'"),
        (7, {"socio": "partners"}, "socio: 'partners' is not a table with fixed rows"),
        (7, {"rows": "payroll"}, "rows: expected a list of names"),
        (8, {"colour": "red"}, "unexpected argument 'colour'"),
    ],
)
def test_argument_problems(fr24_data, index, change, expected):
    checks = copy.deepcopy(fr24_data["checks"])
    checks[index].update(change)
    problems = lint(with_checks(fr24_data, checks))
    assert len(problems) == 1 and problems[0].endswith(expected), problems


def test_missing_argument(fr24_data):
    checks = copy.deepcopy(fr24_data["checks"])
    del checks[8]["table"]  # R9
    assert lint(with_checks(fr24_data, checks)) == ["fr24: checks[8] R9: missing argument 'table'"]


def test_run_checks_skips_a_check_it_cannot_run(fr24_data):
    checks = copy.deepcopy(fr24_data["checks"])
    checks[1]["table"] = "nowhere"
    doc = Document.new(with_checks(fr24_data, checks))
    assert {p.rule for p in run_checks(doc)} == {"R1", "R14"}  # R2 skipped, no KeyError; an empty report owes


def test_rules_read_their_ids_from_the_definition(fr24_data):
    """A new edition renames a table and a column: same code, same problem."""
    data = copy.deepcopy(fr24_data)
    gender = data["tables"].pop("stats_gender")
    gender["columns"]["all"] = gender["columns"].pop("total")
    data["tables"]["gender"] = gender
    data["sections"] = [
        {**s, "items": ["gender" if i == "stats_gender" else i for i in s["items"]]} for s in data["sections"]
    ]
    for block in data["print"]:
        if block.get("table") == "stats_gender":
            block["table"] = "gender"
    for check in data["checks"]:
        if check.get("table") == "stats_gender":
            check.update(table="gender", total="all")
        if check.get("stats") == "stats_gender":
            check.update(stats="gender", total="all")
        if "totals" in check:
            check["totals"] = ["gender.all" if t == "stats_gender.total" else t for t in check["totals"]]
    form = parse_form(data, "renamed")
    assert lint_form(form) == []
    doc = Document.new(form)
    row = doc.rows["gender"][0]
    for column, value in (("all", "10"), ("men", "3"), ("women", "4")):
        doc.set(Ref.cell("gender", row.id, column), value)
    assert [p for p in run_checks(doc) if p.rule == "R2"] == [
        Problem("R2", "error", Ref.cell("gender", row.id, "all"), "R2.sum_mismatch",
                {"total": "10", "sum": "7", "difference": "3", "total_column": "all", "parts_columns": "men,women"})
    ]


def test_column_arguments_follow_their_table_argument():
    """lint_check skips a column whose table argument failed, so the table must come first."""
    from grantdesk.checks.registry import RULES

    for rule in RULES.values():
        names = [a.name for a in rule.args]
        for i, arg in enumerate(rule.args):
            if arg.of:
                assert arg.of in names[:i], (rule.id, arg.name)
