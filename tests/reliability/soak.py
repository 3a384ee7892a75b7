"""The kill soak: many more SIGKILLs than CI runs, with the figures for docs/reliability.md.

    python -m tests.reliability.soak --kills 500 [--jobs 2] [--seed 1]

Run from the repository root. Exit code 0 when every kill kept every acknowledged edit.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from .killharness import run_chains, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.soak")
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=None, help="where the project files go (default: a temp folder)")
    args = parser.parse_args(argv)
    done = [0]

    def progress(result) -> None:
        done[0] += 1
        if done[0] % 25 == 0:
            print(f"  {done[0]}/{args.kills} kills", file=sys.stderr, flush=True)

    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="grantdesk-soak-") as tmp:
        workdir = args.dir or Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        # opening a project takes a backup: keep the soak's out of the user's own folders
        os.environ["GRANTDESK_BACKUP_DIR"] = str(workdir / "backups")
        os.environ["GRANTDESK_CONFIG_DIR"] = str(workdir / "config")
        results = run_chains(workdir, args.kills, jobs=args.jobs, seed=args.seed, progress=progress)
    print(json.dumps(summary(results, time.monotonic() - start), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
