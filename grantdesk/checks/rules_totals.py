"""Totals that must match their parts: R2 gender, R3 age, R4 social status (§4 tables), R5.

Each §4 row is checked on its own (seed 003 has a row for the project and one for its small
grants). A cell that is not a number is skipped here: R10 already names it, and a sum with a
guessed part would only add a second, misleading problem.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Iterator, Mapping

from ..document import Document, Ref
from .cells import parse_number, plain, rows_of
from .problem import Problem

RuleFn = Callable[[Document, Mapping[str, Any]], Iterator[Problem]]


def sum_rule(rule: str, severity: str) -> RuleFn:
    """A rule "total = sum of parts, per row"; args: table, total (column), parts (columns).

    Empty parts count as 0 when some parts are given (people leave an empty group blank).
    A total with every part empty, or parts without a total, is an incomplete row: reported.
    """

    def check(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
        table, total_col, parts = args["table"], args["total"], list(args["parts"])
        ids = {"total_column": total_col, "parts_columns": ",".join(parts)}
        for row in rows_of(doc, table):
            total = parse_number(row.get(total_col))
            values = [parse_number(row.get(c)) for c in parts]
            if total.kind == "invalid" or any(v.kind == "invalid" for v in values):
                continue
            given = [v.value for v in values if v.is_number]
            if not total.is_number and not given:
                continue  # an untouched row
            added = sum(given, Decimal(0))
            if not total.is_number:
                yield Problem(rule, severity, Ref.cell(table, row.id, total_col), f"{rule}.total_missing",
                              {"sum": plain(added), **ids})
            elif not given:
                if total.value != 0:
                    yield Problem(rule, severity, Ref.cell(table, row.id, parts[0]), f"{rule}.parts_missing",
                                  {"total": plain(total.value), **ids})
            elif added != total.value:
                yield Problem(rule, severity, Ref.cell(table, row.id, total_col), f"{rule}.sum_mismatch",
                              {"total": plain(total.value), "sum": plain(added),
                               "difference": plain(total.value - added), **ids})

    check.__doc__ = f"{rule}: total = sum of parts, per row ({severity})."
    return check


def beneficiaries_vs_stats(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R5: the socio-economic direct beneficiaries (fact) against the §4 total.

    With several §4 rows (project + small grants) the beneficiaries are all of them: compare
    against the sum of the row totals.
    """
    ref = Ref.fixed(args["socio"], args["row"], args["column"])
    fact = parse_number(doc.get(ref))
    if not fact.is_number:
        return
    totals = [parse_number(row.get(args["total"])) for row in rows_of(doc, args["stats"])]
    if any(t.kind == "invalid" for t in totals):
        return
    numbers = [t.value for t in totals if t.is_number]
    if not numbers:
        return
    total = sum(numbers, Decimal(0))
    if fact.value != total:
        key = "R5.differs" if len(numbers) == 1 else "R5.differs_sum"
        yield Problem("R5", "warning", ref, key, {
            "fact": plain(fact.value), "total": plain(total), "rows": str(len(numbers)),
            "stats_table": args["stats"], "stats_column": args["total"],
        })
