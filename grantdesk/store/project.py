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
from typing import Callable


from ..document import REPORT_LANGUAGES, Document, Project
from ..document.project import ROLE_ORDER
from ..forms import FormError, FormRegistry
from ..safe_write import give_name, part_path
from . import backups
from .database import Database
from .errors import StoreError, failure_code
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION, TEXT_COLUMNS, foreign_objects, statements

SQLITE_MAGIC = b"SQLite format 3\x00"
WRITE_STEP = 500  # rows or cells written between two progress reports
Progress = Callable[[int, int], None]  # progress(done, total), for an import's progress bar


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(frozen=True)
class DocumentInfo:
    """A document of a project file, as listed without loading it."""

    id: int
    form: str
    lang: str
    created: str
    updated: str
    role: str
    plan_id: int | None
    position: int


_DOCUMENT_COLUMNS = "id, form, lang, created, updated, role, plan_id, position"
# An older file opened read-only is read as it is: the columns version 3 added, at the
# values its migration would give them.
_DOCUMENT_COLUMNS_V2 = "id, form, lang, created, updated, 'final', NULL, id"
# Project values that older files kept per report (moved by the version 3 migration).
_PER_REPORT_BEFORE_V3 = ("goal",)


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


def _identity(path: Path) -> tuple[int, int] | None:
    """(device, inode) of the file at `path`, or None when nothing is there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _medium_read_only(path: Path) -> bool:
    """A file, folder or medium that will not take a write, seen before SQLite tries one
    (a write-protected USB stick, a read-only mount, a folder without write permission)."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):  # AttributeError: Windows has no statvfs
        pass
    # WAL needs its -wal and -shm files beside the project: a folder that cannot take them
    # makes the project read-only just as the file's own permission does.
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def _folder_read_only(folder: Path) -> bool:
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    return not os.access(folder, os.W_OK)


def side_files(path: Path) -> list[Path]:
    """The files SQLite may keep beside a project while it is open."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove_with_side_files(path: Path) -> None:
    for p in [path, *side_files(path)]:
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def bad_choices(conn: sqlite3.Connection, version: int) -> list[str]:
    """A document's language or role that GrantDesk does not know ("reports.lang = 'fr'"):
    another tool's doing, which nothing can mend (only a backup)."""
    checks = [("reports", "lang", REPORT_LANGUAGES)]
    if version >= 3:
        checks.append(("reports", "role", tuple(ROLE_ORDER)))
    found = []
    for table, column, allowed in checks:
        found += [f"{table}.{column} = {v!r}" for (v,) in conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} NOT IN ({','.join('?' * len(allowed))})",
            list(allowed))]
    return found


