"""GrantDesk's benchmarks, one command (see bench/README.md):

    python bench/run.py                 # the full run; writes bench/RESULTS.md
    python bench/run.py --quick         # small scales, few repetitions (CI): prints the table only
    python bench/run.py --out FILE.md --json FILE.json

Measured on seed 001 and on a stress report (bench/make_stress.py, scale 10; scale 2 with
--quick): cold start until the main window is interactive; a keystroke until its checks have
run and it is saved (p50/p95, through the real widgets); a full check; printing to PDF at
several scales; printing pathological values (bench/make_pathological.py); the whole
`grantdesk print` process beside LibreOffice converting GrantDesk's own
.docx of the same report; peak memory; file sizes. Every measurement runs in a fresh process.
Budgets are reported as pass or miss; nothing here fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from make_hostile import write_hostile  # noqa: E402
from make_pathological import write_pathological  # noqa: E402
from make_stress import write_stress  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "seed_001.json"

FULL = {"big": 10, "pdf_scales": [1, 2, 5, 10], "starts": 5, "text_keys": 150, "cell_edits": 40,
        "check_repeats": 30, "pdf_repeats": 3, "pathological": 100_000, "print_runs": 7,
         "hostile": 1_500}
QUICK = {"big": 2, "pdf_scales": [1, 2], "starts": 1, "text_keys": 12, "cell_edits": 3,
         "check_repeats": 3, "pdf_repeats": 1, "pathological": 10_000, "print_runs": 1,
         "hostile": 300}

NOTES = "<!-- notes: kept across runs -->"

BUDGETS = {  # name: (limit, unit)
    "start": (1.5, "s"),
    "start_seed": (0.5, "s"),
    "keystroke_p95": (16.0, "ms"),
    "check": (50.0, "ms"),
    "seed_pdf": (1.0, "s"),
    "pdf_linear": (10.0, "%"),
    "pathological": (2.0, "×"),
    "print_vs_lo": (0.3, "×"),
    "memory": (200.0, "MB"),
}


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "GRANTDESK_CONFIG_DIR": str(work / "config"),
        "GRANTDESK_DOCUMENTS_DIR": str(work / "Documents"),
        # every print records itself in the project, which takes a backup first: the run's own
        "GRANTDESK_BACKUP_DIR": str(work / "backups"),
        "XDG_CACHE_HOME": str(work / "cache"),  # the compiled translations of this run, not the user's
        "PYTHONPATH": str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    })
    # An installed GrantDesk runs from compiled bytecode (the Windows build bundles it, pip
    # writes it on the first start). A shell that forbids writing it (the build machine sets
    # PYTHONDONTWRITEBYTECODE) would have every launch compile ~60 modules again, ~0.07 s
    # that no user pays; the first, uncounted launch of each series writes it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _settings(work: Path) -> None:
    """A user who has chosen the app language already: no first-start dialog."""
    folder = work / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.json").write_text(json.dumps({"ui_lang": "kk", "recent": []}), encoding="utf-8")


def _worker(env: dict, *args) -> dict:
    done = subprocess.run([sys.executable, str(BENCH / "workers.py"), *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=900)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"worker {args[0]} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(lines[-1])


def _import(json_path: Path, project: Path, env: dict) -> None:
    """Through the real command line: `grantdesk import REPORT.json -o PROJECT.grantdesk`."""
    subprocess.run([sys.executable, "-m", "grantdesk.cli.main", "import", str(json_path), "-o", str(project),
                    "--force"],
                   env=env, check=True, capture_output=True)


# Run in a process of its own: it loads what the window loads (Python, Qt, GrantDesk), then
# reads every file that process has open or mapped, so they are in the disk cache.
_WARM = """
import os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import grantdesk.ui.main_window, grantdesk.ui.wizard
files = {getattr(m, "__file__", None) for m in list(sys.modules.values())}
files |= {line.split(None, 5)[5].strip() for line in open("/proc/self/maps") if len(line.split(None, 5)) == 6}
for f in files:
    if f and os.path.isfile(f):
        with open(f, "rb") as fh:
            while fh.read(1 << 20):
                pass
