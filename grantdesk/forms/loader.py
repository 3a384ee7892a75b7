"""Read a form definition file into a FormDef, refusing anything malformed.

One fatal error type (FormError) naming the file and the place, as pyxform does; the
definition is checked completely at load so the rest of the app can trust it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..resources import forms_dir, resource_path
from .files import YamlError, read_yaml
from .model import (
    KINDS,
    LANGUAGES,
    ROLES,
    CheckDef,
    DerivedFrom,
    ColumnDef,
    FieldDef,
    FixedRowDef,
    FormDef,
    PlanFixedLink,
    PlanLinks,
    PlanTableLink,
    RoleDef,
    SectionDef,
    TableDef,
    Text,
)
from .derived import derived_link_problems
from .types import FIELD_TYPES


# Languages a text of a definition may carry: the report's two, and English for the app's
# own names of things (row names such as "Task 2").
TEXT_LANGUAGES = (*LANGUAGES, "en")


class FormError(ValueError):
    """A definition file is malformed; the message names the file and the place."""


@dataclass(frozen=True)
class ProjectDef:
    """The project's own fields (resources/project.yaml), shared by every document."""

    fields: Mapping[str, FieldDef]


class _Reader:
    def __init__(self, source: str, project: ProjectDef | None = None):
        self.source = source
        self.project = project

    def fail(self, where: str, what: str) -> None:
        raise FormError(f"{self.source}: {where}: {what}")

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, Mapping):
            self.fail(where, "expected a text in every language, e.g. {kk: …, ru: …}")
        missing = [lang for lang in LANGUAGES if lang not in value or value[lang] is None]
        if missing:
            self.fail(where, f"missing language(s) {', '.join(missing)}")
        unofficial = value.get("unofficial", [])
        if not isinstance(unofficial, list) or not set(unofficial) <= set(LANGUAGES):
            self.fail(f"{where}.unofficial", f"expected a list of languages among {', '.join(LANGUAGES)}")
        value = {k: v for k, v in value.items() if k != "unofficial"}
        # An unquoted comma in a YAML flow mapping splits a text into a second "key": refuse
        # anything but the known languages, so a label is never silently cut.
        odd = [str(k) for k in value if k not in TEXT_LANGUAGES or not isinstance(value[k], (str, int, float))]
        if odd:
            self.fail(where, f"unexpected {', '.join(map(repr, odd))}: a text has only {', '.join(TEXT_LANGUAGES)} "
                             "(quote a text that holds a comma)")
        return Text({str(k): str(v) for k, v in value.items()}, unofficial=tuple(unofficial))

    def type_name(self, value: Any, where: str) -> str:
        if value not in FIELD_TYPES:
            self.fail(where, f"unknown type {value!r}; known: {', '.join(sorted(FIELD_TYPES))}")
        return value

    def field(self, fid: str, raw: Mapping[str, Any]) -> FieldDef:
        where = f"fields.{fid}"
        if not isinstance(raw, Mapping):
            self.fail(where, "a field is a mapping")
        scope = raw.get("scope", "report")
        if scope not in ("report", "project"):
            self.fail(where, f"scope must be report or project, not {scope!r}")
        if scope == "project" and self.project is not None:
            return self.project_field(fid, raw, where)
        return FieldDef(
            id=fid,
            type=self.type_name(raw.get("type"), where),
            label=self.text(raw.get("label"), f"{where}.label"),
            required=bool(raw.get("required", False)),
            scope=scope,
            roles=self.roles(raw.get("roles"), where),
            propose_from=raw.get("propose_from"),
        )

    def roles(self, value: Any, where: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if not isinstance(value, list) or not all(v in ROLES for v in value):
            self.fail(f"{where}.roles", f"expected a list of roles out of {', '.join(ROLES)}")
        return tuple(value)

    def role_defs(self, raw: Any, kind: str) -> dict[str, RoleDef]:
        """`roles:` — per role, the title, short title and contract line it prints instead."""
        if raw is None:
            return {}
        if not isinstance(raw, Mapping):
            self.fail("roles", "expected a mapping of role to {title, short_title, contract_line}")
        out = {}
        for role, spec in raw.items():
            where = f"roles.{role}"
            if role not in KINDS[kind]:
                self.fail(where, f"a {kind} definition has no role {role!r} (it has {', '.join(KINDS[kind])})")
            spec = spec or {}
            lines = None
            if "contract_line" in spec:
                lines = {}
                for lang in LANGUAGES:
                    got = (spec["contract_line"] or {}).get(lang)
                    if not isinstance(got, list):
                        self.fail(f"{where}.contract_line", f"missing language {lang}")
                    lines[lang] = tuple(got)
            out[role] = RoleDef(
                title=self.text(spec["title"], f"{where}.title") if "title" in spec else None,
                short_title=self.text(spec["short_title"], f"{where}.short_title") if "short_title" in spec else None,
                contract_line=lines,
            )
        return out

    def project_field(self, fid: str, raw: Mapping[str, Any], where: str) -> FieldDef:
        """A project field as this form shows it: the project's type, the form's own
        printed label if it gives one, its own `required`."""
        declared = self.project.fields.get(fid)
        if declared is None:
            self.fail(where, f"{fid!r} is not a project field; project fields: {', '.join(self.project.fields)}")
        if "type" in raw and raw["type"] != declared.type:
            self.fail(where, f"project field {fid!r} is {declared.type!r} in the project definition, not {raw['type']!r}")
        return FieldDef(
            id=fid,
            type=declared.type,
            label=self.text(raw["label"], f"{where}.label") if "label" in raw else declared.label,
            required=bool(raw.get("required", False)),
            scope="project",
        )

    def plan_links(self, raw: Any) -> PlanLinks | None:
        """A report's `plan:` mapping; names are resolved later against the plan editions."""
        if raw is None:
            return None
        where = "plan"
        if not isinstance(raw, Mapping):
            self.fail(where, "expected a mapping with editions, tables and fixed")
        editions = raw.get("editions")
        if not isinstance(editions, list) or not editions or not all(isinstance(e, str) for e in editions):
            self.fail(f"{where}.editions", "expected a list of plan definition ids")
        tables = {}
        for path, link in (raw.get("tables") or {}).items():
            here = f"{where}.tables.{path}"
            if not isinstance(link, Mapping) or not isinstance(link.get("from"), str):
                self.fail(here, "expected {from: <plan table path>, columns: {report column: plan column}}")
            tables[path] = PlanTableLink(
                table=path, source=link["from"],
                columns=self.name_map(link.get("columns"), f"{here}.columns"),
                propose=self.name_map(link.get("propose") or {}, f"{here}.propose"),
            )
        fixed = {}
        for tid, link in (raw.get("fixed") or {}).items():
            here = f"{where}.fixed.{tid}"
            keys = ("column", "from", "from_column")
            if not isinstance(link, Mapping) or not all(isinstance(link.get(k), str) for k in keys):
                self.fail(here, "expected {column: …, from: <plan table>, from_column: …, rows: {…}}")
            fixed[tid] = PlanFixedLink(
                table=tid, column=link["column"], source=link["from"], source_column=link["from_column"],
                rows=self.name_map(link.get("rows"), f"{here}.rows"),
            )
        return PlanLinks(editions=tuple(editions), tables=tables, fixed=fixed)

    def derived_from(self, raw: Any) -> DerivedFrom:
        """A derived definition's `derived_from:`; editions are resolved by the registry."""
        where = "derived_from"
        if not isinstance(raw, Mapping):
            self.fail(where, "expected {role: final, editions: [<report definition ids>]}")
        role, editions = raw.get("role"), raw.get("editions")
        if role not in ROLES or role == "derived":
            self.fail(f"{where}.role", f"expected one of {', '.join(r for r in ROLES if r != 'derived')}, not {role!r}")
        if not isinstance(editions, list) or not editions or not all(isinstance(e, str) for e in editions):
            self.fail(f"{where}.editions", "expected a list of definition ids")
        return DerivedFrom(role=role, editions=tuple(editions))

    def print_texts(self, node: Any, where: str) -> Any:
        """A print block with every text in it read as a Text (languages checked, the
        `unofficial` mark kept); names and numbers are left as they are."""
        if isinstance(node, Mapping):
            if any(lang in node for lang in LANGUAGES):
                return self.text(node, where)
            return {k: self.print_texts(v, f"{where}.{k}") for k, v in node.items()}
        if isinstance(node, list):
            return [self.print_texts(v, f"{where}[{i}]") for i, v in enumerate(node)]
        return node

    def name_map(self, value: Any, where: str) -> dict[str, str]:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            self.fail(where, "expected a mapping of names to names")
        return dict(value)

    def fixed_rows(self, raw: Any, where: str) -> tuple[FixedRowDef, ...]:
        """The form's own rows, each followed by its `sub_rows` (one level: «оның ішінде»)."""
        rows: list[FixedRowDef] = []

        def one(r: Any, parent: str | None) -> None:
            if not isinstance(r, Mapping) or not isinstance(r.get("key"), str):
                self.fail(f"{where}.fixed_rows", "a fixed row is a mapping with a `key`")
            here = f"{where}.fixed_rows.{r['key']}"
            if any(row.key == r["key"] for row in rows):
                self.fail(here, f"row key {r['key']!r} used twice")
            rows.append(FixedRowDef(
                key=r["key"],
                label=self.text(r.get("label"), f"{here}.label"),
                unit=self.text(r.get("unit"), f"{here}.unit"),
                type=self.type_name(r.get("type", "number"), here),
                parent=parent,
            ))
            subs = r.get("sub_rows") or ()
            if subs and parent is not None:
                self.fail(here, "a sub-row cannot have sub-rows of its own")
            if not isinstance(subs, (list, tuple)):
                self.fail(f"{here}.sub_rows", "expected a list of rows")
            for sub in subs:
                one(sub, r["key"])

        if not isinstance(raw, (list, tuple)):
            self.fail(f"{where}.fixed_rows", "expected a list of rows")
        for r in raw:
            one(r, None)
        return tuple(rows)

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
                    standard_label=self.text(craw["standard_label"], f"{where}.columns.{cid}.standard_label")
                    if "standard_label" in craw else None,
                )
            )
        if not columns:
            self.fail(where, "a table needs columns")
        fixed = self.fixed_rows(raw.get("fixed_rows") or (), where)
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


