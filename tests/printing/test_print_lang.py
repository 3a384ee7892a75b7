"""The print language decides every printed word; the document's values stay as typed."""

from __future__ import annotations

import pytest

from grantdesk.document import Ref
from grantdesk.printing import render_pdf

# The ru wording of FR24 as shared/FORMS.md gives it (an independent oracle: not read from
# the definition file, so a label lost or changed in the YAML or the renderer fails here).
FR24_RU_LABELS = [
    "О предоставлении государственного гранта",
    "Приложение № 7 к Договору",
    "Итоговый отчет по результатам реализации социального проекта",
    "1. Полное наименование неправительственной организации:",
    "2. Фамилия, имя, отчество (при его наличии) руководителя неправительственной организации:",
    "3. Юридический адрес, контактный телефон:",
    "4. Наименование (направление) социального проекта, социальной программы в рамках реализации гранта:",
    "5. Дата начала и окончания периода реализации социального проекта и/или социальной программы:",
    "6. Общая сумма средств, выделенных на реализацию гранта:",
    "1. Опишите мероприятия в рамках социального проекта",
    "Необходимо подробно описать и проанализировать все мероприятия, проведенные в рамках реализации "
    "социального проекта, с указанием уровня достижения запланированных индикаторов в соответствии с "
    "приложением № 3 к договору гранта (Полное описание проекта).",
    "Задача 1.",
    "Мероприятие 1.",
    "Заполните таблицу и сравните полученные результаты с запланированными:",
    "Цель проекта:",
    "Достигнутый результат от реализации проекта:",
    "Задача",
    "Мероприятия в рамках задачи",
    "Дата проведения",
    "Место проведения",
    "Количество участников",
    "Достигнутые краткосрочные результаты (по мероприятиям)",
    "Количественные и качественные показатели",
    "Индикаторы",
    "план",
    "факт",
    "Долгосрочные результаты/эффект (по задачам)",
    "Соответствие запланированных результатов полученным / при наличии, обоснование отклонения от плана:",
    "Итоговая публичная презентация результатов проекта в соответствии с условиями договора",
    "Информационная работа о ходе реализации проекта в соответствии с условиями договора",
    "Заполните таблицу, отражающую социально-экономический эффект социального проекта",
    "Индикатор",
    "Единица измерения",
    "Планируемый уровень",
    "Фактический уровень",
    "Количество прямых бенефициаров",
    "Количество косвенных бенефициаров (за счет освещения в СМИ)",
    "Количество штатных сотрудников",
    "Количество привлеченных специалистов",
    "Количество охваченных НПО",
    "Фонд оплаты труда от общей суммы гранта",
    "Налоги (СН, СО, ОСМС только штатных сотрудников)",
    "Вклад в экономику (закуп товаров и услуг)",
    "Количество партнеров социального проекта (юридические и/или физические лица)",
    "человек",
    "организация",
    "тенге",
    "организация/человек",
    "2. Достижение цели (описание фактов и приведение доказательств достижения цели):",
    "3. Измерение социальных и иных изменений, произошедших по завершении и/или в ходе реализации "
    "социального проекта:",
    "4. Статистическая информация в разрезе участников социального проекта (на момент представления "
    "промежуточного программного отчета):",
    "Гендерный показатель:",
    "Всего участников проекта",
    "Мужчины",
    "Женщины",
    "Социальный статус по категориям:",
    "Дети (в том числе дети с инвалидностью)",
    "Молодежь",
    "Государственные служащие",
    "Работники бюджетных организаций",
    "Лица с инвалидностью",
    "Пожилые люди (старше 50 лет), в том числе",
    "Безработные",
    "Представители общественных организаций",
    "Представители бизнес-сектора",
    "Другие категории",
    "Возрастной показатель:",
    "13-16 лет",
    "17-22 лет",
    "23-27 лет",
    "28-32 лет",
    "33-45 лет",
    "46-58 лет",
    "59 лет и старше",
    "5. Результаты социального проекта:",
    "конкретные результаты, полученные указанными целевыми группами в ходе реализации социального проекта "
    "(с указанием количественных показателей, описанием качественных изменений):",
    "долгосрочное влияние на решаемую в ходе реализации проекта проблему (обоснование прогнозируемых "
    "положительных/отрицательных изменений в определенной сфере, вызванных проектом):",
    "социально-экономический эффект реализованного проекта:",
    "6. Анализ вклада партнеров (при наличии), органов власти, структур, оказавших поддержку в реализации "
    "социального проекта: насколько необходимым было их привлечение, как это усилило социальный проект, "
    "какие уроки извлечены, как планируется продолжать взаимодействие?",
    "Партнеры социального проекта",
    "Организации, непосредственно участвующие в реализации проекта, деятельность которых может повлиять на "
    "результаты проекта. К партнерам не относятся поставщики услуг по логистике, питанию, проезду и т.д.",
    "Наименование организации / ФИО партнера",
    "Роль в проекте",
    "Контакты организации, партнера",
    "Примечание",
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


def test_every_value_of_seed_001_is_printed_in_russian(seed_001_json, ru_print, read_pdf):
    from tests.printing.test_print_seed import typed_values

    _doc, result = ru_print
    text = read_pdf(result.pdf)
    printed_as = {  # printed by the form's rules, in the print language
        ("project", "grant_total"): "10 125 000 (десять миллионов сто двадцать пять тысяч) тенге",
        ("project", "contract_date"): "от «30» апреля 2024 года",
    }
    missing = [(path, value[:60]) for path, value in typed_values(seed_001_json)
               if not text.has_in_order(printed_as.get(tuple(path.split(".")[:2]), value))]
    assert not missing, missing[:10]


def test_kk_and_ru_prints_have_the_same_structure(seed_001_json, ru_print, registry):
    from grantdesk.document import from_json

    _doc, ru = ru_print
    kk = render_pdf(from_json(seed_001_json, registry), lang="kk")
    # page for page where the text allows: Russian wording runs a little longer
    assert abs(kk.pages - ru.pages) <= 1


@pytest.mark.parametrize("lang, expected", [("kk", "№45-ГР/2024"), ("ru", "№ 45-ГР/2024")])
def test_a_number_sign_typed_before_the_contract_number_prints_once(fr24_doc, read_pdf, lang, expected):
    fr24_doc.set(Ref.field("contract_number"), "№ 45-ГР/2024")
    first = " ".join(read_pdf(render_pdf(fr24_doc, lang=lang).pdf).pages[0].split())
    assert expected in first and "№№" not in first and "№ №" not in first
    assert fr24_doc.field("contract_number") == "№ 45-ГР/2024"  # kept as typed
