"""`grantdesk op4`: the operator's Annex 4 entry of a project's final report, as a user runs it."""

from __future__ import annotations

import json

from tests.cli.test_cli import grantdesk
from tests.conftest import FIXTURES, fill_owed_places
from tests.printing.conftest import PdfText


def _project(tmp_path, data=None, name="seed.grantdesk"):
    source = FIXTURES / "seed_001.json"
    if data is not None:
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / name
    done = grantdesk("import", source, "-o", project)
    assert done.returncode == 0, done.stderr
    return project


def test_op4_prints_the_final_reports_entry_in_kk_and_ru(tmp_path):
    project = _project(tmp_path)
    kk, ru = tmp_path / "op4-kk.pdf", tmp_path / "op4-ru.pdf"
    done = grantdesk("op4", project, "-o", kk)
    assert done.returncode == 0, done.stderr
    assert "draft" in done.stdout  # seed 001 has errors, so its OP4 is a draft too
    text = PdfText(kk.read_bytes())
    assert text.has("Есепті кезеңде грант шеңберінде іске асырылған әлеуметтік жобалар туралы мәліметтер")
    assert text.has("Әлеуметтік жобаның атауы: Маңғыстау облысында пікірсайыс қозғалысын дамыту")
    assert text.has("Жобаға қатысу арқылы тікелей қамту – 647 адам, жанама қамту – 1 000 адам.")
    assert text.has("НОБАЙ")
    done = grantdesk("op4", project, "--document", "1", "--lang", "ru", "-o", ru)
    assert done.returncode == 0, done.stderr
    text = PdfText(ru.read_bytes())
    assert text.has("Сведения о социальных проектах, реализованных в рамках гранта в отчетном периоде")
    assert text.has("Прямой охват через участие в проекте – 647 человек")


def test_op4_of_a_report_without_errors_is_no_draft(tmp_path):
    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    # the seed's real slips, corrected as a careful grantee would (as tests/cli/test_cli.py does)
    data["tables"]["socio"]["partners"] = {"plan": "4", "fact": "4"}
    data["project"]["contract_date"] = "30.03.2024"
    fill_owed_places(data)  # and the places it left empty (R14)
    project = _project(tmp_path, data, "clean.grantdesk")
    out = tmp_path / "op4.pdf"
    done = grantdesk("op4", project, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "draft" not in done.stdout and not PdfText(out.read_bytes()).has("НОБАЙ")


def test_op4_asks_which_final_report_and_refuses_other_documents(tmp_path):
    two_finals = _project(tmp_path)
    assert grantdesk("new", two_finals, "--kind", "final").returncode == 0
    out = tmp_path / "op4.pdf"
    done = grantdesk("op4", two_finals, "-o", out, "--ui-lang", "ru")
    assert done.returncode == 2 and "несколько итоговых отчетов" in done.stderr
    assert "  1  " in done.stderr and "  2  " in done.stderr and not out.exists()
    assert grantdesk("op4", two_finals, "--document", "2", "-o", out).returncode == 0

    plan_project = tmp_path / "plan.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_002.json", "-o", plan_project).returncode == 0
    done = grantdesk("op4", plan_project, "-o", out, "--ui-lang", "en")
    assert done.returncode == 2 and "has no final report" in done.stderr
    done = grantdesk("op4", plan_project, "--document", "1", "-o", out, "--ui-lang", "kk")
    assert done.returncode == 2 and "қорытынды есеп емес" in done.stderr and "Traceback" not in done.stderr
    assert grantdesk("new", plan_project, "--kind", "final").returncode == 0
    done = grantdesk("op4", plan_project, "-o", out)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