def parse_form(data: Mapping[str, Any], source: str = "<definition>", project: ProjectDef | None = None) -> FormDef:
    """Build a FormDef from already-parsed YAML/JSON data. Project fields are checked
    against `project` (the bundled project definition when not given)."""
    r = _Reader(source, project or default_project())
    if not isinstance(data, Mapping):
        r.fail("top", "a definition is a mapping")
    for key in ("id", "kind", "title"):
        if key not in data:
            r.fail("top", f"missing {key!r}")
    if data["kind"] not in KINDS:
        r.fail("kind", f"unknown kind {data['kind']!r}; known: {', '.join(KINDS)}")
    derived = data["kind"] == "derived"
    if derived:
        # A derived document is a view of another: it holds nothing of its own.
        own = [key for key in ("fields", "tables", "sections", "checks") if data.get(key)]
        if own:
            r.fail("top", f"a derived definition has no {', '.join(own)} of its own: its print blocks "
                          "name the fields and tables of the document it is derived from")
        data = {"fields": {}, "tables": {}, "sections": [], **data}
    elif "derived_from" in data:
        r.fail("derived_from", "only a definition of kind derived is derived from another document")
    for key in ("fields", "tables", "sections"):
        if key not in data:
            r.fail("top", f"missing {key!r}")
    fields = {fid: r.field(fid, raw) for fid, raw in (data["fields"] or {}).items()}
    tables = {tid: r.table(tid, raw) for tid, raw in (data["tables"] or {}).items()}
    for f in fields.values():
        if f.propose_from is not None and f.propose_from not in fields:
            r.fail(f"fields.{f.id}.propose_from", f"unknown field {f.propose_from!r}")
    clash = set(fields) & set(tables)
    if clash:
        r.fail("top", f"ids used for both a field and a table: {sorted(clash)}")
    sections = []
    seen: set[str] = set()
    for i, s in enumerate(data["sections"] or ()):
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
                notes=bool(s.get("notes", False)),
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
        if not lines and not derived:  # a derived document belongs to no contract
            r.fail("contract_line", f"missing language {lang}")
        contract_line[lang] = tuple(lines or ())
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
        print_blocks=tuple(r.print_texts(b, f"print[{i}]") for i, b in enumerate(data.get("print") or ()))
        if derived else tuple(data.get("print") or ()),
        plan_links=r.plan_links(data.get("plan")),
        derived_from=r.derived_from(data.get("derived_from")) if derived else None,
        source=source,
        role_defs=r.role_defs(data.get("roles"), str(data["kind"])),
    )


