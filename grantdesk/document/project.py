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
from .events import Change, RowAdded, RowRemoved, RowsReordered, RowUnlinked, ValueChanged, ValuesCarried
from .model import REPORT_LANGUAGES, Document, DocumentError, Row
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

    def new_document_language(self, ui_lang: str | None = None) -> str:
        """The one rule for the language a new document is proposed in (app, CLI, import):
        the project's: its plan's language, else its last document's. Only a project with no
        document yet has nothing to go by: the app's language when a report can print in it
        (kk, ru), else Kazakh."""
        if self.plan is not None:
            return self.plan.lang
        if self.documents:
            return self.documents[-1].lang
        return ui_lang if ui_lang in REPORT_LANGUAGES else REPORT_LANGUAGES[0]

    def last_interim(self) -> Document | None:
        interims = [d for d in self.documents if d.role == "interim"]
        return interims[-1] if interims else None

    def new_document(self, form: FormDef, role: str, lang: str) -> Document:
        """An empty document as a user first sees it; a report of a project with a plan
        starts with the plan's tasks, activities and indicators, and a final report with
        what the last interim report holds (marked as carried until edited)."""
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
        interim = self.last_interim()
        self.add(doc)
        if role == "final" and interim is not None:
            carry_over(interim, doc)
        return doc

    def duplicate(self, doc: Document) -> Document:
        from .jsonio import document_from_json, document_to_json  # the one way to copy every value

        copy = document_from_json(document_to_json(doc), doc.form, keep_ids=False)
        copy.follows_plan = doc.follows_plan
        return self.add(copy)

    # ---- the plan changed: mirror its rows into every report ---------------------------

    def _plan_changed(self, change: Change) -> None:
        if isinstance(change, ValueChanged):
            self._proposal_source_changed(change)
            return  # plan values themselves are read through the links: nothing to mirror
        if not isinstance(change, (RowAdded, RowRemoved, RowsReordered)):
            return
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


    def _proposal_source_changed(self, change: ValueChanged) -> None:
        """A plan cell that a report's cell was proposed from (an activity's place and
        deadline) changed: each report cell still holding the old proposal, or nothing,
        follows it; one the user typed over keeps what was typed."""
        ref = change.ref
        if ref.kind != "cell" or self.plan is None or not self.plan.has_row(ref.row):
            return
        table = self.plan.table_of(ref.row)
        for report in self.reports():
            if report.plan is None or report.form.plan_links is None:
                continue
            for link in report.form.plan_links.tables.values():
                if link.source != table:
                    continue
                columns = [col for col, source in link.propose.items() if source == ref.column]
                for row, _ in report.iter_rows(link.table):
                    if row.plan_id != ref.row:
                        continue
                    for col in columns:
                        if row.get(col) == change.old:
                            report.set(Ref.cell(link.table, row.id, col), change.value)


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


# ---- carrying a report's facts into the next -------------------------------------------


def has_own_values(doc: Document) -> bool:
    """Whether a report holds anything typed in it (beyond what the plan proposed)."""
    if any(v.strip() for k, v in doc.values.items()):
        return True
    for table in doc.form.all_tables():
        if table.is_fixed:
            continue
        for row, _ in doc.iter_rows(table.path):
            link = doc.form.plan_links.table(table.path) if doc.form.plan_links else None
            for column, value in row.cells.items():
                if not value.strip() or column in row.links:
                    continue
                proposed = link.propose.get(column) if link else None
                if proposed and row.source is not None and row.source.get(proposed) == value:
                    continue
                return True
    return False


def carry_over(source: Document, target: Document) -> list[Ref]:
    """Copy what `source` (the last interim report) says into `target` (the final report):
    its texts, statistics, socio-economic facts, partners, and per plan row its facts,
    dates, places and participants. Only into places `target` has left empty (or holds
    the plan's proposal in); plan values are never copied. Each value copied is marked as
    carried until the user edits it. Returns the places carried."""
    carried: list[Ref] = []

    def put(ref: Ref, value: str) -> None:
        target.set(ref, value)
        target.carried.add(ref.target())
        carried.append(ref)

    form = target.form
    for field in form.fields.values():
        if field.scope == "project" or not field.applies(target.role) or field.id not in source.form.fields:
            continue
        value = source.values.get(field.id, "")
        if value.strip() and not target.values.get(field.id, "").strip():
            put(Ref.field(field.id), value)
    for table in form.tables.values():
        other = source.form.tables.get(table.id)
        if other is None or other.is_fixed != table.is_fixed:
            continue
        if table.is_fixed:
            keys = {r.key for r in other.fixed_rows}
            columns = {c.id for c in other.columns}
            for frow in table.fixed_rows:
                for col in table.columns:
                    ref = Ref.fixed(table.id, frow.key, col.id)
                    if frow.key not in keys or col.id not in columns or target.from_plan(ref):
                        continue
                    value = source.values.get(ref.value_key(), "")
                    if value.strip() and not target.values.get(ref.value_key(), "").strip():
                        put(ref, value)
        elif form.plan_links is not None and form.plan_links.table(table.path) is not None:
            _carry_linked(source, target, table.path, put)
        else:
            _carry_rows(source, target, table.path, put)
    if carried:
        target._emit(ValuesCarried(tuple(r.target() for r in carried)))
    return carried


