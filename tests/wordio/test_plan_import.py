"""Annex 3 Word files → the project's plan: every layout of seed 002 imports to the values
of tests/fixtures/seed_002.json; the plan exported to Word and imported again is the same
plan; files that cannot be imported say why and nothing is written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from grantdesk.document import document_to_json, project_from_json
from grantdesk.wordio import PlanImportError, export_docx, prepare_import
from grantdesk.wordio.plan_import import OLE_MAGIC, soffice
from tests.conftest import FIXTURES
from tests.wordio import plan_docs


@pytest.fixture(scope="module")
def seed_plan():
    from grantdesk.forms import default_registry

    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")),
                                default_registry())
    return project.plan


@pytest.fixture(scope="module")
def pd():
    from grantdesk.forms import default_registry

    return default_registry().get("pd")


def _values(doc) -> dict:
    """Every value of a plan document, row ids and the import's note aside."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "id"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    data = strip(document_to_json(doc))
    data["values"] = {k: v for k, v in data["values"].items() if k != "note" and v}
    project = {k: v for k, v in doc.project.items() if k in doc.form.fields and v}
    return {"project": project, "values": data["values"], "tables": data["tables"]}


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("layout", ["paired", "rows", "nested"])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_layout_imports_to_seed_002(layout, lang, tmp_path, seed_plan, pd):
    data = getattr(plan_docs, f"{layout}_layout")(lang)
    path = _write(tmp_path, f"Жоспар-{layout}.docx", data)
    prepared = prepare_import(path, pd)
    assert _values(prepared.doc) == _values(seed_plan)
    assert prepared.doc.lang == lang and prepared.doc.role == "plan"
    assert path.read_bytes() == data  # the source is only read
    note = prepared.doc.field("note")
    if layout == "rows":
        assert plan_docs.UNPLACED in note and plan_docs.UNPLACED in prepared.summary("en")
    else:
        assert note == ""


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_place_merged_down_over_two_activities_goes_to_both(lang, tmp_path, seed_plan, pd):
    prepared = prepare_import(_write(tmp_path, "merged.docx", plan_docs.shared_place_layout(lang)), pd)
    activities = prepared.doc.rows["tasks"][0].children["activities"]
    assert [a.get("place") for a in activities[2:4]] == ["Жаңаарқа  ауданы"] * 2
    assert _values(prepared.doc) == _values(seed_plan)  # nothing else moved or lost


def test_the_summary_says_plainly_whether_everything_was_recognised(tmp_path, pd):
    whole = prepare_import(_write(tmp_path, "p.docx", plan_docs.paired_layout("ru")), pd).summary("ru")
    assert whole.endswith("Всё из файла распознано и нашло свое место в плане.")
    partial = prepare_import(_write(tmp_path, "r.docx", plan_docs.rows_layout("ru")), pd)
    text = partial.summary("kk")
    # what was not recognised, counted, then where to look
    assert text.endswith("Бәрі танылған жоқ: орны табылмаған мәтін: 1. Жоғарыда аталғанды тексеріңіз.")
    assert "Орны табылмаған мәтін (1)" in text and plan_docs.UNPLACED in text  # listed, kept in the Note
    assert plan_docs.UNPLACED in partial.doc.field("note")


def test_an_activity_left_without_its_place_is_named_in_the_summary(tmp_path, pd):
    prepared = prepare_import(_write(tmp_path, "p.docx", plan_docs.paired_layout("ru")), pd)
    prepared.text.tasks[0].activities[3].cells["place"] = ""  # as if the file had none there
    text = prepared.summary("en")
    assert "Activities without a place or a deadline (1), check them in the file: 1.4" in text
    assert text.endswith("Not everything was recognised: activities without a place or a deadline: 1. "
                         "Check what is named above.")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_plan_exported_to_word_and_imported_again_is_the_same_plan(lang, tmp_path, seed_plan, pd):
    path = _write(tmp_path, "plan.docx", export_docx(seed_plan, lang=lang))
    prepared = prepare_import(path, pd)
    assert _values(prepared.doc) == _values(seed_plan)
    assert prepared.text.unplaced == [] and prepared.text.to_confirm == []


def test_the_summary_goes_block_by_block(tmp_path, pd):
    prepared = prepare_import(_write(tmp_path, "p.docx", plan_docs.paired_layout()), pd)
    summary = prepared.summary("ru")
    for line in ("Договор: № 17, 14.03.2024", "Блок I: распознано 9 из 9 строк", "Блок II:",
                 "Блок III: задач 8, мероприятий 15, показателей 90", "Блок IV: распознано 6 из 6 значений"):
        assert line in summary
    assert "Задача 1. ҮЕҰ-лар" in summary  # the document's own wording, named in the reader's language
    assert "Block III" in prepared.summary("en") and "III блок" in prepared.summary("kk")
    # the plain answer, at the end of the summary (the dialog shows it on top)
    assert summary.endswith(prepared.verdict("ru")) and prepared.verdict("ru").startswith("Всё из файла распознано")


def test_the_summary_says_plainly_what_was_not_recognised(tmp_path, pd):
    prepared = prepare_import(_write(tmp_path, "p.docx", plan_docs.paired_layout()), pd)
    prepared.text.unplaced.append("Қосымша мәтін")
    del prepared.text.fields["goal"]
    verdict = prepared.verdict("ru")
    assert verdict.startswith("Распознано не всё:")
    assert "не найдено строк блока I: 1" in verdict and "текстов без места: 1" in verdict
    assert prepared.verdict("en").startswith("Not everything was recognised")
    assert prepared.summary("kk").endswith(prepared.verdict("kk")) and "Бәрі танылған жоқ" in prepared.verdict("kk")


