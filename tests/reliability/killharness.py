"""Kill an editing GrantDesk with SIGKILL at random moments and check what the file kept.

One chain is one project file edited by a series of editor processes
(tests/reliability/editor_child.py): each is killed, the file is checked, and the next
editor reopens the very file the killed one left behind (its WAL not checkpointed) and
carries on the same deterministic edit stream from the state it finds.

After every kill, on a copy of the file exactly as the killed process left it:
  * ProjectFile.open works, PRAGMA integrity_check is "ok", foreign_key_check is empty;
  * the report equals the edit stream's state at one of the editor's flush points
    (a prefix of the edit stream, never a mix), at or after the last acknowledged save,
    so every acknowledged edit is there, exactly. The promise is for edits acknowledged
    more than one second before the kill; this checks every acknowledged edit.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from grantdesk.document import from_json
from grantdesk.forms import default_registry
from grantdesk.store import ProjectFile

from .edits import apply_edit, digest

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("editor_child.py")
SEED_FIXTURE = ROOT / "tests" / "fixtures" / "seed_001.json"


class KillCheckFailed(AssertionError):
    pass


@dataclass
class KillResult:
    mode: str  # "random" (a random moment), "flush" (as a flush begins), "opening" (while opening)
    n_start: int  # edit prefix the editor started from
    n_disk: int  # edit prefix found in the file after the kill
    n_acked: int  # last prefix acknowledged as saved before the kill
    n_acked_1s: int  # last prefix acknowledged more than 1 s before the kill
    n_edited: int  # edits the editor had made in memory
    acks: int  # saves acknowledged in this run
    in_flush: bool  # killed between "about to flush" and the acknowledgement
    since_ack_s: float  # time from the last acknowledgement (or start) to the kill
    lived_s: float  # time from READY to the kill
    started: bool  # the editor had opened the file (READY) when it was killed

    @property
    def lost(self) -> int:
        """Edits made but never acknowledged, and not in the file: the typing the kill took."""
        return self.n_edited - self.n_disk


@dataclass
class Chain:
    path: Path
    seed: int
    rng: random.Random
    interval: float = 0.004
    n: int = 0
    results: list[KillResult] = field(default_factory=list)

    def __post_init__(self) -> None:
        import json

        registry = default_registry()
        doc = from_json(json.loads(SEED_FIXTURE.read_text(encoding="utf-8")), registry)
        with ProjectFile.create(self.path) as project:
            rid = project.create_document(doc)
            self.doc = project.load_document(rid, registry)

    # ---- one editor, one kill -----------------------------------------------------------

    def kill_once(self, mode: str | None = None, max_delay: float = 1.8, min_delay: float = 0.05,
                  env: dict[str, str] | None = None) -> KillResult:
        mode = mode or self.rng.choice(("random", "random", "random", "flush", "flush", "opening"))
        lines: list[tuple[float, str]] = []
        ready = threading.Event()
        opening = threading.Event()
        killed_at: list[float] = []
        flush_target = self.rng.randint(1, 4)
        flush_delay = self.rng.choice((0.0, 0.0, self.rng.uniform(0, 0.004)))
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="1", **(env or {}))
        env.setdefault("GRANTDESK_BACKUP_DIR", str(self.path.parent / "backups"))  # never the user's own
        stderr_path = self.path.with_name(self.path.name + ".stderr")
        with stderr_path.open("wb") as stderr:
            proc = subprocess.Popen(
                [sys.executable, str(CHILD), str(self.path), str(self.seed), str(self.n), str(self.interval)],
                stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=str(ROOT),
            )

        def kill() -> None:
            if not killed_at:
                killed_at.append(time.monotonic())
                proc.send_signal(signal.SIGKILL)

        def read() -> None:
            flushes = 0
            for raw in proc.stdout:
                line = raw.decode().strip()
                lines.append((time.monotonic(), line))
                if line == "OPENING":
                    opening.set()
                elif line.startswith("READY"):
                    ready.set()
                elif mode == "flush" and line.startswith("F "):
                    flushes += 1
                    if flushes == flush_target:
                        if flush_delay:
                            time.sleep(flush_delay)
                        kill()
            ready.set()
            opening.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        if mode == "opening":  # while it starts: WAL recovery, the open check, the backup
            opening.wait(30)
            time.sleep(self.rng.uniform(0, 0.05))
            kill()
        elif not ready.wait(30):
            kill()
        if mode == "random":
            time.sleep(self.rng.uniform(min_delay, max_delay))
            kill()
        elif mode == "flush":
            deadline = time.monotonic() + 10
            while not killed_at and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.005)
            kill()
        proc.wait(30)
        reader.join(30)
        proc.stdout.close()
        started = any(l.startswith("READY") for _, l in lines)
        if proc.returncode != -signal.SIGKILL or not (started or mode == "opening"):
            raise KillCheckFailed(
                f"the editor did not run until killed (exit {proc.returncode}):\n"
                + stderr_path.read_text(errors="replace")[-3000:]
            )
        return self._check(mode, lines, killed_at[0])

    # ---- what the file kept ---------------------------------------------------------------

    def _check(self, mode: str, lines: list[tuple[float, str]], t_kill: float) -> KillResult:
        t_ready = next((t for t, l in lines if l.startswith("READY")), t_kill)
        ready_line = next((l for _, l in lines if l.startswith("READY")), None)
        if ready_line is not None:
            _, n_ready, d_ready = ready_line.split()
            if int(n_ready) != self.n or d_ready != digest(self.doc):
                raise KillCheckFailed(f"the editor reopened prefix {n_ready} ({d_ready}), expected {self.n}")
        edited = [int(l.split()[1]) for _, l in lines if l.startswith("E ")]
        flushes = [int(l.split()[1]) for _, l in lines if l.startswith("F ")]
        acks = [(int(p[1]), float(p[2]), p[3]) for p in (l.split() for _, l in lines if l.startswith("A "))]
        n_acked = acks[-1][0] if acks else self.n
        n_acked_1s = max([n for n, t, _ in acks if t < t_kill - 1.0], default=self.n)
        in_flush = bool(flushes) and (not acks or flushes[-1] > acks[-1][0])

        found, d_disk = self._open_copy()

        # Replay the stream: the file must hold the state at a flush point >= the last ack.
        acked = {n: d for n, _, d in acks}
        doc = self._replayable()
        n, candidates = self.n, {self.n: digest(self.doc)}
        for target in flushes:
            while n < target:
                apply_edit(doc, self.seed, n)
                n += 1
            candidates[n] = digest(doc)
            if n in acked and acked[n] != candidates[n]:
                raise KillCheckFailed(f"the editor and the replay disagree at edit {n}: not deterministic")
        matches = [k for k, d in candidates.items() if d == d_disk and k >= n_acked]
        if not matches:
            older = [k for k, d in candidates.items() if d == d_disk]
            raise KillCheckFailed(
                f"after the kill the file holds {'prefix ' + str(older) if older else 'no prefix of the edit stream'}"
                f"; acknowledged up to {n_acked} (>1 s before the kill: {n_acked_1s}); flush points {flushes}"
            )
        n_disk = max(matches)
        result = KillResult(
            mode=mode, n_start=self.n, n_disk=n_disk, n_acked=n_acked, n_acked_1s=n_acked_1s,
            n_edited=edited[-1] if edited else self.n, acks=len(acks), in_flush=in_flush,
            since_ack_s=t_kill - (acks[-1][1] if acks else t_ready), lived_s=t_kill - t_ready,
            started=ready_line is not None,
        )
        self.results.append(result)
        self.doc, self.n = found, n_disk
        return result

    def _replayable(self):
        import copy

        return copy.deepcopy(self.doc, memo={id(self.doc.form): self.doc.form})

    def _open_copy(self):
        """Open a copy of the file exactly as the kill left it (db, WAL, shm), as the app does."""
        check = self.path.with_name(self.path.stem + ".check")
        if check.exists():
            shutil.rmtree(check)
        check.mkdir()
        copy = check / self.path.name
        for suffix in ("", "-wal", "-shm", "-journal"):
            src = Path(str(self.path) + suffix)
            if src.exists():
                shutil.copyfile(src, str(copy) + suffix)
        project = ProjectFile.open(copy)
        try:
            integrity = project.db.execute("PRAGMA integrity_check").fetchall()
            if integrity != [("ok",)]:
                raise KillCheckFailed(f"integrity_check after the kill: {integrity}")
            fk = project.db.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                raise KillCheckFailed(f"foreign_key_check after the kill: {fk[:5]}")
            rid = project.list_documents()[0].id
            found = project.load_document(rid, default_registry())
        finally:
            project.close()
        return found, digest(found)

    def final_check(self) -> None:
        """The original file, reopened by the app after the last kill, holds the last state."""
        with ProjectFile.open(self.path) as project:
            assert project.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            doc = project.load_document(project.list_documents()[0].id, default_registry())
        if digest(doc) != digest(self.doc):
            raise KillCheckFailed("the original file does not hold what its checked copy held")
        raw = sqlite3.connect(self.path)
        try:
            assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            raw.close()


def run_chains(workdir: Path, kills: int, jobs: int = 2, seed: int = 1, progress=None) -> list[KillResult]:
    """`kills` kills spread over `jobs` chains run side by side (one thread each)."""
    errors: list[BaseException] = []
    chains = [
        Chain(workdir / f"chain{j}.grantdesk", seed=seed * 100 + j, rng=random.Random(seed * 100 + j))
        for j in range(jobs)
    ]
    counts = [kills // jobs + (1 if j < kills % jobs else 0) for j in range(jobs)]

    def run(chain: Chain, count: int) -> None:
        try:
            for _ in range(count):
                result = chain.kill_once()
                if progress:
                    progress(result)
            chain.final_check()
        except BaseException as exc:  # reported by the caller
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(c, k)) for c, k in zip(chains, counts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return [r for c in chains for r in c.results]


def summary(results: list[KillResult], seconds: float) -> dict:
    return {
        "kills": len(results),
        "kills_while_opening": sum(not r.started for r in results),
        "kills_inside_a_flush": sum(r.in_flush for r in results),
        "kills_more_than_1s_after_start": sum(r.lived_s > 1.0 for r in results),
        "edits_made": sum(r.n_edited - r.n_start for r in results),
        "edits_acknowledged": sum(r.n_acked - r.n_start for r in results),
        "acknowledged_edits_missing": 0,  # any would have failed the run
        "edits_lost_total": sum(r.lost for r in results),
        "max_edits_lost_in_one_kill": max((r.lost for r in results), default=0),
        "max_unsaved_time_s": round(max((r.since_ack_s for r in results), default=0.0), 3),
        "seconds": round(seconds, 1),
    }
