"""Definition problems in a form's `checks:` list: unknown rules, missing or misnamed arguments.

Run by the definition tests for every bundled form, and by run_checks to skip a check it
cannot run (a broken definition must not take the problems panel down with it).
"""

from __future__ import annotations

from typing import Any

from ..forms import CheckDef, FormDef, TableDef
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


def _arg_problems(form: FormDef, args: dict[str, Any], arg: Arg) -> list[str]:
    """Problems of one present argument; a column's table argument is known to be fine."""
    value = args[arg.name]
    if arg.kind in ("table", "fixed_table"):
        table = _table(form, value)
        if table is None:
            return [f"{arg.name}: no table {value!r}"]
        if table.is_fixed != (arg.kind == "fixed_table"):
            want = "a table with fixed rows" if arg.kind == "fixed_table" else "a table of rows"
            return [f"{arg.name}: {value!r} is not {want}"]
        return []
    if arg.kind == "field":
        return [] if isinstance(value, str) and value in form.fields else [f"{arg.name}: no field {value!r}"]
    if arg.kind == "table_column":
        table = _table(form, value.rsplit(".", 1)[0]) if isinstance(value, str) and "." in value else None
        if table is None or table.is_fixed:
            return [f"{arg.name}: {value!r} is not table.column of a table of rows"]
        column = value.rsplit(".", 1)[1]
        return [] if column in {c.id for c in table.columns} else [f"{arg.name}: {table.path} has no column {column!r}"]

    table = _table(form, args.get(arg.of))
    if arg.kind in ("column", "fixed_row"):
        names = [value] if isinstance(value, str) else None
    else:
        names = _names(value)
    if names is None:
        return [f"{arg.name}: expected {'a name' if arg.kind in ('column', 'fixed_row') else 'a list of names'}"]
    if arg.kind.startswith("fixed_row"):
        known, what = {r.key for r in table.fixed_rows}, "row"
    else:
        known, what = {c.id for c in table.columns}, "column"
    return [f"{arg.name}: {table.path} has no {what} {n!r}" for n in names if n not in known]


def lint_check(form: FormDef, check: CheckDef) -> list[str]:
    """What is wrong with one check of a definition, as readable lines (empty when fine)."""
    rule = RULES.get(check.rule) if isinstance(check.rule, str) else None
    if rule is None:
        return [f"unknown rule {check.rule!r}; known: {', '.join(sorted(RULES, key=lambda r: int(r[1:])))}"]
    args = dict(check.args)
    problems = [f"unexpected argument {name!r}" for name in args if name not in {a.name for a in rule.args}]
    failed: set[str] = set()
    for arg in rule.args:
        if arg.of and arg.of in failed:
            failed.add(arg.name)  # its table is already reported; its columns would only echo that
            continue
        if arg.name not in args and arg.optional:
            continue
        found = [f"missing argument {arg.name!r}"] if arg.name not in args else _arg_problems(form, args, arg)
        if found:
            failed.add(arg.name)
            problems.extend(found)
    return problems


def lint_form(form: FormDef) -> list[str]:
    """Every definition problem of a form's checks, each naming the check: `checks[3] R4: …`."""
    out = []
    for i, check in enumerate(form.checks):
        out.extend(f"{form.id}: checks[{i}] {check.rule}: {p}" for p in lint_check(form, check))
    return out
