"""R6: the project period, activity dates against it, and the contract date.

Dates are text as typed (`Сәуір -қараша 2024 жыл`, `2-3.11.24`, `сәуір-қараша`,
`2023 жылғы 10-11 қараша`). An activity date that cannot be understood is never warned
about here: a wrong guess would be a false alarm, and it prints as typed. A period or a
contract date typed but unreadable is R10's error, and here a warning says what could not
be checked because of it, rather than the check going silent.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..values.dates import format_date
from ..values.blank import is_unanswered
from .cells import parse_date, parse_period, rows_of, understand
from .problem import Problem


@lru_cache(maxsize=1 << 14)
def _activity_outside(text: str, start: date, end: date) -> bool:
    """True when the text is understood and lies outside the period under every reading.

    A month without a year takes the period's year; a period across New Year has two, and
    the date is fine if either reading fits.
    """
    readings = [s for s in (parse_period(text, y) for y in range(start.year, end.year + 1)) if s]
    return bool(readings) and not any(start <= a and b <= end for a, b in readings)


def _r10_names(doc: Document, field_id: str) -> bool:
    """R10 already says this field cannot be understood (`31.02.2024`): one finding per cause."""
    found = understand(doc.form.fields[field_id].type, doc.field(field_id))
    return found is not None and found.is_error


def period_dates(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    period_field = args["period"]
    period = parse_period(doc.field(period_field))
    if period is None:
        if not is_unanswered(doc.field(period_field)) and not _r10_names(doc, period_field):
            # typed, understood as something, yet not as a period: say what was not checked
            yield Problem("R6", "warning", Ref.field(period_field), "R6.period_unreadable",
                          {"value": doc.field(period_field).strip()})
        return
    start, end = period
    dates = {"start": format_date(start), "end": format_date(end)}
    if start > end:
        yield Problem("R6", "error", Ref.field(period_field), "R6.period_reversed", dates)
        return  # activity dates cannot be placed in a reversed period

    # An interim report's reporting period must lie inside the project period. Its
    # activities are still checked against the project period: the plan dates them over the
    # whole project, and an activity planned after the reporting period is not yet due (R14),
    # not misdated.
    report_field = args.get("report_period")
    if report_field and doc.form.fields[report_field].applies(doc.role):
        own = parse_period(doc.field(report_field))
        if own is not None:
            own_dates = {"report_start": format_date(own[0]), "report_end": format_date(own[1])}
            if own[0] > own[1]:
                yield Problem("R6", "error", Ref.field(report_field), "R6.report_period_reversed", own_dates)
            elif own[0] < start or own[1] > end:
                yield Problem("R6", "error", Ref.field(report_field), "R6.report_period_outside",
                              {**dates, **own_dates})

    table, column = args["dates"].rsplit(".", 1)
    for row in rows_of(doc, table):
        text = row.get(column).strip()
        if text and _activity_outside(text, start, end):
            yield Problem("R6", "warning", Ref.cell(table, row.id, column), "R6.outside_period",
                          {"value": text, **dates})

    contract = parse_date(doc.field(args["contract_date"]))
    if contract is None and not is_unanswered(doc.field(args["contract_date"])) and not _r10_names(
            doc, args["contract_date"]):
        yield Problem("R6", "warning", Ref.field(args["contract_date"]), "R6.contract_unreadable",
                      {"value": doc.field(args["contract_date"]).strip()})
    elif contract is not None and contract > start:
        yield Problem("R6", "warning", Ref.field(args["contract_date"]), "R6.contract_after_start",
                      {"contract": format_date(contract), **dates})
