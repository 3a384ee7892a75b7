"""Annex 4 compiled from N generated project files: time, per-project cost, peak memory.

    python bench/operator_annex4.py --projects 1000 [--projects 2000 …] [--keep DIR]

Each project is seed 001 with its slips corrected and its empty owed places filled (so it
is no draft and goes in), under
its own organisation, project name and period end: a seven-page OP4 entry, heavier than
most real projects. `grantdesk annex4` runs as its own process, as an operator runs it;
its peak memory is the child's maximum resident set (getrusage). Budget (issue 22): 1 000
projects in at most 60 s with at most 300 MB, time linear in the number of projects.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ORGS = ["«Рухтан» қоғамдық қоры", "«Жетісу ділмарлары» ҚБ", "«Ақ жол» ҚҚ", "«Үміт» қоғамдық бірлестігі",
        "«Ясный путь» ОФ", "«Өркен» жастар орталығы", "«Қамқор» ҚҚ", "«Бірлік» ҚБ"]


def make_projects(folder: Path, n: int) -> float:
    """Write n project files into folder; returns the seconds it took."""
    from grantdesk.document import project_from_json
    from grantdesk.forms import default_registry
    from grantdesk.store import ProjectFile

    seed = json.loads((ROOT / "tests" / "fixtures" / "seed_001.json").read_text(encoding="utf-8"))
    seed["tables"]["socio"]["partners"] = {"plan": "4", "fact": "4"}
    seed["project"]["contract_date"] = "30.03.2024"
    from tests.conftest import fill_owed_places  # the places seed 001 left empty (R14)

    fill_owed_places(seed)
    registry = default_registry()
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for i in range(n):
        data = copy.deepcopy(seed)
        data["project"]["org_name"] = f"{ORGS[i % len(ORGS)]} №{i // len(ORGS) + 1}"
        data["project"]["project_name"] = f"Жоба {i + 1}: {seed['project']['project_name']}"
        data["project"]["period"] = f"01.04.2024 – {1 + i % 28:02d}.11.2024"
        with ProjectFile.create(folder / f"p{i:05d}.grantdesk") as pf:
            pf.create_project(project_from_json(data, registry))
    return time.perf_counter() - started


def _tree_rss(pid: int) -> int:
    """The resident memory (kB) of a process and all its descendants now (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            status = Path(f"/proc/{p}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{p}/task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue  # gone meanwhile
    return total


def compile_once(folder: Path, out: Path, workers: str | None = None) -> tuple[float, float, float, str]:
    """(seconds, largest process's peak MB, peak MB of all its processes together, the
    command's summary line) of `grantdesk annex4 folder -o out`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "grantdesk.cli.main", "annex4", str(folder), "-o", str(out),
                              "--ui-lang", "en", *(["--workers", workers] if workers else [])],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    together = 0
    while child.poll() is None:  # the sum over the workers, sampled: what the machine must hold
        together = max(together, _tree_rss(child.pid))
        time.sleep(0.05)
    stdout, stderr = child.communicate()
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(stderr)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest of any child so far: run the sizes smallest first
    return seconds, max(peak, before) / 1024, together / 1024, stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, action="append", help="how many projects (repeatable)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    parser.add_argument("--workers", action="append",
                        help="worker processes (repeatable: each compiled in turn, side by side; default: as the app chooses)")
    args = parser.parse_args()
    sizes = sorted(args.projects or [1000])
    os.environ.setdefault("GRANTDESK_BACKUP_DIR", tempfile.mkdtemp(prefix="gd-bench-backups-"))
    work = args.keep or Path(tempfile.mkdtemp(prefix="gd-bench-annex4-"))
    rows = []
    for n in sizes:
        folder = work / f"n{n}"
        made = make_projects(folder, n) if not any(folder.glob("*.grantdesk")) else 0.0
        for workers in args.workers or [None]:
            seconds, peak, together, summary = compile_once(folder, work / f"annex4-{n}.pdf", workers)
            size = (work / f"annex4-{n}.pdf").stat().st_size / 1e6
            if workers in (None, (args.workers or [None])[-1]):
                rows.append((n, seconds))
            print(f"{n} projects, workers {workers or 'auto'}: generated in {made:.1f} s; compiled in {seconds:.1f} s "
                  f"({seconds / n * 1000:.1f} ms a project), peak {peak:.0f} MB in the largest process, "
                  f"{together:.0f} MB all processes together; PDF {size:.1f} MB — {summary}", flush=True)
    if len(rows) > 1:
        (n0, s0), (n1, s1) = rows[0], rows[-1]
        slope = (s1 - s0) / (n1 - n0)
        print(f"marginal cost {slope * 1000:.1f} ms a project; 10 000 projects ≈ {s0 + slope * (10000 - n0):.0f} s")


if __name__ == "__main__":
    main()
