"""Seed 001 (FR24, kk) printed: every typed value and every official label is on paper."""

from __future__ import annotations

import re

import pytest

from grantdesk.printing import render_pdf

# The kk wording of FR24 as shared/FORMS.md gives it (not read from the definition file,
# so a label lost or changed in the YAML or the renderer fails here).
FR24_KK_LABELS = [
    # contract line and title
    "Мемлекеттік грант беру туралы",
    "Шарттың № 7 қосымшасы",
    "Әлеуметтік жобаны іске асыру нәтижелері бойынша қорытынды есеп",
    # general information, numbered 1-6
    "1. Үкіметтік емес ұйымның толық атауы:",
    "2. Үкіметтік емес ұйым басшысының тегі, аты, әкесінің аты (болған жағдайда):",
    "3. Заңды мекенжайы, байланыс телефоны:",
    "4. Грантты іске асыру шеңберіндегі әлеуметтік жобаның, әлеуметтік бағдарламаның атауы (бағыты):",
    "5. Әлеуметтік жобаны және/немесе әлеуметтік бағдарламаны іске асыру кезеңінің басталу және аяқталу күні:",
    "6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы:",
    # §1
    "1. Әлеуметтік жоба шеңберіндегі іс-шараларды сипаттаңыз",
    "Гранттық шарттың №3 қосымшасына (Жобаның толық сипаттамасы) сәйкес жоспарланған индикаторларға қол "
    "жеткізу деңгейін көрсете отырып, әлеуметтік жобаны іске асыру шеңберінде жүргізілген барлық "
    "іс-шараларды егжей-тегжейлі сипаттау және талдау қажет.",
    "1-міндет.",
    "1-іс-шара.",
    "Кестені толтырыңыз және алынған нәтижелерді жоспарланған нәтижелермен салыстырыңыз:",
    "Жобаның мақсаты:",
    "Жобаны іске асырудан қол жеткізілген нәтиже:",
    # activity table columns
    "Міндет",
    "Міндет шеңберіндегі іс-шаралар",
    "Өткізілу күні",
    "Өткізілу орны",
    "Қатысушылардың саны",
    "(Іс-шараларға) қол жеткізілген қысқа мерзімді нәтижелер",
    "Сандық және сапалық көрсеткіштер",
    "Индикаторлар",
    "жоспар",
    "факт",
    "Ұзақ мерзімді келешектегі нәтижелері/әсері (міндеттерге)",
    "Жоспарланған нәтижелердің алынған нәтижелерге сәйкестігі/егер бар болса, жоспардан ауытқудың негіздемесі:",
    # the two standard blocks
    "Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы",
    "Шарт талаптарына сәйкес жобаның орындалу барысы туралы ақпараттық жұмыс",
    # socio-economic table
    "Әлеуметтік жобаның әлеуметтік-экономикалық әсерін көрсететін кестені толтырыңыз",
    "Индикатор",
    "Өлшем бірлігі",
    "Жоспарланған деңгейі",
    "Нақты деңгейі",
    "Тікелей бенефициарлардың саны",
    "Жанама бенефициарлардың саны (БАҚ-та жарықтандыру есебінен)",
    "Штаттық қызметкерлердің саны",
    "Тартылған мамандардың саны",
    "Қамтылған ҮЕҰ саны",
    "Гранттың жалпы сомасынан еңбекақы төлеу қоры",
    "Салықтар (тек штаттық қызметкерлердің ӘС, ӘА, МӘМС)",
    "Экономикаға қосқан үлесі (тауарлар мен қызметтерді сатып алу)",
    "Әлеуметтік жоба серіктестерінің саны (заңды және/немесе жеке тұлғалар)",
    "адам",
    "ұйым",
    "теңге",
    "ұйым/адам",
    # §2, §3
    "2. Мақсатқа жету (фактілерді сипаттау және мақсатқа жету туралы дәлелдерді көрсету):",
    "3. Әлеуметтік жобаның аяқталуы және/немесе іске асырылуы барысында болған әлеуметтік және басқа да "
    "өзгерістерді өлшеу:",
    # §4
    "4. Әлеуметтік жобаға қатысушылар бөлінісінде статистикалық ақпарат (бағдарламалық аралық есепті "
    "ұсыну кезінде):",
    "Гендерлік көрсеткіш:",
    "Жобаға қатысушылардың саны барлығы",
    "Ерлер",
    "Әйелдер",
    "Санаттар бойынша әлеуметтік дәрежесі:",
    "Балалар (оның ішінде мүгедек балалар)",
    "Жастар",
    "Мемлекеттік қызметкерлер",
    "Бюджеттік ұйымдар жұмысшылары",
    "Мүгедектігі бар тұлғалар",
    "Егде жастағы адамдар (50 жастан жоғары), оның ішінде",
    "Жұмыссыздар",
    "Қоғамдық ұйымдардың өкілдері",
    "Бизнес-сектор өкілдері",
    "Басқа санаттар",
    "Жас көрсеткіші:",
    "13-16 жас",
    "17-22 жас",
    "23-27 жас",
    "28-32 жас",
    "33-45 жас",
    "46-58 жас",
    "59 жас және одан жоғары",
    # §5
    "5. Әлеуметтік жобаның нәтижелері:",
    "көрсетілген нысаналы топтар әлеуметтік жобаны іске асыру барысында алған нақты нәтижелер (сандық "
    "көрсеткіштерді көрсете отырып, сапалық өзгерістерді сипаттай отырып):",
    "жобаны іске асыру барысында шешілетін проблемаға оның ұзақ мерзімді әсері (жобадан туындаған белгілі "
    "бір саладағы болжамды оң/теріс өзгерістерді негіздеу):",
    "іске асырылған жобаның әлеуметтік-экономикалық әсері:",
    # §6 and partners
    "6. Әлеуметтік жобаны іске асыруға қолдау көрсеткен серіктестердің (бар болса), билік органдарының, "
    "құрылымдардың үлесін талдау: оларды тарту қаншалықты қажет болды, бұл әлеуметтік жобаны қалай "
    "күшейтті, қандай сабақтар алынды, өзара іс-қимылды қалай жалғастыру жоспарлануда?",
    "Әлеуметтік жобаның серіктестері",
    "Жобаны іске асыруға тікелей қатысатын, қызметі жобаның нәтижелеріне әсер етуі мүмкін ұйымдар. "
    "Серіктестерге логистика, тамақтану, жол жүру және т.б. бойынша қызмет көрсететін жеткізушілер кірмейді.",
    "Ұйымның атауы/ Серіктестің ТАӘ",
    "Жобадағы рөлі",
    "Ұйымның, серіктестің байланыстары",
    "Ескерту",
    # closing block
    "Есеп беттерінің жалпы саны:",
    "Грант алушы:",
    "Басшының лауазымы, Т.А.Ә.",
    "Толтыру күні",
    "Мөрдің орны",
]

