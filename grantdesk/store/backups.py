"""Rotating snapshots of project files, kept outside them and found again by project or path.

Layout (root: $GRANTDESK_BACKUP_DIR, else <user data dir>/GrantDesk/backups):

    <root>/<project key>/index.json     {"project_id", "name", "paths": [newest first], "updated"}
    <root>/<project key>/20261122-053850.123456Z_open.grantdesk

The project key is the random `project_id` kept in the file's meta table, so renamed,
moved and copied files keep their backups; a read-only file without one is keyed by a
hash of its resolved path. The index remembers where the project lived, so the backups
of a file that no longer opens are still found by its path.

A snapshot is SQLite's backup API into a temporary name, renamed when complete. Backups
never raise into the caller: a failure (full disk, unwritable folder) is logged and gives
None, because losing a backup must never cost the user an edit or an open.

Rotation (per project folder) keeps: the newest `keep_last` snapshots; the newest one of
each of the last `keep_days` UTC days; the newest one taken before each migration (the
only copy in the old format). Everything else is deleted.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sqlite3
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from platformdirs import user_data_dir

from ..safe_write import write_whole
from .errors import StoreError
from .schema import APPLICATION_ID, SCHEMA_VERSION



class Snapshottable(Protocol):
    """What a backup needs of an open project (ProjectFile is one); backups know nothing
    else of the project file, so the two modules do not import each other."""

    path: Path

    @property
    def project_id(self) -> str: ...

    def backup_to(self, target: sqlite3.Connection) -> None: ...

    def title(self) -> str: ...

log = logging.getLogger(__name__)

SUFFIX = ".grantdesk"
MAX_PATHS = 5  # last known locations remembered per project
_STAMP = "%Y%m%d-%H%M%S.%fZ"
_NAME = re.compile(r"^(\d{8}-\d{6}\.\d{6}Z)_([a-z0-9-]+)\.grantdesk$")
_REASON = re.compile(r"^[a-z0-9-]+$")
_STALE_PART = timedelta(hours=1)  # a .part this old was left by a crash, not a snapshot in progress


@dataclass(frozen=True)
class BackupPolicy:
    """When snapshots are taken and how many are kept."""

    interval: timedelta = timedelta(minutes=5)  # editing time between snapshots
    keep_last: int = 10
    keep_days: int = 7


DEFAULT_POLICY = BackupPolicy()


@dataclass(frozen=True)
class BackupInfo:
    """One backup file of a project."""

    path: Path
    project_id: str
    taken: datetime  # UTC, timezone-aware
    reason: str  # "open", "edit", "pre-migrate-v1" (before migrating from version 1) …
    size: int  # bytes
    reports: int | None  # None when the backup cannot be read
    schema_version: int | None
    name: str  # the project's title (or file name) at its latest backup


# ---- where ---------------------------------------------------------------------------


def backup_root() -> Path:
    override = os.environ.get("GRANTDESK_BACKUP_DIR")
    return Path(override) if override else Path(user_data_dir("GrantDesk", appauthor=False)) / "backups"


def _resolve(path: Path | str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(Path(path).absolute())


def path_key(path: Path | str) -> str:
    """The key of a file that has no project id (read-only): its resolved path, hashed."""
    return "path-" + hashlib.sha256(_resolve(path).encode("utf-8")).hexdigest()[:16]


def project_dir(project_id: str) -> Path:
    # An id read from a foreign or tampered file must not climb out of the backup root.
    safe = project_id if re.fullmatch(r"[A-Za-z0-9-]{1,64}", project_id) else path_key(project_id)
    return backup_root() / safe


def new_project_id() -> str:
    return str(uuid.uuid4())


def sqlite_uri(path: Path, mode: str) -> str:
    """A file: URI SQLite reads correctly even for names with '#', '?' or '%'."""
    return f"file:{quote(Path(path).as_posix(), safe='/:')}?mode={mode}"


def read_project_id(path: Path | str) -> str | None:
    """The project id stored in a file, if it can be read at all; never writes, never raises."""
    path = Path(path)
    try:
        # immutable: no locks, no -wal/-shm files, nothing written next to a damaged file
        conn = sqlite3.connect(sqlite_uri(path, "ro") + "&immutable=1", uri=True)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key='project_id'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# ---- when ----------------------------------------------------------------------------


def due(last_snapshot: datetime | None, now: datetime, edits_since: int, policy: BackupPolicy = DEFAULT_POLICY) -> bool:
    """A snapshot is due once something was edited and `policy.interval` has passed."""
    if edits_since <= 0:
        return False
    return last_snapshot is None or now - last_snapshot >= policy.interval


class EditBackups:
    """Snapshots while editing: the UI calls `after_flush` after each successful flush."""

    def __init__(self, project: Snapshottable, policy: BackupPolicy = DEFAULT_POLICY, *, now: datetime | None = None):
        self.project = project
        self.policy = policy
        # Opening took a snapshot, so the interval counts from the start of the session.
        self.last = now or datetime.now(timezone.utc)
        self.edits = 0

    def after_flush(self, written: int, now: datetime | None = None) -> BackupInfo | None:
        now = now or datetime.now(timezone.utc)
        self.edits += written
        if not due(self.last, now, self.edits, self.policy):
            return None
        info = snapshot(self.project, "edit", now=now, policy=self.policy)
        # Reset even after a failure: retry an interval later, not after every keystroke.
        self.last, self.edits = now, 0
        return info


# ---- taking ----------------------------------------------------------------------------


def snapshot(project: Snapshottable, reason: str, *, now: datetime | None = None,
             policy: BackupPolicy = DEFAULT_POLICY) -> BackupInfo | None:
    """Back up an open project. None (and a log entry) if it could not be done."""
    try:
        return _snapshot(project, reason, now or datetime.now(timezone.utc), policy)
    except Exception:  # any failure, even a bug here, must not reach the editing path
        log.warning("backup of %s failed", project.path, exc_info=True)
        return None


def _snapshot(project: Snapshottable, reason: str, now: datetime, policy: BackupPolicy) -> BackupInfo:
    if not _REASON.match(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = project_dir(project.project_id)
    folder.mkdir(parents=True, exist_ok=True)
    taken = now.astimezone(timezone.utc)
    while (final := folder / f"{taken.strftime(_STAMP)}_{reason}{SUFFIX}").exists():
        taken += timedelta(microseconds=1)
    tmp = final.with_name(final.name + ".part")
    try:
        target = sqlite3.connect(str(tmp))
        try:
            project.backup_to(target)
            target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            target.close()
        name = _project_name(project)
        newest = _names(folder)
        # Opening an unchanged project again adds nothing: keep the snapshot we have.
        # A pre-migration snapshot is always kept on its own (rotation protects it by reason).
        if newest and not reason.startswith("pre-migrate") and _fingerprint(folder / newest[0]) == _fingerprint(tmp):
            tmp.unlink()
            _write_index(folder, project, name, now)
            return _info(folder / newest[0], project.project_id, name)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _write_index(folder, project, name, now)
    rotate(folder, policy, now)
    return _info(final, project.project_id, name)


def _fingerprint(path: Path) -> str:
    data = bytearray(path.read_bytes())
    # Header fields SQLite bumps on every write (change counter, version-valid-for, library
    # version) differ between equal copies; the pages are what matter.
    data[24:28] = bytes(4)
    data[92:100] = bytes(8)
    return hashlib.sha256(data).hexdigest()


def _project_name(project: Snapshottable) -> str:
    try:
        title = project.title().strip()
    except sqlite3.Error:
        title = ""
    return title or project.path.name


def _read_index(folder: Path) -> dict:
    try:
        data = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_index(folder: Path, project: Snapshottable, name: str, now: datetime) -> None:
    here = _resolve(project.path)
    paths = [here] + [p for p in _read_index(folder).get("paths", []) if isinstance(p, str) and p != here]
    data = {"project_id": project.project_id, "name": name, "paths": paths[:MAX_PATHS],
            "updated": now.astimezone(timezone.utc).isoformat(timespec="seconds")}
    write_whole(folder / "index.json", json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


# ---- rotation ------------------------------------------------------------------------


def _parse(name: str) -> tuple[datetime, str] | None:
    match = _NAME.match(name)
    if not match:
        return None
    taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=timezone.utc)
    return taken, match[2]


def _names(folder: Path) -> list[str]:
    """Backup file names in a folder, newest first (the names sort by time)."""
    try:
        names = [p.name for p in folder.iterdir() if _parse(p.name)]
    except OSError:
        return []
    return sorted(names, reverse=True)


def to_keep(names: list[str], policy: BackupPolicy, now: datetime) -> set[str]:
    """Which of these backup names rotation keeps (see the module docstring)."""
    parsed = sorted(((n, *p) for n in names if (p := _parse(n))), key=lambda x: x[1], reverse=True)
    keep = {n for n, _, _ in parsed[: policy.keep_last]}
    today = now.astimezone(timezone.utc).date()
    days: set = set()
    migrations: set[str] = set()
    for name, taken, reason in parsed:
        day = taken.date()
        if (today - day).days < policy.keep_days and day not in days:
            days.add(day)
            keep.add(name)
        if reason.startswith("pre-migrate") and reason not in migrations:
            migrations.add(reason)
            keep.add(name)
    return keep


def rotate(folder: Path, policy: BackupPolicy = DEFAULT_POLICY, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy does not keep, and crash leftovers. Returns what was deleted."""
    now = now or datetime.now(timezone.utc)
    names = _names(folder)
    deleted = [folder / n for n in names if n not in to_keep(names, policy, now)]
    for part in folder.glob("*.part"):
        try:
            if time.time() - part.stat().st_mtime > _STALE_PART.total_seconds():  # file times are real time
                deleted.append(part)
        except OSError:
            pass
    for path in deleted:
        try:
            path.unlink()
        except OSError:
            log.warning("could not delete old backup %s", path, exc_info=True)
    return deleted


