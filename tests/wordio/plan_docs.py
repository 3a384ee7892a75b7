"""Annex 3 Word files made in the tests from seed 002, laid out as real ones are: the
labels of FORMS.md in kk or ru, the seed's values, and the untidiness of real files
(indicators one per line beside their planned values, merged cells, repeated and empty
header rows, a table split in two, a nested table, paragraphs between the blocks)."""

from __future__ import annotations

from io import BytesIO

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tests.wordio import seed002

# The printed wording of Annex 3 (shared/FORMS.md, "PD"), an oracle independent of the
# definition file.
WORDING = {
    "kk": {
        "title": "ӘЛЕУМЕТТІК ЖОБАНЫҢ ТОЛЫҚ СИПАТТАМАСЫ",
        "blocks": ["I БЛОК", "II БЛОК", "III БЛОК", "IV БЛОК"],
        "block_titles": ["Жоба туралы жалпы ақпарат", "Жоба командасы туралы ақпарат",
                         "Әлеуметтік жобаны іске асыру мониторингінің жоспары", "Жобаның әлеуметтік әсері"],
        "general": {fid: label for fid, label, _ in seed002.GENERAL},
        "staff": "Ұйымның штаттық қызметкерлері",
        "specialists": "Азаматтық-құқықтық сипаттағы шарт бойынша тартылатын мамандар",
        "team_header": ["ТАӘ", "Лауазымы", "Байланыс ақпараттары", "Міндеттері", "Жобадағы қызметі"],
        "task": "{n} міндет. {title}",
        "standard": {
            "presentation": "Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы",
            "information": "Шарт талаптарына сәйкес жобаның орындалу барысы туралы ақпараттық жұмыс",
        },
        "header": ["№", "Іс-шара (Іс-шараның қысқаша сипаттамасы)", "Өткізілу орны",
                   "Сандық және сапалық көрсеткіштер (іс-шаралар бойынша)", "Жоспарланып отырған индикаторлар",
                   "Орындалу мерзімі"],
        # the seed's standard blocks print their header with other words (and a typo)
        "standard_header": ["", "Іс-шара (Іс-шараның қысқаша сипаттамасы)", "Байланыс арнасы",
                            "Сандық және сапалық индикаторлар (іс-шаралар бойынша)", "Жоспаранып отырған индикаторлар",
                            "Орындау мерзімі"],
        "effect_header": ["", "Индикатор", "Өлшем бірлігі", "Жоспарланған деңгейі"],
        "effect": {key: label for key, label, _, _ in seed002.EFFECT},
        "units": {key: unit for key, _, unit, _ in seed002.EFFECT},
        "contract": seed002.CONTRACT_LINE,
    },
    "ru": {
        "title": "ПОЛНОЕ ОПИСАНИЕ СОЦИАЛЬНОГО ПРОЕКТА",
        "blocks": ["Блок I.", "Блок II.", "Блок III.", "Блок IV."],
        "block_titles": ["Общая информация о проекте", "Информация о команде проекта",
                         "План мониторинга реализации социального проекта", "Социальный эффект проекта"],
        "general": {
            "org_name": "Грантополучатель", "priority_area": "Приоритетное направление гранта",
            "project_name": "Тема гранта", "goal": "Цель проекта", "territory": "Территория реализации проекта",
            "target_group": "Целевая группа проекта", "period": "Период реализации социального проекта",
            "expected_result": "Ожидаемый результат от реализации проекта",
            "partners_info": "Количество и наименование партнеров социального проекта",
        },
        "staff": "Штатные сотрудники организации",
        "specialists": "Специалисты, привлекаемые по договорам гражданско-правового характера",
        "team_header": ["ФИО", "Должность", "Контактные данные", "Обязанности", "Занятость в проекте"],
        "task": "Задача {n}. {title}",
        "standard": {
            "presentation": "Итоговая публичная презентация результатов проекта в соответствии с условиями договора",
            "information": "Информационная работа о ходе реализации проекта в соответствии с условиями договора",
        },
        "header": ["№", "Мероприятие (краткое описание)", "Место проведения",
                   "Количественные и качественные показатели (по мероприятиям)", "Планируемые индикаторы",
                   "Срок исполнения"],
        "standard_header": ["№", "Мероприятие (краткое описание)", "Канал коммуникации",
                            "Количественные и качественные показатели (по мероприятиям)", "Планируемые индикаторы",
                            "Срок исполнения"],
        "effect_header": ["№", "Индикатор", "Единица измерения", "Планируемый уровень"],
        "effect": {
            "direct": "Количество прямых бенефициаров",
            "indirect": "Количество косвенных бенефициаров (за счет освещения в СМИ)",
            "employees": "Количество сотрудников, привлеченных в рамках трудовых договоров",
            "specialists": "Количество привлеченных специалистов", "ngos": "Количество охваченных НПО",
            "partners": "Количество партнеров социального проекта (юридические и/или физические лица)",
        },
        "units": {"direct": "человек", "indirect": "человек", "employees": "человек", "specialists": "человек",
                  "ngos": "организация", "partners": "организация/человек"},
        "contract": ["О предоставлении государственного гранта", "от «14» марта 2024 года № 17",
                     "Приложение № 3 к Договору"],
    },
}


