"""A complete, consistent FR24 report that passes every check; tests add one slip each."""

from __future__ import annotations

import pytest

from grantdesk.checks import run_checks
from grantdesk.document import Document, Ref
from grantdesk.forms import default_registry

PROJECT = {
    "org_name": "«Рухтан» қоғамдық қоры",
    "head_name": "Кушанова Гулнур Джексембаевна",
    "address": "Актау каласы, 22 мкр 29 дом 55 кв.",
    "phone": "87023233790",
    "project_name": "Маңғыстау облысында пікірсайыс қозғалысын дамыту",
    "period": "01.04.2024 – 30.11.2024",
    "grant_total": "10 125 000 тг",
    "contract_number": "56",
    "contract_date": "25.03.2024",
    "goal": "Маңғыстау облысында пікірсайыс қозғалысын дамыту.",
    "achieved": "Пікірсайысшылар саны кемінде 500-ге жеткізілді.",
    "signatory_position": "Директор",
    "signatory_name": "Кушанова Г.Д.",
    # The texts a final report owes (R14): §2, §3 and §5.
    "goal_evidence": "Пікірсайыс академиясы ашылды, 647 оқушы қатысты.",
    "changes": "Оқушылардың сөйлеу мәдениеті артты (сауалнама: 80 %).",
    "results_concrete": "647 оқушы пікірсайыс дағдысын меңгерді.",
    "results_longterm": "Облыста пікірсайыс қозғалысы тұрақты жұмыс істейді.",
    "results_effect": "Жергілікті жастар белсенділігі артты.",
}
SOCIO = {
    "direct": ("560", "647"), "indirect": ("1 000", "1 000"), "staff": ("3", "3"), "specialists": ("-", "-"),
    "ngos": ("7", "7"), "payroll": ("6 000 000", "6 000 000"), "taxes": ("1 000 000", "1 000 000"),
    "economy": ("3 125 000", "3 125 000"), "partners": ("2", "2"),
}


def clean_report(lang: str = "kk") -> Document:
    doc = Document.new(default_registry().get("fr24"), lang)
    for field_id, value in PROJECT.items():
        doc.set(Ref.field(field_id), value)
    for key, (plan, fact) in SOCIO.items():
        doc.set(Ref.fixed("socio", key, "plan"), plan)
        doc.set(Ref.fixed("socio", key, "fact"), fact)
    # Two tasks, so positions like "2-міндет, 1-іс-шара" can be asserted.
    for n in (1, 2):
        doc.add_row("tasks", row_id=f"t{n}", cells={"title": f"Міндет {n}"})
        doc.add_row("tasks.activities", f"t{n}", row_id=f"a{n}",
                    cells={"name": f"Турнир {n}", "date": "2-3.11.24", "place": "Ақтау қаласы",
                           "participants": "175", "shortterm": "Лига өтті."})
        doc.add_row("tasks.activities.indicators", f"a{n}", row_id=f"i{n}",
                    cells={"indicator": "Пікірсайысшылар саны", "plan": "Кемінде 500", "fact": "520"})
    gender, status, age = (doc.rows[t][0] for t in ("stats_gender", "stats_status", "stats_age"))
    for row, cells in (
        (gender, {"total": "647", "men": "327", "women": "320"}),
        (status, {"total": "647", "youth": "647"}),
        (age, {"total": "647", "age_13_16": "337", "age_17_22": "175", "age_23_27": "135", "age_33_45": "0"}),
    ):
        for column, value in cells.items():
            doc.set(Ref.cell(doc.table_of(row.id), row.id, column), value)
    doc.add_row("partners", row_id="p1", cells={"name": "Ақкетік газеті", "contacts": "87786086165"})
    doc.add_row("partners", row_id="p2", cells={"name": "Рауан газеті", "contacts": "87780053862"})
    return doc


@pytest.fixture
def doc() -> Document:
    return clean_report()


@pytest.fixture
def make_report():
    """The clean report's builder, for tests that need a second one or a Russian one."""
    return clean_report


@pytest.fixture
def of_rule():
    """run_checks, keeping one rule's problems."""

    def run(document: Document, rule: str):
        return [p for p in run_checks(document) if p.rule == rule]

    return run
