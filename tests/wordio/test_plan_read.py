"""Seed 002's plan, written as Word files in several realistic layouts, read back to the
seed's values: Block I, the two team tables, every task with its activities, indicators
and planned values, Block IV; what belongs nowhere is kept and listed."""

from __future__ import annotations

import pytest

from grantdesk.wordio.docx_read import NotReadable, read_docx
from grantdesk.wordio.plan_read import read_plan
from grantdesk.wordio.plan_words import EffectWords, PlanWords, TaskWords, TeamWords
from tests.wordio import plan_docs, seed002
from tests.wordio.plan_docs import WORDING


def _both(key: str) -> dict[str, list[str]]:
    return {lang: [WORDING[lang][key]] for lang in ("kk", "ru")}


def oracle_words() -> PlanWords:
    """The plan's wording from FORMS.md (the tests' own oracle)."""
    kk, ru = WORDING["kk"], WORDING["ru"]
    paths = ["activities.name", "activities.place", "activities.indicators.indicator",
             "activities.indicators.plan", "activities.deadline"]
    columns = {p: {"kk": [kk["header"][i + 1]], "ru": [ru["header"][i + 1]]} for i, p in enumerate(paths)}
    columns["activities.place"]["kk"].append(kk["standard_header"][2])
    columns["activities.place"]["ru"].append(ru["standard_header"][2])
    team_cols = ["name", "position", "contacts", "duties", "employment"]
    return PlanWords(
        form="pd",
        title=_both("title"),
        contract={"kk": ["Мемлекеттік грант беру туралы", "{date} №{number}", "Шарттың №3 қосымшасы"],
                  "ru": ["О предоставлении государственного гранта", "{date} № {number}", "Приложение № 3 к Договору"]},
        headings={lang: [f"{b} {t}" for b, t in zip(WORDING[lang]["blocks"], WORDING[lang]["block_titles"])]
                  + WORDING[lang]["block_titles"] for lang in ("kk", "ru")},
        general={fid: {lang: [WORDING[lang]["general"][fid]] for lang in ("kk", "ru")} for fid in kk["general"]},
        teams=tuple(TeamWords(t, _both(t), {c: {lang: [WORDING[lang]["team_header"][i]] for lang in ("kk", "ru")}
                                            for i, c in enumerate(team_cols)})
                    for t in ("staff", "specialists")),
        tasks=TaskWords("tasks", ("activities", "indicators"), {"kk": ["{n} міндет"], "ru": ["Задача {n}"]},
                        {k: {lang: [WORDING[lang]["standard"][k]] for lang in ("kk", "ru")} for k in kk["standard"]},
                        columns),
        effect=EffectWords("effect", "plan",
                           {k: {lang: [WORDING[lang]["effect"][k]] for lang in ("kk", "ru")} for k in kk["effect"]},
                           {lang: WORDING[lang]["effect_header"][1:3] for lang in ("kk", "ru")},
                           {lang: [WORDING[lang]["effect_header"][3]] for lang in ("kk", "ru")}),
    )


def _lines(text: str) -> str:
    """Spacing at line ends is Word's, not the plan's."""
    return "\n".join(line.strip() for line in (text or "").strip().split("\n"))


def expected_tasks():
    return [
        (task["title"], task["kind"], [
            (_lines(a["name"]), _lines(a["place"]), _lines(a["deadline"]),
             [(_lines(i), _lines(p)) for i, p in seed002.INDICATORS[t][k]])
            for k, a in enumerate(task["activities"])])
        for t, task in enumerate(seed002.TASKS)
    ]


def tasks_of(plan):
    return [
        (_lines(t.title), t.kind, [
            (_lines(a.cells.get("name", "")), _lines(a.cells.get("place", "")), _lines(a.cells.get("deadline", "")),
             [(_lines(i.get("indicator", "")), _lines(i.get("plan", ""))) for i in a.indicators])
            for a in t.activities])
        for t in plan.tasks
    ]


LAYOUTS = {
    "paired": plan_docs.paired_layout,
    "rows": plan_docs.rows_layout,
    "nested": plan_docs.nested_layout,
}


