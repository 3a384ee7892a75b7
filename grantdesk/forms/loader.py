"""Read a form definition file into a FormDef, refusing anything malformed.

One fatal error type (FormError) naming the file and the place, as pyxform does; the
definition is checked completely at load so the rest of the app can trust it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping, NoReturn

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
from .print_blocks import print_name_problems, read_block
from .problems import DefinitionProblem, problem
from .types import FIELD_TYPES


# Languages a text of a definition may carry: the report's two, and English for the app's
# own names of things (row names such as "Task 2").
TEXT_LANGUAGES = (*LANGUAGES, "en")


class FormError(ValueError):
    """A definition file is malformed: its `problems`, each naming the file and the place.
    `str()` is the English text; `text(lang)` says it in the reader's language."""

    def __init__(self, problems: Iterable[DefinitionProblem]):
        self.problems = tuple(problems)
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return "; ".join(p.text(lang) for p in self.problems)


@dataclass(frozen=True)
class ProjectDef:
    """The project's own fields (resources/project.yaml), shared by every document."""

    fields: Mapping[str, FieldDef]


class _Reader:
    def __init__(self, source: str, project: ProjectDef | None = None):
        self.source = source
        self.project = project

    def problem(self, where: str, message: str, /, **params: Any) -> DefinitionProblem:
        return problem(f"{self.source}: {where}", message, **params)

    def fail(self, where: str, message: str, /, **params: Any) -> NoReturn:
        raise FormError([self.problem(where, message, **params)])

    def mapping(self, value: Any, where: str, message: str = "name_map") -> Mapping[str, Any]:
        """`value` when it is a mapping with names for keys (None reads as empty)."""
        if value is None:
            return {}
        if not isinstance(value, Mapping) or not all(isinstance(k, str) for k in value):
            self.fail(where, message)
        return value

    def whole_number(self, value: Any, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.fail(where, "not_a_number", value=value)
        return value

    def text(self, value: Any, where: str) -> Text:
        if not isinstance(value, Mapping):
            self.fail(where, "text_expected")
        missing = [lang for lang in LANGUAGES if lang not in value or value[lang] is None]
        if missing:
            self.fail(where, "missing_languages", langs=missing)
        unofficial = value.get("unofficial", [])
        if not isinstance(unofficial, list) or not all(isinstance(u, str) and u in LANGUAGES for u in unofficial):
            self.fail(f"{where}.unofficial", "unofficial_list", langs=LANGUAGES)
        value = {k: v for k, v in value.items() if k != "unofficial"}
        # An unquoted comma in a YAML flow mapping splits a text into a second "key": refuse
        # anything but the known languages, so a label is never silently cut.
        odd = [str(k) for k in value if k not in TEXT_LANGUAGES or not isinstance(value[k], (str, int, float))]
        if odd:
            self.fail(where, "text_odd_keys", odd=odd, langs=TEXT_LANGUAGES)
        return Text({str(k): str(v) for k, v in value.items()}, unofficial=tuple(unofficial))

    def type_name(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or value not in FIELD_TYPES:
            self.fail(where, "unknown_type", value=value, known=sorted(FIELD_TYPES))
        return value

    def field(self, fid: str, raw: Mapping[str, Any]) -> FieldDef:
        where = f"fields.{fid}"
        if not isinstance(raw, Mapping):
            self.fail(where, "field_not_mapping")
        scope = raw.get("scope", "report")
        if scope not in ("report", "project"):
            self.fail(where, "bad_scope", value=scope)
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
            self.fail(f"{where}.roles", "roles_list", known=ROLES)
        return tuple(value)

    def role_defs(self, raw: Any, kind: str) -> dict[str, RoleDef]:
        """`roles:` — per role, the title, short title and contract line it prints instead."""
        if raw is None:
            return {}
        if not isinstance(raw, Mapping):
            self.fail("roles", "roles_mapping")
        out = {}
        for role, spec in raw.items():
            where = f"roles.{role}"
            if role not in KINDS[kind]:
                self.fail(where, "no_such_role", kind=kind, role=role, known=KINDS[kind])
            spec = self.mapping(spec, where, "roles_mapping")
            lines = None
            if "contract_line" in spec:
                lines = {}
                raw_lines = self.mapping(spec["contract_line"], f"{where}.contract_line", "contract_lines")
                for lang in LANGUAGES:
                    got = raw_lines.get(lang)
                    if not isinstance(got, list):
                        self.fail(f"{where}.contract_line", "missing_language", lang=lang)
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
            self.fail(where, "not_project_field", name=fid, known=list(self.project.fields))
        if "type" in raw and raw["type"] != declared.type:
            self.fail(where, "project_field_type", name=fid, declared=declared.type, value=raw["type"])
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
            self.fail(where, "plan_mapping")
        editions = raw.get("editions")
        if not isinstance(editions, list) or not editions or not all(isinstance(e, str) for e in editions):
            self.fail(f"{where}.editions", "plan_editions")
        tables = {}
        for path, link in self.mapping(raw.get("tables"), f"{where}.tables").items():
            here = f"{where}.tables.{path}"
            if not isinstance(link, Mapping) or not isinstance(link.get("from"), str):
                self.fail(here, "plan_table_link")
            tables[path] = PlanTableLink(
                table=path, source=link["from"],
                columns=self.name_map(link.get("columns"), f"{here}.columns"),
                propose=self.name_map(link.get("propose") or {}, f"{here}.propose"),
            )
        fixed = {}
        for tid, link in self.mapping(raw.get("fixed"), f"{where}.fixed").items():
            here = f"{where}.fixed.{tid}"
            keys = ("column", "from", "from_column")
            if not isinstance(link, Mapping) or not all(isinstance(link.get(k), str) for k in keys):
                self.fail(here, "plan_fixed_link")
            fixed[tid] = PlanFixedLink(
                table=tid, column=link["column"], source=link["from"], source_column=link["from_column"],
                rows=self.name_map(link.get("rows"), f"{here}.rows"),
            )
        return PlanLinks(editions=tuple(editions), tables=tables, fixed=fixed)

    def derived_from(self, raw: Any) -> DerivedFrom:
        """A derived definition's `derived_from:`; editions are resolved by the registry."""
        where = "derived_from"
        if not isinstance(raw, Mapping):
            self.fail(where, "derived_from_mapping")
        role, editions = raw.get("role"), raw.get("editions")
        if role not in ROLES or role == "derived":
            self.fail(f"{where}.role", "derived_from_role", known=[r for r in ROLES if r != "derived"], value=role)
        if not isinstance(editions, list) or not editions or not all(isinstance(e, str) for e in editions):
            self.fail(f"{where}.editions", "definition_ids")
        return DerivedFrom(role=role, editions=tuple(editions))

    def name_map(self, value: Any, where: str) -> dict[str, str]:
        if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            self.fail(where, "name_map")
        return dict(value)

    def fixed_rows(self, raw: Any, where: str) -> tuple[FixedRowDef, ...]:
        """The form's own rows, each followed by its `sub_rows` (one level: «оның ішінде»)."""
        rows: list[FixedRowDef] = []

        def one(r: Any, parent: str | None) -> None:
            if not isinstance(r, Mapping) or not isinstance(r.get("key"), str):
                self.fail(f"{where}.fixed_rows", "fixed_row_key")
            here = f"{where}.fixed_rows.{r['key']}"
            if any(row.key == r["key"] for row in rows):
                self.fail(here, "row_key_twice", key=r["key"])
            rows.append(FixedRowDef(
                key=r["key"],
                label=self.text(r.get("label"), f"{here}.label"),
                unit=self.text(r.get("unit"), f"{here}.unit"),
                type=self.type_name(r.get("type", "number"), here),
                parent=parent,
            ))
            subs = r.get("sub_rows") or ()
            if subs and parent is not None:
                self.fail(here, "sub_sub_rows")
            if not isinstance(subs, (list, tuple)):
                self.fail(f"{here}.sub_rows", "rows_list")
            for sub in subs:
                one(sub, r["key"])

        if not isinstance(raw, (list, tuple)):
            self.fail(f"{where}.fixed_rows", "rows_list")
        for r in raw:
            one(r, None)
        return tuple(rows)

    def table(self, tid: str, raw: Any, parent: str = "") -> TableDef:
        path = f"{parent}.{tid}" if parent else tid
        where = f"tables.{path}"
        raw = self.mapping(raw, where, "table_not_mapping")
        columns = []
        for cid, craw in self.mapping(raw.get("columns"), f"{where}.columns").items():
            here = f"{where}.columns.{cid}"
            craw = self.mapping(craw, here, "field_not_mapping")
            columns.append(
                ColumnDef(
                    id=cid,
                    type=self.type_name(craw.get("type"), here),
                    label=self.text(craw.get("label"), f"{here}.label"),
                    print_role=craw.get("print"),
                    standard_label=self.text(craw["standard_label"], f"{here}.standard_label")
                    if "standard_label" in craw else None,
                )
            )
        if not columns:
            self.fail(where, "no_columns")
        fixed = self.fixed_rows(raw.get("fixed_rows") or (), where)
        children = tuple(
            self.table(cid, craw, path) for cid, craw in self.mapping(raw.get("children"), f"{where}.children").items()
        )
        if fixed and children:
            self.fail(where, "fixed_with_children")
        title_column = raw.get("title_column")
        if title_column and (not isinstance(title_column, str) or title_column not in {c.id for c in columns}):
            self.fail(where, "title_column", name=title_column)
        return TableDef(
            id=tid,
            path=path,
            label=self.text(raw.get("label"), f"{where}.label"),
            columns=tuple(columns),
            children=children,
            fixed_rows=fixed,
            standard_rows={
                k: self.text(v, f"{where}.standard_rows.{k}")
                for k, v in self.mapping(raw.get("standard_rows"), f"{where}.standard_rows").items()
            },
            row_label=self.text(raw["row_label"], f"{where}.row_label") if "row_label" in raw else None,
            title_column=title_column,
            note=self.text(raw["note"], f"{where}.note") if "note" in raw else None,
            header={k: self.text(v, f"{where}.header.{k}")
                    for k, v in self.mapping(raw.get("header"), f"{where}.header").items()},
            default_rows=self.whole_number(raw.get("default_rows", 0), f"{where}.default_rows"),
        )

    def section(self, i: int, s: Any, known: set[str], seen: set[str]) -> SectionDef:
        where = f"sections[{i}]"
        if not isinstance(s, Mapping) or not isinstance(s.get("id"), str) or not isinstance(s.get("items", []), list):
            self.fail(where, "section_not_mapping")
        for item in s.get("items", ()):
            if not isinstance(item, str) or item not in known:
                self.fail(where, "unknown_item", name=item)
            if item in seen:
                self.fail(where, "item_twice", name=item)
            seen.add(item)
        return SectionDef(
            id=s["id"],
            title=self.text(s.get("title"), f"{where}.title"),
            items=tuple(s.get("items", ())),
            help=self.text(s["help"], f"{where}.help") if "help" in s else None,
            notes=bool(s.get("notes", False)),
        )

    def check(self, i: int, c: Any) -> CheckDef:
        if not isinstance(c, Mapping) or "rule" not in c:
            self.fail(f"checks[{i}]", "check_not_mapping")
        return CheckDef(rule=c["rule"], args={k: v for k, v in c.items() if k != "rule"})


class _Stop(Exception):
    """What is wrong so far leaves nothing more to read (read_form returns what was kept)."""


class _Collector:
    """Runs the reading of each part of a definition on its own, so one bad field does not
    hide the next: every part's first problem is kept, and all are returned together."""

    def __init__(self) -> None:
        self.problems: list[DefinitionProblem] = []

    def __call__(self, read, *args, default=None):
        try:
            return read(*args)
        except FormError as exc:
            self.problems.extend(exc.problems)
            return default

    def add(self, found: DefinitionProblem) -> None:
        self.problems.append(found)

    def stop_if_any(self) -> None:
        if self.problems:
            raise _Stop


def parse_form(data: Mapping[str, Any], source: str = "<definition>", project: ProjectDef | None = None) -> FormDef:
    """Build a FormDef from already-parsed YAML/JSON data. Project fields are checked
    against `project` (the bundled project definition when not given). Raises FormError
    listing every problem found, a part at a time."""
    form, problems = read_form(data, source, project)
    if problems or form is None:
        raise FormError(problems)
    return form


def read_form(data: Any, source: str = "<definition>",
              project: ProjectDef | None = None) -> tuple[FormDef | None, list[DefinitionProblem]]:
    """A definition and every problem found in it. The form is given whenever its fields,
    tables and sections read well, even with problems elsewhere (a print block, a check),
    so an edition's checks and plan links can be looked at in the same pass."""
    got = _Collector()
    try:
        form = _read_form(data, source, project or default_project(), got)
    except _Stop:
        return None, got.problems
    except FormError as exc:  # a problem that leaves nothing more to read, raised where found
        return None, got.problems + list(exc.problems)
    return form, got.problems


def _read_form(data: Any, source: str, project: ProjectDef, got: "_Collector") -> FormDef | None:
    r = _Reader(source, project)
    if not isinstance(data, Mapping):
        r.fail("top", "not_mapping")
    for key in ("id", "kind", "title"):
        if key not in data:
            got.add(r.problem("top", "missing_key", key=key))
    if "kind" in data and (not isinstance(data["kind"], str) or data["kind"] not in KINDS):
        got.add(r.problem("kind", "unknown_kind", value=data["kind"], known=list(KINDS)))
    got.stop_if_any()
    derived = data["kind"] == "derived"
    if derived:
        # A derived document is a view of another: it holds nothing of its own.
        own = [key for key in ("fields", "tables", "sections", "checks") if data.get(key)]
        if own:
            r.fail("top", "derived_has_own", what=own)
        data = {"fields": {}, "tables": {}, "sections": [], **data}
    elif "derived_from" in data:
        got.add(r.problem("derived_from", "only_derived_is_derived"))
    for key in ("fields", "tables", "sections"):
        if key not in data:
            got.add(r.problem("top", "missing_key", key=key))
    got.stop_if_any()
    before_names = len(got.problems)
    raw_fields = got(r.mapping, data["fields"], "fields", default={})
    raw_tables = got(r.mapping, data["tables"], "tables", default={})
    fields = {fid: f for fid, raw in raw_fields.items() if (f := got(r.field, fid, raw)) is not None}
    tables = {tid: t for tid, raw in raw_tables.items() if (t := got(r.table, tid, raw)) is not None}
    for f in fields.values():
        if f.propose_from is not None and (not isinstance(f.propose_from, str) or f.propose_from not in raw_fields):
            got.add(r.problem(f"fields.{f.id}.propose_from", "unknown_field", name=f.propose_from))
    clash = set(raw_fields) & set(raw_tables)
    if clash:
        got.add(r.problem("top", "field_table_clash", names=sorted(clash)))
    raw_sections = data["sections"] or []
    if not isinstance(raw_sections, list):
        got.add(r.problem("sections", "section_not_mapping"))
        raw_sections = []
    seen: set[str] = set()
    before = len(got.problems)
    sections = [sec for i, s in enumerate(raw_sections)
                if (sec := got(r.section, i, s, set(raw_fields) | set(raw_tables), seen)) is not None]
    unplaced = (set(raw_fields) | set(raw_tables)) - seen
    if unplaced and len(got.problems) == before:  # a section that failed would list its items here too
        got.add(r.problem("sections", "unplaced", names=sorted(unplaced)))
    names_read = len(got.problems) == before_names
    raw_checks = data.get("checks") or []
    if not isinstance(raw_checks, list):
        got.add(r.problem("checks", "check_not_mapping"))
        raw_checks = []
    checks = tuple(c for i, raw in enumerate(raw_checks) if (c := got(r.check, i, raw)) is not None)
    contract_line = {}
    raw_lines = got(r.mapping, data.get("contract_line"), "contract_line", "contract_lines", default={})
    for lang in LANGUAGES:
        lines = raw_lines.get(lang)
        if not derived and (not isinstance(lines, list) or not lines):  # a derived document belongs to no contract
            got.add(r.problem("contract_line", "missing_language", lang=lang))
        contract_line[lang] = tuple(map(str, lines)) if isinstance(lines, list) else ()
    raw_print = data.get("print") or []
    if not isinstance(raw_print, list):
        got.add(r.problem("print", "print_blocks"))
        raw_print = []
    title = got(r.text, data["title"], "title")
    short_title = got(r.text, data.get("short_title", data["title"]), "short_title")
    print_blocks = tuple(b for i, raw in enumerate(raw_print)
                         if (b := got(read_block, raw, f"print[{i}]", r.fail, r.text)) is not None)
    plan_links = got(r.plan_links, data.get("plan"))
    derived_from = got(r.derived_from, data.get("derived_from")) if derived else None
    role_defs = got(r.role_defs, data.get("roles"), str(data["kind"]), default={})
    if not names_read or title is None or short_title is None:
        return None
    form = FormDef(
        id=str(data["id"]),
        kind=str(data["kind"]),
        title=title,
        short_title=short_title,
        contract_line=contract_line,
        fields=fields,
        tables=tables,
        sections=tuple(sections),
        checks=checks,
        print_blocks=print_blocks,
        plan_links=plan_links,
        derived_from=derived_from,
        source=source,
        role_defs=role_defs,
    )
    if not derived:  # a derived definition's names are its sources' (derived_link_problems)
        got.problems.extend(p.within(source) for p in print_name_problems(form, form))
    return form


def parse_project(data: Any, source: str = "project.yaml") -> ProjectDef:
    r = _Reader(source)
    if not isinstance(data, Mapping) or not isinstance(data.get("fields"), Mapping):
        r.fail("top", "project_not_mapping")
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
        _project = parse_project(_read(path), path.name)
    return _project


def plan_link_problems(form: FormDef, plans: Mapping[str, FormDef]) -> list[DefinitionProblem]:
    """What a report's `plan:` names that its plan editions do not have (empty when fine)."""
    links = form.plan_links
    if links is None:
        return []
    out: list[DefinitionProblem] = []

    def say(where: str, message: str, /, **params: Any) -> None:
        out.append(problem(f"{form.id}: {where}", message, **params))

    def table(f: FormDef, path: str):
        try:
            return f.table(path)
        except KeyError:
            return None

    for edition in links.editions:
        plan = plans.get(edition)
        if plan is None or plan.kind != "plan":
            say("plan.editions", "not_a_plan", edition=edition)
            continue
        for path, link in links.tables.items():
            here = f"plan.tables.{path}"
            mine, theirs = table(form, path), table(plan, link.source)
            if mine is None or mine.is_fixed:
                say(here, "no_rows_table", name=path)
                continue
            if theirs is None or theirs.is_fixed:
                say(here, "edition_no_rows_table", edition=edition, name=link.source)
                continue
            for kind, names in (("columns", link.columns), ("propose", link.propose)):
                for col, src in names.items():
                    if col not in {c.id for c in mine.columns}:
                        say(f"{here}.{kind}", "no_column", table=path, name=col)
                    if src not in {c.id for c in theirs.columns}:
                        say(f"{here}.{kind}", "no_column", table=f"{edition} {link.source}", name=src)
        for tid, link in links.fixed.items():
            here = f"plan.fixed.{tid}"
            mine, theirs = table(form, tid), table(plan, link.source)
            if mine is None or not mine.is_fixed or theirs is None or not theirs.is_fixed:
                say(here, "fixed_tables_needed", table=tid, other=f"{edition} {link.source}")
                continue
            if link.column not in {c.id for c in mine.columns}:
                say(here, "no_column", table=tid, name=link.column)
            if link.source_column not in {c.id for c in theirs.columns}:
                say(here, "no_column", table=f"{edition} {link.source}", name=link.source_column)
            for key, src in link.rows.items():
                if key not in {r.key for r in mine.fixed_rows}:
                    say(f"{here}.rows", "no_row", table=tid, name=key)
                if src not in {r.key for r in theirs.fixed_rows}:
                    say(f"{here}.rows", "no_row", table=f"{edition} {link.source}", name=src)
    return out


def read_definition_bytes(path: Path) -> bytes:
    """A definition file's bytes; what keeps them from being read is a FormError."""
    from .. import limits

    try:
        with path.open("rb") as fh:
            data = fh.read(limits.DEFINITION_BYTES + 1)  # never more than the limit into memory
    except OSError as exc:
        raise FormError([problem(path.name, "cannot_read", detail=exc.strerror or exc)]) from exc
    if len(data) > limits.DEFINITION_BYTES:
        raise FormError([problem(path.name, "yaml_too_large", what="bytes", got=f"> {limits.DEFINITION_BYTES:,}",
                                 limit=f"{limits.DEFINITION_BYTES:,}")])
    return data


def _read(path: Path, raw: bytes | None = None) -> Any:
    """A definition file's YAML content; what keeps it from being read is a FormError."""
    try:
        return read_yaml(path, read_definition_bytes(path) if raw is None else raw)
    except YamlError as exc:
        raise FormError([problem(path.name, exc.key, **exc.params)]) from exc


def load_form_file(path: Path) -> FormDef:
    form, problems = read_form_file(path)
    if problems or form is None:
        raise FormError(problems)
    return form


def read_form_file(path: Path, raw: bytes | None = None) -> tuple[FormDef | None, list[DefinitionProblem]]:
    """A definition file (its bytes `raw`, when read already) and every problem found in
    it (see read_form)."""
    try:
        data = _read(path, raw)
    except FormError as exc:
        return None, list(exc.problems)
    form, problems = read_form(data, path.name)
    if form is not None:
        problems = problems + _size_problems(form, path.name)
    return form, problems


def _size_problems(form: FormDef, where: str) -> list[DefinitionProblem]:
    """A definition larger than any real one (limits.DEFINITION_*): refused here, so an
    edition that is accepted opens in the app in well under 2 s."""
    from .. import limits

    tables = list(form.all_tables())
    found = []
    for what, got, most in (("fields", len(form.fields), limits.DEFINITION_FIELDS),
                            ("tables", len(tables), limits.DEFINITION_TABLES),
                            ("columns", max((len(t.columns) for t in tables), default=0), limits.DEFINITION_COLUMNS)):
        if got > most:
            found.append(problem(where, "yaml_too_large", what=what, got=f"{got:,}", limit=f"{most:,}"))
    return found


class FormRegistry:
    """Every form edition shipped in a folder, and those the user added, loaded once, by id.

    A shipped definition that fails is a bug (FormError). A user's edition that fails is
    left out and its problems kept in `refused`, so one bad file never stops the app."""

    def __init__(self, folder: Path | None = None, user_folder: Path | None = None):
        self.folder = folder or forms_dir()
        self.user_folder = user_folder
        self._forms: dict[str, FormDef] = {}
        self.user_ids: set[str] = set()
        self.refused: dict[str, list[DefinitionProblem]] = {}
        for path in sorted(self.folder.glob("*.yaml")):
            form = load_form_file(path)
            if form.id in self._forms:
                raise FormError([problem(path.name, "id_twice", id=form.id)])
            self._forms[form.id] = form
        problems = self.problems()
        if problems:
            raise FormError(problems)
        for path in sorted(user_folder.glob("*.yaml")) if user_folder and user_folder.is_dir() else ():
            form, problems = self.try_edition(path)
            if problems:
                self.refused[str(path)] = problems
            else:
                self._forms[form.id] = form
                self.user_ids.add(form.id)

    def try_edition(self, path: Path, raw: bytes | None = None) -> tuple[FormDef | None, list[DefinitionProblem]]:
        """A definition file (or its bytes `raw`) read and checked against these editions:
        (form, problems)."""
        form, problems = read_form_file(path, raw)
        if form is None:
            return None, problems
        if form.id in self._forms:
            return form, problems + [problem(f"{path.name}: id", "edition_exists", id=form.id)]
        plans = {f.id: f for f in self._forms.values() if f.kind == "plan"}
        if form.kind == "plan":
            plans[form.id] = form
        return form, problems + plan_link_problems(form, plans)

    def problems(self) -> list[DefinitionProblem]:
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
            raise FormError([problem("", "unknown_form", id=form_id, known=sorted(self._forms))]) from None

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
