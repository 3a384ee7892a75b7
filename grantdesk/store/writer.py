"""Turns document changes into small writes: queued as they happen, flushed in one
transaction (the UI flushes a few hundred ms after typing stops; the CLI at once).

If a write fails (full disk, USB stick pulled out) nothing is dropped: the changes stay
queued in memory and the next flush tries again.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from ..document import Change, Document, LanguageChanged, RowAdded, RowRemoved, RowsReordered, ValueChanged
from .errors import StoreError
from .project import ProjectFile, now_iso, value_target


class DocumentWriter:
    def __init__(self, project: ProjectFile, report_id: int, doc: Document):
        self.project = project
        self.report_id = report_id
        self.doc = doc
        self._pending: list[Change] = []
        self.on_pending: Callable[[], None] | None = None  # the UI starts its flush timer here
        doc.subscribe(self._queue)

    def detach(self) -> None:
        self.doc.unsubscribe(self._queue)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def _queue(self, change: Change) -> None:
        # Typing the same field again replaces its queued value: one write per field per flush.
        if isinstance(change, ValueChanged) and self._pending:
            last = self._pending[-1]
            if isinstance(last, ValueChanged) and last.ref == change.ref:
                self._pending[-1] = change
                if self.on_pending:
                    self.on_pending()
                return
        self._pending.append(change)
        if self.on_pending:
            self.on_pending()

    def flush(self) -> int:
        """Write everything queued in one transaction. Returns how many changes were written.

        Raises StoreError("read_only" / "write_failed"); the queue is kept on failure.
        """
        if not self._pending:
            return 0
        if self.project.read_only:
            raise StoreError("read_only", str(self.project.path))
        batch = list(self._pending)
        db = self.project.db
        try:
            with db.atomic():
                for change in batch:
                    self._write(change)
                db.execute("UPDATE reports SET updated=? WHERE id=?", [now_iso(), self.report_id])
        except (sqlite3.Error, UnicodeEncodeError) as exc:  # UnicodeEncodeError: a lone surrogate
            raise StoreError("write_failed", str(self.project.path), str(exc)) from exc
        del self._pending[: len(batch)]
        return len(batch)

    # ---- one change → SQL -----------------------------------------------------------

    def _write(self, change: Change) -> None:
        db, rid = self.project.db, self.report_id
        if isinstance(change, ValueChanged):
            ref = change.ref
            if ref.kind == "cell":
                db.execute(
                    "INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(row_id, col) DO UPDATE SET value=excluded.value",
                    [ref.row, ref.column, change.value],
                )
            elif change.scope == "project":
                db.execute(
                    "INSERT INTO project_values(key, value) VALUES (?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                    [ref.value_key(), change.value],
                )
            else:
                db.execute(
                    "INSERT INTO report_values(report_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(report_id, key) DO UPDATE SET value=excluded.value",
                    [rid, ref.value_key(), change.value],
                )
            self.project._journal(rid, "set", value_target(ref), change.value)
        elif isinstance(change, RowAdded):
            db.execute(
                "INSERT INTO rows(id, report_id, table_path, parent_id, position, kind) VALUES (?, ?, ?, ?, ?, ?)",
                [change.row_id, rid, change.table, change.parent_id, 0, change.kind],
            )
            db.conn.executemany(
                "INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?)",
                [(change.row_id, c, v) for c, v in change.cells],
            )
            self._positions(change.sibling_ids)
            self.project._journal(rid, "add_row", f"{change.table}:{change.row_id}", change.parent_id)
        elif isinstance(change, RowRemoved):
            # Children reference parents with ON DELETE CASCADE; delete explicitly anyway so a
            # file opened without foreign keys enforced is left just as clean.
            marks = ",".join("?" * len(change.removed_ids))
            db.execute(f"DELETE FROM cells WHERE row_id IN ({marks})", list(change.removed_ids))
            db.execute(f"DELETE FROM rows WHERE id IN ({marks})", list(change.removed_ids))
            self._positions(change.sibling_ids)
            self.project._journal(rid, "remove_row", f"{change.table}:{change.removed_ids[0]}", None)
        elif isinstance(change, RowsReordered):
            self._positions(change.sibling_ids)
            self.project._journal(rid, "move_row", change.table, ",".join(change.sibling_ids))
        elif isinstance(change, LanguageChanged):
            db.execute("UPDATE reports SET lang=? WHERE id=?", [change.lang, rid])
            self.project._journal(rid, "set_lang", "lang", change.lang)

    def _positions(self, sibling_ids: tuple[str, ...]) -> None:
        self.project.db.conn.executemany(
            "UPDATE rows SET position=? WHERE id=?", [(i, row_id) for i, row_id in enumerate(sibling_ids)]
        )
