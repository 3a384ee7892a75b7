"""The rules by id, with the arguments each takes from a definition's `checks:` list.

Definitions reference rules by id and name the tables, columns and fields they apply to;
the argument kinds here let lint.py prove those names exist before a check ever runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

from ..document import Document
from . import rules_dates, rules_owed, rules_plan, rules_project, rules_totals, rules_values
from .problem import Problem


@dataclass(frozen=True)
class Arg:
    """An argument a check rule takes from the form."""

    name: str
    # "table" (rows), "fixed_table", "field" or "fields", "column"/"columns" and
    # "fixed_row"/"fixed_rows" of the table named by arg `of`, or "table_column(s)": dotted
    # table paths ending in a column.
    kind: str
    of: str = ""
    optional: bool = False  # a definition may leave it out


@dataclass(frozen=True)
class Rule:
    """A check rule: its id, the function run and its arguments."""

    id: str
    run: Callable[[Document, Mapping[str, Any]], Iterable[Problem]]
    args: tuple[Arg, ...] = ()


def _sum_args() -> tuple[Arg, ...]:
    return (Arg("table", "table"), Arg("total", "column", "table"), Arg("parts", "columns", "table"))


def _socio_cell_args(*more: Arg) -> tuple[Arg, ...]:
    return (Arg("socio", "fixed_table"), Arg("row", "fixed_row", "socio"), Arg("column", "column", "socio"), *more)


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("R1", rules_values.required_empty),
        Rule("R2", rules_totals.sum_rule("R2", "error"), _sum_args()),
        Rule("R3", rules_totals.sum_rule("R3", "error"), _sum_args()),
        Rule("R4", rules_totals.sum_rule("R4", "warning"), _sum_args()),
        Rule("R5", rules_totals.beneficiaries_vs_stats,
             _socio_cell_args(Arg("stats", "table"), Arg("total", "column", "stats"))),
        Rule("R6", rules_dates.period_dates,
             (Arg("period", "field"), Arg("contract_date", "field"), Arg("dates", "table_column"),
              Arg("report_period", "field", optional=True))),
        Rule("R7", rules_plan.indicators_below_plan,
             (Arg("indicators", "table"), Arg("plan", "column", "indicators"),
              Arg("fact", "column", "indicators"), Arg("deviation", "field"))),
        Rule("R8", rules_plan.money_vs_grant,
             (Arg("socio", "fixed_table"), Arg("rows", "fixed_rows", "socio"),
              Arg("columns", "columns", "socio"), Arg("total", "field"))),
        Rule("R9", rules_plan.partners_count, _socio_cell_args(Arg("table", "table"))),
        Rule("R10", rules_values.bad_numbers),
        Rule("R11", rules_values.bad_phones),
        Rule("R12", rules_project.report_vs_plan),
        Rule("R13", rules_project.plan_complete,
             (Arg("tasks", "table"), Arg("activities", "table"), Arg("indicators", "table"),
              Arg("plan", "column", "indicators"), Arg("effect", "fixed_table"), Arg("period", "field"))),
        Rule("R14", rules_owed.report_owes,
             (Arg("activities", "table"), Arg("columns", "columns", "activities"),
              Arg("indicators", "table"), Arg("facts", "columns", "indicators"),
              Arg("plan", "column", "indicators", optional=True), Arg("due", "column", "activities"), Arg("period", "field"),
              Arg("report_period", "field", optional=True), Arg("texts", "fields", optional=True),
              Arg("totals", "table_columns", optional=True), Arg("socio", "fixed_table", optional=True),
              Arg("socio_column", "column", "socio", optional=True))),
    )
}

KNOWN_RULES: frozenset[str] = frozenset(RULES)
