"""The versioned JSON report format (docs/json-format.md): export and strict import.

Import refuses unknown keys and non-text values with a message naming the place, so a
typo never silently drops data.
"""

from __future__ import annotations

from typing import Any, Mapping

from ..forms import FormDef, FormError, FormRegistry, TableDef
from .model import REPORT_LANGUAGES, Document, Row
from .refs import Ref

FORMAT = "grantdesk-report"
FORMAT_VERSION = 1


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
    out: dict[str, Any] = {"id": row.id}
    if row.kind is not None:
        out["standard"] = row.kind
    for col in tdef.columns:
        if row.kind is not None and col.id == tdef.title_column:
            continue
        out[col.id] = row.get(col.id)
    for child in tdef.children:
        out[child.id] = [_row_json(child, r) for r in row.children.get(child.id, [])]
    return out


def to_json(doc: Document) -> dict[str, Any]:
    form = doc.form
    tables: dict[str, Any] = {}
    for tdef in form.tables.values():
        if tdef.is_fixed:
            tables[tdef.id] = {
                r.key: {c.id: doc.fixed(tdef.id, r.key, c.id) for c in tdef.columns}
                for r in tdef.fixed_rows
            }
        else:
            tables[tdef.id] = [_row_json(tdef, r) for r in doc.rows[tdef.id]]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "form": form.id,
        "lang": doc.lang,
        "project": {f.id: doc.project.get(f.id, "") for f in form.project_fields()},
        "values": {f.id: doc.values.get(f.id, "") for f in form.fields.values() if f.scope != "project"},
        "tables": tables,
    }


# ---- import ------------------------------------------------------------------------


def _load_rows(doc: Document, tdef: TableDef, rows: Any, parent_id: str | None, where: str) -> None:
    if not isinstance(rows, list):
        raise ReportFormatError(f"{where}: expected a list of rows")
    allowed = {"id", "standard"} | {c.id for c in tdef.columns} | {c.id for c in tdef.children}
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
        row_id = raw.get("id")
        if row_id is not None:
            row_id = _text(row_id, f"{here}.id")
            if not row_id or doc.has_row(row_id):
                raise ReportFormatError(f"{here}.id: row id {row_id!r} is empty or used twice")
        row = doc.add_row(tdef.path, parent_id, cells=cells, kind=kind, row_id=row_id or None)
        for child in tdef.children:
            if child.id in raw:
                _load_rows(doc, child, raw[child.id], row.id, f"{here}.{child.id}")


def from_json(data: Any, registry: FormRegistry) -> Document:
    """Build a Document from parsed JSON, or raise ReportFormatError saying what is wrong."""
    if not isinstance(data, Mapping):
        raise ReportFormatError("the file is not a GrantDesk report (expected a JSON object)")
    if data.get("format") != FORMAT:
        raise ReportFormatError(f"the file is not a GrantDesk report (format is {data.get('format')!r})")
    version = data.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise ReportFormatError(f"format_version must be a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise ReportFormatError(
            f"the report was written by a newer GrantDesk (format version {version}); "
            f"this one reads up to version {FORMAT_VERSION}"
        )
    _unknown(data.keys(), {"format", "format_version", "form", "lang", "project", "values", "tables"}, "top")
    try:
        form: FormDef = registry.get(str(data.get("form")))
    except FormError as exc:
        raise ReportFormatError(str(exc)) from None
    lang = data.get("lang", "kk")
    if lang not in REPORT_LANGUAGES:
        raise ReportFormatError(f"lang must be one of {', '.join(REPORT_LANGUAGES)}, got {lang!r}")
    doc = Document(form, lang)

    project = data.get("project") or {}
    values = data.get("values") or {}
    for name, section, scope in (("project", project, "project"), ("values", values, "report")):
        if not isinstance(section, Mapping):
            raise ReportFormatError(f"{name}: expected an object")
        allowed = [f.id for f in form.fields.values() if (f.scope == "project") == (scope == "project")]
        _unknown(section.keys(), allowed, name)
        for key, value in section.items():
            (doc.project if scope == "project" else doc.values)[key] = _text(value, f"{name}.{key}")

    tables = data.get("tables") or {}
    if not isinstance(tables, Mapping):
        raise ReportFormatError("tables: expected an object")
    _unknown(tables.keys(), form.tables.keys(), "tables")
    for tdef in form.tables.values():
        raw = tables.get(tdef.id)
        if raw is None:
            continue
        where = f"tables.{tdef.id}"
        if tdef.is_fixed:
            if not isinstance(raw, Mapping):
                raise ReportFormatError(f"{where}: expected an object of rows by key")
            _unknown(raw.keys(), [r.key for r in tdef.fixed_rows], where)
            for key, cells in raw.items():
                if not isinstance(cells, Mapping):
                    raise ReportFormatError(f"{where}.{key}: expected an object of columns")
                _unknown(cells.keys(), [c.id for c in tdef.columns], f"{where}.{key}")
                for col, value in cells.items():
                    doc.values[Ref.fixed(tdef.id, key, col).value_key()] = _text(value, f"{where}.{key}.{col}")
        else:
            _load_rows(doc, tdef, raw, None, where)
    return doc
