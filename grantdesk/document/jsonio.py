"""The versioned JSON formats (docs/json-format.md): export and strict import.

Version 2 (`grantdesk-project`) holds a whole project: its values and every document.
Version 1 (`grantdesk-report`) held one report with the project's values; it is still read.
Import refuses unknown keys and non-text values with a message naming the place, so a
typo never silently drops data.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..forms import ROLES, FormDef, FormError, FormRegistry, TableDef
from ..values.blank import is_blank
from .model import REPORT_LANGUAGES, Document, DocumentError, Row
from .project import Project
from .refs import Ref

FORMAT = "grantdesk-report"
FORMAT_VERSION = 1
PROJECT_FORMAT = "grantdesk-project"
PROJECT_FORMAT_VERSION = 2


class ReportFormatError(ValueError):
    """The JSON is not a report GrantDesk can read; the message says where and why."""


def _is_unicode_text(value: str) -> bool:
    """False for a str holding a lone surrogate (U+D800–U+DFFF, e.g. from a JSON escape
    "\\ud800"): not a character, and UTF-8 (so the project file) cannot hold it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _text(value: Any, where: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ReportFormatError(f"{where}: expected text in quotes, got {type(value).__name__} {value!r}")
    if not _is_unicode_text(value):
        raise ReportFormatError(f"{where}: the text holds a lone surrogate (an escape like \\ud800), not a character")
    return value


def _unknown(keys, allowed, where: str) -> None:
    extra = sorted(set(keys) - set(allowed))
    if extra:
        raise ReportFormatError(f"{where}: unknown key(s) {', '.join(map(repr, extra))}")


# ---- export ------------------------------------------------------------------------


def _row_json(tdef: TableDef, row: Row) -> dict[str, Any]:
    """A row's own values; a column the row reads from its plan row is left out unless the
    report holds a value of its own there (which R12 then compares with the plan)."""
    out: dict[str, Any] = {"id": row.id}
    if row.kind is not None:
        out["standard"] = row.kind
    if row.plan_id is not None:
        out["plan_row"] = row.plan_id
    for col in tdef.columns:
        if row.kind is not None and col.id == tdef.title_column:
            continue
        own = row.cells.get(col.id, "")
        if own == "" and col.id in row.links:
            continue
        out[col.id] = own
    for child in tdef.children:
        out[child.id] = [_row_json(child, r) for r in row.children.get(child.id, [])]
    return out


def _tables_json(doc: Document) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    links = doc.form.plan_links if doc.plan is not None else None
    for tdef in doc.form.tables.values():
        if tdef.is_fixed:
            tables[tdef.id] = {
                r.key: {
                    c.id: doc.values.get(Ref.fixed(tdef.id, r.key, c.id).value_key(), "")
                    for c in tdef.columns
                    if not (links and links.fixed_source(tdef.id, r.key, c.id)
                            and not doc.values.get(Ref.fixed(tdef.id, r.key, c.id).value_key()))
                }
                for r in tdef.fixed_rows
            }
        else:
            tables[tdef.id] = [_row_json(tdef, r) for r in doc.rows[tdef.id]]
    return tables


def _own_values(doc: Document) -> dict[str, str]:
    """The report's fields; a proposed value (the signatory from the head) is written as the
    value it is, so a reader of the file sees what prints."""
    return {f.id: doc.field(f.id) for f in doc.form.fields.values() if f.scope != "project"}


def to_json(doc: Document) -> dict[str, Any]:
    """One document with the project values it shows, in version 1 (a single report)."""
    form = doc.form
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "form": form.id,
        "lang": doc.lang,
        "project": {f.id: doc.project.get(f.id, "") for f in form.project_fields()},
        "values": _own_values(doc),
        "tables": _tables_json(doc),
    }


def document_to_json(doc: Document) -> dict[str, Any]:
    """One document of a version 2 project."""
    out: dict[str, Any] = {"id": doc.doc_id, "role": doc.role, "form": doc.form.id, "lang": doc.lang}
    if doc.plan is not None:
        out["plan"] = doc.plan.doc_id
    out["values"] = _own_values(doc)
    out["tables"] = _tables_json(doc)
    if doc.carried:
        out["carried"] = sorted(doc.carried)
    return out


def project_to_json(project: Project) -> dict[str, Any]:
    """A whole project, version 2: its values and every document in order."""
    return {
        "format": PROJECT_FORMAT,
        "format_version": PROJECT_FORMAT_VERSION,
        "project": dict(sorted(project.values.items())),
        "documents": [document_to_json(d) for d in project.documents],
    }


# ---- import ------------------------------------------------------------------------


