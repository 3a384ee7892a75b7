"""A project: the grant's own values and its documents, around one plan.

The plan is the spine. A report row follows a plan row (`Row.plan_id`); the columns its
definition's `plan:` names are read through that link, never copied, so an amendment of
the plan shows in every report at once. Rows the plan gains, loses or reorders are mirrored
into every report that follows it, as ordinary document changes (which the store writes).
A plan row that leaves the plan while a report holds facts for it is not lost: the report
keeps the row with the plan's former values as its own, marked as no longer in the plan.
"""

from __future__ import annotations

from typing import Iterator

from ..forms import FormDef, PlanTableLink
from .events import Change, RowAdded, RowRemoved, RowsReordered, RowUnlinked, ValueChanged
from .model import Document, DocumentError, Row
from .refs import Ref

ROLE_ORDER = {"plan": 0, "interim": 1, "final": 2, "derived": 3}


class Project:
    """The project's values and its documents in order (plan first, then reports)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.documents: list[Document] = []

    # ---- documents ------------------------------------------------------------------

    @property
    def plan(self) -> Document | None:
        return next((d for d in self.documents if d.role == "plan"), None)

    def reports(self) -> list[Document]:
        return [d for d in self.documents if d.role in ("interim", "final")]

    def document(self, doc_id: int) -> Document:
        for doc in self.documents:
            if doc.doc_id == doc_id:
                return doc
        raise DocumentError(f"no document {doc_id}")

    def add(self, doc: Document) -> Document:
        """Take a loaded or imported document in: it shares the project's values, and a
        report follows the plan when there is one."""
        if doc.role == "plan" and self.plan is not None and self.plan is not doc:
            raise DocumentError("a project has one plan")
        self.values.update({k: v for k, v in doc.project.items() if k not in self.values})
        doc.project = self.values
        self.documents.append(doc)
        self.documents.sort(key=lambda d: ROLE_ORDER.get(d.role, 9))
        if doc.role == "plan":
            doc.subscribe(self._plan_changed)
            for report in self.reports():
                if report.follows_plan:
                    link_to_plan(report, doc)
        elif self.plan is not None and doc.follows_plan:
            link_to_plan(doc, self.plan)
        return doc

    def remove(self, doc: Document) -> None:
        """Take a document out. Reports of a removed plan keep its values as their own."""
        self.documents.remove(doc)
        if doc.role == "plan":
            doc.unsubscribe(self._plan_changed)
            for report in self.reports():
                if report.plan is doc:
                    keep_plan_values(report)

    def new_document(self, form: FormDef, role: str, lang: str) -> Document:
        """An empty document as a user first sees it; a report of a project with a plan
        starts with the plan's tasks, activities and indicators."""
        plan = self.plan if role != "plan" and form.plan_links is not None else None
        if role == "plan" and self.plan is not None:
            raise DocumentError("a project has one plan")
        if plan is None:
            doc = Document.new(form, lang, role)
        else:
            doc = Document(form, lang, role)
            for table in form.tables.values():
                if form.plan_links.table(table.path) is None:
                    for key in table.standard_rows:
                        doc.add_row(table.path, kind=key)
                    for _ in range(table.default_rows):
                        doc.add_row(table.path)
            doc.plan, doc.follows_plan = plan, True
            for link in _root_links(form):
                for plan_row in plan.rows[link.source]:
                    _follow(doc, link, plan_row, None)
        return self.add(doc)

    def duplicate(self, doc: Document) -> Document:
        from .jsonio import document_from_json, document_to_json  # the one way to copy every value

        copy = document_from_json(document_to_json(doc), doc.form, keep_ids=False)
        copy.follows_plan = doc.follows_plan
        return self.add(copy)

    # ---- the plan changed: mirror its rows into every report ---------------------------

    def _plan_changed(self, change: Change) -> None:
        if not isinstance(change, (RowAdded, RowRemoved, RowsReordered)):
            return  # values are read through the links: nothing to mirror
        for report in self.reports():
            if report.plan is None or report.form.plan_links is None:
                continue
            for link in report.form.plan_links.tables.values():
                if link.source != change.table:
                    continue
                if isinstance(change, RowAdded):
                    _mirror_added(report, link, change)
                elif isinstance(change, RowRemoved):
                    _mirror_removed(report, link, change)
                else:
                    _mirror_order(report, link.table, change.parent_id)


# ---- links ------------------------------------------------------------------------------


def _root_links(form: FormDef) -> list[PlanTableLink]:
    links = form.plan_links.tables.values() if form.plan_links else ()
    return [link for link in links if "." not in link.table]


def _child_links(form: FormDef, table: str) -> list[PlanTableLink]:
    links = form.plan_links.tables.values() if form.plan_links else ()
    return [link for link in links if link.table.rsplit(".", 1)[0] == table and link.table.count(".") == table.count(".") + 1]


def _follow(doc: Document, link: PlanTableLink, plan_row: Row, parent_id: str | None,
            index: int | None = None) -> Row:
    """A report row following `plan_row` (and its children, by the child links)."""
    tdef = doc.form.table(link.table)
    kind = plan_row.kind if plan_row.kind in tdef.standard_rows else None
    proposed = {col: plan_row.get(src) for col, src in link.propose.items() if plan_row.get(src)}
    row = doc.add_row(link.table, parent_id, index=index, cells=proposed, kind=kind, plan_id=plan_row.id)
    row.source, row.links = plan_row, link.columns
    for child in _child_links(doc.form, link.table):
        plan_child = child.source.rsplit(".", 1)[1]
        for plan_kid in plan_row.children.get(plan_child, []):
            _follow(doc, child, plan_kid, row.id)
    return row


