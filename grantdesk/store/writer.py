"""Turns document changes into small writes: queued as they happen, flushed in one
transaction (the UI flushes a few hundred ms after typing stops; the CLI at once).

One writer serves every document of an open project: editing the plan changes the rows of
the reports that follow it, and those changes are written in the same transaction.

If a write fails (full disk, USB stick pulled out) nothing is dropped: the changes stay
queued in memory and the next flush tries again.
"""

from __future__ import annotations

import sqlite3
from typing import Callable

from ..document import (
    Change, Document, LanguageChanged, RowAdded, RowRemoved, RowsReordered, RowUnlinked, ValueChanged, ValuesCarried,
)
from .errors import StoreError, failure_code
from .project import ProjectFile, now_iso


class DocumentWriter:
    """Queues the changes of one or more documents of a project file and writes them."""

    def __init__(self, project: ProjectFile, report_id: int | None = None, doc: Document | None = None):
        self.project = project
        self._pending: list[tuple[int, Change]] = []
        self._listeners: dict[int, tuple[Document, Callable[[Change], None]]] = {}
        self.on_pending: Callable[[], None] | None = None  # the UI starts its flush timer here
        if doc is not None:
            self.attach(report_id, doc)

    def attach(self, report_id: int, doc: Document) -> None:
        """Write the changes of `doc` (stored as document `report_id`) from now on."""
        def queue(change: Change, report_id: int = report_id) -> None:
            self._queue(report_id, change)

        self.detach(report_id)
        self._listeners[report_id] = (doc, queue)
        doc.subscribe(queue)

    def detach(self, report_id: int | None = None) -> None:
        """Stop following one document (or, with no id, every document)."""
        for rid in [report_id] if report_id is not None else list(self._listeners):
            if rid in self._listeners:
                doc, queue = self._listeners.pop(rid)
                doc.unsubscribe(queue)

    @property
    def pending(self) -> int:
        return len(self._pending)

    def _queue(self, report_id: int, change: Change) -> None:
        # Typing the same field again replaces its queued value: one write per field per flush.
        if isinstance(change, ValueChanged) and self._pending:
            last_id, last = self._pending[-1]
            if last_id == report_id and isinstance(last, ValueChanged) and last.ref == change.ref:
                self._pending[-1] = (report_id, change)
                if self.on_pending:
                    self.on_pending()
                return
        self._pending.append((report_id, change))
        if self.on_pending:
            self.on_pending()

    def flush(self) -> int:
        """Write everything queued in one transaction. Returns how many changes were written.

        Raises StoreError ("read_only", "gone" when the file is no longer the one opened,
        "disk_full", "write_protected", "write_failed"); the queue is kept on failure.
        """
        if not self._pending:
            return 0
        self.project.require_writable()  # read-only, or the file vanished or was replaced
        batch = list(self._pending)
        self._write_batch(self.project, batch)
        del self._pending[: len(batch)]
        return len(batch)

    def write_pending_into(self, target: ProjectFile) -> int:
        """Write what is queued into another file (a copy made from this project's file),
        keeping the queue: Save a copy holds the edits the project file could not take."""
        batch = list(self._pending)
        if batch:
            self._write_batch(target, batch)
        return len(batch)

    def _write_batch(self, project: ProjectFile, batch: list[tuple[int, Change]]) -> None:
        db = project.db
        try:
            with db.atomic():
                for report_id, change in batch:
                    self._write(project, report_id, change)
                stamp = now_iso()
                for report_id in {rid for rid, _ in batch}:
                    db.execute("UPDATE reports SET updated=? WHERE id=?", [stamp, report_id])
        except (sqlite3.Error, UnicodeEncodeError) as exc:  # UnicodeEncodeError: a lone surrogate
            raise StoreError(failure_code(exc), str(project.path), str(exc)) from exc

    # ---- one change → SQL -----------------------------------------------------------

    def _write(self, project: ProjectFile, rid: int, change: Change) -> None:
        db = project.db
        if isinstance(change, ValueChanged):
            ref = change.ref
            if ref.kind == "cell":
                db.execute(
                    "INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(row_id, col) DO UPDATE SET value=excluded.value",
                    [ref.row, ref.column, change.value],
                )
            elif change.scope == "project":
                project.write_project_value(ref.value_key(), change.value)
            else:
                db.execute(
                    "INSERT INTO report_values(report_id, key, value) VALUES (?, ?, ?) "
                    "ON CONFLICT(report_id, key) DO UPDATE SET value=excluded.value",
                    [rid, ref.value_key(), change.value],
                )
            project._journal(rid, "set", ref.target(), change.value)
            # a carried value, once edited, is the user's own: its mark goes
            db.execute("DELETE FROM carried WHERE report_id=? AND target=?", [rid, ref.target()])
        elif isinstance(change, RowAdded):
            db.execute(
                "INSERT INTO rows(id, report_id, table_path, parent_id, position, kind, plan_row) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [change.row_id, rid, change.table, change.parent_id, 0, change.kind, change.plan_id],
            )
            db.conn.executemany(
                "INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?)",
                [(change.row_id, c, v) for c, v in change.cells],
            )
            self._positions(project, change.sibling_ids)
            project._journal(rid, "add_row", f"{change.table}:{change.row_id}", change.parent_id)
        elif isinstance(change, RowRemoved):
            # Children reference parents with ON DELETE CASCADE; delete explicitly anyway so a
            # file opened without foreign keys enforced is left just as clean.
            marks = ",".join("?" * len(change.removed_ids))
            db.execute(f"DELETE FROM cells WHERE row_id IN ({marks})", list(change.removed_ids))
            db.execute(f"DELETE FROM rows WHERE id IN ({marks})", list(change.removed_ids))
            db.conn.executemany("DELETE FROM carried WHERE report_id=? AND target LIKE ?",
                                [(rid, f"{row_id}.%") for row_id in change.removed_ids])
            self._positions(project, change.sibling_ids)
            project._journal(rid, "remove_row", f"{change.table}:{change.removed_ids[0]}", None)
        elif isinstance(change, RowsReordered):
            self._positions(project, change.sibling_ids)
            project._journal(rid, "move_row", change.table, ",".join(change.sibling_ids))
        elif isinstance(change, RowUnlinked):
            db.conn.executemany(
                "INSERT INTO cells(row_id, col, value) VALUES (?, ?, ?) "
                "ON CONFLICT(row_id, col) DO UPDATE SET value=excluded.value",
                [(change.row_id, c, v) for c, v in change.cells],
            )
            project._journal(rid, "unlink_row", f"{change.table}:{change.row_id}", None)
        elif isinstance(change, ValuesCarried):
            db.conn.executemany("INSERT OR IGNORE INTO carried(report_id, target) VALUES (?, ?)",
                                [(rid, t) for t in change.targets])
            project._journal(rid, "carry", str(len(change.targets)), None)
        elif isinstance(change, LanguageChanged):
            db.execute("UPDATE reports SET lang=? WHERE id=?", [change.lang, rid])
            project._journal(rid, "set_lang", "lang", change.lang)

    @staticmethod
    def _positions(project: ProjectFile, sibling_ids: tuple[str, ...]) -> None:
        project.db.conn.executemany(
            "UPDATE rows SET position=? WHERE id=?", [(i, row_id) for i, row_id in enumerate(sibling_ids)]
        )
