"""The operator's register: one row per project under the given files and folders, as a
workbook (.xlsx) or an SQLite file with a table `projects` (FORMS.md, "A register").

Columns: organisation, project, territory, project period (start, end and as typed),
grant total, activities with facts / planned, indicators met / planned (R7's comparison,
checks.rules_plan.indicator_met), direct and indirect beneficiaries (the socio-economic
table's rows 1 and 2, fact), errors, owed places still empty and warnings of the final
report (or, without one, of the project's last document: progress.assess, the state every
screen shows), the file's name, folder and SHA-256.

Rows are made one project at a time and streamed out: XlsxWriter in constant-memory mode
writes each row to disk as it comes (chosen over openpyxl: the register is only ever
written, and XlsxWriter writes faster, keeps no workbook in memory, and has no
dependencies of its own); sqlite-utils creates the table explicitly and inserts in
batches. Both libraries are imported here only, when a register is made.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..checks.cells import parse_number, parse_period
from ..checks.rules_plan import indicator_met
from ..document import Document
from ..values.blank import is_blank
from ..forms import FormRegistry
from ..progress import assess
from .annex4 import Progress, each_project, sort_key
from .sources import Opened, Skipped, sha256_of


@dataclass(frozen=True)
class Column:
    key: str  # the SQLite column and the row's key
    kind: str  # text, int, money, date
    width: float  # characters, in the workbook
    label: dict[str, str]


COLUMNS: tuple[Column, ...] = (
    Column("organisation", "text", 36, {"kk": "Үкіметтік емес ұйым", "ru": "Неправительственная организация", "en": "Organisation"}),
    Column("project", "text", 44, {"kk": "Әлеуметтік жоба", "ru": "Социальный проект", "en": "Project"}),
    Column("territory", "text", 24, {"kk": "Іске асыру аумағы", "ru": "Территория реализации", "en": "Territory"}),
    Column("period_start", "date", 12, {"kk": "Кезеңнің басы", "ru": "Начало периода", "en": "Period start"}),
    Column("period_end", "date", 12, {"kk": "Кезеңнің соңы", "ru": "Конец периода", "en": "Period end"}),
    Column("period", "text", 24, {"kk": "Кезең (жазылғандай)", "ru": "Период (как указан)", "en": "Period (as typed)"}),
    Column("grant_total", "money", 15, {"kk": "Грант сомасы, теңге", "ru": "Сумма гранта, тенге", "en": "Grant total, tenge"}),
    Column("activities_with_facts", "int", 11, {"kk": "Фактісі бар іс-шаралар", "ru": "Мероприятий с фактом", "en": "Activities with facts"}),
    Column("activities_planned", "int", 11, {"kk": "Жоспарланған іс-шаралар", "ru": "Мероприятий по плану", "en": "Activities planned"}),
    Column("indicators_met", "int", 11, {"kk": "Орындалған индикаторлар", "ru": "Индикаторов выполнено", "en": "Indicators met"}),
    Column("indicators_planned", "int", 11, {"kk": "Жоспарланған индикаторлар", "ru": "Индикаторов по плану", "en": "Indicators planned"}),
    Column("direct_beneficiaries", "int", 12, {"kk": "Тікелей бенефициарлар", "ru": "Прямые бенефициары", "en": "Direct beneficiaries"}),
    Column("indirect_beneficiaries", "int", 12, {"kk": "Жанама бенефициарлар", "ru": "Косвенные бенефициары", "en": "Indirect beneficiaries"}),
    Column("errors", "int", 8, {"kk": "Қателер", "ru": "Ошибки", "en": "Errors"}),
    Column("owed", "int", 10, {"kk": "Толтырылмаған орындар", "ru": "Незаполненные места", "en": "Owed places empty"}),
    Column("warnings", "int", 8, {"kk": "Ескертулер", "ru": "Предупреждения", "en": "Warnings"}),
    Column("document", "text", 14, {"kk": "Құжат", "ru": "Документ", "en": "Document"}),
    Column("file_name", "text", 28, {"kk": "Файл", "ru": "Файл", "en": "File"}),
    Column("folder", "text", 30, {"kk": "Бума", "ru": "Папка", "en": "Folder"}),
    Column("sha256", "text", 66, {"kk": "SHA-256", "ru": "SHA-256", "en": "SHA-256"}),
)

_SQL_TYPES = {"text": str, "int": int, "money": float, "date": str}


def _number(text: str) -> int | float | str | None:
    """A number cell: the number when it is one, else what was typed (on one line), so no
    value is lost (R10 names it in the errors column); None when empty."""
    parsed = parse_number(text)
    if not parsed.is_number:
        return None if is_blank(text) else " ".join(text.split())
    value: Decimal = parsed.value
    return int(value) if value == value.to_integral_value() else float(value)


def _check_args(doc: Document, rule: str) -> dict[str, Any] | None:
    return next((dict(c.args) for c in doc.form.checks if c.rule == rule), None)


def _activities(doc: Document) -> tuple[int | None, int | None, int | None, int | None]:
    """(activities with facts, activities planned, indicators met, indicators planned),
    from the tables R7 compares (the form's own R7 arguments); Nones without R7."""
    args = _check_args(doc, "R7")
    if args is None:
        return None, None, None, None
    indicators, plan_col, fact_col = args["indicators"], args["plan"], args["fact"]
    activities = indicators.rsplit(".", 1)[0]
    child = indicators.rsplit(".", 1)[1]
    with_facts = planned = met = planned_indicators = 0
    for activity, _ in doc.iter_rows(activities):
        planned += 1
        rows = activity.children.get(child, [])
        if any(not is_blank(r.get(fact_col)) for r in rows):
            with_facts += 1
        for r in rows:
            if not is_blank(r.get(plan_col)):
                planned_indicators += 1
                if indicator_met(r.get(plan_col), r.get(fact_col)):
                    met += 1
    return with_facts, planned, met, planned_indicators


def _beneficiaries(doc: Document) -> tuple[Any, Any]:
    """The socio-economic table's rows 1 and 2 (direct, indirect), fact: the table and
    column R5 names."""
    args = _check_args(doc, "R5")
    if args is None:
        return None, None
    table = doc.form.table(args["socio"])
    rows = [r.key for r in table.fixed_rows if r.parent is None][:2]  # rows 1 and 2, not their sub-rows
    values = [_number(doc.fixed(table.id, key, args["column"])) for key in rows]
    return (values + [None, None])[0], (values + [None, None])[1]


def row_of(opened: Opened, with_checksum: bool = True) -> dict[str, Any]:
    """The register's row of one project."""
    project = opened.project
    doc = opened.final or (project.documents[-1] if project.documents else None)
    values = project.values
    period_text = " ".join(values.get("period", "").split())
    period = parse_period(period_text)
    row: dict[str, Any] = {
        "organisation": " ".join(values.get("org_name", "").split()),
        "project": " ".join(values.get("project_name", "").split()),
        "territory": " ".join(values.get("territory", "").split()),
        "period_start": period[0].isoformat() if period else None,
        "period_end": period[1].isoformat() if period else None,
        "period": period_text,
        "grant_total": _number(values.get("grant_total", "")),
        "document": f"{doc.doc_id}: {doc.role} {doc.form.id}" if doc is not None else "",
        "file_name": opened.path.name,
        "folder": str(opened.path.parent),
        "sha256": sha256_of(opened.path) if with_checksum else "",
    }
    if doc is not None:
        state = assess(doc)  # the one document state the documents list and `check` show
        row["errors"], row["owed"], row["warnings"] = state.errors, state.owed, state.warnings
        (row["activities_with_facts"], row["activities_planned"], row["indicators_met"],
         row["indicators_planned"]) = _activities(doc)
        row["direct_beneficiaries"], row["indirect_beneficiaries"] = _beneficiaries(doc)
    return {c.key: row.get(c.key) for c in COLUMNS}


@dataclass
class RegisterResult:
    rows: int
    skipped: list[Skipped]


def _rows(paths: Iterable[Path | str], registry: FormRegistry, skipped: list[Skipped],
          progress: Progress | None, cancelled: Callable[[], bool] | None) -> Iterator[dict[str, Any]]:
    for opened in each_project(paths, registry, progress, cancelled):
        if isinstance(opened, Skipped):
            skipped.append(opened)
        else:
            yield row_of(opened)


def _sorted(rows: Iterator[dict[str, Any]]) -> list[dict[str, Any]]:
    # A row is a few hundred bytes: ten thousand projects sort in memory at a few MB.
    return sorted(rows, key=lambda r: (sort_key(r["organisation"]), sort_key(r["project"]), r["file_name"]))


def write_register(paths: Iterable[Path | str], out: Path, registry: FormRegistry, lang: str = "kk",
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> RegisterResult:
    """The register of every project under `paths` into `out` (.xlsx or .sqlite), written
    to a side file and put in place whole: a failed or cancelled run leaves no half file."""
    skipped: list[Skipped] = []
    rows = _sorted(_rows(paths, registry, skipped, progress, cancelled))
    part = out.with_name(out.name + ".part")
    part.unlink(missing_ok=True)
    try:
        if out.suffix.lower() == ".xlsx":
            _xlsx(part, rows, lang)
        else:
            _sqlite(part, rows)
        os.replace(part, out)
    finally:
        part.unlink(missing_ok=True)
    return RegisterResult(len(rows), skipped)


def _sqlite(path: Path, rows: list[dict[str, Any]]) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        table = db.table("projects")
        table.create({"id": int, **{c.key: _SQL_TYPES[c.kind] for c in COLUMNS}}, pk="id")
        table.insert_all(({"id": n, **r} for n, r in enumerate(rows, 1)), batch_size=200)
        table.create_index(["organisation", "project"])
    finally:
        db.close()


def _xlsx(path: Path, rows: list[dict[str, Any]], lang: str) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_urls": False, "strings_to_formulas": False})
    try:
        head = book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#EBEBEB",
                                "border": 1})
        formats = {"text": book.add_format({"valign": "top", "text_wrap": True}),
                   "int": book.add_format({"valign": "top", "num_format": "#,##0"}),
                   "money": book.add_format({"valign": "top", "num_format": "#,##0"}),
                   "date": book.add_format({"valign": "top", "num_format": "dd.mm.yyyy"})}
        sheet = book.add_worksheet({"kk": "Тізілім", "ru": "Реестр"}.get(lang, "Register"))
        sheet.freeze_panes(1, 0)
        for i, column in enumerate(COLUMNS):
            sheet.set_column(i, i, column.width, formats[column.kind])
            sheet.write_string(0, i, column.label.get(lang, column.label["en"]), head)
        sheet.set_row(0, 45)
        for r, row in enumerate(rows, 1):
            for i, column in enumerate(COLUMNS):
                value = row[column.key]
                if value is None or value == "":
                    continue
                if column.kind == "date":
                    sheet.write_datetime(r, i, date.fromisoformat(value), formats["date"])
                elif column.kind in ("int", "money") and not isinstance(value, str):
                    sheet.write_number(r, i, value, formats[column.kind])
                else:
                    sheet.write_string(r, i, value, formats["text"])
        if rows:
            sheet.autofilter(0, 0, len(rows), len(COLUMNS) - 1)
    finally:
        book.close()
