"""Read a form definition file into a FormDef, refusing anything malformed.

One fatal error type (FormError) naming the file and the place, as pyxform does; the
definition is checked completely at load so the rest of the app can trust it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from ..resources import forms_dir
from .files import YamlError, read_yaml
from .model import (
    LANGUAGES,
    CheckDef,
    ColumnDef,
    FieldDef,
    FixedRowDef,
    FormDef,
    SectionDef,
    TableDef,
    Text,
)
from .types import FIELD_TYPES


class FormError(ValueError):
    """A definition file is malformed; the message names the file and the place."""


class _Reader:
    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, what: str) -> None:
        raise FormError(f"{self.source}: {where}: {what}")

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, Mapping):
            self.fail(where, "expected a text in every language, e.g. {kk: …, ru: …}")
        missing = [lang for lang in LANGUAGES if lang not in value or value[lang] is None]
        if missing:
            self.fail(where, f"missing language(s) {', '.join(missing)}")
        return Text({str(k): str(v) for k, v in value.items()})

    def type_name(self, value: Any, where: str) -> str:
        if value not in FIELD_TYPES:
            self.fail(where, f"unknown type {value!r}; known: {', '.join(sorted(FIELD_TYPES))}")
        return value

    def field(self, fid: str, raw: Mapping[str, Any]) -> FieldDef:
        where = f"fields.{fid}"
        scope = raw.get("scope", "report")
        if scope not in ("report", "project"):
            self.fail(where, f"scope must be report or project, not {scope!r}")
        return FieldDef(
            id=fid,
            type=self.type_name(raw.get("type"), where),
            label=self.text(raw.get("label"), f"{where}.label"),
            required=bool(raw.get("required", False)),
            scope=scope,
        )

    def table(self, tid: str, raw: Mapping[str, Any], parent: str = "") -> TableDef:
        path = f"{parent}.{tid}" if parent else tid
        where = f"tables.{path}"
        columns = []
        for cid, craw in (raw.get("columns") or {}).items():
            columns.append(
                ColumnDef(
                    id=cid,
                    type=self.type_name(craw.get("type"), f"{where}.columns.{cid}"),
                    label=self.text(craw.get("label"), f"{where}.columns.{cid}.label"),
                    print_role=craw.get("print"),
                )
            )
        if not columns:
            self.fail(where, "a table needs columns")
        fixed = tuple(
            FixedRowDef(
                key=r["key"],
                label=self.text(r.get("label"), f"{where}.fixed_rows.{r.get('key')}.label"),
                unit=self.text(r.get("unit"), f"{where}.fixed_rows.{r.get('key')}.unit"),
                type=self.type_name(r.get("type", "number"), f"{where}.fixed_rows.{r.get('key')}"),
            )
            for r in raw.get("fixed_rows") or ()
        )
        children = tuple(
            self.table(cid, craw, path) for cid, craw in (raw.get("children") or {}).items()
        )
        if fixed and children:
            self.fail(where, "a table with fixed rows cannot have child tables")
        title_column = raw.get("title_column")
        if title_column and title_column not in {c.id for c in columns}:
            self.fail(where, f"title_column {title_column!r} is not a column")
        return TableDef(
            id=tid,
            path=path,
            label=self.text(raw.get("label"), f"{where}.label"),
            columns=tuple(columns),
            children=children,
            fixed_rows=fixed,
            standard_rows={
                k: self.text(v, f"{where}.standard_rows.{k}")
                for k, v in (raw.get("standard_rows") or {}).items()
            },
            row_label=self.text(raw["row_label"], f"{where}.row_label") if "row_label" in raw else None,
            title_column=title_column,
            note=self.text(raw["note"], f"{where}.note") if "note" in raw else None,
            header={k: self.text(v, f"{where}.header.{k}") for k, v in (raw.get("header") or {}).items()},
            default_rows=int(raw.get("default_rows", 0)),
        )


def parse_form(data: Mapping[str, Any], source: str = "<definition>") -> FormDef:
    """Build a FormDef from already-parsed YAML/JSON data."""
    r = _Reader(source)
    if not isinstance(data, Mapping):
        r.fail("top", "a definition is a mapping")
    for key in ("id", "kind", "title", "fields", "tables", "sections"):
        if key not in data:
            r.fail("top", f"missing {key!r}")
    fields = {fid: r.field(fid, raw) for fid, raw in data["fields"].items()}
    tables = {tid: r.table(tid, raw) for tid, raw in data["tables"].items()}
    clash = set(fields) & set(tables)
    if clash:
        r.fail("top", f"ids used for both a field and a table: {sorted(clash)}")
    sections = []
    seen: set[str] = set()
    for i, s in enumerate(data["sections"]):
        where = f"sections[{i}]"
        for item in s.get("items", ()):
            if item not in fields and item not in tables:
                r.fail(where, f"unknown item {item!r}")
            if item in seen:
                r.fail(where, f"item {item!r} is on two sections")
            seen.add(item)
        sections.append(
            SectionDef(
                id=s["id"],
                title=r.text(s.get("title"), f"{where}.title"),
                items=tuple(s.get("items", ())),
                help=r.text(s["help"], f"{where}.help") if "help" in s else None,
            )
        )
    unplaced = (set(fields) | set(tables)) - seen
    if unplaced:
        r.fail("sections", f"fields or tables on no section: {sorted(unplaced)}")
    checks = tuple(
        CheckDef(rule=c["rule"], args={k: v for k, v in c.items() if k != "rule"})
        for c in data.get("checks") or ()
    )
    contract_line = {}
    for lang in LANGUAGES:
        lines = (data.get("contract_line") or {}).get(lang)
        if not lines:
            r.fail("contract_line", f"missing language {lang}")
        contract_line[lang] = tuple(lines)
    return FormDef(
        id=str(data["id"]),
        kind=str(data["kind"]),
        title=r.text(data["title"], "title"),
        short_title=r.text(data.get("short_title", data["title"]), "short_title"),
        contract_line=contract_line,
        fields=fields,
        tables=tables,
        sections=tuple(sections),
        checks=checks,
        print_blocks=tuple(data.get("print") or ()),
    )


def load_form_file(path: Path) -> FormDef:
    try:
        data = read_yaml(path)
    except (OSError, YamlError) as exc:
        raise FormError(f"{path.name}: cannot read: {exc}") from exc
    return parse_form(data, path.name)


class FormRegistry:
    """Every form edition in a folder, loaded once, by id."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or forms_dir()
        self._forms: dict[str, FormDef] = {}
        for path in sorted(self.folder.glob("*.yaml")):
            form = load_form_file(path)
            if form.id in self._forms:
                raise FormError(f"{path.name}: form id {form.id!r} defined twice")
            self._forms[form.id] = form

    def get(self, form_id: str) -> FormDef:
        try:
            return self._forms[form_id]
        except KeyError:
            raise FormError(f"unknown form {form_id!r}; known: {', '.join(sorted(self._forms))}") from None

    def ids(self) -> list[str]:
        return list(self._forms)

    def __iter__(self):
        return iter(self._forms.values())


_default: FormRegistry | None = None


def default_registry() -> FormRegistry:
    """The bundled forms, loaded on first use (definitions never change while running)."""
    global _default
    if _default is None:
        _default = FormRegistry()
    return _default
