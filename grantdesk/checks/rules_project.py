"""The plan and its reports: R12 (a report's plan values against the project's plan) and
R13 (the plan's own completeness)."""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from ..document import Document, Ref
from ..document.project import iter_linked
from ..values.blank import is_blank, is_unanswered
from .cells import parse_period, rows_of, understand
from .problem import Problem


def report_vs_plan(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R12: every place where a report that follows the plan says something else than the
    plan: a value of its own in a plan column, a row the plan no longer has, a plan row the
    report lacks. Nothing for a report without a plan."""
    plan, links = doc.plan, doc.form.plan_links
    if plan is None or links is None:
        return
    followed: set[str] = set()
    for table, row in iter_linked(doc):
        if row.plan_id is not None:
            followed.add(row.plan_id)
        if row.not_in_plan:
            parent = doc.parent_of(row.id)
            if parent is not None and parent.not_in_plan:
                continue  # one finding for the row that left the plan, not for each child
            yield Problem("R12", "error", Ref.of_row(table, row.id), "R12.not_in_plan", {})
            continue
        for column in row.links:
            own, planned = row.cells.get(column, ""), row.plan_value(column)
            if own != "" and planned is not None and own != planned:
                yield Problem("R12", "error", Ref.cell(table, row.id, column), "R12.differs",
                              {"value": own, "plan_value": planned})
    for link in links.tables.values():
        if not _parent_followed(doc, link.table):
            continue
        for plan_row, ancestors in plan.iter_rows(link.source):
            if plan_row.id in followed:
                continue
            if ancestors and ancestors[-1].id not in followed:
                continue  # its parent is missing already: one finding per cause
            yield Problem("R12", "error", Ref.of_table(link.table), "R12.missing",
                          {"value": plan.row_title(plan_row) or plan.describe(Ref.of_row(link.source, plan_row.id))})
            followed.add(plan_row.id)  # its children are covered by this finding
            for child, _ in _descendants(plan_row):
                followed.add(child.id)
    for table, link in links.fixed.items():
        for key in link.rows:
            ref = Ref.fixed(table, key, link.column)
            own = doc.values.get(ref.value_key(), "")
            planned = doc.plan_value(ref)
            if own != "" and planned is not None and own != planned:
                yield Problem("R12", "error", ref, "R12.differs", {"value": own, "plan_value": planned})


def _parent_followed(doc: Document, table: str) -> bool:
    """A child table is compared only under a parent table that follows the plan too."""
    if "." not in table:
        return True
    return doc.form.plan_links.table(table.rsplit(".", 1)[0]) is not None


def _descendants(row):
    for kids in row.children.values():
        for kid in kids:
            yield kid, row
            yield from _descendants(kid)


def plan_complete(doc: Document, args: Mapping[str, Any]) -> Iterator[Problem]:
    """R13 (warnings): a task without activities, an activity without an indicator or an
    indicator without a planned value, an empty planned social-effect value, a period that
    cannot be read. A planned value typed but not a number is R10's error, not repeated."""
    for task in rows_of(doc, args["tasks"]):
        if not task.children.get(args["activities"].rsplit(".", 1)[1]):
            yield Problem("R13", "warning", Ref.of_row(args["tasks"], task.id), "R13.task_without_activities", {})
    indicators_id = args["indicators"].rsplit(".", 1)[1]
    for activity in rows_of(doc, args["activities"]):
        if not activity.children.get(indicators_id):
            yield Problem("R13", "warning", Ref.of_row(args["activities"], activity.id),
                          "R13.activity_without_indicator", {})
    for indicator in rows_of(doc, args["indicators"]):
        if is_blank(indicator.get(args["plan"])):
            yield Problem("R13", "warning", Ref.cell(args["indicators"], indicator.id, args["plan"]),
                          "R13.no_planned_value", {})
    effect = doc.form.table(args["effect"])
    for frow in effect.fixed_rows:
        for col in effect.columns:
            if is_blank(doc.fixed(effect.id, frow.key, col.id)):
                yield Problem("R13", "warning", Ref.fixed(effect.id, frow.key, col.id), "R13.effect_empty", {})
    period = doc.field(args["period"])
    found = understand(doc.form.fields[args["period"]].type, period)
    if not is_unanswered(period) and parse_period(period) is None and not (found is not None and found.is_error):
        yield Problem("R13", "warning", Ref.field(args["period"]), "R13.period_unreadable", {"value": period})