# ---- writing helpers --------------------------------------------------------------------


def _fill(cell, text: str) -> None:
    """A cell's text as Word holds it: one paragraph per line, empty lines kept."""
    lines = (text or "").split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _row(table, texts):
    cells = table.add_row().cells
    for c, t in zip(cells, texts):
        _fill(c, t)
    return cells


def _mark_header(row) -> None:
    flag = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(flag)


def _save(doc) -> bytes:
    buf = BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _front(doc, w) -> None:
    for line in w["contract"]:
        doc.add_paragraph(line)
    doc.add_paragraph("")
    doc.add_paragraph(w["title"])


def _block(doc, w, n: int, joined: bool = False) -> None:
    if joined:
        doc.add_paragraph(f"{w['blocks'][n]} {w['block_titles'][n]}")
    else:
        doc.add_paragraph(w["blocks"][n])
        doc.add_paragraph(w["block_titles"][n])


def _team_tables(doc, w, caption_in_table: bool = False) -> None:
    for key, rows in (("staff", seed002.STAFF), ("specialists", seed002.SPECIALISTS)):
        if not caption_in_table:
            doc.add_paragraph(w[key])
        table = doc.add_table(rows=0, cols=5)
        if caption_in_table:
            cells = table.add_row().cells
            cells[0].merge(cells[4]).paragraphs[0].text = w[key]
        _row(table, w["team_header"])
        for r in rows:
            _row(table, r)


def _effect_table(doc, w) -> None:
    table = doc.add_table(rows=0, cols=4)
    _row(table, w["effect_header"])
    for n, (key, _, _, plan) in enumerate(seed002.EFFECT, start=1):
        _row(table, [f"{n}.", w["effect"][key], w["units"][key], plan])


def _task_heading(w, task, n: int) -> str:
    return w["standard"][task["kind"]] if task["kind"] else w["task"].format(n=n, title=task["title"])


# ---- layouts ----------------------------------------------------------------------------


def paired_layout(lang: str = "kk", merge_place_down: bool = False) -> bytes:
    """As seed 002 itself: Block I a two-column table, a caption paragraph before each
    team table, per task a heading paragraph and its own table, each activity one row
    with all its indicators in one cell and their planned values on matching lines.
    `merge_place_down`: activity 3's place cell in the first task covers activity 4's row."""
    w = WORDING[lang]
    doc = new_docx()
    _front(doc, w)
    _block(doc, w, 0)
    table = doc.add_table(rows=0, cols=2)
    for fid, _, value in seed002.GENERAL:
        _row(table, [w["general"][fid] + ":", value])
    _block(doc, w, 1)
    _team_tables(doc, w)
    _block(doc, w, 2)
    n = 0
    for task in seed002.TASKS:
        n += task["kind"] is None
        doc.add_paragraph(_task_heading(w, task, n))
        table = doc.add_table(rows=0, cols=6)
        header = _row(table, w["standard_header"] if task["kind"] else w["header"])
        _mark_header(table.rows[0])
        assert header
        for i, a in enumerate(task["activities"], start=1):
            _row(table, [f"{i}.", a["name"], a["place"], a["indicators"], a["plans"], a["deadline"]])
        if merge_place_down and task is seed002.TASKS[0]:
            top = table.cell(3, 2)
            text = top.text
            merged = top.merge(table.cell(4, 2))
            for para in merged.paragraphs[1:]:
                para._p.getparent().remove(para._p)
            merged.paragraphs[0].text = text
        doc.add_paragraph("")
    _block(doc, w, 3)
    _effect_table(doc, w)
    return _save(doc)


def shared_place_layout(lang: str = "kk") -> bytes:
    """The paired layout, but in the first task activities 3 and 4 share one place: the place
    cell of activity 3 merged down over activity 4's row (as the real seed 002 has it for
    1.3 and 1.4, both «Жаңаарқа ауданы»)."""
    return paired_layout(lang, merge_place_down=True)


UNPLACED = "Ескерту: жоспар 2024 жылғы 1 наурыздағы өзгерістермен"


