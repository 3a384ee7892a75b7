"""Seed 003 as filled (FR23, the 2023 edition) printed in kk and ru: every typed value, every
FR23 label of shared/FORMS.md, the sub-rows under their rows with the form's numbers 1–9,
§3's guidance under its label and the closing block's own captions."""

from __future__ import annotations

import json

import pytest

from grantdesk.document import from_json
from grantdesk.printing import render_pdf
from tests.printing.conftest import FIXTURES, squash
from tests.printing.test_print_seed import typed_values

# FORMS.md, "FR23" (and "FR24" where FR23 is the same), written out here rather than read
# from fr23.yaml, so a label lost or changed in the definition or the renderer fails.
FR23_LABELS = {
    "kk": [
        "Грант беру жөніндегі Келісімшарттың № 8 Қосымшасы",
        "Әлеуметтік жобаны және (немесе) әлеуметтік бағдарламаны іске асыру қорытындылары бойынша қорытынды есеп",
        "1. Үкіметтік емес ұйымның толық атауы:",
        "6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы:",
        "1. Әлеуметтік жоба шеңберіндегі іс-шараларды сипаттаңыз",
        "Жобаның мақсаты:",
        "Жобаны іске асырудан қол жеткізілген нәтиже:",
        # activity table: FR24's columns, the last one «Тиімділік»
        "Міндет шеңберіндегі іс-шаралар", "Өткізілу күні", "Өткізілу орны", "Қатысушылардың саны",
        "(Іс-шараларға) қол жеткізілген қысқа мерзімді нәтижелер", "Сандық және сапалық көрсеткіштер",
        "Индикаторлар", "жоспар", "факт", "Тиімділік",
        "Жоба бойынша жоспардан ауытқу негіздемелерін сипаттаңыз:",
        # socio-economic table: rows 1 and 4 with their sub-rows, row 7's wording
        "Әлеуметтік жобаның әлеуметтік-экономикалық әсерін көрсететін кестені толтырыңыз",
        "Тікелей бенефициарлардың саны, оның ішінде:",
        "Тартылған мамандардың саны, оның ішінде:",
        "халықтың әлеуметтік осал топтарынан",
        "Салықтар (ӘС, ӘА, МӘМС (штаттық қызметкерлердің ғана))",
        "Әлеуметтік жоба серіктестерінің саны (заңды және/немесе жеке тұлғалар)",
        # §3 with its added text and the success-story guidance
        "3. Әлеуметтік жобаның аяқталуы және/немесе іске асырылуы барысында болған әлеуметтік және басқа да "
        "өзгерістерді өлшеу",
        "(жоба алдындағы жағдайды және жоба аяқталған кездегі жағдайды, жоба шеңберіндегі проблемалар мен "
        "міндеттерді шешу дәрежесін салыстыру)",
        "«Табыс тарихы» - бұл әлеуметтік жобаның қандай да бір нақты жағдайда",
        "Сондай-ақ, табыс тарихында белгілі бір қызмет алушының байланыс деректерін қоса отырып, оның кері "
        "байланысы болғаны жөн.",
        "Гендерлік көрсеткіш:", "Санаттар бойынша әлеуметтік дәрежесі:", "Жас көрсеткіші:",
        "5. Әлеуметтік жобаның нәтижелері:",
        "әлеуметтік жобаның/әлеуметтік бағдарламаның тұрақтылығы",
        "іске асырылған жобаның әлеуметтік-экономикалық әсері:",
        "Әлеуметтік жобаның серіктестері",
        # the two tables after §6
        "Осы әлеуметтік жобаның жалғасы болуы мүмкін болашақ әлеуметтік жобалар тақырыбына ұсыныстар:",
        "№", "Мемлекеттік грант саласы", "Мемлекеттік гранттың ұсынылатын басым бағыты",
        "Грантты іске асыру шешуі тиіс мәселенің қысқаша сипаттамасы", "Қаржыландыру көлемі (мың теңге)",
        "Грант түрі", "Күтілетін нәтижелер",
        "Мемлекеттік органдар үшін әлеуметтік жобаны іске асыру қорытындылары бойынша нақты практикалық "
        "ұсынымдарды көрсетіңіз.",
        "Мемлекеттік органдар", "Ұсынымдар",
        "Әзірленген ұсынымдарды жіберу туралы хаттың нөмірі мен күні (хаттардың көшірмелерін қосымшаларымен "
        "бірге осы есеппен ұсыну қажет)",
        # closing block
        "Есептегі беттердің жалпы саны:",
        "Грант алушы:",
        "Басшының не оның орынбасарының лауазымы, Т. А. Ә, (болған жағдайда)",
        "Толтырылған күні",
        "Мөрдің орны",
        "Қосымшамен таныстым:",
    ],
    "ru": [
        "Приложение № 8 к Договору о предоставлении гранта",
        "Итоговый отчет по итогам реализации социального проекта и (или) социальной программы",
        "1. Полное наименование неправительственной организации:",
        "1. Опишите мероприятия в рамках социального проекта",
        "Цель проекта:",
        "Мероприятия в рамках задачи", "Дата проведения", "Место проведения", "Количество участников",
        "Индикаторы", "план", "Эффективность",
        "Опишите обоснования отклонений от плана по проекту:",
        "Заполните таблицу, отражающую социально-экономический эффект социального проекта",
        "Количество прямых бенефициаров, в том числе:",
        "Количество привлеченных специалистов, в том числе:",
        "из социально уязвимых слоев населения",
        "3. Измерение социальных и иных изменений, произошедших по завершении и/или в ходе реализации "
        "социального проекта",
        "5. Результаты социального проекта:",
        "устойчивость социального проекта/социальной программы",
        "социально-экономический эффект реализованного проекта:",
        "Партнеры социального проекта",
        "Предложения по темам будущих социальных проектов, которые могут стать продолжением данного "
        "социального проекта:",
        "Сфера государственного гранта", "Предлагаемое приоритетное направление государственного гранта",
        "Краткое описание проблемы, которую должна решить реализация гранта",
        "Объем финансирования (тыс. тенге)", "Вид гранта", "Ожидаемые результаты",
        "Укажите конкретные практические рекомендации для государственных органов по итогам реализации "
        "социального проекта.",
        "Государственные органы", "Рекомендации",
        "Номер и дата письма о направлении разработанных рекомендаций (копии писем с приложениями необходимо "
        "представить с настоящим отчетом)",
        "Грантополучатель:",
        "Должность руководителя или его заместителя, Ф.И.О. (при наличии)",
        "Место печати",
        "С приложением ознакомлен:",
    ],
}

