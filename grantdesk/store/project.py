"""A project file: open/create, migrate, read and write reports. The only SQLite user.

Connections run in autocommit mode; every write is an explicit `db.atomic()` transaction,
so one edit is one small transaction. WAL journal with synchronous=FULL: a committed edit
survives a killed process and a power cut. The file is locked exclusively while open, so
two GrantDesk windows can never both write it.

Opening checks before it writes: what the file is, that it is sound (quick_check), then
takes a backup (backups.py) and only then migrates an older schema. A file refused on
opening is never modified.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from ..document import Document, Ref
from ..forms import FormRegistry
from . import backups
from .errors import StoreError
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class ReportInfo:
    id: int
    form: str
    lang: str
    created: str
    updated: str


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    uri = backups.sqlite_uri(path, "ro" if read_only else "rw")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=0.2, check_same_thread=False)
    return conn


def _sniff(path: Path) -> None:
    """Refuse files that are plainly not SQLite before SQLite sees them."""
    if not path.exists():
        raise StoreError("not_found", str(path))
    if path.is_dir():
        raise StoreError("not_sqlite", str(path))
    size = path.stat().st_size
    if size == 0:
        raise StoreError("empty", str(path))
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        raise StoreError("not_sqlite", str(path))


class ProjectFile:
    """An open `.grantdesk` file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.read_only = read_only
        self.db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        self._project_id = ""
        self.last_backup: backups.BackupInfo | None = None  # taken on opening, if it could be

    @property
    def project_id(self) -> str:
        """Stable across renames and copies; keys the project's backups."""
        return self._project_id

    # ---- opening --------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> "ProjectFile":
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError("exists", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.2, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError("write_failed", str(path), str(exc)) from exc
        project = cls(path, conn, read_only=False)
        project._project_id = backups.new_project_id()
        project._setup_connection()
        project._migrate(from_version=0)
        return project

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> "ProjectFile":
        path = Path(path)
        _sniff(path)
        if not read_only and not os.access(path, os.W_OK):
            read_only = True
        try:
            conn = _connect(path, read_only)
        except sqlite3.Error as exc:
            raise StoreError("damaged", str(path), str(exc)) from exc
        project = cls(path, conn, read_only)
        try:
            project._check_identity()
            project._check_integrity()
            version = project._user_version()
            stored_id = project._stored_project_id()
            if read_only:
                project._project_id = stored_id or backups.path_key(path)
            else:
                project._project_id = stored_id or backups.new_project_id()
                # The backup comes before any write. If it fails (full disk) the file is still
                # opened and migrated: the migration is one transaction, all or nothing.
                reason = "open" if version >= SCHEMA_VERSION else f"pre-migrate-v{version}"
                project.last_backup = backups.snapshot(project, reason)
                project._setup_connection()
                if version < SCHEMA_VERSION:
                    project._migrate(from_version=version)
                elif stored_id is None:
                    with project.db.atomic():
                        project._store_project_id()
        except StoreError:
            conn.close()
            raise
        except sqlite3.OperationalError as exc:
            conn.close()
            if "locked" in str(exc) or "busy" in str(exc):
                raise StoreError("locked", str(path)) from exc
            raise StoreError("damaged", str(path), str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError("damaged", str(path), str(exc)) from exc
        return project

    def _user_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _check_identity(self) -> None:
        app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            raise StoreError("not_grantdesk", str(self.path))
        if self._user_version() > SCHEMA_VERSION:
            raise StoreError("too_new", str(self.path), f"schema {self._user_version()} > {SCHEMA_VERSION}")

    def _check_integrity(self) -> None:
        # A truncated or overwritten file can still have a sound header; look at every page.
        result = self.db.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise StoreError("damaged", str(self.path), str(result[0][0]) if result else "")

    def _stored_project_id(self) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key='project_id'").fetchone()
        return row[0] if row else None

    def _store_project_id(self) -> None:
        self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('project_id', ?)", [self._project_id])

    def _setup_connection(self) -> None:
        # Exclusive: a second GrantDesk opening the file gets "locked", never a second writer.
        self.db.execute("PRAGMA locking_mode=EXCLUSIVE")
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=FULL")
        self.db.execute("BEGIN EXCLUSIVE")
        self.db.execute("COMMIT")

    def _migrate(self, from_version: int) -> None:
        with self.db.atomic():
            for version, _name, sql in MIGRATIONS:
                if version > from_version:
                    for statement in filter(str.strip, sql.split(";")):
                        self.db.execute(statement)
            self.db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self._store_project_id()  # from version 2 on every file has one

    def close(self) -> None:
        try:
            if not self.read_only:
                # Leave one self-contained file: people copy it to a USB stick or e-mail it,
                # and a read-only medium cannot hold the WAL's side files. Opening turns WAL on again.
                self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                self.db.execute("PRAGMA journal_mode=DELETE")
        except sqlite3.Error:
            pass  # closing must never lose the session: the WAL is replayed on next open
        finally:
            self.db.conn.close()

    def __enter__(self) -> "ProjectFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError("read_only", str(self.path))

    # ---- reports --------------------------------------------------------------------

    def list_reports(self) -> list[ReportInfo]:
        rows = self.db.execute("SELECT id, form, lang, created, updated FROM reports ORDER BY id").fetchall()
        return [ReportInfo(*r) for r in rows]

    def project_values(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM project_values").fetchall())

    def set_project_value(self, key: str, value: str) -> None:
        self._require_writable()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO project_values(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                [key, value],
            )

    def create_report(self, doc: Document) -> int:
        """Write a whole document as a new report of this project (new report or import)."""
        self._require_writable()
        stamp = now_iso()
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO reports(form, lang, created, updated) VALUES (?, ?, ?, ?)",
                [doc.form.id, doc.lang, stamp, stamp],
            )
            report_id = cur.lastrowid
            for key, value in doc.project.items():
                self.db.execute(
                    "INSERT INTO project_values(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    [key, value],
                )
            self.db.conn.executemany(
                "INSERT INTO report_values(report_id, key, value) VALUES (?, ?, ?)",
                [(report_id, k, v) for k, v in doc.values.items()],
            )
            row_records, cell_records = [], []
            for tdef in doc.form.all_tables():
                if tdef.is_fixed:
                    continue
                for row, ancestors in doc.iter_rows(tdef.path):
                    parent_id = ancestors[-1].id if ancestors else None
                    position = doc.siblings(tdef.path, parent_id).index(row)
                    row_records.append((row.id, report_id, tdef.path, parent_id, position, row.kind))
                    cell_records.extend((row.id, c, v) for c, v in row.cells.items())
            self.db.conn.executemany(
                "INSERT INTO rows(id, report_id, table_path, parent_id, position, kind) VALUES (?, ?, ?, ?, ?, ?)",
                row_records,
            )
            self.db.conn.executemany("INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?)", cell_records)
            self._journal(report_id, "create_report", doc.form.id, None)
        return report_id

    def load_document(self, report_id: int, registry: FormRegistry) -> Document:
        info = self.db.execute("SELECT form, lang FROM reports WHERE id=?", [report_id]).fetchone()
        if info is None:
            raise StoreError("damaged", str(self.path), f"no report {report_id}")
        form = registry.get(info[0])
        doc = Document(form, info[1])
        doc.project.update(self.project_values())
        doc.values.update(
            self.db.execute("SELECT key, value FROM report_values WHERE report_id=?", [report_id]).fetchall()
        )
        cells: dict[str, dict[str, str]] = {}
        for row_id, col, value in self.db.execute(
            "SELECT c.row_id, c.col, c.value FROM cells c JOIN rows r ON r.id = c.row_id WHERE r.report_id=?",
            [report_id],
        ):
            cells.setdefault(row_id, {})[col] = value
        rows = self.db.execute(
            "SELECT id, table_path, parent_id, kind FROM rows WHERE report_id=? ORDER BY position",
            [report_id],
        ).fetchall()
        # Parents before children: shallower table paths first, each level in position order.
        rows.sort(key=lambda r: r[1].count("."))
        for row_id, table_path, parent_id, kind in rows:
            siblings = doc.siblings(table_path, parent_id)
            doc.add_row(table_path, parent_id, index=len(siblings), cells=cells.get(row_id), kind=kind, row_id=row_id)
        return doc

    # ---- savepoint: where the user was --------------------------------------------------

    def get_state(self, report_id: int, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM ui_state WHERE report_id=? AND key=?", [report_id, key]).fetchone()
        return row[0] if row else default

    def set_state(self, report_id: int, key: str, value: str) -> None:
        if self.read_only:
            return  # where the cursor was is not worth an error on a read-only file
        try:
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO ui_state(report_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(report_id, key) DO UPDATE SET value=excluded.value",
                    [report_id, key, value],
                )
        except sqlite3.Error as exc:
            raise StoreError("write_failed", str(self.path), str(exc)) from exc

    # ---- copies ---------------------------------------------------------------------

    def save_copy(self, dest: Path | str) -> None:
        """A consistent copy through SQLite's backup API (safe while editing)."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise StoreError("exists", str(dest))
        tmp = dest.with_name(dest.name + ".part")
        try:
            if tmp.exists():
                tmp.unlink()
            target = sqlite3.connect(str(tmp))
            try:
                self.db.conn.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            os.replace(tmp, dest)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError("write_failed", str(dest), str(exc)) from exc

    # ---- journal --------------------------------------------------------------------

    def _journal(self, report_id: int | None, op: str, target: str, value: str | None) -> None:
        self.db.execute(
            "INSERT INTO journal(at, report_id, op, target, value) VALUES (?, ?, ?, ?, ?)",
            [now_iso(), report_id, op, target, value],
        )


def value_target(ref: Ref) -> str:
    return ref.value_key() if ref.kind in ("field", "fixed") else f"{ref.row}.{ref.column}"
