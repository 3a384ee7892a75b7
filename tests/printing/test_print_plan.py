"""The plan (Annex 3) printed from seed 002: every value of the seed and every PD label of
FORMS.md, in kk and ru; and a report made from it prints the plan's values, amendments
included."""

from __future__ import annotations

import json

import pytest

from grantdesk.document import Ref, project_from_json
from grantdesk.forms import default_registry
from grantdesk.printing import render_pdf
from tests.printing.conftest import FIXTURES, PdfText

# FORMS.md, "PD": the labels the printed Annex 3 carries, per language.
PD_LABELS = {
    "kk": [
        "Шарттың №3 қосымшасы", "Мемлекеттік грант беру туралы", "ӘЛЕУМЕТТІК ЖОБАНЫҢ ТОЛЫҚ СИПАТТАМАСЫ",
        "I БЛОК Жоба туралы жалпы ақпарат", "Грантты алушы", "Гранттың басым бағыты", "Грант тақырыбы",
        "Жоба мақсаты", "Жобаның іске асырылу аумағы", "Жобаның мақсатты тобы",
        "Әлеуметтік жобаны іске асыру кезеңі", "Жобаны іске асыруда күтілетін нәтиже",
        "Әлеуметтік жоба әріптестерінің саны және атауы",
        "II БЛОК Жоба командасы туралы ақпарат", "Ұйымның штаттық қызметкерлері",
        "Азаматтық-құқықтық сипаттағы шарт бойынша тартылатын мамандар", "ТАӘ", "Лауазымы",
        "Байланыс ақпараттары", "Міндеттері", "Жобадағы қызметі",
        "III БЛОК Әлеуметтік жобаны іске асыру мониторингінің жоспары", "1 міндет.", "№",
        "Іс-шара (Іс-шараның қысқаша сипаттамасы)", "Өткізілу орны",
        "Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)", "Жоспарланып отырған индикаторлар",
        "Орындалу мерзімі", "Байланыс арнасы",
        "IV БЛОК Жобаның әлеуметтік әсері", "Индикатор", "Өлшем бірлігі", "Жоспарланған деңгейі",
        "Еңбек шарттары шеңберінде тартылған қызметкерлер саны",
    ],
    "ru": [
        "Приложение № 3 к Договору", "О предоставлении государственного гранта",
        "ПОЛНОЕ ОПИСАНИЕ СОЦИАЛЬНОГО ПРОЕКТА", "Блок I. Общая информация о проекте", "Грантополучатель",
        "Приоритетное направление гранта", "Тема гранта", "Цель проекта", "Территория реализации проекта",
        "Целевая группа проекта", "Период реализации социального проекта",
        "Ожидаемый результат от реализации проекта", "Количество и наименование партнеров социального проекта",
        "Блок II. Информация о команде проекта", "Штатные сотрудники организации",
        "Специалисты, привлекаемые по договорам гражданско-правового характера", "ФИО", "Должность",
        "Контактные данные", "Обязанности", "Занятость в проекте",
        "Блок III. План мониторинга реализации социального проекта", "Задача 1.",
        "Мероприятие (краткое описание)", "Место проведения",
        "Количественные и качественные показатели (по мероприятиям)", "Планируемые индикаторы",
        "Срок исполнения", "Канал коммуникации", "Блок IV. Социальный эффект проекта",
        "Единица измерения", "Планируемый уровень",
        "Количество сотрудников, привлеченных в рамках трудовых договоров",
    ],
}


@pytest.fixture(scope="module")
def seed_002():
    return json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8"))


def _values(data) -> list[str]:
    """Every typed value of the seed's JSON, however deep."""
    out: list[str] = []

    def walk(node, key=""):
        if isinstance(node, dict):
            for k, v in node.items():
                if k not in ("id", "plan_row", "standard", "role", "form", "lang", "format"):
                    walk(v, k)
        elif isinstance(node, list):
            for v in node:
                walk(v, key)
        elif isinstance(node, str) and node.strip() and key != "contract_date":
            out.append(node)

    walk(data["project"])
    for doc in data["documents"]:
        walk(doc["values"])
        walk(doc["tables"])
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_plan_prints_every_value_and_every_label(seed_002, lang):
    project = project_from_json(seed_002, default_registry())
    text = PdfText(render_pdf(project.plan, lang=lang).pdf)
    missing = [v for v in _values(seed_002) if not text.has_in_order(v)]
    assert missing == []
    assert [label for label in PD_LABELS[lang] if not text.has(label)] == []
    # the contract line's date, as the form writes it
    assert text.has("2024 жылғы «14» наурыз" if lang == "kk" else "«14» марта 2024")


def test_a_report_from_the_plan_prints_the_plans_values_and_its_amendments(seed_002):
    registry = default_registry()
    project = project_from_json(seed_002, registry)
    final = project.new_document(registry.get("fr24"), "final", "kk")
    plan = project.plan
    text = PdfText(render_pdf(final).pdf)
    assert text.has_in_order("Фокус топтық зерттеу жүргізу") and text.has("Фокус топ саны")
    indicator = plan.rows["tasks"][0].children["activities"][0].children["indicators"][0]
    plan.set(Ref.cell("tasks.activities.indicators", indicator.id, "indicator"), "Өткізілген фокус-топтар саны")
    plan.set(Ref.fixed("effect", "indirect", "plan"), "17 500")
    amended = PdfText(render_pdf(final).pdf)
    assert amended.has("Өткізілген фокус-топтар саны") and not amended.has("Фокус топ саны")
    assert amended.has("17 500") and not text.has("17 500")
