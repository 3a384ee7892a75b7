"""The two figures of issue 20's item 5 alone, through run.py's own functions (a minute,
not the full run's ten): the whole `grantdesk print` of seed 001 beside LibreOffice's
conversion of its .docx (in turns, `RUNS` of each, default 7) and the peak memory at
scale 10 (three fresh processes). Prints one JSON line.

    python bench/issue20_figures.py [RUNS]
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import run  # noqa: E402


def main(runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="grantdesk-issue20-") as tmp:
        work = Path(tmp)
        env = run._env(work)
        (work / "Documents").mkdir()
        run._settings(work)
        seed = work / "seed-001.grantdesk"
        run._import(run.SEED, seed, env)
        big = work / "scale-10.grantdesk"
        run._import(run.write_stress(10, work / "stress-10.json"), big, env)
        memory = [run._worker(env, "memory", big)["peak_mb"] for _ in range(3)]
        versus = run.print_vs_libreoffice(seed, run.SEED, work, env, runs)
    return {"versus": versus, "memory_peak_mb": memory, "memory_median_mb": statistics.median(memory)}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))
