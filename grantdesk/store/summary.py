"""What the start screen says about a recent project, read without opening it for writing.

A read-only look (SQLite's `mode=ro`): no lock taken, no migration, nothing written; a file
that cannot be read this way simply has no summary, and the start screen shows its name.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .backups import sqlite_uri
from .project import SQLITE_MAGIC


@dataclass(frozen=True)
class ProjectSummary:
    """What a project's list entry shows."""

    organisation: str
    project: str
    last_change: datetime | None  # UTC


def _parse(at: str | None) -> datetime | None:
    try:
        when = datetime.fromisoformat(at) if at else None
    except ValueError:
        return None
    return when.replace(tzinfo=timezone.utc) if when is not None and when.tzinfo is None else when


def read_summary(path: Path | str, org_key: str = "org_name", name_key: str = "project_name") -> ProjectSummary | None:
    """The organisation, the project's name and the last change of a .grantdesk file, or None."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
        conn = sqlite3.connect(sqlite_uri(path, "ro"), uri=True, timeout=0.2)
    except (OSError, sqlite3.Error):
        return None
    try:
        values = dict(conn.execute("SELECT key, value FROM project_values WHERE key IN (?, ?)", (org_key, name_key)))
        last = conn.execute("SELECT max(at) FROM journal").fetchone()[0]
        if last is None:
            last = conn.execute("SELECT max(updated) FROM reports").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return ProjectSummary(" ".join(values.get(org_key, "").split()), " ".join(values.get(name_key, "").split()),
                          _parse(last))
