"""The editions and documents main's print added, exported to Word through the same print
blocks and layout texts as their PDFs: FR23 (fixed sub-rows under the form's numbers,
printed help, the acknowledgement), the plan (PD), an interim report (its own title and
contract line, its period) and OP4 (a derived definition over a final report)."""

from __future__ import annotations

import json

import pytest

from grantdesk.progress import assess
from grantdesk.document import from_json, project_from_json
from grantdesk.forms import default_registry
from grantdesk.wordio import export_derived_docx, export_docx
from tests.cli.test_cli import grantdesk
from tests.core.test_interim import _interim, plan_of
from tests.printing.conftest import FIXTURES
from tests.printing.test_print_fr23 import FR23_LABELS, PRINTED_AS
from tests.printing.test_print_op4 import BLANK, STANDARD, WORDING
from tests.printing.test_print_plan import PD_LABELS, _values
from tests.printing.test_print_seed import typed_values
from tests.wordio.conftest import DocxText, squash


def _in_order(text: DocxText, parts: list[str]) -> list[str]:
    """The parts missing from the text or out of order (empty when all follow each other)."""
    at, bad = 0, []
    for part in parts:
        found = text.squashed.find(squash(part), at)
        if found < 0:
            bad.append(part[:60])
        else:
            at = found
    return bad


@pytest.fixture(scope="module")
def seed_003_json():
    return json.loads((FIXTURES / "seed_003.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fr23(seed_003_json):
    doc = from_json(seed_003_json, default_registry())
    assert doc.form.id == "fr23"
    return {lang: DocxText(export_docx(doc, lang=lang)) for lang in ("kk", "ru")}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_fr23_every_value_and_label_in_word(seed_003_json, fr23, lang):
    text = fr23[lang]
    values = typed_values(seed_003_json)
    assert len(values) > 250
    missing = [(path, value[:60]) for path, value in values
               if not text.has(PRINTED_AS[lang].get(tuple(path.split(".")[:2]), value))]
    assert not missing, missing[:10]
    assert not [label for label in FR23_LABELS[lang] if not text.has(label)]


def test_fr23_sub_rows_unnumbered_help_and_acknowledgement(fr23):
    text = fr23["kk"]
    table = next(t for t in text.docx.tables
                 if len(t.columns) > 1 and any("Тікелей бенефициарлардың саны" in c.text for c in t.columns[1].cells))
    numbers = [row.cells[0].text for row in table.rows[1:]]
    labels = [row.cells[1].text for row in table.rows[1:]]
    assert numbers == ["1.", "", "2.", "3.", "4.", "", "5.", "6.", "7.", "8.", "9."]  # a sub-row shifts nothing
    assert labels[1] == labels[5] == "халықтың әлеуметтік осал топтарынан"
    assert table.rows[2].cells[1].paragraphs[0].paragraph_format.left_indent  # indented under its row
    assert not _in_order(text, ["шешу дәрежесін салыстыру):", "«Табыс тарихы» - бұл",
                                "Жоба аясындағы табыс тарихы туралы нақты ақпаратты айту мүмкін емес."])
    assert not _in_order(text, ["Мөрдің орны", "Қосымшамен таныстым:"])
    assert not _in_order(fr23["ru"], ["Место печати", "С приложением ознакомлен:"])
    assert not text.has("Шарттың № 7 қосымшасы")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_plan_in_word_holds_every_value_and_label(lang):
    seed_002 = json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8"))
    project = project_from_json(seed_002, default_registry())
    text = DocxText(export_docx(project.plan, lang=lang))
    assert [v for v in _values(seed_002) if not text.has(v)] == []
    assert [label for label in PD_LABELS[lang] if not text.has(label)] == []
    assert text.has("2024 жылғы «14» наурыз" if lang == "kk" else "«14» марта 2024")


def test_an_interim_report_in_word_has_its_own_title_line_and_period(seed_001):
    registry = default_registry()
    project = plan_of(seed_001, registry)
    interim = _interim(project, registry)
    text = DocxText(export_docx(interim))
    assert text.has("Аралық бағдарламалық есеп") and text.has("01.04.2024 – 31.07.2024")
    assert not text.has("Шарттың № 7 қосымшасы") and text.has("Мемлекеттік грант беру туралы")
    assert text.docx.core_properties.title.startswith("Аралық")
    ru = DocxText(export_docx(interim, lang="ru"))
    assert ru.has("Промежуточный программный отчет") and not ru.has("Приложение № 7 к Договору")
    final = DocxText(export_docx(project.new_document(registry.get("fr24"), "final", "kk")))
    assert final.has("Шарттың № 7 қосымшасы") and not final.has("Есепті кезең")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_op4_in_word_retells_the_final_report_in_order(seed_001_json, lang):
    registry = default_registry()
    report = from_json(seed_001_json, registry)
    w = WORDING[lang]
    text = DocxText(export_derived_docx(registry.get("op4"), report, lang, draft=assess(report).draft))
    project, values, tables = seed_001_json["project"], seed_001_json["values"], seed_001_json["tables"]
    order = [w["annex"], w["title"], f"{w['name']} {project['project_name']}", w["part1"]]
    numbered = iter(range(1, 100))
    for task in tables["tasks"]:
        order.append(STANDARD[lang][task["standard"]] if "standard" in task
                     else w["task"].format(n=next(numbered), title=task["title"]))
        for m, activity in enumerate(task["activities"], start=1):
            order.append(f"{m}. {activity['name']}")
            if activity["date"] or activity["place"] or activity["participants"]:
                order.append(w["details"].format(**{k: activity[k] or BLANK for k in ("date", "place", "participants")}))
            for ind in activity["indicators"]:
                if ind["indicator"] or ind["plan"] or ind["fact"]:
                    order.append(w["indicator"].format(**{k: ind[k] or BLANK for k in ("indicator", "plan", "fact")}))
    order += [w["coverage"].format(direct=tables["socio"]["direct"]["fact"], indirect=tables["socio"]["indirect"]["fact"]),
              w["deviation"], w["changes"], values["changes"], w["part2"], w["gender"], w["status"], w["age"],
              w["part3"], w["results_concrete"], values["results_concrete"], w["results_longterm"],
              values["results_longterm"], w["results_effect"], values["results_effect"]]
    assert _in_order(text, order) == []
    assert not text.has("Шарттың № 7 қосымшасы")  # OP4 belongs to no contract


def test_op4_to_docx_from_the_command_line(tmp_path):
    project = tmp_path / "seed.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_001.json", "-o", project).returncode == 0
    out = tmp_path / "op4.docx"
    done = grantdesk("op4", project, "-o", out, "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert "Word" in done.stdout
    text = DocxText(out.read_bytes())
    assert text.has(WORDING["ru"]["title"]) and text.has(WORDING["ru"]["part3"])


def test_a_very_long_organisation_name_is_printed_whole_and_cut_only_in_the_file_metadata(seed_001, read_docx):
    from grantdesk.document import Ref
    from grantdesk.wordio.export import export_docx

    name = "«Жастар» қоғамдық бірлестігі " * 12  # 348 characters: Word's author field holds 255
    seed_001.set(Ref.field("org_name"), name)
    text = read_docx(export_docx(seed_001))
    assert text.has(name.strip())
    author = text.docx.core_properties.author
    assert len(author) == 255 and author.endswith("…") and name.startswith(author[:-1])
