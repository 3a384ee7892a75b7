"""Plan against fact: R7 indicators, R8 socio-economic money, R9 partners."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..values.blank import is_unanswered
from .cells import parse_indicator, parse_number, plain, rows_of
from .problem import Problem


def indicators_below_plan(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R7: a fact below its plan with no deviation text to explain it.

    Indicator cells are text; only when both plan and fact start with a number (after an
    optional "at least") are they compared. `Кемінде 500` against `480` is below plan.
    """
    if not is_unanswered(doc.field(args["deviation"])):
        return
    table, plan_col, fact_col = args["indicators"], args["plan"], args["fact"]
    for row in rows_of(doc, table):
        below = _below_plan(row.get(plan_col), row.get(fact_col))
        if below is not None:
            yield Problem("R7", "error", Ref.cell(table, row.id, fact_col), "R7.fact_below_plan", {
                "plan": below[0], "fact": below[1], "deviation_field": args["deviation"],
            })


@lru_cache(maxsize=1 << 15)
def _compare(plan_text: str, fact_text: str) -> tuple[bool, str, str] | None:
    """R7's comparison of one indicator (FORMS.md, "Indicator cells"): (fact reaches plan,
    plan, fact as plain numbers), or None when they cannot be compared (not both start with
    a number). One remembered answer per pair: the check runs after each keystroke."""
    plan, fact = parse_indicator(plan_text), parse_indicator(fact_text)
    if not (plan.is_number and fact.is_number):
        return None
    return fact.value >= plan.value, plain(plan.value), plain(fact.value)


def indicator_met(plan_text: str | None, fact_text: str | None) -> bool | None:
    """True when the fact reaches the plan, False when it is below it, None when they cannot
    be compared: R7's comparison, which the operator's register counts indicators met with."""
    found = _compare(plan_text or "", fact_text or "")
    return None if found is None else found[0]


def _below_plan(plan_text: str, fact_text: str) -> tuple[str, str] | None:
    """(plan, fact) as plain numbers when the fact is below the plan."""
    found = _compare(plan_text or "", fact_text or "")
    return None if found is None or found[0] else (found[1], found[2])


def money_vs_grant(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R8: payroll + taxes + economy against the grant total, per column (plan, fact).

    One of them above the grant is impossible (error); a sum that differs is probably a slip
    (warning). A column with all three empty is not filled yet and is skipped.
    """
    total = parse_number(doc.field(args["total"]))
    socio, rows = args["socio"], list(args["rows"])
    unread = {"sum_rows": ",".join(rows), "socio_table": socio, "total_field": args["total"]}
    if not total.is_number:
        if total.kind == "invalid":  # R10 names the unreadable total; here, what it stopped
            yield Problem("R8", "warning", Ref.field(args["total"]), "R8.total_unreadable",
                          {"value": doc.field(args["total"]).strip(), **unread})
        return
    for col in args["columns"]:
        refs = [Ref.fixed(socio, key, col) for key in rows]
        values = [parse_number(doc.get(ref)) for ref in refs]
        if all(v.kind == "empty" for v in values):
            continue  # not filled yet
        bad = next((ref for ref, v in zip(refs, values) if v.kind == "invalid"), None)
        if bad is not None:  # R10 names the cell; here, that the sum was not checked
            yield Problem("R8", "warning", bad, "R8.cell_unreadable", {"value": doc.get(bad).strip(), **unread})
            continue
        above = [(ref, v) for ref, v in zip(refs, values) if v.is_number and v.value > total.value]
        for ref, v in above:
            yield Problem("R8", "error", ref, "R8.above_total", {
                "amount": plain(v.value), "total": plain(total.value), "total_field": args["total"],
            })
        if above:
            continue  # the sum is then wrong too; one problem per cause
        added = sum((v.value for v in values if v.is_number), Decimal(0))
        if added != total.value:
            yield Problem("R8", "warning", refs[0], "R8.sum_mismatch", {
                "sum": plain(added), "total": plain(total.value), "difference": plain(total.value - added),
                "total_field": args["total"], "sum_rows": ",".join(rows),
            })


def partners_count(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R9: the number of partners (fact) against the rows of the partners table.

    Rows left empty, or holding only dashes ("none"), name no partner. A fact that is not a number is R10's.
    """
    ref = Ref.fixed(args["socio"], args["row"], args["column"])
    fact = parse_number(doc.get(ref))
    if not fact.is_number:
        return
    listed = sum(
        1 for row in rows_of(doc, args["table"]) if any(not is_unanswered(v) for v in row.cells.values())
    )
    if fact.value != listed:
        yield Problem("R9", "warning", ref, "R9.differs", {
            "fact": plain(fact.value), "rows": str(listed), "list_table": args["table"],
        })