class ProjectFile:
    """An open `.grantdesk` file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.read_only = read_only
        self.db = Database(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        self._project_id = ""
        self.last_backup: backups.BackupInfo | None = None  # taken on opening, if it could be
        # The file this connection has open (device, inode): checked before each write, so
        # a project deleted, moved or replaced under an open session is noticed, not "saved"
        # into a file nobody will ever see again.
        self._identity = _identity(path)
        # Documents whose edition this GrantDesk lacks. They stay in the file untouched;
        # load_project leaves them out of the model (nothing can render them) and the
        # documents screen and `grantdesk documents` list them as such.
        self.missing_documents: list[DocumentInfo] = []

    @property
    def missing_editions(self) -> list[tuple[int, str]]:
        """(document id, edition id) of each document whose edition is missing."""
        return [(info.id, info.form) for info in self.missing_documents]

    @property
    def project_id(self) -> str:
        """Stable across renames and copies; keys the project's backups."""
        return self._project_id

    # ---- opening --------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str) -> "ProjectFile":
        """A new, empty project file at `path` (tests and build_project's temporary file)."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            raise StoreError("exists", str(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if _folder_read_only(path.parent):
                raise StoreError("write_protected", str(path))
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=0.2, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(failure_code(exc), str(path), str(exc)) from exc
        project = cls(path, conn, read_only=False)
        project._project_id = backups.new_project_id()
        try:
            project._setup_connection()
            project._migrate(from_version=0)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(failure_code(exc), str(path), str(exc)) from exc
        project._identity = _identity(path)
        return project

    @classmethod
    def open(cls, path: Path | str, *, read_only: bool = False) -> "ProjectFile":
        path = Path(path)
        _sniff(path)
        if not read_only and _medium_read_only(path):
            read_only = True
        try:
            conn = _connect(path, read_only)
        except sqlite3.Error as exc:
            raise StoreError("damaged", str(path), str(exc)) from exc
        project = cls(path, conn, read_only)
        try:
            project._check_identity()
            project._check_integrity()
            project._check_schema()
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
            if not read_only and failure_code(exc) in ("write_protected", "disk_full"):
                # A medium that refuses writes SQLite's way only (an immutable file, a stick
                # write-protected after the check): the project is sound, open it read-only.
                return cls.open(path, read_only=True)
            raise StoreError("damaged", str(path), str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError("damaged", str(path), str(exc)) from exc
        except BaseException:
            conn.close()  # never leave a handle (and its lock) behind
            raise
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

    def _check_schema(self) -> None:
        """Only what GrantDesk put there: a table, column, trigger or view added by another
        tool (a trigger can erase values as they are written) or a value of the wrong type
        is refused with a list of what was found, before anything is read or written."""
        found = foreign_objects(self.db.conn, self._user_version())
        bad_values: list[str] = []
        if not found:
            bad_values = bad_choices(self.db.conn, self._user_version())
            for table, column in TEXT_COLUMNS:
                bad_values += [f"{table}.{column}: {k}" for (k,) in self.db.execute(
                    f"SELECT DISTINCT typeof({column}) FROM {table} WHERE typeof({column}) != 'text'")]
        if found or bad_values:
            raise StoreError("foreign", str(self.path), "; ".join(found + bad_values))

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
                    for statement in statements(sql):
                        self.db.execute(statement)
            self.db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            self.db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)]
            )
            self._store_project_id()  # from version 2 on every file has one

    def close(self) -> str | None:
        """Close the file. None when it is whole on its own (the WAL checkpointed into it and
        switched off), else why not, as a StoreError code: its -wal then still holds edits,
        and the next open replays them, so nothing is lost, but the file alone is not whole."""
        why = None
        try:
            if not self.read_only:
                # Leave one self-contained file: people copy it to a USB stick or e-mail it,
                # and a read-only medium cannot hold the WAL's side files. Opening turns WAL on again.
                busy, _log, _done = self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
                mode = self.db.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
                if busy or mode != "delete":
                    why = "write_failed"
        except sqlite3.Error as exc:
            why = failure_code(exc)  # the WAL is replayed on the next open
        finally:
            self.db.conn.close()
        if self.read_only:
            return None
        if why is None and _identity(self.path) != self._identity:
            why = "gone"
        return why

    def __enter__(self) -> "ProjectFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def require_writable(self) -> None:
        """Before each write: refused on a read-only file, and on a file that is no longer
        the one opened (deleted, moved away, or another file put at its path), whose writes
        would go where nobody will find them."""
        if self.read_only:
            raise StoreError("read_only", str(self.path))
        if _identity(self.path) != self._identity:
            raise StoreError("gone", str(self.path))

    _require_writable = require_writable

    # ---- documents -------------------------------------------------------------------

    def list_documents(self) -> list[DocumentInfo]:
        """The project's documents in order: the plan, then reports in the order made."""
        columns = _DOCUMENT_COLUMNS if self._user_version() >= 3 else _DOCUMENT_COLUMNS_V2
        rows = self.db.execute(f"SELECT {columns} FROM reports").fetchall()
        infos = [DocumentInfo(*r) for r in rows]
        return sorted(infos, key=lambda d: (ROLE_ORDER.get(d.role, 9), d.position, d.id))

    def project_values(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT key, value FROM project_values").fetchall())

    def title(self) -> str:
        """The project's name, for backups and lists (Snapshottable)."""
        return self.project_values().get("project_name", "")

    def backup_to(self, target: sqlite3.Connection) -> None:
        self.db.conn.backup(target)

    def write_project_value(self, key: str, value: str) -> None:
        """The one statement that writes a project value; callers hold the transaction."""
        self.db.execute(
            "INSERT INTO project_values(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            [key, value],
        )

    def set_project_value(self, key: str, value: str) -> None:
        self._require_writable()
        try:
            with self.db.atomic():
                self.write_project_value(key, value)
        except sqlite3.Error as exc:
            raise StoreError(failure_code(exc), str(self.path), str(exc)) from exc

    def create_document(self, doc: Document, progress: Progress | None = None) -> int:
        """Write a whole document as a new document of this project (new, copy or import);
        gives `doc` its id. `progress(done, total)` is told as its rows and cells are written
        (an import's progress bar), in steps of WRITE_STEP records."""
        self._require_writable()
        try:
            return self._create_document(doc, progress)
        except sqlite3.Error as exc:
            raise StoreError(failure_code(exc), str(self.path), str(exc)) from exc

    def _create_document(self, doc: Document, progress: Progress | None = None) -> int:
        stamp = now_iso()
        plan_id = doc.plan.doc_id if doc.follows_plan and doc.plan is not None else None
        with self.db.atomic():
            position = self.db.execute("SELECT COALESCE(MAX(position), 0) + 1 FROM reports").fetchone()[0]
            cur = self.db.execute(
                "INSERT INTO reports(form, lang, created, updated, role, plan_id, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [doc.form.id, doc.lang, stamp, stamp, doc.role, plan_id, position],
            )
            report_id = cur.lastrowid
            for key, value in doc.project.items():
                self.write_project_value(key, value)
            self.db.conn.executemany(
                "INSERT INTO report_values(report_id, key, value) VALUES (?, ?, ?)",
                [(report_id, k, v) for k, v in doc.values.items()],
            )
            row_records, cell_records = [], []
            for tdef in doc.form.all_tables():
                if tdef.is_fixed:
                    continue
                # a row's position is counted per parent as the rows come, in order: looking it
                # up in its sibling list (list.index) made an import quadratic in its rows
                positions: dict[str | None, int] = {}
                for row, ancestors in doc.iter_rows(tdef.path):
                    parent_id = ancestors[-1].id if ancestors else None
                    position = positions.get(parent_id, 0)
                    positions[parent_id] = position + 1
                    row_records.append((row.id, report_id, tdef.path, parent_id, position, row.kind, row.plan_id))
                    cell_records.extend((row.id, c, v) for c, v in row.cells.items())
            total, done = len(row_records) + len(cell_records), 0
            for sql, records in (("INSERT INTO rows(id, report_id, table_path, parent_id, position, kind, plan_row) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)", row_records),
                                 ("INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?)", cell_records)):
                for start in range(0, len(records), WRITE_STEP):  # steps: each one a few ms, all linear
                    step = records[start:start + WRITE_STEP]
                    self.db.conn.executemany(sql, step)
                    done += len(step)
                    if progress is not None:
                        progress(done, total)
            self.db.conn.executemany("INSERT INTO carried(report_id, target) VALUES (?, ?)",
                                     [(report_id, t) for t in sorted(doc.carried)])
            self._journal(report_id, "create_document", f"{doc.role}:{doc.form.id}", None)
        doc.doc_id = report_id
        return report_id

    def create_project(self, project: Project) -> None:
        """Write every document of a project (an import), the plan first, in one go."""
        for doc in project.documents:
            self.create_document(doc)
        with self.db.atomic():
            for key, value in project.values.items():
                self.write_project_value(key, value)

    def delete_document(self, doc_id: int) -> None:
        """Remove one document. A backup taken just before still holds it."""
        self._require_writable()
        self.last_backup = backups.snapshot(self, "before-delete")
        with self.db.atomic():
            self.db.execute("DELETE FROM cells WHERE row_id IN (SELECT id FROM rows WHERE report_id=?)", [doc_id])
            self.db.execute("DELETE FROM rows WHERE report_id=?", [doc_id])
            self.db.execute("DELETE FROM report_values WHERE report_id=?", [doc_id])
            self.db.execute("DELETE FROM ui_state WHERE report_id=?", [doc_id])
            self.db.execute("DELETE FROM carried WHERE report_id=?", [doc_id])
            self.db.execute("UPDATE reports SET plan_id=NULL WHERE plan_id=?", [doc_id])
            self.db.execute("DELETE FROM reports WHERE id=?", [doc_id])
            self._journal(doc_id, "delete_document", str(doc_id), None)

    def load_project(self, registry: FormRegistry) -> Project:
        """The whole project: its values and every document, reports linked to the plan."""
        project = Project()
        project.values.update(self.project_values())
        self.missing_documents = []
        for info in self.list_documents():
            try:
                form = registry.get(info.form)
            except FormError:
                # An edition removed (or never added here): the rest of the project opens;
                # this document stays in the file as it is, until the edition is added.
                self.missing_documents.append(info)
                continue
            doc = self._load(info, form, project.values)
            project.add(doc)
        return project

    def load_document(self, report_id: int, registry: FormRegistry) -> Document:
        """One document, with the rest of its project loaded around it (its plan)."""
        project = self.load_project(registry)
        try:
            return project.document(report_id)
        except ValueError:
            raise StoreError("damaged", str(self.path), f"no document {report_id}") from None

    def _load(self, info: DocumentInfo, form, project_values: dict[str, str]) -> Document:
        doc = Document(form, info.lang, info.role)
        doc.project = project_values
        doc.doc_id = info.id
        doc.follows_plan = info.plan_id is not None
        doc.values.update(
            self.db.execute("SELECT key, value FROM report_values WHERE report_id=?", [info.id]).fetchall()
        )
        old = self._user_version() < 3
        for key in _PER_REPORT_BEFORE_V3 if old else ():
            if key in doc.values and not doc.project.get(key):
                doc.project[key] = doc.values.pop(key)
        cells: dict[str, dict[str, str]] = {}
        for row_id, col, value in self.db.execute(
            "SELECT c.row_id, c.col, c.value FROM cells c JOIN rows r ON r.id = c.row_id WHERE r.report_id=?",
            [info.id],
        ):
            cells.setdefault(row_id, {})[col] = value
        if not old:
            doc.carried.update(t for (t,) in self.db.execute(
                "SELECT target FROM carried WHERE report_id=?", [info.id]))
        plan_row = "NULL" if old else "plan_row"
        rows = self.db.execute(
            f"SELECT id, table_path, parent_id, kind, {plan_row} FROM rows WHERE report_id=? ORDER BY position",
            [info.id],
        ).fetchall()
        # Parents before children: shallower table paths first, each level in position order.
        rows.sort(key=lambda r: r[1].count("."))
        for row_id, table_path, parent_id, kind, plan_row in rows:
            siblings = doc.siblings(table_path, parent_id)
            doc.add_row(table_path, parent_id, index=len(siblings), cells=cells.get(row_id), kind=kind,
                        row_id=row_id, plan_id=plan_row)
        return doc

    # ---- savepoint: where the user was --------------------------------------------------

    def get_state(self, report_id: int, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM ui_state WHERE report_id=? AND key=?", [report_id, key]).fetchone()
        return row[0] if row else default

    def set_state(self, report_id: int, key: str, value: str) -> None:
        if self.read_only or _identity(self.path) != self._identity:
            # where the cursor was is not worth an error on a read-only file, nor on one that
            # is gone (the edits' own flush says so)
            return
        try:
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO ui_state(report_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(report_id, key) DO UPDATE SET value=excluded.value",
                    [report_id, key, value],
                )
        except sqlite3.Error as exc:
            raise StoreError("write_failed", str(self.path), str(exc)) from exc

    # ---- print records ----------------------------------------------------------------

    def record_print(self, report_id: int, *, form: str, lang: str, content_hash: str, pages: int,
                     printed: str) -> int | None:
        """Keep the record of one print (its values as JSON text); None when the file is
        read-only or older than version 4 opened read-only: the paper still carries its code."""
        if self.read_only or self._user_version() < 4:
            return None
        try:
            with self.db.atomic():
                cur = self.db.execute(
                    "INSERT INTO prints(at, report_id, form, lang, hash, pages, printed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [now_iso(), report_id, form, lang, content_hash, pages, printed])
                return cur.lastrowid
        except sqlite3.Error as exc:
            raise StoreError("write_failed", str(self.path), str(exc)) from exc

    def find_print(self, report_id: int, hash_prefix: str) -> tuple[str, str, str] | None:
        """(when, full hash, values printed) of the latest print of a document whose hash
        starts with `hash_prefix`, or None."""
        if self._user_version() < 4:
            return None
        return self.db.execute(
            "SELECT at, hash, printed FROM prints WHERE report_id=? AND hash LIKE ? ORDER BY id DESC LIMIT 1",
            [report_id, hash_prefix.replace("%", "").replace("_", "") + "%"]).fetchone()

    # ---- copies ---------------------------------------------------------------------

    def save_copy(self, dest: Path | str, pending=None) -> int:
        """A consistent copy through SQLite's backup API from the live connection (safe while
        editing, and still possible when the file was deleted under the session: the open
        connection reads it), then `pending(copy)`, which writes into the copy the edits not
        yet written here (DocumentWriter.write_pending_into). Returns what `pending` wrote.
        Written beside `dest` and renamed when complete; a symlink at `dest` is written through.
        """
        from ..safe_write import real_target

        dest = real_target(Path(dest))
        if _identity(dest) is not None and _identity(dest) == self._identity:
            raise StoreError("exists", str(dest))
        tmp = part_path(dest, unique=True)
        included = 0
        try:
            target = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                self.db.conn.backup(target)
                copy = ProjectFile(tmp, target, read_only=False)
                if pending is not None:
                    included = pending(copy)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
            with tmp.open("rb+") as fh:
                os.fsync(fh.fileno())
            give_name(tmp, dest)
        except (OSError, sqlite3.Error) as exc:
            _remove_with_side_files(tmp)
            raise StoreError(failure_code(exc), str(dest), str(exc)) from exc
        except StoreError:
            _remove_with_side_files(tmp)
            raise
        return included

    # ---- journal --------------------------------------------------------------------

    def _journal(self, report_id: int | None, op: str, target: str, value: str | None) -> None:
        self.db.execute(
            "INSERT INTO journal(at, report_id, op, target, value) VALUES (?, ?, ?, ?, ?)",
            [now_iso(), report_id, op, target, value],
        )


def build_project(path: Path | str, fill, *, replace: bool = False) -> Path:
    """Make a new project file at `path` whole or not at all: made under a temporary name
    beside it, filled by `fill(project)`, closed with its WAL checkpointed into it, and only
    then given its name, atomically. Without `replace` the name is taken only if free (two
    makers racing for it: one wins, the other gets "exists"); with it an existing file is
    replaced only now, when the new one is complete. A failure (full disk, a read-only
    folder) leaves nothing behind: no half project, no -wal or -shm, so a retry works.
    """
    path = Path(path)
    if path.exists() and not replace:
        raise StoreError("exists", str(path))
    tmp = part_path(path, unique=True)
    try:
        project = ProjectFile.create(tmp)
    except StoreError as exc:
        _remove_with_side_files(tmp)
        raise StoreError(exc.code, str(path), exc.detail) from None
    try:
        fill(project)
    except sqlite3.Error as exc:  # a full disk while filling: said as such, nothing left
        project.close()
        _remove_with_side_files(tmp)
        raise StoreError(failure_code(exc), str(path), str(exc)) from exc
    except BaseException:
        project.close()
        _remove_with_side_files(tmp)
        raise
    why = project.close()
    if why is not None and why != "gone":
        _remove_with_side_files(tmp)
        raise StoreError(why, str(path))
    try:
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        give_name(tmp, path, exclusive=not replace)
    except FileExistsError:
        _remove_with_side_files(tmp)
        raise StoreError("exists", str(path)) from None
    except OSError as exc:
        _remove_with_side_files(tmp)
        raise StoreError(failure_code(exc), str(path), exc.strerror or str(exc)) from exc
    _remove_with_side_files(tmp)  # the temporary name's side files, if any were left
    return path
