"""Frozen description of one form edition, built from its definition file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping

LANGUAGES = ("kk", "ru")

# What a definition is for, and the roles its documents can take in a project.
KINDS: dict[str, tuple[str, ...]] = {
    "plan": ("plan",),               # the plan (Annex 3): the spine every report follows
    "report": ("interim", "final"),  # a program report, interim or final
    "derived": ("derived",),         # computed from another document, never typed
}
ROLES = ("plan", "interim", "final", "derived")


@dataclass(frozen=True)
class Text:
    """A piece of form wording in every language of the printed form."""

    by_lang: Mapping[str, str]
    # Languages whose wording here is the app's own, not taken from an official text
    # (a definition's `unofficial: [ru]`): shown to translators and reviewers, printed as is.
    unofficial: tuple[str, ...] = ()

    def official(self, lang: str) -> bool:
        """Is this wording an official text? `en` never is: the app's own English (no
        official English form exists); kk and ru are unless marked `unofficial`."""
        return lang in self.by_lang and lang != "en" and lang not in self.unofficial

    def __call__(self, lang: str) -> str:
        return self.by_lang.get(lang) or self.by_lang.get("kk") or next(iter(self.by_lang.values()), "")


@dataclass(frozen=True)
class FieldDef:
    """A field of a form: its value type, label and rules."""

    id: str
    type: str
    label: Text
    required: bool = False
    scope: str = "report"  # "project": kept once per project, shared by its reports
    propose_from: str | None = None  # a field whose value is proposed here when this one is empty
    roles: tuple[str, ...] = ()  # only in documents of these roles (empty: in every one)

    def applies(self, role: str) -> bool:
        return not self.roles or role in self.roles


@dataclass(frozen=True)
class ColumnDef:
    """A column of a table of a form."""

    id: str
    type: str
    label: Text
    print_role: str | None = None  # "row_heading": printed as the row's label, not a column
    standard_label: Text | None = None  # its label in a standard block's rows ("Байланыс арнасы")

    def label_for(self, standard: bool) -> Text:
        return self.standard_label if standard and self.standard_label is not None else self.label


@dataclass(frozen=True)
class FixedRowDef:
    """A row a fixed table always has."""

    key: str
    label: Text
    unit: Text
    type: str  # the value type of this row's plan/fact cells
    parent: str | None = None  # a sub-row («оның ішінде»): unnumbered, printed under its parent


@dataclass(frozen=True)
class TableDef:
    """A table of a form: its columns, kinds of rows and children."""

    id: str
    path: str  # dotted from the root table: "tasks.activities.indicators"
    label: Text
    columns: tuple[ColumnDef, ...]
    children: tuple["TableDef", ...] = ()
    fixed_rows: tuple[FixedRowDef, ...] = ()
    standard_rows: Mapping[str, Text] = field(default_factory=dict)
    row_label: Text | None = None
    title_column: str | None = None
    note: Text | None = None
    header: Mapping[str, Text] = field(default_factory=dict)
    default_rows: int = 0

    def row_name(self, n: int | str, lang: str) -> str | None:
        """A numbered row's name as the definition words it (`2-міндет`, `Задача 2`,
        `Task 2`): the one wording for print, wizard and check messages. None without one."""
        return self.row_label(lang).replace("{n}", str(n)) if self.row_label is not None else None

    @property
    def is_fixed(self) -> bool:
        return bool(self.fixed_rows)

    def column(self, column_id: str) -> ColumnDef:
        for col in self.columns:
            if col.id == column_id:
                return col
        raise KeyError(f"{self.path} has no column {column_id!r}")

    def child(self, child_id: str) -> "TableDef":
        for ch in self.children:
            if ch.id == child_id:
                return ch
        raise KeyError(f"{self.path} has no child table {child_id!r}")

    def fixed_row(self, key: str) -> FixedRowDef:
        for row in self.fixed_rows:
            if row.key == key:
                return row
        raise KeyError(f"{self.path} has no row {key!r}")

    def fixed_numbers(self) -> dict[str, str | None]:
        """Each fixed row's number as the form prints it ("1" … "9"); None for a sub-row,
        which stands under its parent's number. Print, wizard and check messages all ask
        here, so a sub-row never shifts the numbers of the rows after it."""
        numbers: dict[str, str | None] = {}
        n = 0
        for row in self.fixed_rows:
            if row.parent is None:
                n += 1
                numbers[row.key] = str(n)
            else:
                numbers[row.key] = None
        return numbers

    def cell_type(self, row_key: str | None, column_id: str) -> str:
        """The value type of a cell; fixed rows may set their own (money, count)."""
        col = self.column(column_id)
        if self.fixed_rows and row_key is not None and col.type == "number":
            return self.fixed_row(row_key).type
        return col.type

    def walk(self) -> Iterator["TableDef"]:
        yield self
        for ch in self.children:
            yield from ch.walk()


@dataclass(frozen=True)
class PlanTableLink:
    """A report table whose rows follow the plan's rows of `source`: the columns in
    `columns` (report column → plan column) are the plan's values, read through the link;
    `propose` (report column → plan column) are copied once, when the report is made, as
    the report's own editable values."""

    table: str
    source: str
    columns: Mapping[str, str]
    propose: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class PlanFixedLink:
    """A fixed-row table column that holds the plan's values (`rows`: report row key →
    plan row key of the plan's fixed table `source`, column `source_column`)."""

    table: str
    column: str
    source: str
    source_column: str
    rows: Mapping[str, str]