def _carry_linked(source: Document, target: Document, root: str, put) -> None:
    """Rows that follow the plan: matched by the plan row both follow."""
    by_plan = {}
    for tdef in source.form.table(root).walk() if root in source.form.tables else ():
        for row, _ in source.iter_rows(tdef.path):
            if row.plan_id is not None:
                by_plan[(tdef.path, row.plan_id)] = row
    for tdef in target.form.table(root).walk():
        link = target.form.plan_links.table(tdef.path)
        for row, _ in target.iter_rows(tdef.path):
            theirs = by_plan.get((tdef.path, row.plan_id)) if row.plan_id else None
            if theirs is None:
                continue
            for col in tdef.columns:
                ref = Ref.cell(tdef.path, row.id, col.id)
                if col.id in row.links or target.from_plan(ref):
                    continue
                value = theirs.cells.get(col.id, "")
                mine = row.cells.get(col.id, "")
                proposed = link.propose.get(col.id) if link else None
                is_proposal = proposed is not None and row.source is not None and mine == row.source.get(proposed)
                if value.strip() and value != mine and (not mine.strip() or is_proposal):
                    put(ref, value)


def _carry_rows(source: Document, target: Document, table: str, put) -> None:
    """A table of its own (statistics, partners): taken whole when the target's is empty."""
    if any(any(v.strip() for v in r.cells.values()) for r in target.rows[table]):
        return
    rows = [r for r in source.rows[table] if any(v.strip() for v in r.cells.values())]
    if not rows:
        return
    columns = {c.id for c in target.form.table(table).columns}
    for old in list(target.rows[table]):
        target.remove_row(old.id)
    for row in rows:
        mine = target.add_row(table)
        for col, value in row.cells.items():
            if col in columns and value.strip():
                put(Ref.cell(table, mine.id, col), value)


# ---- another edition -----------------------------------------------------------------------


def copy_into(project: Project, doc: Document, form: FormDef) -> tuple[Document, list[str]]:
    """A new document of edition `form` holding every value of `doc` whose field, table or
    column exists there; returns it (added to the project) and exactly what had no place
    (`where: value`), so nothing is dropped silently."""
    from .jsonio import document_from_json, document_to_json  # the one way to copy every value

    data = document_to_json(doc)
    unplaced: list[str] = []
    values = {}
    for key, value in data["values"].items():
        f = form.fields.get(key)
        if f is not None and f.scope != "project" and f.applies(doc.role if doc.role in form.roles else form.roles[-1]):
            values[key] = value
        elif value.strip():
            unplaced.append(f"{key}: {value}")
    tables = {}
    for tid, raw in data["tables"].items():
        tdef = form.tables.get(tid)
        if tdef is None or tdef.is_fixed != isinstance(raw, dict):
            unplaced.extend(_describe(tid, raw))
            continue
        if tdef.is_fixed:
            keys, columns = {r.key for r in tdef.fixed_rows}, {c.id for c in tdef.columns}
            kept = {}
            for key, cells in raw.items():
                for col, value in cells.items():
                    if key in keys and col in columns:
                        kept.setdefault(key, {})[col] = value
                    elif value.strip():
                        unplaced.append(f"{tid}.{key}.{col}: {value}")
            tables[tid] = kept
        else:
            tables[tid] = [_fit_row(tdef, row, f"{tid}[{i + 1}]", unplaced) for i, row in enumerate(raw)]
    data = dict(data, values=values, tables=tables, form=form.id,
                role=doc.role if doc.role in form.roles else form.roles[-1])
    data.pop("carried", None)
    copy = document_from_json(data, form, keep_ids=False)
    copy.follows_plan = doc.follows_plan and form.plan_links is not None
    project.add(copy)
    return copy, unplaced


def _fit_row(tdef, row: dict, where: str, unplaced: list[str]) -> dict:
    columns, children = {c.id for c in tdef.columns}, {c.id: c for c in tdef.children}
    out = {}
    for key, value in row.items():
        if key in ("id", "plan_row") or (key == "standard" and value in tdef.standard_rows):
            out[key] = value
        elif key in columns:
            out[key] = value
        elif key in children and isinstance(value, list):
            out[key] = [_fit_row(children[key], r, f"{where}.{key}[{i + 1}]", unplaced) for i, r in enumerate(value)]
        else:
            unplaced.extend(_describe(f"{where}.{key}", value))
    return out


def _describe(where: str, value) -> list[str]:
    """Every non-empty text under `value`, with its place."""
    if isinstance(value, str):
        return [f"{where}: {value}"] if value.strip() else []
    if isinstance(value, dict):
        return [d for k, v in value.items() if k not in ("id", "plan_row") for d in _describe(f"{where}.{k}", v)]
    if isinstance(value, list):
        return [d for i, v in enumerate(value) for d in _describe(f"{where}[{i + 1}]", v)]
    return []