# ---- finding ---------------------------------------------------------------------------


def _peek(path: Path) -> tuple[int | None, int | None]:
    """(reports, schema version) of a backup file, or Nones if it cannot be read."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro") + "&immutable=1", uri=True)
    except sqlite3.Error:
        return None, None
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        return conn.execute("SELECT count(*) FROM reports").fetchone()[0], version
    except sqlite3.Error:
        return None, None
    finally:
        conn.close()


def _info(path: Path, project_id: str, name: str) -> BackupInfo:
    taken, reason = _parse(path.name)
    reports, version = _peek(path)
    return BackupInfo(path=path, project_id=project_id, taken=taken, reason=reason, size=path.stat().st_size,
                      reports=reports, schema_version=version, name=name)


def list_backups(source: "Snapshottable | Path | str") -> list[BackupInfo]:
    """Every backup of a project (open) or of a file (even one that no longer opens), newest first.

    Found by the project id (read from the file when possible) and by the paths the
    project was last known at. Never raises.
    """
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        keys = {path_key(path)} | ({pid} if (pid := read_project_id(path)) else set())
    else:
        path = source.path
        keys = {source.project_id, path_key(path)}
    here = _resolve(path)
    root = backup_root()
    folders = {project_dir(k) for k in keys}
    try:
        folders |= {f for f in root.iterdir() if f.is_dir() and here in _read_index(f).get("paths", [])}
    except OSError:
        pass  # no backup folder yet
    found = []
    for folder in folders:
        index = _read_index(folder)
        for name in _names(folder):
            try:
                found.append(_info(folder / name, index.get("project_id", folder.name), index.get("name", "")))
            except OSError:
                continue  # deleted by a rotation in another window meanwhile
    return sorted(found, key=lambda b: b.taken, reverse=True)


# ---- restoring -------------------------------------------------------------------------


def _verify(path: Path) -> str | None:
    """None if `path` is a sound GrantDesk project this version can open, else a StoreError code."""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "ro") + "&immutable=1", uri=True)
    except sqlite3.Error:
        return "damaged"
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return "not_grantdesk"
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            return "too_new"
        return None if conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)] else "damaged"
    except sqlite3.DatabaseError:
        return "damaged"
    finally:
        conn.close()


def restore(backup: BackupInfo | Path | str, dest: Path | str) -> Path:
    """Copy a backup into a NEW project file (never over an existing one) and verify it.

    Raises StoreError: exists (dest is there), not_found, write_failed, or the backup's
    own fault (damaged, not_grantdesk, too_new), in which case nothing is left at dest.
    """
    src = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    dest = Path(dest)
    if dest.exists():
        raise StoreError("exists", str(dest))
    if not src.is_file():
        raise StoreError("not_found", str(src))
    tmp = dest.with_name(dest.name + ".part")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())  # on disk before it gets its real name
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError("write_failed", str(dest), exc.strerror or str(exc)) from exc
    problem = _verify(tmp)
    if problem or dest.exists():
        tmp.unlink(missing_ok=True)
        raise StoreError(problem or "exists", str(src if problem else dest))
    os.replace(tmp, dest)
    return dest