# Values printed in another form than typed, by the form's rules (FORMS.md).
PRINTED_AS = {
    ("project", "grant_total"): "10 125 000 (он миллион жүз жиырма бес мың) теңге",
    ("project", "contract_date"): "2024 жылғы «30» сәуір",
}


def typed_values(data: dict) -> list[tuple[str, str]]:
    """Every value typed in a report JSON, with where it sits: (path, text)."""
    found: list[tuple[str, str]] = []

    def walk(node, path: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key not in ("id", "standard"):  # row ids and block keys are not typed text
                    walk(value, f"{path}.{key}")
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")
        elif isinstance(node, str) and node.strip():
            found.append((path, node))

    for section in ("project", "values", "tables"):
        walk(data.get(section, {}), section)
    return found


@pytest.fixture(scope="module")
def seed_print(seed_001_json, registry):
    from grantdesk.document import from_json

    return render_pdf(from_json(seed_001_json, registry), lang="kk")


def test_every_value_of_seed_001_is_printed(seed_001_json, seed_print, read_pdf):
    text = read_pdf(seed_print.pdf)
    values = typed_values(seed_001_json)
    assert len(values) > 150  # the fixture is the whole report, not a stub
    missing = []
    for path, value in values:
        key = tuple(path.split(".")[:2])
        expected = PRINTED_AS.get(key, value)
        if not text.has_in_order(expected):
            missing.append((path, value[:80]))
    assert not missing, f"{len(missing)} values not printed: {missing[:10]}"


def test_every_kk_label_of_fr24_is_printed(seed_print, read_pdf):
    text = read_pdf(seed_print.pdf)
    missing = [label for label in FR24_KK_LABELS if not text.has(label)]
    assert not missing, missing


def test_printed_page_count_is_the_real_one(seed_print, read_pdf):
    text = read_pdf(seed_print.pdf)
    assert seed_print.pages == len(text.reader.pages) > 1
    assert text.has(f"Есеп беттерінің жалпы саны: {seed_print.pages}")
    # the count is on the last page, in the closing block, once
    assert re.findall(r"жалпы саны: (\d+)", "".join(text.pages)) == [str(seed_print.pages)]


def test_every_page_is_numbered(seed_print, read_pdf):
    text = read_pdf(seed_print.pdf)
    for number, page in enumerate(text.pages, start=1):
        assert f"{number} / {seed_print.pages}" in page


def test_grant_total_is_printed_with_words(seed_print, read_pdf):
    text = read_pdf(seed_print.pdf)
    words = "10 125 000 (он миллион жүз жиырма бес мың) теңге"
    assert text.has("6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: " + words)
    # the words themselves, spaces and all, not only the squashed letters
    flat = " ".join(" ".join(text.pages).split())
    assert "(он миллион жүз жиырма бес мың) теңге" in flat


def test_contract_line_from_contract_date_and_number(seed_print, read_pdf):
    first = read_pdf(seed_print.pdf).pages[0]
    lines = [" ".join(line.split()) for line in first.splitlines()]
    assert "Мемлекеттік грант беру туралы" in lines
    assert "2024 жылғы «30» сәуір №56" in lines
    assert "Шарттың № 7 қосымшасы" in lines