def parse_project(data: Any, source: str = "project.yaml") -> ProjectDef:
    r = _Reader(source)
    if not isinstance(data, Mapping) or not isinstance(data.get("fields"), Mapping):
        r.fail("top", "a project definition is a mapping with `fields`")
    fields = {}
    for fid, raw in data["fields"].items():
        f = r.field(fid, {k: v for k, v in raw.items() if k != "scope"} if isinstance(raw, Mapping) else raw)
        fields[fid] = FieldDef(id=f.id, type=f.type, label=f.label, scope="project")
    return ProjectDef(fields)


_project: ProjectDef | None = None


def default_project() -> ProjectDef:
    """The bundled project definition, read once."""
    global _project
    if _project is None:
        path = resource_path("project.yaml")
        try:
            data = read_yaml(path)
        except (OSError, YamlError) as exc:
            raise FormError(f"{path.name}: cannot read: {exc}") from exc
        _project = parse_project(data, path.name)
    return _project


def plan_link_problems(form: FormDef, plans: Mapping[str, FormDef]) -> list[str]:
    """What a report's `plan:` names that its plan editions do not have (empty when fine)."""
    links = form.plan_links
    if links is None:
        return []
    out: list[str] = []

    def table(f: FormDef, path: str):
        try:
            return f.table(path)
        except KeyError:
            return None

    for edition in links.editions:
        plan = plans.get(edition)
        if plan is None or plan.kind != "plan":
            out.append(f"{form.id}: plan.editions: {edition!r} is not a plan definition")
            continue
        for path, link in links.tables.items():
            mine, theirs = table(form, path), table(plan, link.source)
            if mine is None or mine.is_fixed:
                out.append(f"{form.id}: plan.tables.{path}: no table of rows {path!r}")
                continue
            if theirs is None or theirs.is_fixed:
                out.append(f"{form.id}: plan.tables.{path}: {edition} has no table of rows {link.source!r}")
                continue
            for kind, names in (("columns", link.columns), ("propose", link.propose)):
                for col, src in names.items():
                    if col not in {c.id for c in mine.columns}:
                        out.append(f"{form.id}: plan.tables.{path}.{kind}: {path} has no column {col!r}")
                    if src not in {c.id for c in theirs.columns}:
                        out.append(f"{form.id}: plan.tables.{path}.{kind}: {edition} {link.source} has no column {src!r}")
        for tid, link in links.fixed.items():
            mine, theirs = table(form, tid), table(plan, link.source)
            if mine is None or not mine.is_fixed or theirs is None or not theirs.is_fixed:
                out.append(f"{form.id}: plan.fixed.{tid}: {tid} and {edition} {link.source} must be fixed-row tables")
                continue
            if link.column not in {c.id for c in mine.columns}:
                out.append(f"{form.id}: plan.fixed.{tid}: {tid} has no column {link.column!r}")
            if link.source_column not in {c.id for c in theirs.columns}:
                out.append(f"{form.id}: plan.fixed.{tid}: {edition} {link.source} has no column {link.source_column!r}")
            for key, src in link.rows.items():
                if key not in {r.key for r in mine.fixed_rows}:
                    out.append(f"{form.id}: plan.fixed.{tid}.rows: {tid} has no row {key!r}")
                if src not in {r.key for r in theirs.fixed_rows}:
                    out.append(f"{form.id}: plan.fixed.{tid}.rows: {edition} {link.source} has no row {src!r}")
    return out