# Values printed by the form's rules rather than as typed.
PRINTED_AS = {
    "kk": {("project", "contract_date"): "2023 жылғы «24» шілде"},
    "ru": {("project", "contract_date"): "от «24» июля 2023 года",
           ("project", "grant_total"): "7 000 000 (семь миллионов) тенге"},
}


@pytest.fixture(scope="module")
def seed_003_json():
    return json.loads((FIXTURES / "seed_003.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def prints(seed_003_json, registry):
    doc = from_json(seed_003_json, registry)
    assert doc.form.id == "fr23"
    return {lang: render_pdf(doc, lang=lang) for lang in ("kk", "ru")}


def test_the_fixture_is_the_whole_fr23_report(seed_003_json):
    assert seed_003_json["form"] == "fr23"
    tables = seed_003_json["tables"]
    activities = [a for t in tables["tasks"] for a in t["activities"]]
    assert len(activities) == 10 and all(a["efficiency"].strip() for a in activities)
    assert tables["socio"]["direct_vulnerable"] == tables["socio"]["specialists_vulnerable"] == {"plan": "-", "fact": "-"}
    assert seed_003_json["values"]["results_sustainability"].startswith("Жоба аясында салауатты өмір салты")
    assert len(tables["proposals"]) == len(tables["recommendations"]) == 1


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_value_of_seed_003_is_printed(seed_003_json, prints, read_pdf, lang):
    text = read_pdf(prints[lang].pdf)
    values = typed_values(seed_003_json)
    assert len(values) > 250
    missing = [(path, value[:60]) for path, value in values
               if not text.has_in_order(PRINTED_AS[lang].get(tuple(path.split(".")[:2]), value))]
    assert not missing, missing[:10]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_fr23_label_is_printed(prints, read_pdf, lang):
    text = read_pdf(prints[lang].pdf)
    missing = [label for label in FR23_LABELS[lang] if not text.has(label)]
    assert not missing, missing
    assert text.has(("Есептегі беттердің жалпы саны: " if lang == "kk" else "Общее количество страниц отчета: ")
                    + str(prints[lang].pages))


def test_fr24_wording_that_fr23_replaced_is_not_printed(prints, read_pdf):
    text = read_pdf(prints["kk"].pdf)
    for fr24 in ("Шарттың № 7 қосымшасы", "Ұзақ мерзімді келешектегі нәтижелері/әсері",
                 "Жоспарланған нәтижелердің алынған нәтижелерге сәйкестігі",
                 "Салықтар (тек штаттық қызметкерлердің ӘС, ӘА, МӘМС)", "Есеп беттерінің жалпы саны"):
        assert not text.has(fr24), fr24


def test_sub_rows_print_under_their_row_and_keep_the_forms_numbers(prints, read_pdf):
    text = read_pdf(prints["kk"].pdf).squashed
    # row 1, its unnumbered sub-row, then row 2; row 4, its sub-row, row 5; and nine rows, not eleven
    assert squash("1. Тікелей бенефициарлардың саны, оның ішінде: адам 685 778 жоба бойынша "
                  "Шағын гранттар бойынша – 19 098 халықтың әлеуметтік осал топтарынан адам - - "
                  "2. Жанама бенефициарлардың саны") in text
    assert squash("4. Тартылған мамандардың саны, оның ішінде: адам 5 5 халықтың әлеуметтік осал "
                  "топтарынан адам - - 5. Қамтылған ҮЕҰ саны") in text
    table = text.split(squash("Әлеуметтік жобаның әлеуметтік-экономикалық әсерін"))[1]
    table = table.split(squash("Жоба бойынша жоспардан ауытқу"))[0]
    assert squash("9. Әлеуметтік жоба серіктестерінің саны") in table
    assert "10." not in table and "11." not in table


def test_success_story_guidance_prints_between_the_label_and_the_text(prints, read_pdf):
    text = read_pdf(prints["kk"].pdf).squashed
    label = text.find(squash("шешу дәрежесін салыстыру):"))
    guidance = text.find(squash("«Табыс тарихы» - бұл"))
    typed = text.find(squash("Жоба аясындағы табыс тарихы туралы нақты ақпаратты айту мүмкін емес."))
    assert 0 <= label < guidance < typed


def test_efficiency_prints_per_activity(prints, read_pdf):
    text = read_pdf(prints["kk"].pdf)
    # each activity's own «Тиімділік» text follows that activity's indicators, in order
    assert text.has_in_order("Жобаның тиімді және сапалы жүзеге асырылуы үшін Жоба туралы мақалалар 2-ден кем емес "
                             "8 Жобаға білікті мамандарды тарту арқылы жоба тиісті деңгейде жүзеге асырылды.")


def test_closing_ends_with_the_acknowledgement(prints, read_pdf):
    last = squash(read_pdf(prints["kk"].pdf).pages[-1])
    assert last.find(squash("Мөрдің орны")) < last.find(squash("Қосымшамен таныстым:"))
    ru_last = squash(read_pdf(prints["ru"].pdf).pages[-1])
    assert ru_last.find(squash("Место печати")) < ru_last.find(squash("С приложением ознакомлен:"))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_new_fr23_report_prints_its_empty_form(registry, read_pdf, lang):
    from grantdesk.document import Document

    text = read_pdf(render_pdf(Document.new(registry.get("fr23")), lang=lang).pdf)
    sub = "халықтың әлеуметтік осал топтарынан" if lang == "kk" else "из социально уязвимых слоев населения"
    row2 = "2. Жанама" if lang == "kk" else "2. Количество косвенных"
    assert text.has(sub + (" адам " if lang == "kk" else " человек ") + row2)
    assert text.has("Қосымшамен таныстым:" if lang == "kk" else "С приложением ознакомлен:")