@pytest.fixture(scope="module", params=[(name, lang) for name in LAYOUTS for lang in ("kk", "ru")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def read_back(request):
    name, lang = request.param
    return name, lang, read_plan(read_docx(LAYOUTS[name](lang)), oracle_words())


def test_block_i_and_the_contract(read_back):
    _, lang, plan = read_back
    expected = {fid: _lines(v) for fid, _, v in seed002.GENERAL} | seed002.CONTRACT
    assert {k: _lines(v) for k, v in plan.fields.items()} == expected
    assert plan.lang == lang


def test_block_ii_the_two_team_tables(read_back):
    _, _, plan = read_back
    cols = ["name", "position", "contacts", "duties", "employment"]
    assert plan.teams["staff"] == [dict(zip(cols, r)) for r in seed002.STAFF]
    assert plan.teams["specialists"] == [dict(zip(cols, "-----"))]  # the seed's "none", as written


def test_block_iii_every_task_activity_indicator_and_planned_value(read_back):
    _, _, plan = read_back
    got, want = tasks_of(plan), expected_tasks()
    assert [t[:2] for t in got] == [t[:2] for t in want]
    for g, w in zip(got, want):
        assert g == w
    assert sum(len(a[3]) for t in got for a in t[2]) == 90  # every indicator of the seed


def test_block_iv(read_back):
    _, _, plan = read_back
    assert plan.effect == {key: value for key, _, _, value in seed002.EFFECT}


def test_only_the_note_finds_no_place_and_nothing_to_confirm(read_back):
    name, _, plan = read_back
    assert plan.unplaced == ([plan_docs.UNPLACED] if name == "rows" else [])
    assert plan.to_confirm == []


def test_lines_that_do_not_pair_are_kept_to_confirm():
    from grantdesk.wordio.pairing import pair

    got = pair("Фото есеп\n\nБейнеролик саны\n\nКездесулер саны", "10\n\n1")
    assert not got.certain
    assert got.pairs == [("Фото есеп", "10"), ("Бейнеролик саны", "1"), ("Кездесулер саны", "")]
    # continued lines join their item: a bracket, a lower-case start, a dangling dash
    sure = pair("Форум қатысушыларының саны (жергілікті ҮЕҰ,\nбастамашыл топтар)\n(кемінде)\nФото есеп",
                "Халықтың 50% саны –\n15 560\n\n10")
    assert sure.certain and len(sure.pairs) == 2


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x03\x04broken zip"])
def test_a_damaged_file_is_not_readable(data):
    with pytest.raises(NotReadable):
        read_docx(data)


def test_a_zip_that_is_not_a_word_file(tmp_path):
    import zipfile
    from io import BytesIO

    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(NotReadable):
        read_docx(buf.getvalue())


def test_an_empty_document_and_a_letter_are_not_plans():
    assert read_plan(read_docx(plan_docs.empty_docx()), oracle_words()).recognised == 0
    letter = read_plan(read_docx(plan_docs.not_a_plan()), oracle_words())
    assert letter.recognised == 0 and letter.unplaced


def test_a_cell_pair_that_does_not_agree_is_listed_to_confirm_and_kept_whole():
    from docx import Document as new_docx

    from tests.wordio.plan_docs import _row, _save

    doc = new_docx()
    doc.add_paragraph("1 міндет. Зерттеу жүргізу")
    table = doc.add_table(rows=0, cols=6)
    _row(table, WORDING["kk"]["header"])
    _row(table, ["1.", "Фокус топ", "Жаңаарқа", "Фокус топ саны\n\nФото есеп\n\nБейнеролик", "1\n\n5", "Сәуір"])
    plan = read_plan(read_docx(_save(doc)), oracle_words())
    [activity] = plan.tasks[0].activities
    assert [(i["indicator"], i["plan"]) for i in activity.indicators] == [
        ("Фокус топ саны", "1"), ("Фото есеп", "5"), ("Бейнеролик", "")]
    assert len(plan.to_confirm) == 1 and "Бейнеролик" in plan.to_confirm[0]


def _zip_with(document_xml: str) -> bytes:
    """A real .docx whose body XML is replaced."""
    import zipfile
    from io import BytesIO

    src = zipfile.ZipFile(BytesIO(plan_docs.empty_docx()))
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            out.writestr(item, document_xml.encode("utf-8") if item.filename == "word/document.xml" else data)
    return buf.getvalue()


def test_a_docx_with_broken_xml_is_not_readable():
    with pytest.raises(NotReadable):
        read_docx(_zip_with("<w:document><w:body><w:p>unclosed"))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def test_odd_table_shapes_are_read_without_failing():
    # a merge continuing from nowhere, a span wider than the grid, a row with no cells,
    # a table three levels deep, a bad span value
    body = f"""<w:document {W}><w:body>
      <w:tbl><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>
                   <w:tc><w:tcPr><w:gridSpan w:val="40"/></w:tcPr><w:p><w:r><w:t>1 міндет. Зерттеу</w:t></w:r></w:p></w:tc></w:tr>
             <w:tr/>
             <w:tr><w:tc><w:tcPr><w:gridSpan w:val="x"/></w:tcPr>
                   <w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>ішкі</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>
                   <w:p/></w:tc></w:tr></w:tbl>
      <w:sdt><w:sdtContent><w:p><w:r><w:t>Грантты алушы: «Қор»</w:t></w:r></w:p></w:sdtContent></w:sdt>
    </w:body></w:document>"""
    plan = read_plan(read_docx(_zip_with(body)), oracle_words())
    assert plan.fields["org_name"] == "«Қор»"  # inside a content control
    assert [t.title for t in plan.tasks] == ["Зерттеу"]
    assert "ішкі" in plan.unplaced