def load_form_file(path: Path) -> FormDef:
    try:
        data = read_yaml(path)
    except (OSError, YamlError) as exc:
        raise FormError(f"{path.name}: cannot read: {exc}") from exc
    return parse_form(data, path.name)


class FormRegistry:
    """Every form edition shipped in a folder, and those the user added, loaded once, by id.

    A shipped definition that fails is a bug (FormError). A user's edition that fails is
    left out and its problems kept in `refused`, so one bad file never stops the app."""

    def __init__(self, folder: Path | None = None, user_folder: Path | None = None):
        self.folder = folder or forms_dir()
        self.user_folder = user_folder
        self._forms: dict[str, FormDef] = {}
        self.user_ids: set[str] = set()
        self.refused: dict[str, list[str]] = {}
        for path in sorted(self.folder.glob("*.yaml")):
            form = load_form_file(path)
            if form.id in self._forms:
                raise FormError(f"{path.name}: form id {form.id!r} defined twice")
            self._forms[form.id] = form
        problems = self.problems()
        if problems:
            raise FormError("; ".join(problems))
        for path in sorted(user_folder.glob("*.yaml")) if user_folder and user_folder.is_dir() else ():
            form, problems = self.try_edition(path)
            if problems:
                self.refused[str(path)] = problems
            else:
                self._forms[form.id] = form
                self.user_ids.add(form.id)

    def try_edition(self, path: Path) -> tuple[FormDef | None, list[str]]:
        """A definition file read and checked against these editions: (form, problems)."""
        try:
            form = load_form_file(path)
        except FormError as exc:
            return None, [str(exc)]
        if form.id in self._forms:
            return form, [f"{path.name}: id: an edition {form.id!r} exists already; a new edition needs its own id"]
        plans = {f.id: f for f in self._forms.values() if f.kind == "plan"}
        if form.kind == "plan":
            plans[form.id] = form
        return form, plan_link_problems(form, plans)

    def problems(self) -> list[str]:
        """What the definitions get wrong together: plan links and derived definitions'
        names that do not resolve."""
        plans = {f.id: f for f in self._forms.values() if f.kind == "plan"}
        return [p for form in self._forms.values()
                for p in plan_link_problems(form, plans) + derived_link_problems(form, self._forms)]

    def editions(self, kind: str) -> list[FormDef]:
        """The definitions of one kind, newest (last by id) first."""
        return sorted((f for f in self._forms.values() if f.kind == kind), key=lambda f: f.id, reverse=True)

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


def default_registry(reload: bool = False) -> FormRegistry:
    """The bundled forms and the user's editions, loaded on first use (and again after an
    edition is added)."""
    global _default
    from ..settings import editions_dir

    folder = editions_dir()
    if _default is None or reload or _default.user_folder != folder:
        _default = FormRegistry(user_folder=folder)
    return _default
