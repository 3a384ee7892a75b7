"""Time and peak memory of `grantdesk` refusing each hostile input of issue 19.

    python bench/hostile.py [--code SRC] [--cap-mb 2500] [--timeout 60]

Each input (bench/make_hostile_inputs.py) is given to the command that reads it, in a fresh
process under /usr/bin/time -v, its address space capped (prlimit --as) so an unbounded
parse ends in a MemoryError instead of taking the machine; `--code` runs another checkout's
grantdesk (e.g. one exported with `git archive` from before the limits) for a before/after.
Budget (issue 19): each refusal within 5 s and 300 MB.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.make_hostile_inputs import write_all  # noqa: E402


def measure(argv: list[str], env: dict, cap_mb: int, timeout: int) -> tuple[float, int, int, str]:
    cmd = ["/usr/bin/time", "-v", "prlimit", f"--as={cap_mb * 1024 * 1024}", sys.executable, "-m",
           "grantdesk.cli.main", "--ui-lang", "en", *argv]
    try:
        # run from the code's folder: `python -m` puts the current folder first on sys.path
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout,
                              cwd=env.get("PYTHONPATH") or Path(__file__).resolve().parent.parent)
    except subprocess.TimeoutExpired:
        return float(timeout), -1, -1, "timed out"
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    seconds = (int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])) if wall else -1.0
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    status = re.search(r"Exit status: (\d+)", done.stderr)
    said = [line.strip() for line in done.stderr.splitlines()
            if line.strip() and not line.startswith("\t") and not line.startswith("Command ")]
    return seconds, int(rss[1]) // 1024 if rss else -1, int(status[1]) if status else -1, (said[-1] if said else "")[:90]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", help="the source tree whose grantdesk runs (default: this one)")
    parser.add_argument("--cap-mb", type=int, default=2500)
    parser.add_argument("--timeout", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="grantdesk-hostile-") as tmp:
        folder = Path(tmp)
        made = write_all(folder / "in")
        env = dict(os.environ, GRANTDESK_BACKUP_DIR=str(folder / "backups"),
                   GRANTDESK_EDITIONS_DIR=str(folder / "editions"), GRANTDESK_CACHE_DIR=str(folder / "cache"),
                   GRANTDESK_CONFIG_DIR=str(folder / "config"))
        if args.code:
            env["PYTHONPATH"] = str(Path(args.code).resolve())
        big = folder / "big.grantdesk"
        # a project holding 6 million characters in one value (made by this tree), to print
        import json as _json

        from bench.make_hostile_inputs import SEED
        data = _json.loads(SEED.read_text(encoding="utf-8"))
        data["values"]["goal"] = "ә" * 6_000_000
        (folder / "six.json").write_text(_json.dumps(data, ensure_ascii=False), encoding="utf-8")
        six = folder / "six.grantdesk"
        subprocess.run([sys.executable, "-m", "grantdesk.cli.main", "import", str(folder / "six.json"), "-o", str(six)],
                       env={k: v for k, v in env.items() if k != "PYTHONPATH"}, check=True, capture_output=True,
                       cwd=Path(__file__).resolve().parent.parent)
        cases = [
            ("540-byte-class YAML alias bomb", ["add-edition", made["alias_bomb.yaml"]]),
            ("YAML nested 100 000 deep", ["add-edition", made["deep.yaml"]]),
            ("edition with 50 000 fields", ["add-edition", made["wide.yaml"]]),
            ("JSON nested 100 000 deep", ["import", made["deep.json"], "-o", folder / "deep.grantdesk"]),
            (".docx zip bomb (120 MB unpacked)", ["import-plan", made["bomb.docx"], "--dry-run"]),
            ("JSON with a 200 MB value", ["import", made["huge_value.json"], "-o", big]),
            ("print of a 6-million-character value", ["print", six, "-o", folder / "six.pdf"]),
        ]
        print(f"{'input':36} {'s':>6} {'peak MB':>8} {'exit':>4}  said")
        for name, argv in cases:
            seconds, mb, status, said = measure([str(a) for a in argv], env, args.cap_mb, args.timeout)
            print(f"{name:36} {seconds:6.2f} {mb:8} {status:4}  {said}")


if __name__ == "__main__":
    main()