def _load_rows(doc: Document, tdef: TableDef, rows: Any, parent_id: str | None, where: str,
               keep_ids: bool = True) -> None:
    if not isinstance(rows, list):
        raise ReportFormatError(f"{where}: expected a list of rows")
    allowed = {"id", "standard", "plan_row"} | {c.id for c in tdef.columns} | {c.id for c in tdef.children}
    for i, raw in enumerate(rows):
        here = f"{where}[{i + 1}]"
        if not isinstance(raw, Mapping):
            raise ReportFormatError(f"{here}: a row is an object")
        _unknown(raw.keys(), allowed, here)
        kind = raw.get("standard")
        if kind is not None and kind not in tdef.standard_rows:
            raise ReportFormatError(
                f"{here}: unknown standard block {kind!r}; known: {', '.join(tdef.standard_rows) or 'none'}"
            )
        cells = {c.id: _text(raw[c.id], f"{here}.{c.id}") for c in tdef.columns if c.id in raw}
        title = tdef.title_column
        if kind is not None and title in cells:
            # A standard block prints the form's own wording; a title of the file's would be
            # stored and never printed or exported: refused, not kept unseen.
            wording = {tdef.standard_rows[kind](lang) for lang in ("kk", "ru")}
            if not is_blank(cells[title]) and " ".join(cells[title].split()) not in wording:
                raise ReportFormatError(
                    f"{here}.{title}: the standard block {kind!r} prints the form's own wording, "
                    f"never a title from the file; leave {title!r} out")
            del cells[title]
        row_id = raw.get("id") if keep_ids else None
        if row_id is not None:
            row_id = _text(row_id, f"{here}.id")
            if not row_id or doc.has_row(row_id):
                raise ReportFormatError(f"{here}.id: row id {row_id!r} is empty or used twice")
        plan_id = raw.get("plan_row")
        if plan_id is not None:
            plan_id = _text(plan_id, f"{here}.plan_row") or None
        row = doc.add_row(tdef.path, parent_id, cells=cells, kind=kind, row_id=row_id or None, plan_id=plan_id)
        for child in tdef.children:
            if child.id in raw:
                _load_rows(doc, child, raw[child.id], row.id, f"{here}.{child.id}", keep_ids)


def _check_format(data: Any, fmt: str, newest: int) -> int:
    if not isinstance(data, Mapping):
        raise ReportFormatError("the file is not a GrantDesk report (expected a JSON object)")
    if data.get("format") != fmt:
        raise ReportFormatError(f"the file is not a GrantDesk report (format is {data.get('format')!r})")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportFormatError(f"format_version must be a whole number, got {version!r}")
    if version > newest:
        raise ReportFormatError(
            f"the file was written by a newer GrantDesk (format version {version}); "
            f"this one reads up to version {newest}"
        )
    return version


def _form(registry: FormRegistry, form_id: Any, where: str) -> FormDef:
    try:
        return registry.get(str(form_id))
    except FormError as exc:
        raise ReportFormatError(f"{where}: {exc}") from None


def _lang(data: Mapping, where: str) -> str:
    lang = data.get("lang", "kk")
    if lang not in REPORT_LANGUAGES:
        raise ReportFormatError(f"{where}lang must be one of {', '.join(REPORT_LANGUAGES)}, got {lang!r}")
    return lang


def _load_body(doc: Document, data: Mapping, where: str, keep_ids: bool = True) -> None:
    """A document's own values and tables into `doc`."""
    form = doc.form
    values = data.get("values") or {}
    if not isinstance(values, Mapping):
        raise ReportFormatError(f"{where}values: expected an object")
    project_ids = {f.id for f in form.project_fields()}
    allowed = [f.id for f in form.fields.values()]
    _unknown(values.keys(), allowed, f"{where}values")
    for key, value in values.items():
        # Version 1 files kept some fields per report that are now the project's (the goal).
        target = doc.project if key in project_ids else doc.values
        text = _text(value, f"{where}values.{key}")
        if not form.fields[key].applies(doc.role) and not is_blank(text):
            # e.g. a final report's reporting period: this edition never prints or exports
            # it for this kind of document, so it is refused rather than kept unseen
            raise ReportFormatError(
                f"{where}values.{key}: a {doc.role} document of {form.id} has no {key!r} "
                f"(it belongs to: {', '.join(form.fields[key].roles)}); leave it out")
        if key in project_ids and target.get(key) and text and target[key] != text:
            raise ReportFormatError(f"{where}values.{key}: differs from the project's {key}")
        if text or key not in target:
            target[key] = text

    tables = data.get("tables") or {}
    if not isinstance(tables, Mapping):
        raise ReportFormatError(f"{where}tables: expected an object")
    _unknown(tables.keys(), form.tables.keys(), f"{where}tables")
    for tdef in form.tables.values():
        raw = tables.get(tdef.id)
        if raw is None:
            continue
        here = f"{where}tables.{tdef.id}"
        if tdef.is_fixed:
            if not isinstance(raw, Mapping):
                raise ReportFormatError(f"{here}: expected an object of rows by key")
            _unknown(raw.keys(), [r.key for r in tdef.fixed_rows], here)
            for key, cells in raw.items():
                if not isinstance(cells, Mapping):
                    raise ReportFormatError(f"{here}.{key}: expected an object of columns")
                _unknown(cells.keys(), [c.id for c in tdef.columns], f"{here}.{key}")
                for col, value in cells.items():
                    doc.values[Ref.fixed(tdef.id, key, col).value_key()] = _text(value, f"{here}.{key}.{col}")
        else:
            _load_rows(doc, tdef, raw, None, here, keep_ids)


