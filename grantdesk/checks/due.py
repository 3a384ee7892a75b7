"""When a plan activity is due, for what an interim report owes (FORMS.md, R14).

An activity is due when its planned start — the plan's deadline (`Сәуір`, `Сәуір-тамыз`,
`Мамыр-маусым`), read with the project period's year — is on or before the end of the
interim report's reporting period. An activity whose planned date cannot be read is due:
owing too much is said and can be answered; owing too little would hide a gap. A final
report owes every activity.

The rule's arguments (the definition's R14 check) say which table holds the activities and
which column their date is; the tree asks `not_yet_due` to mark the rest, so the check and
the screen never disagree.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from ..document import Document, Row
from .cells import parse_period, rows_of


def owed_check(doc: Document) -> Mapping[str, Any] | None:
    """The arguments of the form's R14 check, or None for a form that owes nothing by R14."""
    return next((c.args for c in doc.form.checks if c.rule == "R14"), None)


def project_period(doc: Document, args: Mapping[str, Any]) -> tuple[date, date] | None:
    found = parse_period(doc.field(args["period"]))
    return found if found and found[0] <= found[1] else None


def due_by(doc: Document, args: Mapping[str, Any]) -> date | None:
    """The day by which activities are owed: the end of an interim report's reporting period.
    None means every activity is owed (a final report, or a reporting period not given or
    not readable yet — R1 and R10 speak about that)."""
    if doc.role != "interim" or not args.get("report_period"):
        return None
    field = args["report_period"]
    if field not in doc.form.fields or not doc.form.fields[field].applies(doc.role):
        return None
    found = parse_period(doc.field(field))
    return found[1] if found and found[0] <= found[1] else None


def planned_text(doc: Document, row: Row, args: Mapping[str, Any]) -> str:
    """The activity's planned date: the plan's value the report's date was proposed from
    (the plan's deadline), else the report's own date."""
    column = args["due"]
    links = doc.form.plan_links
    link = links.table(args["activities"]) if links is not None else None
    plan_column = link.propose.get(column) if link is not None else None
    if row.source is not None and plan_column:
        return row.source.get(plan_column)
    return row.get(column)


def planned_start(text: str, period: tuple[date, date] | None) -> date | None:
    """The start of a planned date. A month without a year takes the project period's year;
    in a period across New Year, the year that puts it inside the period."""
    if period is None:
        found = parse_period(text)
        return found[0] if found else None
    readings = [r for r in (parse_period(text, y) for y in range(period[0].year, period[1].year + 1)) if r]
    inside = [r for r in readings if period[0] <= r[0] <= period[1]]
    chosen = (inside or readings or [None])[0]
    return chosen[0] if chosen else None


def is_due(doc: Document, row: Row, args: Mapping[str, Any], by: date | None,
           period: tuple[date, date] | None) -> bool:
    if by is None:
        return True
    start = planned_start(planned_text(doc, row, args), period)
    return start is None or start <= by


def not_yet_due(doc: Document) -> frozenset[str]:
    """Ids of the activities an interim report does not owe yet (planned after its period)."""
    args = owed_check(doc)
    if args is None or doc.role != "interim":
        return frozenset()
    by = due_by(doc, args)
    if by is None:
        return frozenset()
    period = project_period(doc, args)
    return frozenset(row.id for row in rows_of(doc, args["activities"])
                     if not is_due(doc, row, args, by, period))
