"""The .grantdesk file's schema and its migrations (SQLite as an application file format).

The file says what it is (PRAGMA application_id) and which schema it holds
(PRAGMA user_version). Tables are created explicitly here, never by inserts.

Versions:
1. the first file format.
2. `meta.project_id`, a random UUID that keys the project's backups so renamed and copied
   files keep them (written by ProjectFile, since SQL cannot make a UUID), and an index
   on the journal by report, so undo and the audit trail read one report's latest edits
   without scanning every edit of the project.

3. documents around one plan: each document (table `reports`, kept by that name) records
   its `role` (plan, interim, final, derived), the `plan_id` of the plan it follows and its
   `position` among the project's documents; each row records the `plan_row` it follows.
   The project's goal, kept per report before, becomes a project value. `carried` marks
   the values a final report took from the last interim report, until each is edited.

4. `prints`: a record of each print of a document (when, the hash of its content that
   every page's code carries, and the values printed), so a paper copy read back
   (grantdesk verify) says what changed since it was printed.

A file of an older version is backed up, then migrated in one transaction on opening.
Every step only adds, so this code still reads an older file opened read-only.
"""

from __future__ import annotations

import functools
import sqlite3

APPLICATION_ID = 0x4744534B  # "GDSK"
SCHEMA_VERSION = 4

# (version reached, name, SQL). Append only: each step takes a file from version-1 to version.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "create",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE project_values (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            form TEXT NOT NULL,
            lang TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE report_values (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (report_id, key)
        );
        CREATE TABLE rows (
            id TEXT PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            table_path TEXT NOT NULL,
            parent_id TEXT REFERENCES rows(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT
        );
        CREATE INDEX rows_by_report ON rows (report_id, table_path, parent_id, position);
        CREATE TABLE cells (
            row_id TEXT NOT NULL REFERENCES rows(id) ON DELETE CASCADE,
            col TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (row_id, col)
        );
        CREATE TABLE ui_state (
            report_id INTEGER NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (report_id, key)
        );
        CREATE TABLE journal (
            seq INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            report_id INTEGER,
            op TEXT NOT NULL,
            target TEXT NOT NULL,
            value TEXT
        );
        """,
    ),
    (
        2,
        "project id and journal index",
        """
        CREATE INDEX journal_by_report ON journal (report_id, seq);
        """,
    ),
    (
        3,
        "documents around one plan",
        """
        ALTER TABLE reports ADD COLUMN role TEXT NOT NULL DEFAULT 'final';
        ALTER TABLE reports ADD COLUMN plan_id INTEGER REFERENCES reports(id) ON DELETE SET NULL;
        ALTER TABLE reports ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
        UPDATE reports SET position = id;
        ALTER TABLE rows ADD COLUMN plan_row TEXT;
        CREATE TABLE carried (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            target TEXT NOT NULL,
            PRIMARY KEY (report_id, target)
        );
        INSERT OR IGNORE INTO project_values(key, value)
            SELECT key, value FROM report_values WHERE key = 'goal' ORDER BY report_id;
        DELETE FROM report_values
            WHERE key = 'goal' AND value = (SELECT value FROM project_values WHERE key = 'goal');
        """,
    ),
    (
        4,
        "print records",
        """
        CREATE TABLE prints (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            report_id INTEGER NOT NULL,
            form TEXT NOT NULL,
            lang TEXT NOT NULL,
            hash TEXT NOT NULL,
            pages INTEGER NOT NULL,
            printed TEXT NOT NULL
        );
        CREATE INDEX prints_by_hash ON prints (hash);
        """,
    ),
]


def statements(sql: str) -> list[str]:
    """A migration's SQL as whole statements, as SQLite itself ends them
    (`sqlite3.complete_statement`): a ";" inside a string or a trigger body does not split."""
    found, current = [], ""
    for piece in sql.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):  # the ";" ends a statement, not a string
            if current.strip(" \n\t;"):
                found.append(current.strip())
            current = ""
    if current.strip(" \n\t;"):
        found.append(current.strip().rstrip(";"))  # the last statement needs no ";"
    return found


@functools.lru_cache(maxsize=None)
def expected_schema(version: int) -> frozenset[tuple[str, str, tuple[str, ...]]]:
    """(type, name, columns) of every object a file of `version` holds, as the migrations
    make them: built in memory once per version."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step, _name, sql in MIGRATIONS:
            if step <= version:
                for statement in statements(sql):
                    conn.execute(statement)
        return frozenset(_objects(conn))
    finally:
        conn.close()


def _objects(conn: sqlite3.Connection) -> list[tuple[str, str, tuple[str, ...]]]:
    found = []
    for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall():
        columns = ()
        if kind == "table":
            columns = tuple(sorted(r[1] for r in conn.execute(f'PRAGMA table_info("{name.replace(chr(34), "")}")')))
        found.append((kind, name, columns))
    return found


# The columns that hold text and nothing else (a number, a BLOB or NULL there came from
# another tool): checked on opening (ProjectFile._check_schema), mended by repair.py.
TEXT_COLUMNS = (("report_values", "value"), ("cells", "value"), ("project_values", "value"),
                ("report_values", "key"), ("cells", "col"), ("rows", "id"), ("rows", "table_path"))
# Of those, the ones that name a thing (a key): one that is unreadable cannot be dropped
# without what it names, so repair refuses it instead.
KEY_COLUMNS = (("report_values", "key"), ("cells", "col"), ("rows", "id"), ("rows", "table_path"))


def foreign_objects(conn: sqlite3.Connection, version: int) -> list[str]:
    """What a file holds beyond (or short of) GrantDesk's own schema of its version: tables,
    columns, indexes, triggers and views another tool added, and ones missing."""
    expected = {(k, n): c for k, n, c in expected_schema(min(version, SCHEMA_VERSION))}
    actual = {(k, n): c for k, n, c in _objects(conn)}
    found = []
    for (kind, name), columns in sorted(actual.items()):
        if (kind, name) not in expected:
            found.append(f"{kind} {name}")
        elif kind == "table" and columns != expected[(kind, name)]:
            extra = sorted(set(columns) - set(expected[(kind, name)]))
            missing = sorted(set(expected[(kind, name)]) - set(columns))
            found += [f"column {name}.{c}" for c in extra] + [f"missing column {name}.{c}" for c in missing]
    found += [f"missing {kind} {name}" for (kind, name) in sorted(expected) if (kind, name) not in actual]
    return found
