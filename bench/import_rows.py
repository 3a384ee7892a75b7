"""Import time against the number of rows (issue 19: linear in n, it was quadratic).

    python bench/import_rows.py [--code SRC]

Seed 001 with its partners table grown to n rows is imported (`grantdesk import`, a fresh
process each) for doubling n; time per row should stay flat.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seed_001.json"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code")
    parser.add_argument("--sizes", default="2000,4000,8000,16000")
    args = parser.parse_args()
    env = dict(os.environ)
    if args.code:
        env["PYTHONPATH"] = str(Path(args.code).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        env["GRANTDESK_BACKUP_DIR"] = str(Path(tmp) / "backups")
        print(f"{'rows':>7} {'s':>7} {'µs per row':>13}")
        for n in map(int, args.sizes.split(",")):
            data = json.loads(SEED.read_text(encoding="utf-8"))
            row = data["tables"]["partners"][0]
            data["tables"]["partners"] = [dict(row, name=f"{row['name']} {i}") for i in range(n)]
            src = Path(tmp) / f"rows{n}.json"
            src.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "grantdesk.cli.main", "import", str(src), "-o",
                            str(Path(tmp) / f"rows{n}.grantdesk")], env=env, check=True, capture_output=True,
                           cwd=args.code or Path(__file__).resolve().parent.parent)
            took = time.perf_counter() - start
            print(f"{n:7} {took:7.2f} {took / n * 1e6:13.0f}")


if __name__ == "__main__":
    main()
