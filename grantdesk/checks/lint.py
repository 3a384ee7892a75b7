"""Definition problems in a form's `checks:` list: unknown rules, missing or misnamed arguments.

Run by the definition tests for every bundled form, and by run_checks to skip a check it
cannot run (a broken definition must not take the problems panel down with it).
"""

from __future__ import annotations

from typing import Any

from ..forms import CheckDef, FormDef, TableDef
from ..forms.problems import DefinitionProblem, problem
from .registry import RULES, Arg


def _table(form: FormDef, path: Any) -> TableDef | None:
    if not isinstance(path, str) or not path:
        return None
    try:
        return form.table(path)
    except KeyError:
        return None


def _names(value: Any) -> list[str] | None:
    """A list argument as names, or None when it is not a non-empty list of strings."""
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) for v in value):
        return list(value)
    return None


def _arg_problems(form: FormDef, args: dict[str, Any], arg: Arg) -> list[DefinitionProblem]:
    """Problems of one present argument; a column's table argument is known to be fine."""
    value = args[arg.name]

    def say(message: str, /, **params: Any) -> list[DefinitionProblem]:
        return [problem(arg.name, message, **params)]

    if arg.kind in ("table", "fixed_table"):
        table = _table(form, value)
        if table is None:
            return say("no_table", name=value)
        if table.is_fixed != (arg.kind == "fixed_table"):
            return say("not_fixed_table" if arg.kind == "fixed_table" else "not_rows_table", name=value)
        return []
    if arg.kind == "field":
        return [] if isinstance(value, str) and value in form.fields else say("no_field", name=value)
    if arg.kind == "fields":
        names = _names(value)
        if names is None:
            return say("expected_names")
        return [p for n in names if n not in form.fields for p in say("no_field", name=n)]
    if arg.kind == "table_columns":
        names = _names(value)
        if names is None:
            return say("expected_names")
        return [p for n in names for p in _table_column_problems(form, n, say)]
    if arg.kind == "table_column":
        return _table_column_problems(form, value, say)

    table = _table(form, args.get(arg.of))
    if arg.kind in ("column", "fixed_row"):
        names = [value] if isinstance(value, str) else None
    else:
        names = _names(value)
    if names is None:
        return say("expected_name" if arg.kind in ("column", "fixed_row") else "expected_names")
    if arg.kind.startswith("fixed_row"):
        known, key = {r.key for r in table.fixed_rows}, "no_row"
    else:
        known, key = {c.id for c in table.columns}, "no_column"
    return [p for n in names if n not in known for p in say(key, table=table.path, name=n)]


def _table_column_problems(form: FormDef, value: Any, say) -> list[DefinitionProblem]:
    """A dotted `table.column` of a table with rows."""
    table = _table(form, value.rsplit(".", 1)[0]) if isinstance(value, str) and "." in value else None
    if table is None or table.is_fixed:
        return say("not_table_column", value=value)
    column = value.rsplit(".", 1)[1]
    return [] if column in {c.id for c in table.columns} else say("no_column", table=table.path, name=column)


def lint_check(form: FormDef, check: CheckDef) -> list[DefinitionProblem]:
    """What is wrong with one check of a definition (empty when fine); each problem's place is
    the argument it concerns, or none for the check as a whole."""
    rule = RULES.get(check.rule) if isinstance(check.rule, str) else None
    if rule is None:
        return [problem("", "unknown_rule", rule=check.rule, known=sorted(RULES, key=lambda r: int(r[1:])))]
    args = dict(check.args)
    problems = [problem("", "unexpected_argument", name=name) for name in args if name not in {a.name for a in rule.args}]
    failed: set[str] = set()
    for arg in rule.args:
        if arg.of and arg.of in failed:
            failed.add(arg.name)  # its table is already reported; its columns would only echo that
            continue
        if arg.name not in args and arg.optional:
            continue
        found = [problem("", "missing_argument", name=arg.name)] if arg.name not in args else _arg_problems(form, args, arg)
        if found:
            failed.add(arg.name)
            problems.extend(found)
    return problems


def lint_form(form: FormDef) -> list[DefinitionProblem]:
    """Every definition problem of a form's checks, each placed at its check: `fr24: checks[3] R4: …`."""
    return [p.within(f"{form.id}: checks[{i}] {check.rule}")
            for i, check in enumerate(form.checks) for p in lint_check(form, check)]
