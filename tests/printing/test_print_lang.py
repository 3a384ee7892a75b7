"""The print language decides every printed word; the document's values stay as typed."""

from __future__ import annotations

import pytest

from grantdesk.document import Ref
from grantdesk.printing import render_pdf

FR24_RU_LABELS = [
    "О предоставлении государственного гранта",
    "Приложение № 7 к Договору",
    "Итоговый отчет по результатам реализации социального проекта",
    "1. Полное наименование неправительственной организации:",
    "3. Юридический адрес, контактный телефон:",
    "6. Общая сумма средств, выделенных на реализацию гранта:",
    "1. Опишите мероприятия в рамках социального проекта",
    "Задача 1.",
    "Мероприятие 1.",
    "Итоговая публичная презентация результатов проекта в соответствии с условиями договора",
    "Информационная работа о ходе реализации проекта в соответствии с условиями договора",
    "Цель проекта:",
    "Мероприятия в рамках задачи",
    "Дата проведения",
    "Индикаторы",
    "план",
    "Долгосрочные результаты/эффект (по задачам)",
    "Заполните таблицу, отражающую социально-экономический эффект социального проекта",
    "Единица измерения",
    "Количество прямых бенефициаров",
    "человек",
    "Гендерный показатель:",
    "Всего участников проекта",
    "59 лет и старше",
    "5. Результаты социального проекта:",
    "Партнеры социального проекта",
    "Наименование организации / ФИО партнера",
    "Общее количество страниц отчета:",
    "Грантополучатель:",
    "Должность руководителя, Ф.И.О.",
    "Дата заполнения",
    "Место печати",
]


@pytest.fixture(scope="module")
def ru_print(seed_001_json, registry):
    from grantdesk.document import from_json

    doc = from_json(seed_001_json, registry)
    assert doc.lang == "kk"
    return doc, render_pdf(doc, lang="ru")


def test_lang_ru_prints_russian_labels(ru_print, read_pdf):
    doc, result = ru_print
    text = read_pdf(result.pdf)
    missing = [label for label in FR24_RU_LABELS if not text.has(label)]
    assert not missing, missing
    assert text.has(f"Общее количество страниц отчета: {result.pages}")
    # no kk wording of the form is left over
    for kk in ("Есеп беттерінің жалпы саны", "Грант алушы:", "Мөрдің орны", "1-міндет.", "Индикаторлар"):
        assert not text.has(kk), kk


def test_contract_line_in_russian_with_genitive_month(ru_print, read_pdf):
    doc, result = ru_print
    first = read_pdf(result.pdf).pages[0]
    assert "от «30» апреля 2024 года № 56" in " ".join(first.split())


def test_typed_values_are_not_translated(ru_print, read_pdf):
    doc, result = ru_print
    text = read_pdf(result.pdf)
    assert text.has(doc.field("org_name"))
    assert text.has("10 125 000 (десять миллионов сто двадцать пять тысяч) тенге")


def test_printing_in_another_language_leaves_the_document_alone(ru_print):
    doc, _ = ru_print
    assert doc.lang == "kk"


@pytest.mark.parametrize(("typed", "kk", "ru"), [
    ("05.01.2023", "2023 жылғы «05» қаңтар", "от «05» января 2023 года"),
    ("2024-05-09", "2024 жылғы «09» мамыр", "от «09» мая 2024 года"),
    ("31.12.2025", "2025 жылғы «31» желтоқсан", "от «31» декабря 2025 года"),
])
def test_contract_date_in_both_languages(fr24_doc, read_pdf, typed, kk, ru):
    fr24_doc.set(Ref.field("contract_date"), typed)
    assert kk in " ".join(read_pdf(render_pdf(fr24_doc, lang="kk").pdf).pages[0].split())
    assert ru in " ".join(read_pdf(render_pdf(fr24_doc, lang="ru").pdf).pages[0].split())


def test_the_document_language_is_the_default(fr24_doc, read_pdf):
    fr24_doc.set_lang("ru")
    assert read_pdf(render_pdf(fr24_doc).pdf).has("Грантополучатель:")


def test_unknown_print_language_is_refused(fr24_doc):
    with pytest.raises(ValueError, match="print language"):
        render_pdf(fr24_doc, lang="en")
