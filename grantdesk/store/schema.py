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
