"""The benchmarks keep working (bench/run.py --quick, as CI runs them) and the stress report
they use is a valid report. No timing is asserted here: a slow machine is not a bug."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

from make_stress import make_stress, write_stress  # noqa: E402


def _grantdesk(*args):
    return subprocess.run([sys.executable, "-m", "grantdesk.cli.main", *map(str, args)],
                          capture_output=True, text=True)


def test_stress_report_at_scale_2_imports_and_checks_clean(tmp_path):
    from grantdesk.checks import run_checks
    from grantdesk.document import from_json, to_json
    from grantdesk.forms import default_registry
    from grantdesk.store import ProjectFile

    assert make_stress(2) == make_stress(2)  # deterministic
    report = write_stress(2, tmp_path / "stress-2.json")
    data = json.loads(report.read_text(encoding="utf-8"))
    from_json(data, default_registry())  # the JSON validation of import

    project = tmp_path / "stress-2.grantdesk"
    done = _grantdesk("import", report, "-o", project)
    assert done.returncode == 0, done.stderr
    with ProjectFile.open(project, read_only=True) as pf:
        doc = pf.load_document(pf.list_documents()[-1].id, default_registry())
    plain_tasks = [r for r in doc.rows["tasks"] if r.kind is None]
    assert len(plain_tasks) == 7 * 2
    assert [r.kind for r in doc.rows["tasks"] if r.kind] == ["presentation", "information"]
    assert doc.row_count("tasks.activities") == 30 * 2
    assert doc.row_count("tasks.activities.indicators") == 200 * 2
    assert doc.row_count("partners") == 10 * 2
    assert all(r.get("title").strip() for r in plain_tasks)
    narratives = [r.get("narrative") for r, _ in doc.iter_rows("tasks.activities")]
    assert max(len(n) for n in narratives) > 1000  # long narratives
    plans = [r.get("plan") for r, _ in doc.iter_rows("tasks.activities.indicators")]
    assert any(p.startswith("Кемінде ") for p in plans) and any(p.endswith(" %") for p in plans)
    assert to_json(doc)["tables"]["tasks"][0]["id"] == data["tables"]["tasks"][0]["id"]
    assert run_checks(doc) == []  # checks clean: any problem while benchmarking is what was typed
    done = _grantdesk("check", project)
    assert done.returncode == 0, done.stdout + done.stderr


def test_quick_benchmark_produces_every_figure(tmp_path):
    out, raw = tmp_path / "RESULTS.md", tmp_path / "results.json"
    done = subprocess.run([sys.executable, str(BENCH / "run.py"), "--quick", "--out", out, "--json", raw],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    r = json.loads(raw.read_text(encoding="utf-8"))
    big = r["big"]
    assert r["mode"] == "quick" and big == "scale 2"
    assert r["machine"]["cores"] and r["machine"]["cpu"]
    for name in ("seed 001", big):
        assert r["cold_start"][name]["median_s"] > 0
        keys = r["keystrokes"][name]["keystrokes"]
        for where in ("long text field (goal)", "activity narrative (tasks tree)", "number cell (indicator fact)",
                      "all keystrokes"):
            assert keys[where]["n"] > 0 and keys[where]["p95_ms"] >= keys[where]["p50_ms"] > 0
    assert set(r["core"]) == {"seed 001", "scale 1", "scale 2"}
    for name, core in r["core"].items():
        assert core["check"]["first_ms"] > 0 and core["check"]["p95_ms"] > 0
        assert core["pdf"]["seconds"] > 0 and core["pdf"]["pages"] > 0 and core["pdf"]["pages_per_second"] > 0
    assert r["core"]["scale 2"]["pdf"]["pages"] > r["core"]["scale 1"]["pdf"]["pages"]
    assert r["memory"][big]["peak_mb"] > 0 and r["memory"][big]["pages"] > 0
    for name in ("seed 001", "scale 1", "scale 2"):
        assert r["file_sizes"][name]["project_kb"] > 0 and r["file_sizes"][name]["json_kb"] > 0
    from make_pathological import CASES

    assert set(r["pathological"]["cases"]) == {name for name, _, _ in CASES}
    for case in r["pathological"]["cases"].values():
        assert case["seconds"] > 0 and case["pages"] > 0
    versus = r["versus_libreoffice"]  # measured where LibreOffice and python-docx are installed
    assert ("ratio" in versus and versus["grantdesk_s"] > 0) or versus["skipped"]
    expected = {"start", "start_seed", "keystroke_p95", "check", "seed_pdf", "pdf_linear", "pathological", "memory"}
    assert {b["key"] for b in r["budgets"]} == expected | ({"print_vs_lo"} if "ratio" in versus else set())
    assert all(isinstance(b["value"], (int, float)) for b in r["budgets"])
    text = out.read_text(encoding="utf-8")
    for heading in ("## Budgets", "## Cold start", "## Keystroke", "## Full check and printing to PDF",
                    "## Printing one", "## The whole print beside LibreOffice", "## Peak memory", "## File sizes"):
        assert heading in text