def link_to_plan(report: Document, plan: Document) -> None:
    """Point every report row that follows a plan row at it (after loading or importing)."""
    links = report.form.plan_links
    if links is None:
        return
    report.plan, report.follows_plan = plan, True
    for link in links.tables.values():
        for row, _ in report.iter_rows(link.table):
            if row.plan_id is not None and plan.has_row(row.plan_id):
                row.source, row.links = plan.row(row.plan_id), link.columns
            else:
                row.source, row.links = None, {}


def keep_plan_values(report: Document) -> None:
    """The report stops following its plan and keeps every plan value it showed as its own."""
    links = report.form.plan_links
    if links is None or report.plan is None:
        return
    frozen = []
    for table, link in links.fixed.items():
        for key in link.rows:
            ref = Ref.fixed(table, key, link.column)
            if report.values.get(ref.value_key(), "") == "" and report.fixed(table, key, link.column):
                frozen.append((ref, report.fixed(table, key, link.column)))
    for link in _root_links(report.form):
        for row in report.rows[link.table]:
            _keep_as_own(report, row)
    report.plan, report.follows_plan = None, False
    for ref, value in frozen:
        report.values[ref.value_key()] = value
        report._emit(ValueChanged(ref, value, "report"))


def _report_parent(report: Document, link: PlanTableLink, plan_parent: str | None) -> tuple[bool, str | None]:
    """The report row under which a plan row's mirror belongs: (found, its id)."""
    if "." not in link.table:
        return True, None
    parent_table = link.table.rsplit(".", 1)[0]
    for row, _ in report.iter_rows(parent_table):
        if row.plan_id == plan_parent and row.source is not None:
            return True, row.id
    return False, None


def _mirror_added(report: Document, link: PlanTableLink, change: RowAdded) -> None:
    found, parent_id = _report_parent(report, link, change.parent_id)
    if not found or not report.plan.has_row(change.row_id):
        return
    _follow(report, link, report.plan.row(change.row_id), parent_id)
    _mirror_order(report, link.table, change.parent_id)


def _holds_facts(report: Document, table: str, row: Row) -> bool:
    """Anything the report itself says about a row: a cell typed beyond what was proposed."""
    link = report.form.plan_links.table(table)
    for column, value in row.cells.items():
        if value == "" or column in row.links:
            continue
        proposed_from = link.propose.get(column) if link else None
        if proposed_from is not None and row.source is not None and row.source.get(proposed_from) == value:
            continue
        return True
    return any(_holds_facts(report, f"{table}.{child}", kid) for child, kids in row.children.items() for kid in kids)


def _mirror_removed(report: Document, link: PlanTableLink, change: RowRemoved) -> None:
    gone = set(change.removed_ids)
    followers = [row for row, _ in report.iter_rows(link.table) if row.plan_id in gone]
    for row in followers:
        if not report.has_row(row.id):
            continue  # went with its parent
        if _holds_facts(report, link.table, row):
            _keep_as_own(report, row)
        else:
            report.remove_row(row.id)


def _keep_as_own(report: Document, row: Row) -> None:
    """Turn a row (and its children) whose plan row left the plan into the report's own."""
    for kid_rows in row.children.values():
        for kid in kid_rows:
            _keep_as_own(report, kid)
    if row.source is None:
        return
    frozen = {col: row.get(col) for col in row.links if row.cells.get(col, "") == "" and row.get(col)}
    row.cells.update(frozen)
    row.source, row.links = None, {}
    report._emit(RowUnlinked(report.table_of(row.id), row.id, tuple(frozen.items())))


def _mirror_order(report: Document, table: str, plan_parent: str | None) -> None:
    """Reorder a report's rows of one parent to follow the plan's order; rows that follow no
    plan row keep their places."""
    link = report.form.plan_links.table(table)
    found, parent_id = _report_parent(report, link, plan_parent)
    if not found:
        return
    siblings = report.siblings(table, parent_id)
    plan_parent_row = report.plan.row(plan_parent) if plan_parent else None
    plan_rows = (plan_parent_row.children.get(link.source.rsplit(".", 1)[1], []) if plan_parent_row
                 else report.plan.rows[link.source])
    order = {r.id: i for i, r in enumerate(plan_rows)}
    linked = [r for r in siblings if r.source is not None and r.plan_id in order]
    linked.sort(key=lambda r: order[r.plan_id])
    it = iter(linked)
    wanted = [next(it) if (r.source is not None and r.plan_id in order) else r for r in siblings]
    for index, row in enumerate(wanted):
        if siblings[index] is not row:
            report.move_row(row.id, index)


def iter_linked(report: Document) -> Iterator[tuple[str, Row]]:
    """Every row of a report's plan-linked tables, with its table path."""
    links = report.form.plan_links
    for link in links.tables.values() if links else ():
        for row, _ in report.iter_rows(link.table):
            yield link.table, row