"""


def warm_disk_cache(env: dict) -> None:
    """This machine's memory manager (DAMON reclaim) drops the disk cache of files unused
    for a few seconds, so a launch after another could still read Qt from disk. A user's
    second start finds them cached; so does each counted launch here."""
    if Path("/proc/self/maps").exists():
        subprocess.run([sys.executable, "-c", _WARM], env=env, timeout=300, capture_output=True)


def cold_start(project: Path, work: Path, env: dict, runs: int) -> dict:
    """Launch the real app on the project; it reports (GRANTDESK_BENCH_READY, grantdesk/app.py)
    when the window is shown with the project open and its event loop has gone idle. The
    first launch is not counted (it writes bytecode and compiles translations); its time is
    kept as `first_s`, a start whose files came from disk."""
    times = []
    first = 0.0
    for i in range(runs + 1):
        if i == 1:
            warm_disk_cache(env)
        _settings(work)
        ready = work / "ready.txt"
        ready.unlink(missing_ok=True)
        run_env = dict(env, GRANTDESK_BENCH_READY=str(ready))
        run_env["GRANTDESK_BENCH_T0"] = repr(time.time())
        subprocess.run([sys.executable, "-m", "grantdesk", str(project)], env=run_env, timeout=120,
                       capture_output=True)
        if not ready.exists():
            raise RuntimeError(f"the app did not report ready on {project}")
        if i:
            times.append(float(ready.read_text()))
        else:
            first = float(ready.read_text())
    return {"runs": len(times), "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3),
            "all_s": [round(t, 3) for t in times], "first_s": round(first, 3)}


def _median_run(cmd: list[str], env: dict, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=300)
        times.append(time.perf_counter() - t0)
    return times


def print_vs_libreoffice(project: Path, report_json: Path, work: Path, env: dict, runs: int) -> dict:
    """The whole `grantdesk print` process of the report beside LibreOffice's headless
    conversion of GrantDesk's own Word file of the same report (`grantdesk print -o
    X.docx`) to PDF, taken in turns, each after one run not counted (caches warm: the
    definitions', the fonts', LibreOffice's profile)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return {"skipped": "LibreOffice not installed (apt-get install libreoffice-writer-nogui)"}
    docx = work / "report.docx"
    subprocess.run([sys.executable, "-m", "grantdesk.cli.main", "print", str(project), "-o", str(docx)],
                   env=env, check=True, capture_output=True, timeout=300)
    out = work / "lo-out"
    profile = (work / "lo-profile").as_uri()
    lo = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out),
          str(docx)]
    gd = [sys.executable, "-m", "grantdesk.cli.main", "print", str(project), "-o", str(work / "gd-out.pdf")]
    _median_run(lo, env, 1)
    _median_run(gd, env, 1)
    lo_times, gd_times = [], []
    for _ in range(runs):
        lo_times += _median_run(lo, env, 1)
        gd_times += _median_run(gd, env, 1)
    lo_s, gd_s = statistics.median(lo_times), statistics.median(gd_times)
    return {"grantdesk_s": round(gd_s, 3), "libreoffice_s": round(lo_s, 3), "ratio": round(gd_s / lo_s, 3),
            "runs": runs, "grantdesk_all_s": [round(t, 3) for t in gd_times],
            "libreoffice_all_s": [round(t, 3) for t in lo_times]}


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, ValueError, IndexError):
        pass
    from importlib.metadata import PackageNotFoundError, version

    import PySide6
    import reportlab

    try:  # reportlab falls back to pure Python without its C accelerator
        accel = f"rl_accel {version('rl_accel')}"
    except PackageNotFoundError:
        accel = "no rl_accel (pure-Python fallback)"
    return {"cores": os.cpu_count(), "cpu": cpu, "memory": mem, "os": platform.platform(),
            "python": platform.python_version(), "pyside6": PySide6.__version__, "reportlab": reportlab.Version,
            "accel": accel}


def run(quick: bool, log=print) -> dict:
    cfg = QUICK if quick else FULL
    big = cfg["big"]
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="grantdesk-bench-") as tmp:
        work = Path(tmp)
        env = _env(work)
        (work / "Documents").mkdir()
        _settings(work)

        # The projects: seed 001 and the stress reports, imported through the real CLI.
        projects: dict[str, Path] = {}
        sizes: dict[str, dict] = {}
        sources = {"seed 001": SEED}
        for scale in sorted(set(cfg["pdf_scales"]) | {big}):
            sources[f"scale {scale}"] = write_stress(scale, work / f"stress-{scale}.json")
        for name, src in sources.items():
            project = work / (name.replace(" ", "-") + ".grantdesk")
            _import(src, project, env)
            projects[name] = project
            sizes[name] = {"json_kb": round(src.stat().st_size / 1024, 1),
                           "project_kb": round(project.stat().st_size / 1024, 1)}
        log(f"projects ready ({time.time() - started:.0f} s)")
        big_name = f"scale {big}"

        starts = {n: cold_start(projects[n], work, env, cfg["starts"]) for n in ("seed 001", big_name)}
        log(f"cold start done ({time.time() - started:.0f} s)")
        keys = {}
        for name in ("seed 001", big_name):  # typing changes the report: type into a copy
            copy = work / f"typed-{projects[name].name}"
            shutil.copyfile(projects[name], copy)
            keys[name] = _worker(env, "keystrokes", copy, cfg["text_keys"], cfg["cell_edits"])
        log(f"keystrokes done ({time.time() - started:.0f} s)")
        core = {}
        for name in ["seed 001"] + [f"scale {s}" for s in cfg["pdf_scales"]]:
            core[name] = _worker(env, "core", projects[name], cfg["check_repeats"], cfg["pdf_repeats"])
            log(f"check + pdf {name} done ({time.time() - started:.0f} s)")
        memory = {big_name: _worker(env, "memory", projects[big_name])}
        log(f"memory done ({time.time() - started:.0f} s)")
        pathological = {name: _worker(env, "print_json", path, 1)
                        for name, path in write_pathological(cfg["pathological"], work).items()}
        log(f"pathological done ({time.time() - started:.0f} s)")
        hostile = {}
        for size in (cfg["hostile"], 100_000):  # within the page limit, and the full size
            folder = work / f"hostile-{size}"
            folder.mkdir()
            for name, path in write_hostile(folder, size).items():
                hostile.setdefault(name, {})[size] = _worker(env, "print_json", path, 1)
        log(f"hostile done ({time.time() - started:.0f} s)")
        versus = print_vs_libreoffice(projects["seed 001"], SEED, work, env, cfg["print_runs"])
        log(f"print beside LibreOffice done ({time.time() - started:.0f} s)")

    results = {
        "mode": "quick" if quick else "full",
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": "python bench/run.py" + (" --quick" if quick else ""),
        "machine": machine(),
        "big": big_name,
        "cold_start": starts,
        "keystrokes": keys,
        "core": core,
        "memory": memory,
        "pathological": {"size": cfg["pathological"], "cases": pathological},
        "hostile": hostile,
        "versus_libreoffice": versus,
        "file_sizes": sizes,
        "seconds": round(time.time() - started, 1),
    }
    results["pdf_fit"] = linear_fit([(c["pdf"]["pages"], c["pdf"]["seconds"])
                                     for n, c in core.items() if n.startswith("scale")])
    results["budgets"] = budgets(results)
    return results


def linear_fit(points: list[tuple[float, float]]) -> dict:
    """Least squares seconds = a + b·pages over the scales; the largest relative distance of a
    measured time from that line says whether the cost grows linearly (a curve would show)."""
    n = len(points)
    mx = sum(p for p, _ in points) / n
    my = sum(t for _, t in points) / n
    sxx = sum((p - mx) ** 2 for p, _ in points)
    b = sum((p - mx) * (t - my) for p, t in points) / sxx if sxx else 0.0
    a = my - b * mx
    worst = max(abs(t - (a + b * p)) / t for p, t in points)
    return {"ms_per_page": round(b * 1000, 1), "fixed_s": round(a, 3), "max_deviation_pct": round(worst * 100, 1)}


def budgets(r: dict) -> list[dict]:
    big = r["big"]
    fit = r["pdf_fit"]
    seed_ms = r["core"]["seed 001"]["pdf"]["ms_per_page"]
    worst = max(c.get("ms_per_page", 0.0) for c in r["pathological"]["cases"].values())
    items = [
        ("start", f"interactive window, {big} (median of launches)", r["cold_start"][big]["median_s"]),
        ("start_seed", "interactive window, seed 001 (median of launches)", r["cold_start"]["seed 001"]["median_s"]),
        ("keystroke_p95", f"keystroke p95, {big} (all keystrokes)",
         r["keystrokes"][big]["keystrokes"]["all keystrokes"]["p95_ms"]),
        ("check", f"full check, {big} (first run, nothing cached)", r["core"][big]["check"]["first_ms"]),
        ("seed_pdf", "PDF of seed 001", r["core"]["seed 001"]["pdf"]["seconds"]),
        ("pdf_linear", f"PDF time linear in pages: largest distance from the line "
                       f"{fit['fixed_s']:g} s + {fit['ms_per_page']:g} ms/page", fit["max_deviation_pct"]),
        ("pathological", f"PDF of a {r['pathological']['size']:,}-character unbroken value, worst case: "
                         f"ms/page over seed 001's ({worst:g} / {seed_ms:g})", round(worst / seed_ms, 2)),
        ("memory", f"peak memory, {big} (open, check, print preview)", r["memory"][big]["peak_mb"]),
    ]
    versus = r["versus_libreoffice"]
    if "ratio" in versus:
        items.append(("print_vs_lo", f"`grantdesk print` of seed 001 over LibreOffice converting it "
                                     f"({versus['grantdesk_s']:g} s / {versus['libreoffice_s']:g} s)", versus["ratio"]))
    out = []
    for key, what, value in items:
        limit, unit = BUDGETS[key]
        out.append({"key": key, "what": what, "value": value, "limit": limit, "unit": unit,
                    "pass": value <= limit})
    return out


def markdown(r: dict) -> str:
    m, big = r["machine"], r["big"]
    lines = [
        "# GrantDesk benchmark results",
        "",
        f"- **Date:** {r['date']}",
        f"- **Command:** `{r['command']}` ({r['mode']} run, {r['seconds']:.0f} s)",
        f"- **Machine:** {m['cores']} cores, {m['cpu']}, {m['memory']}; {m['os']}",
        f"- **Software:** Python {m['python']}, PySide6 {m['pyside6']}, "
        f"reportlab {m['reportlab']} with {m.get('accel', '?')}; "
        "Qt offscreen platform",
        f"- **Reports:** seed 001 (tests/fixtures) and stress reports from `bench/make_stress.py`; "
        f"the big one is {big}.",
        "",
        "## Budgets",
        "",
        "| Budget | Limit | Measured | |",
        "|---|---|---|---|",
    ]
    for b in r["budgets"]:
        unit = b["unit"]
        lines.append(f"| {b['what']} | ≤ {b['limit']:g} {unit} | {b['value']:g} {unit} | "
                     f"{'pass' if b['pass'] else '**MISS**'} |")
    lines += ["", "## Cold start (launch until the main window is interactive)", "",
              "Counted launches follow a first one (bytecode written, translations compiled) with the "
              "app's files in the disk cache, as a user's second start finds them; the first "
              "launch's time, its files read from disk, is shown beside them.", "",
              "| Report | median | max | launches | first launch |", "|---|---|---|---|---|"]
    for name, s in r["cold_start"].items():
        lines.append(f"| {name} | {s['median_s']:.3f} s | {s['max_s']:.3f} s | {s['runs']} | "
                     f"{s.get('first_s', 0):.3f} s |")
    lines += ["", "## Keystroke until checked and saved (ms)", "",
              "| Report | Where | keys | p50 | p95 | max |", "|---|---|---|---|---|---|"]
    for name, k in r["keystrokes"].items():
        for where, s in k["keystrokes"].items():
            lines.append(f"| {name} | {where} | {s['n']} | {s['p50_ms']:.2f} | {s['p95_ms']:.2f} | {s['max_ms']:.2f} |")
    lines += ["", "## Full check and printing to PDF", "",
              "| Report | tasks | activities | indicators | partners | check, first | check p50 | check p95 "
              "| problems | PDF | pages | pages/s | ms/page |",
              "|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, c in r["core"].items():
        rows, ch, p = c["rows"], c["check"], c["pdf"]
        lines.append(
            f"| {name} | {rows['tasks']} | {rows['tasks.activities']} | {rows['tasks.activities.indicators']} | "
            f"{rows['partners']} | {ch['first_ms']:.1f} ms | {ch['p50_ms']:.1f} ms | {ch['p95_ms']:.1f} ms | "
            f"{ch['problems']} | {p['seconds']:.2f} s | {p['pages']} | {p['pages_per_second']:.1f} | "
            f"{p['ms_per_page']:.0f} |")
    p = r["pathological"]
    lines += ["", f"## Printing one {p['size']:,}-character value without a space", "",
              "Seed 001 with one such value (`bench/make_pathological.py`); its time per page beside seed 001's "
              f"({r['core']['seed 001']['pdf']['ms_per_page']:g} ms/page).", "",
              "| Where, what | PDF | pages | ms/page | × seed 001 | peak memory |", "|---|---|---|---|---|---|"]
    for name, c in p["cases"].items():
        if "refused_estimate" in c:
            lines.append(f"| {name} | refused (about {c['refused_estimate']:,} pages) | – | – | – | {c['peak_mb']:.0f} MB |")
            continue
        lines.append(f"| {name} | {c['seconds']:.2f} s | {c['pages']} | {c['ms_per_page']:.1f} | "
                     f"{c['ms_per_page'] / r['core']['seed 001']['pdf']['ms_per_page']:.2f} | {c['peak_mb']:.0f} MB |")
    lines += ["", "## Hostile reports", "",
              "Seed 001 with every typed text replaced (`bench/make_hostile.py`): at a size within the page "
              "limit, and at the issue's full size (100 000 characters; 5 000 line breaks), which is refused "
              "before any work (docs/reliability.md, \"The page limit\").", "",
              "| Every text | size | PDF | pages | ms/page | × seed 001 | peak memory |", "|---|---|---|---|---|---|---|"]
    seed_ms = r["core"]["seed 001"]["pdf"]["ms_per_page"]
    for name, sizes in r.get("hostile", {}).items():
        for size, c in sizes.items():
            if "refused_estimate" in c:
                lines.append(f"| {name} | {int(size):,} | refused in {c['seconds']:.3f} s (about "
                             f"{c['refused_estimate']:,} pages) | – | – | – | {c['peak_mb']:.0f} MB |")
            else:
                lines.append(f"| {name} | {int(size):,} | {c['seconds']:.2f} s | {c['pages']} | "
                             f"{c['ms_per_page']:.1f} | {c['ms_per_page'] / seed_ms:.2f} | {c['peak_mb']:.0f} MB |")
    v = r["versus_libreoffice"]
    lines += ["", "## The whole print beside LibreOffice (seed 001)", ""]
    if "ratio" in v:
        lines += ["`python -m grantdesk.cli.main print` (a fresh process: start, open, check, print, write) and "
                  "`soffice --headless --convert-to pdf` of GrantDesk's own .docx of the same report "
                  "(`grantdesk print -o X.docx`), in turns, median of each.", "",
                  "| grantdesk print | LibreOffice | ratio | runs |", "|---|---|---|---|",
                  f"| {v['grantdesk_s']:.3f} s | {v['libreoffice_s']:.3f} s | {v['ratio']:.2f} | {v['runs']} |"]
    else:
        lines.append(f"Not measured: {v['skipped']}.")
    lines += ["", "## Peak memory", "", "| Report | before printing | peak (after print preview) | pages |",
              "|---|---|---|---|"]
    for name, mem in r["memory"].items():
        lines.append(f"| {name} | {mem['peak_before_print_mb']:.0f} MB | {mem['peak_mb']:.0f} MB | {mem['pages']} |")
    lines += ["", "## File sizes", "", "| Report | JSON | .grantdesk |", "|---|---|---|"]
    for name, s in r["file_sizes"].items():
        lines.append(f"| {name} | {s['json_kb']:.0f} KB | {s['project_kb']:.0f} KB |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small scales and few repetitions (well under a minute)")
    ap.add_argument("--out", help="write the Markdown results here (default: bench/RESULTS.md for a full run, "
                                  "nothing for --quick)")
    ap.add_argument("--json", help="also write every figure as JSON here")
    args = ap.parse_args(argv)
    results = run(args.quick, log=lambda msg: print(msg, file=sys.stderr, flush=True))
    text = markdown(results)
    out = args.out or (None if args.quick else str(BENCH / "RESULTS.md"))
    if out:
        # Hand-written notes below the marker survive a new run; the figures above are replaced.
        old = Path(out).read_text(encoding="utf-8") if Path(out).exists() else ""
        if NOTES in old:
            text += "\n" + old[old.index(NOTES):]
        Path(out).write_text(text, encoding="utf-8")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