@pytest.mark.parametrize(("make", "key"), [
    (lambda: b"PK\x03\x04 this is not really a zip", "not_readable"),
    (lambda: "просто текст".encode("utf-8"), "not_readable"),
    (plan_docs.empty_docx, "empty"),
    (plan_docs.not_a_plan, "not_a_plan"),
])
def test_what_cannot_be_imported_says_why(make, key, tmp_path, pd):
    with pytest.raises(PlanImportError) as caught:
        prepare_import(_write(tmp_path, "x.docx", make()), pd)
    assert caught.value.key == key
    for lang in ("kk", "ru", "en"):
        assert "x.docx" in caught.value.message(lang)


def test_a_legacy_doc_without_libreoffice_says_how_to_save_as_docx(tmp_path, pd, monkeypatch):
    monkeypatch.setattr("grantdesk.wordio.plan_import.soffice", lambda: None)
    with pytest.raises(PlanImportError) as caught:
        prepare_import(_write(tmp_path, "old.doc", OLE_MAGIC + b"\0" * 600), pd)
    assert caught.value.key == "legacy_doc"
    assert "*.docx" in caught.value.message("kk") and "Сохранить как" in caught.value.message("ru")


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_a_legacy_doc_is_converted_with_libreoffice(tmp_path, seed_plan, pd):
    src = _write(tmp_path, "plan.docx", plan_docs.paired_layout())
    profile = tmp_path / "profile"
    subprocess.run([soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "doc",
                    "--outdir", str(tmp_path / "doc"), str(src)], check=True, capture_output=True, timeout=300)
    doc_path = tmp_path / "doc" / "plan.doc"
    original = doc_path.read_bytes()
    assert original.startswith(OLE_MAGIC)
    prepared = prepare_import(doc_path, pd)
    assert _values(prepared.doc)["tables"]["tasks"] == _values(seed_plan)["tables"]["tasks"]
    assert doc_path.read_bytes() == original


# ---- the command line --------------------------------------------------------------------


def grantdesk(*args):
    return subprocess.run([sys.executable, "-m", "grantdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True)


def test_import_plan_writes_a_project_and_dry_run_writes_nothing(tmp_path, seed_plan):
    src = _write(tmp_path, "Жоспар.docx", plan_docs.rows_layout("ru"))
    out = tmp_path / "new.grantdesk"
    dry = grantdesk("import-plan", src, "-o", out, "--dry-run", "--ui-lang", "en")
    assert dry.returncode == 0, dry.stderr
    assert "Block I: 9 of 9 lines recognised" in dry.stdout and plan_docs.UNPLACED in dry.stdout
    assert "Nothing was written" in dry.stdout and not out.exists()

    done = grantdesk("import-plan", src, "-o", out, "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "plan written (document 1)" in done.stdout
    exported = tmp_path / "out.json"
    assert grantdesk("export", out, "-o", exported).returncode == 0
    from grantdesk.forms import default_registry

    back = project_from_json(json.loads(exported.read_text(encoding="utf-8")), default_registry())
    assert _values(back.plan) == _values(seed_plan)
    assert plan_docs.UNPLACED in back.plan.field("note")


def test_import_plan_into_a_project_keeps_its_values(tmp_path):
    project = tmp_path / "p.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_001.json", "-o", project).returncode == 0
    src = _write(tmp_path, "plan.docx", plan_docs.paired_layout())
    done = grantdesk("import-plan", src, "--into", project, "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "The project's own value was kept" in done.stdout
    listing = grantdesk("documents", project, "--ui-lang", "en").stdout
    assert "pd" in listing and "fr24" in listing
    assert grantdesk("export", project, "-o", tmp_path / "all.json").returncode == 0
    data = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert data["project"]["org_name"] == "«Рухтан» қоғамдық қоры"  # the project's own value stays
    assert data["project"]["territory"].startswith("Қазақстан Республикасы, Ұлытау облысы")  # an empty one is filled
    plan = next(d for d in data["documents"] if d["form"] == "pd")
    assert "«ҚСА» Республикалық студенттер қозғалысы»" in plan["values"]["note"]  # the file's, kept
    again = grantdesk("import-plan", src, "--into", project, "--ui-lang", "en")
    assert again.returncode == 2 and "already has a plan" in again.stderr


@pytest.mark.parametrize("make", [plan_docs.not_a_plan, plan_docs.empty_docx, lambda: b"garbage"])
def test_import_plan_errors_write_nothing(make, tmp_path):
    src = _write(tmp_path, "x.docx", make())
    out = tmp_path / "new.grantdesk"
    done = grantdesk("import-plan", src, "-o", out, "--ui-lang", "ru")
    assert done.returncode == 2 and "Ничего не записано" in done.stderr
    assert "Traceback" not in done.stderr and not out.exists()


def test_import_plan_needs_a_target(tmp_path):
    src = _write(tmp_path, "plan.docx", plan_docs.paired_layout())
    done = grantdesk("import-plan", src, "--ui-lang", "en")
    assert done.returncode == 2 and "--into" in done.stderr