def from_json(data: Any, registry: FormRegistry) -> Document:
    """A single report (version 1), or raise ReportFormatError saying what is wrong."""
    _check_format(data, FORMAT, FORMAT_VERSION)
    _unknown(data.keys(), {"format", "format_version", "form", "lang", "project", "values", "tables"}, "top")
    form = _form(registry, data.get("form"), "form")
    doc = Document(form, _lang(data, ""))
    project = data.get("project") or {}
    if not isinstance(project, Mapping):
        raise ReportFormatError("project: expected an object")
    _unknown(project.keys(), [f.id for f in form.project_fields()], "project")
    for key, value in project.items():
        doc.project[key] = _text(value, f"project.{key}")
    _load_body(doc, data, "")
    return doc


def document_from_json(data: Mapping, form: FormDef, keep_ids: bool = True) -> Document:
    """One document of a version 2 project (its `form` already resolved)."""
    role = data.get("role")
    try:
        doc = Document(form, _lang(data, ""), role if isinstance(role, str) else None)
    except DocumentError as exc:
        raise ReportFormatError(str(exc)) from None
    _load_body(doc, data, "", keep_ids)
    return doc


def project_from_json(data: Any, registry: FormRegistry) -> Project:
    """A whole project from version 2, or from a version 1 report (one final report)."""
    if isinstance(data, Mapping) and data.get("format") == FORMAT:
        doc = from_json(data, registry)
        project = Project()
        project.values.update(doc.project)
        doc.doc_id = 1
        project.add(doc)
        return project
    _check_format(data, PROJECT_FORMAT, PROJECT_FORMAT_VERSION)
    _unknown(data.keys(), {"format", "format_version", "project", "documents"}, "top")
    project = Project()
    values = data.get("project") or {}
    if not isinstance(values, Mapping):
        raise ReportFormatError("project: expected an object")
    from ..forms import default_project

    _unknown(values.keys(), default_project().fields.keys(), "project")
    for key, value in values.items():
        project.values[key] = _text(value, f"project.{key}")
    docs = data.get("documents")
    if not isinstance(docs, list):
        raise ReportFormatError("documents: expected a list")
    seen: set[int] = set()
    loaded: list[tuple[Document, Any]] = []
    for i, raw in enumerate(docs):
        where = f"documents[{i + 1}]."
        if not isinstance(raw, Mapping):
            raise ReportFormatError(f"documents[{i + 1}]: a document is an object")
        _unknown(raw.keys(), {"id", "role", "form", "lang", "plan", "values", "tables", "carried"},
                 f"documents[{i + 1}]")
        if raw.get("role") not in ROLES:
            raise ReportFormatError(f"{where}role must be one of {', '.join(ROLES)}, got {raw.get('role')!r}")
        doc_id = raw.get("id", i + 1)
        if not isinstance(doc_id, int) or isinstance(doc_id, bool) or doc_id < 1 or doc_id in seen:
            raise ReportFormatError(f"{where}id: a whole number above 0, once per document; got {doc_id!r}")
        seen.add(doc_id)
        form = _form(registry, raw.get("form"), f"{where}form")
        try:
            doc = Document(form, _lang(raw, where), raw["role"])
        except DocumentError as exc:
            raise ReportFormatError(f"{where}role: {exc}") from None
        doc.project = project.values
        try:
            _load_body(doc, raw, where)
        except DocumentError as exc:
            raise ReportFormatError(f"{where[:-1]}: {exc}") from None
        doc.doc_id = doc_id
        doc.follows_plan = raw.get("plan") is not None
        carried = raw.get("carried") or []
        if not isinstance(carried, list) or not all(isinstance(t, str) for t in carried):
            raise ReportFormatError(f"{where}carried: expected a list of places")
        doc.carried.update(carried)
        loaded.append((doc, raw.get("plan")))
    plans = [d for d, _ in loaded if d.role == "plan"]
    if len(plans) > 1:
        raise ReportFormatError("documents: a project has one plan")
    for doc, plan_ref in loaded:
        if plan_ref is not None and (not plans or plan_ref != plans[0].doc_id):
            raise ReportFormatError(f"documents: document {doc.doc_id} names plan {plan_ref!r}, which is not the project's plan")
    for doc, _ in sorted(loaded, key=lambda pair: pair[0].role != "plan"):
        project.add(doc)
    return project
