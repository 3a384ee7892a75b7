"""The headless commands, run as a user would run them (a real subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys

from pypdf import PdfReader

from tests.conftest import FIXTURES, fill_owed_places


def grantdesk(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "grantdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_import_export_round_trip(tmp_path):
    project = tmp_path / "seed.grantdesk"
    done = grantdesk("import", FIXTURES / "seed_001.json", "-o", project)
    assert done.returncode == 0, done.stderr
    out = tmp_path / "out.json"
    done = grantdesk("export", project, "-o", out)
    assert done.returncode == 0, done.stderr
    original = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert (exported["format"], exported["format_version"]) == ("grantdesk-project", 2)
    # version 1 kept the goal per report; the project keeps it now
    own = {k: v for k, v in original["values"].items() if k != "goal"}
    assert exported["project"] == {**original["project"], "goal": original["values"]["goal"]}
    [report] = exported["documents"]
    assert (report["role"], report["form"], report["lang"]) == ("final", "fr24", "kk")
    assert report["values"] == {**{k: "" for k in report["values"]}, **own}
    assert [t.get("title", "") for t in report["tables"]["tasks"]] == [t.get("title", "") for t in original["tables"]["tasks"]]
    # and the version 2 file imports to the same project again
    again = tmp_path / "again.grantdesk"
    assert grantdesk("import", out, "-o", again).returncode == 0
    out2 = tmp_path / "out2.json"
    assert grantdesk("export", again, "-o", out2).returncode == 0
    assert json.loads(out2.read_text(encoding="utf-8")) == exported


def test_print_writes_a_pdf_with_the_typed_values(tmp_path):
    project = tmp_path / "seed.grantdesk"
    grantdesk("import", FIXTURES / "seed_001.json", "-o", project)
    pdf = tmp_path / "out.pdf"
    done = grantdesk("print", project, "-o", pdf)
    assert done.returncode == 0, done.stderr
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Рухтан" in text and "Кушанова" in text


def test_check_json_lists_problems_and_exits_1_on_errors(tmp_path):
    project = tmp_path / "seed.grantdesk"
    grantdesk("import", FIXTURES / "seed_003.json", "-o", project)
    done = grantdesk("check", project, "--json")
    assert done.returncode == 1, done.stderr
    problems = json.loads(done.stdout)
    assert problems and all(set(p) == {"rule", "severity", "path", "message"} for p in problems)
    assert {"R3", "R8"} <= {p["rule"] for p in problems}
    human = grantdesk("check", project, "--ui-lang", "ru")
    assert human.returncode == 1 and "R3" in human.stdout


def test_a_clean_report_exits_0(tmp_path):
    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    report = tmp_path / "clean.json"
    # the seed's real slips, corrected as a careful grantee would
    data["tables"]["socio"]["partners"] = {"plan": "4", "fact": "4"}
    data["project"]["contract_date"] = "30.03.2024"
    fill_owed_places(data)  # and the places it left empty (R14)
    report.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "clean.grantdesk"
    assert grantdesk("import", report, "-o", project).returncode == 0
    done = grantdesk("check", project, "--json")
    assert [p for p in json.loads(done.stdout) if p["severity"] == "error"] == []
    assert done.returncode == 0


def test_bad_input_gets_a_message_not_a_traceback(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "grantdesk-report", "format_version": 1, "form": "fr24", "values": {"gaol": ""}}')
    done = grantdesk("import", bad, "-o", tmp_path / "x.grantdesk", "--ui-lang", "en")
    assert done.returncode == 2 and "gaol" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.grantdesk").exists()
    junk = tmp_path / "junk.grantdesk"
    junk.write_bytes(b"\x00" * 100)
    done = grantdesk("check", junk, "--ui-lang", "kk")
    assert done.returncode == 2 and "GrantDesk жобасы емес" in done.stderr and "Traceback" not in done.stderr
    assert junk.read_bytes() == b"\x00" * 100
    done = grantdesk("print", tmp_path / "missing.grantdesk", "-o", tmp_path / "o.pdf", "--ui-lang", "ru")
    assert done.returncode == 2 and "не найден" in done.stderr


def test_print_to_docx_writes_a_word_file(tmp_path):
    from docx import Document as open_docx

    project = tmp_path / "seed.grantdesk"
    grantdesk("import", FIXTURES / "seed_001.json", "-o", project)
    out = tmp_path / "Есеп.DOCX"
    done = grantdesk("print", project, "-o", out, "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert "Word" in done.stdout
    text = "\n".join(p.text for p in open_docx(out).paragraphs)
    assert "«Рухтан» қоғамдық қоры" in text and "Полное наименование неправительственной организации" in text
    assert not (tmp_path / "Есеп.DOCX.part").exists()


def test_documents_new_and_document_choice(tmp_path):
    project = tmp_path / "plan.grantdesk"
    done = grantdesk("import", FIXTURES / "seed_002.json", "-o", project, "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Plan (Annex 3) (pd, kk)" in done.stdout
    done = grantdesk("new", project, "--kind", "final", "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "Final report (fr24, kk)" in done.stdout
    listing = grantdesk("documents", project, "--ui-lang", "en")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert len(lines) == 2 and "Plan (Annex 3)" in lines[0] and "Final report" in lines[1]
    # the report lacks its own values: required fields (R1) and what it owes (R14), counted
    assert lines[0].endswith("complete") and lines[1].endswith("in progress (31 places still to fill)")
    # two documents: print and check ask which one, listing them
    pdf = tmp_path / "out.pdf"
    asked = grantdesk("print", project, "-o", pdf, "--ui-lang", "en")
    assert asked.returncode == 2 and "--document N" in asked.stderr and "Final report" in asked.stderr
    assert not pdf.exists()
    done = grantdesk("print", project, "--document", "2", "-o", pdf)
    assert done.returncode == 0, done.stderr
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Фокус топ саны" in text  # the report prints the plan's indicators
    bad = grantdesk("check", project, "--document", "7", "--ui-lang", "en")
    assert bad.returncode == 2 and "It has: 1, 2" in bad.stderr
    # a second plan is refused with a message, and nothing is written
    again = grantdesk("new", project, "--kind", "plan", "--ui-lang", "en")
    assert again.returncode == 2 and "one plan" in again.stderr
    assert len(grantdesk("documents", project).stdout.splitlines()) == 2
    unknown = grantdesk("new", project, "--kind", "final", "--edition", "fr99", "--ui-lang", "en")
    assert unknown.returncode == 2 and "fr24" in unknown.stderr
    # export --document keeps the report with the plan it follows
    out = tmp_path / "final.json"
    assert grantdesk("export", project, "--document", "2", "-o", out).returncode == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["role"] for d in data["documents"]] == ["plan", "final"] and data["documents"][1]["plan"] == 1
