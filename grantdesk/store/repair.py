"""Removing what another tool put into a project file, after a backup, with consent.

`ProjectFile.open` refuses a file holding tables, columns, indexes, triggers or views that
GrantDesk did not make, or values that are not text ("foreign"). `plan_repair` says what
mending it would do; `repair` backs the file up (backups.snapshot) and then, in one
transaction, drops the foreign objects (triggers first: one may erase values as they are
written) and makes every value text again: a number as its digits, a BLOB as the UTF-8 text
it holds, an unreadable value (a BLOB that is no text, a NULL) removed. What cannot be
mended that way (a missing table or column, an unknown language or role, an unreadable
key) is refused before anything is touched: only a backup helps there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from . import backups
from .errors import StoreError, failure_code
from .project import ProjectFile, _connect, _medium_read_only, _sniff, bad_choices
from .schema import APPLICATION_ID, KEY_COLUMNS, SCHEMA_VERSION, TEXT_COLUMNS, _objects, expected_schema

_DROP_ORDER = ("trigger", "view", "index", "table")  # a trigger first: it must not fire while mending


@dataclass
class RepairPlan:
    drop: list[tuple[str, str]] = field(default_factory=list)  # (kind, name), in _DROP_ORDER
    columns: list[tuple[str, str]] = field(default_factory=list)  # (table, column) another tool added
    retype: list[tuple[str, str, int]] = field(default_factory=list)  # (table, column, values made text)
    unreadable: list[tuple[str, str, int]] = field(default_factory=list)  # (table, column, values removed)
    cannot: list[str] = field(default_factory=list)  # what no repair mends

    def objects(self) -> list[str]:
        """The objects to drop, as SQLite names them ("trigger wipe", "column reports.colour")."""
        return [f"{kind} {name}" for kind, name in self.drop] + [f"column {t}.{c}" for t, c in self.columns]

    @property
    def needed(self) -> bool:
        return bool(self.drop or self.columns or self.retype or self.unreadable)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _is_text(value) -> bool:
    if isinstance(value, bytes):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    return value is not None  # a number has its digits; NULL holds nothing


def _plan(conn: sqlite3.Connection, version: int) -> RepairPlan:
    plan = RepairPlan()
    expected = {(k, n): c for k, n, c in expected_schema(min(version, SCHEMA_VERSION))}
    actual = {(k, n): c for k, n, c in _objects(conn)}
    for kind in _DROP_ORDER:
        plan.drop += [(k, n) for (k, n) in sorted(actual) if k == kind and (k, n) not in expected]
    for (kind, name), columns in sorted(actual.items()):
        if kind == "table" and (kind, name) in expected:
            plan.columns += [(name, c) for c in sorted(set(columns) - set(expected[(kind, name)]))]
            plan.cannot += [f"missing column {name}.{c}" for c in sorted(set(expected[(kind, name)]) - set(columns))]
    plan.cannot += [f"missing {k} {n}" for (k, n) in sorted(expected) if (k, n) not in actual]
    if plan.cannot:
        return plan
    plan.cannot += bad_choices(conn, version)
    for table, column in TEXT_COLUMNS:
        values = [v for (v,) in conn.execute(
            f"SELECT {_q(column)} FROM {_q(table)} WHERE typeof({_q(column)}) != 'text'")]
        readable = sum(1 for v in values if _is_text(v))
        if readable:
            plan.retype.append((table, column, readable))
        if len(values) - readable:
            if (table, column) in KEY_COLUMNS:
                plan.cannot.append(f"{table}.{column}: {len(values) - readable} unreadable")
            else:
                plan.unreadable.append((table, column, len(values) - readable))
    return plan


def _open_raw(path: Path) -> sqlite3.Connection:
    """The file as SQLite has it, checked to be a sound GrantDesk project of a version this
    GrantDesk knows, locked for the repair (another window holding it: "locked")."""
    _sniff(path)
    if _medium_read_only(path):  # said before a backup is taken for a repair that cannot be written
        raise StoreError("write_protected", str(path))
    try:
        conn = _connect(path, read_only=False)
    except sqlite3.Error as exc:
        raise StoreError(failure_code(exc), str(path), str(exc)) from exc
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise StoreError("not_grantdesk", str(path))
        if conn.execute("PRAGMA user_version").fetchone()[0] > SCHEMA_VERSION:
            raise StoreError("too_new", str(path))
        if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
            raise StoreError("damaged", str(path))
        conn.execute("BEGIN EXCLUSIVE")  # no other GrantDesk has it open, and none will meanwhile
    except sqlite3.OperationalError as exc:
        conn.close()
        code = "locked" if "locked" in str(exc) or "busy" in str(exc) else failure_code(exc)
        raise StoreError(code, str(path), str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def plan_repair(path: Path | str) -> RepairPlan:
    """What `repair` would remove or change; the file is only read."""
    path = Path(path)
    conn = _open_raw(path)
    try:
        return _plan(conn, conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.rollback()
        conn.close()


@dataclass(frozen=True)
class Repaired:
    plan: RepairPlan
    backup: backups.BackupInfo


def repair(path: Path | str) -> Repaired:
    """Back the file up as it is, then remove what is foreign in one transaction; nothing is
    changed when the plan holds anything no repair mends, or when the backup fails."""
    path = Path(path)
    conn = _open_raw(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        plan = _plan(conn, version)
        if plan.cannot:
            raise StoreError("repair_impossible", str(path), "; ".join(plan.cannot))
        if not plan.needed:
            raise StoreError("repair_nothing", str(path))
        conn.rollback()  # the backup reads the file through this same connection
        stored = conn.execute("SELECT value FROM meta WHERE key='project_id'").fetchone()
        holder = ProjectFile(path, conn, read_only=True)  # for the backup: its id, its title
        holder._project_id = stored[0] if stored else backups.path_key(path)
        taken = backups.snapshot(holder, "before-repair")
        if taken is None:
            raise StoreError("repair_no_backup", str(path))
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("BEGIN EXCLUSIVE")
        for kind, name in plan.drop:
            conn.execute(f"DROP {kind.upper()} IF EXISTS {_q(name)}")
        for table, column in plan.columns:
            conn.execute(f"ALTER TABLE {_q(table)} DROP COLUMN {_q(column)}")
        for table, column, _n in plan.unreadable:
            rows = [r for r, v in conn.execute(
                f"SELECT rowid, {_q(column)} FROM {_q(table)} WHERE typeof({_q(column)}) != 'text'") if not _is_text(v)]
            conn.executemany(f"DELETE FROM {_q(table)} WHERE rowid=?", [(r,) for r in rows])
        for table, column, _n in plan.retype:
            for rowid, value in conn.execute(
                    f"SELECT rowid, {_q(column)} FROM {_q(table)} WHERE typeof({_q(column)}) != 'text'").fetchall():
                text = value.decode("utf-8") if isinstance(value, bytes) else str(value)
                conn.execute(f"UPDATE {_q(table)} SET {_q(column)}=? WHERE rowid=?", [text, rowid])
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.rollback()  # all or nothing: the file is as it was, and the backup holds it too
        code = failure_code(exc)  # a full disk says so; anything else: SQLite would not drop it
        raise StoreError("repair_impossible" if code == "write_failed" else code, str(path), str(exc)) from exc
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.close()
    return Repaired(plan, taken)
