"""The project file's connection: statements, and transactions that nest.

The connection runs in autocommit (isolation_level=None): SQLite opens no transaction of
its own, so a statement outside `atomic()` is committed as it runs and `atomic()` is the
only way several become one. This is the part of sqlite-utils' Database the store used;
importing sqlite-utils (with click, dateutil and its plugin machinery) cost a fifth of the
window's cold start, for these few lines.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from typing import Any, Iterator, Sequence


class Database:
    def __init__(self, conn: sqlite3.Connection):
        if conn.isolation_level is not None:
            raise ValueError("the project connection must be opened with isolation_level=None")
        self.conn = conn

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def atomic(self) -> Iterator["Database"]:
        """All or nothing: BEGIN … COMMIT, or a savepoint inside a transaction already open.
        An error rolls back what the block did and is raised again."""
        if self.conn.in_transaction:
            savepoint = f"gd_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                # An error can end the whole transaction (a full disk, ROLLBACK in a trigger):
                # then there is no savepoint left to go back to, and trying would hide the error.
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