def rows_layout(lang: str = "kk") -> bytes:
    """Block I as `label: value` paragraphs (the goal's value in the paragraphs under its
    label), the team captions inside their tables, the whole of Block III one table: each
    task's heading a row merged across, one row per indicator with the activity's cells
    merged down its rows, the header repeated in the middle and an empty row; the second
    task's table split in two in the middle of an activity, its second part without a
    header; a note between the blocks that belongs nowhere."""
    w = WORDING[lang]
    doc = new_docx()
    _front(doc, w)
    _block(doc, w, 0, joined=True)
    for fid, _, value in seed002.GENERAL:
        if fid == "goal":
            doc.add_paragraph(w["general"][fid] + ":")
            for line in value.split("\n"):
                doc.add_paragraph(line)
        else:
            doc.add_paragraph(f"{w['general'][fid]}: {value}")
    doc.add_paragraph(UNPLACED)
    _block(doc, w, 1, joined=True)
    _team_tables(doc, w, caption_in_table=True)
    _block(doc, w, 2, joined=True)

    table = doc.add_table(rows=0, cols=6)
    _row(table, w["header"])
    _mark_header(table.rows[0])
    n = 0
    for t, task in enumerate(seed002.TASKS):
        n += task["kind"] is None
        cells = table.add_row().cells
        cells[0].merge(cells[5]).paragraphs[0].text = _task_heading(w, task, n)
        if task["kind"]:
            _row(table, w["standard_header"])  # the standard blocks' own header row
        for i, a in enumerate(task["activities"], start=1):
            pairs = seed002.INDICATORS[t][i - 1]
            split_at = len(pairs) // 2 if t == 1 else None
            first = len(table.rows)
            for k, (indicator, plan) in enumerate(pairs):
                if k == split_at:
                    _merge_down(table, first, len(table.rows) - 1)
                    doc.add_paragraph("")
                    table = doc.add_table(rows=0, cols=6)  # continued: no header, no activity cells
                    first = 0
                    _row(table, ["", "", "", indicator, plan, ""])
                    continue
                _row(table, [f"{i}.", a["name"], a["place"], indicator, plan, a["deadline"]] if k == 0
                     else ["", "", "", indicator, plan, ""])
            _merge_down(table, first, len(table.rows) - 1)
        if t == 2:
            _row(table, [""] * 6)  # an empty row
            _row(table, w["header"])  # the header typed again
    doc.add_paragraph("")
    _block(doc, w, 3, joined=True)
    _effect_table(doc, w)
    return _save(doc)


def _merge_down(table, first: int, last: int) -> None:
    """Merge the activity's cells (№, activity, place, deadline) down its rows."""
    if last <= first:
        return
    for col in (0, 1, 2, 5):
        top = table.cell(first, col)
        text = top.text
        merged = top.merge(table.cell(last, col))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        merged.paragraphs[0].text = text


def nested_layout(lang: str = "kk") -> bytes:
    """Each activity one row whose indicator cell spans two columns and holds a nested
    table of indicator | planned value rows."""
    w = WORDING[lang]
    doc = new_docx()
    _front(doc, w)
    _block(doc, w, 0)
    table = doc.add_table(rows=0, cols=2)
    for fid, _, value in seed002.GENERAL:
        _row(table, [w["general"][fid], value])
    _block(doc, w, 1)
    _team_tables(doc, w)
    _block(doc, w, 2)
    n = 0
    for t, task in enumerate(seed002.TASKS):
        n += task["kind"] is None
        doc.add_paragraph(_task_heading(w, task, n))
        table = doc.add_table(rows=0, cols=6)
        _row(table, w["standard_header"] if task["kind"] else w["header"])
        for i, a in enumerate(task["activities"], start=1):
            cells = _row(table, [f"{i}.", a["name"], a["place"], "", "", a["deadline"]])
            both = cells[3].merge(cells[4])
            inner = both.add_table(rows=0, cols=2)
            for indicator, plan in seed002.INDICATORS[t][i - 1]:
                _row(inner, [indicator, plan])
    _block(doc, w, 3)
    _effect_table(doc, w)
    return _save(doc)


def not_a_plan() -> bytes:
    doc = new_docx()
    doc.add_paragraph("Құрметті әріптестер!")
    doc.add_paragraph("Семинар 12 қарашада сағат 10:00-де өтеді.")
    table = doc.add_table(rows=0, cols=2)
    _row(table, ["Күні", "Тақырыбы"])
    _row(table, ["12.11", "Жоба менеджменті"])
    return _save(doc)


def empty_docx() -> bytes:
    return _save(new_docx())
