"""R14: what a report owes is empty (FORMS.md, "What a report owes (R14), empty, and proposed values").

Which places are owed is data: the definition's R14 check names the activities table and
its own columns, the indicators table and its fact columns, the narrative texts, the §4
totals and the socio-economic facts. A final report owes all of it (errors). An interim
report owes the activities due by the end of its reporting period (errors) and its texts,
totals and facts so far (warnings); an activity planned later owes nothing yet.

One finding per activity lists its empty places and points at the first, so going to it
lands where typing starts. A required text is R1's (one finding per cause), and a fact below
plan without a deviation text is R7's.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..values.blank import is_blank, is_unanswered
from .cells import rows_of
from .due import due_by, is_due, project_period
from .problem import Problem

REPORT_ROLES = ("interim", "final")


def report_owes(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    if doc.role not in REPORT_ROLES:
        return
    final = doc.role == "final"
    activity_severity = "error"
    other_severity = "error" if final else "warning"
    by, period = due_by(doc, args), project_period(doc, args)
    activities, indicators = args["activities"], args["indicators"]
    indicators_id = indicators.rsplit(".", 1)[1]
    own_columns, facts = list(args["columns"]), list(args["facts"])
    plan_column = args.get("plan")
    check_due = not final and by is not None
    # This walks every activity and indicator after each keystroke: a report's own cells
    # are read directly (Row.get only where a definition links a column to the plan), and a
    # value starting with a letter or a digit is filled without asking values.blank.
    for row in rows_of(doc, activities):
        if check_due and not is_due(doc, row, args, by, period):
            continue
        cells, links = row.cells, row.links
        empty_own: list[str] = []
        for c in own_columns:
            v = row.get(c) if c in links else cells.get(c)
            if not (v and v[0].isalnum()) and is_blank(v):
                empty_own.append(c)
        empty_facts: list[tuple[int, str, str]] = []  # (indicator number, row id, column)
        for n, indicator in enumerate(row.children.get(indicators_id, ()), start=1):
            icells, ilinks = indicator.cells, indicator.links
            for c in facts:
                v = indicator.get(c) if c in ilinks else icells.get(c)
                if (v and v[0].isalnum()) or not is_blank(v):
                    continue
                # an indicator without a planned value is the plan's gap (R13), not a fact owed
                if not (plan_column and is_blank(indicator.get(plan_column))):
                    empty_facts.append((n, indicator.id, c))
        if not empty_own and not empty_facts:
            continue
        first = (Ref.cell(activities, row.id, empty_own[0]) if empty_own
                 else Ref.cell(indicators, empty_facts[0][1], empty_facts[0][2]))
        params = {"activity_row": row.id, "own_table": activities, "fact_table": indicators}
        if empty_own:
            params["own_columns"] = ",".join(empty_own)
        if empty_facts:
            params["indicators"] = ", ".join(dict.fromkeys(str(n) for n, _, _ in empty_facts))
            params["fact_columns"] = ",".join(dict.fromkeys(c for _, _, c in empty_facts))
        key = "R14.activity_both" if empty_own and empty_facts else (
            "R14.activity_columns" if empty_own else "R14.activity_facts")
        yield Problem("R14", activity_severity, first, key, params)

    for field_id in args.get("texts", ()):
        field = doc.form.fields[field_id]
        if field.required or not field.applies(doc.role):
            continue  # a required text is R1's
        if is_unanswered(doc.field(field_id)):
            yield Problem("R14", other_severity, Ref.field(field_id), "R14.text_empty", {})

    for path in args.get("totals", ()):
        table, column = path.rsplit(".", 1)
        rows = rows_of(doc, table)
        if not rows:
            yield Problem("R14", other_severity, Ref.of_table(table), "R14.table_empty", {})
            continue
        for row in rows:
            if is_blank(row.get(column)):
                yield Problem("R14", other_severity, Ref.cell(table, row.id, column), "R14.total_empty", {})

    socio, column = args.get("socio"), args.get("socio_column")
    if socio and column:
        empty = [r.key for r in doc.form.table(socio).fixed_rows if is_blank(doc.fixed(socio, r.key, column))]
        if empty:
            yield Problem("R14", other_severity, Ref.fixed(socio, empty[0], column), "R14.socio_facts",
                          {"empty_rows": ",".join(empty), "socio_table": socio})