@dataclass(frozen=True)
class PlanLinks:
    """Which parts of a report come from the project's plan (a definition's `plan:`)."""

    editions: tuple[str, ...]  # the plan definitions these names are valid in
    tables: Mapping[str, PlanTableLink]  # by report table path
    fixed: Mapping[str, PlanFixedLink]  # by report table id

    def table(self, path: str) -> PlanTableLink | None:
        return self.tables.get(path)

    def is_plan_column(self, path: str, column: str) -> bool:
        link = self.tables.get(path)
        return link is not None and column in link.columns

    def fixed_source(self, table: str, row_key: str, column: str) -> str | None:
        """The plan's value key for a fixed cell that comes from the plan, else None."""
        link = self.fixed.get(table)
        if link is None or column != link.column or row_key not in link.rows:
            return None
        return f"{link.source}.{link.rows[row_key]}.{link.source_column}"


@dataclass(frozen=True)
class DerivedFrom:
    """What a derived definition is computed from (its `derived_from:`): a document of
    `role` made with one of `editions`. Its print blocks name that document's fields and
    tables; the registry resolves each name against every edition listed."""

    role: str
    editions: tuple[str, ...]


@dataclass(frozen=True)
class SectionDef:
    """A wizard section: its title and the fields and tables in it."""

    id: str
    title: Text
    items: tuple[str, ...]
    help: Text | None = None
    notes: bool = False  # the user's own notes: not part of the form, so not counted in its state


@dataclass(frozen=True)
class CheckDef:
    """A check a form runs: the rule and its arguments."""

    rule: str
    args: Mapping[str, Any]


@dataclass(frozen=True)
class RoleDef:
    """What a document of one role prints differently: its title, and its contract line
    (an interim report prints no annex line, FORMS.md giving it no annex number)."""

    title: Text | None = None
    short_title: Text | None = None
    contract_line: Mapping[str, tuple[str, ...]] | None = None


@dataclass(frozen=True)
class FormDef:
    """A form edition: its fields, tables, sections, checks and print blocks."""

    id: str
    kind: str
    title: Text
    short_title: Text
    contract_line: Mapping[str, tuple[str, ...]]
    fields: Mapping[str, FieldDef]
    tables: Mapping[str, TableDef]  # root tables by id
    sections: tuple[SectionDef, ...]
    checks: tuple[CheckDef, ...]
    print_blocks: tuple[Mapping[str, Any], ...]
    plan_links: PlanLinks | None = None  # report kinds: what comes from the plan
    derived_from: DerivedFrom | None = None  # kind derived: the document it is computed from
    source: str = ""  # the file it was read from, for messages
    role_defs: Mapping[str, RoleDef] = field(default_factory=dict)

    def title_for(self, role: str) -> Text:
        r = self.role_defs.get(role)
        return r.title if r and r.title else self.title

    def short_title_for(self, role: str) -> Text:
        r = self.role_defs.get(role)
        return r.short_title if r and r.short_title else self.short_title

    def contract_line_for(self, role: str, lang: str) -> tuple[str, ...]:
        r = self.role_defs.get(role)
        lines = r.contract_line if r and r.contract_line is not None else self.contract_line
        return lines[lang]

    @property
    def roles(self) -> tuple[str, ...]:
        return KINDS[self.kind]

    def table(self, path: str) -> TableDef:
        """A table by dotted path, e.g. "tasks.activities"."""
        head, *rest = path.split(".")
        table = self.tables[head]
        for part in rest:
            table = table.child(part)
        return table

    def all_tables(self) -> Iterator[TableDef]:
        for table in self.tables.values():
            yield from table.walk()

    def project_fields(self) -> list[FieldDef]:
        return [f for f in self.fields.values() if f.scope == "project"]

    def section_of(self, item_id: str) -> SectionDef | None:
        """The wizard section showing a field or (root) table."""
        root = item_id.split(".")[0]
        for section in self.sections:
            if root in section.items:
                return section
        return None
