"""The window's cold start (bench/run.py's figure: launch until idle with seed 001 open) of
two source trees, launched in turns in the same run, so both see the same load on this
shared machine:

    python bench/cold_start_vs.py /path/to/baseline/tree . [--rounds 5]

(a baseline tree: `git archive main | tar -x -C /tmp/main-src`). Each round launches each
tree 3 times after one uncounted launch (bench/run.py's cold_start); prints the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import run as bench  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs=2, type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    trees = [t.resolve() for t in args.trees]
    times: dict[Path, list[float]] = {t: [] for t in trees}
    with tempfile.TemporaryDirectory(prefix="gd-cold-") as tmp:
        work = Path(tmp)
        (work / "Documents").mkdir()
        bench._settings(work)
        project = work / "seed001.grantdesk"
        for r in range(args.rounds):
            for tree in trees:
                env = dict(bench._env(work), PYTHONPATH=str(tree))
                os.chdir(tree)  # `python -m grantdesk` finds the tree's package first
                if not project.exists():
                    bench._import(bench.SEED, project, env)
                s = bench.cold_start(project, work, env, 3)
                times[tree] += s["all_s"]
                print(f"round {r + 1}: {tree}: {s['all_s']}", flush=True)
    for tree, ts in times.items():
        print(f"{tree}: median {statistics.median(ts):.3f} s (min {min(ts):.3f}, max {max(ts):.3f}, {len(ts)} launches)")


if __name__ == "__main__":
    main()
