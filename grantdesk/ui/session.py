"""The open project and the document being edited: every change goes through here.

ProjectSession holds the project file and every document, with one writer for them all
(editing the plan changes the reports that follow it). EditSession is the document on
screen: its checks, its section states, where the user was. Typing changes the in-memory
document at once; the queue is flushed to the file a few hundred ms after the last change
(never more than a second); checks re-run after each burst of changes. If the file cannot
be written, the edits stay queued in memory, the user is told, and saving is retried.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, QTimer, Signal

from ..checks import Problem, is_gap, run_checks
from ..document import Change, Document, Project, Ref
from ..forms import FormDef, FormRegistry, default_registry
from ..progress import DocumentState, assess, section_states
from ..store import DocumentWriter, EditBackups, ProjectFile, StoreError

FLUSH_DELAY_MS = 300
CHECK_DELAY_MS = 120
RETRY_DELAY_MS = 3000


class ProjectSession(QObject):
    """The open project file and its documents; saving for all of them."""

    saveStateChanged = Signal(str)  # "saved" | "pending" | "failed" | "gone" | "read_only"

    def __init__(self, file: ProjectFile, project: Project, parent: QObject | None = None,
                 registry: FormRegistry | None = None):
        super().__init__(parent)
        self.file = file
        self.project = project
        self.registry = registry if registry is not None else default_registry()  # the editions on offer
        self.last_error: StoreError | None = None
        self.close_problem: str | None = None
        self.writer = DocumentWriter(file)
        for doc in project.documents:
            self.writer.attach(doc.doc_id, doc)
        # a snapshot every few minutes of editing (opening took one already)
        self.backups = None if file.read_only else EditBackups(file)
        self.writer.on_pending = self._on_pending
        self._flush_timer = QTimer(self, singleShot=True, interval=FLUSH_DELAY_MS)
        self._flush_timer.timeout.connect(self.flush)

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def _on_pending(self) -> None:
        if self.read_only:
            self.saveStateChanged.emit("read_only")
            return
        if not self._flush_timer.isActive():
            self._flush_timer.start()
        self.saveStateChanged.emit("pending")

    def flush(self) -> bool:
        """Write what is queued. True when nothing is left unsaved."""
        if self.read_only:
            return self.writer.pending == 0
        try:
            written = self.writer.flush()
        except StoreError as exc:
            self.last_error = exc
            # "gone": the file opened is not at its path any more (deleted, moved, a stick
            # pulled out): the edits stay queued, Save a copy takes them; retrying finds the
            # file again if it comes back (the same file: device and inode are checked).
            self.saveStateChanged.emit("gone" if exc.code == "gone" else "failed")
            self._flush_timer.start(RETRY_DELAY_MS)
            return False
        self.last_error = None
        self.saveStateChanged.emit("saved")
        if written and self.backups is not None:
            self.backups.after_flush(written)  # never raises: backups must not disturb typing
        return True

    # ---- documents ----------------------------------------------------------------------

    def states(self) -> dict[int, DocumentState]:
        """Each document's state for the documents screen (progress.assess, as everywhere)."""
        return {d.doc_id: assess(d) for d in self.project.documents}

    def updated(self) -> dict[int, str]:
        return {info.id: info.updated for info in self.file.list_documents()}

    def create(self, form: FormDef, role: str, lang: str) -> Document:
        """A new document, from the plan when the project has one; written at once."""
        self.flush()
        doc = self.project.new_document(form, role, lang)
        self._store(doc)
        return doc

    def adopt(self, doc: Document, progress=None) -> Document:
        """A document made elsewhere (a plan imported from Word) taken into this project and
        written at once; its reports follow it if it is the plan. `progress(done, total)`
        is told as its rows and cells are written."""
        self.flush()
        self.project.add(doc)
        self._store(doc, progress)
        return doc

    def duplicate(self, doc: Document) -> Document:
        self.flush()
        copy = self.project.duplicate(doc)
        self._store(copy)
        return copy

    def copy_into(self, doc: Document, form: FormDef) -> tuple[Document, list[str]]:
        """A copy of `doc` in another edition, written at once; and what had no place there."""
        from ..document.project import copy_into

        self.flush()
        copy, unplaced = copy_into(self.project, doc, form)
        self._store(copy)
        return copy, unplaced

    def _store(self, doc: Document, progress=None) -> None:
        try:
            self.file.create_document(doc, progress)
        except StoreError:
            self.project.remove(doc)
            raise
        self.writer.attach(doc.doc_id, doc)

    def delete(self, doc: Document) -> None:
        """Remove a document (a backup taken just before still holds it). Deleting the plan
        leaves its reports every plan value they showed, as their own."""
        if not self.flush():
            raise self.last_error or StoreError("write_failed", str(self.file.path))
        self.writer.detach(doc.doc_id)
        self.project.remove(doc)
        self.flush()  # what the reports kept of a removed plan
        self.file.delete_document(doc.doc_id)

    def close(self) -> bool:
        """Flush and close the file. False (file left open) if edits could not be saved.
        `close_problem` then says whether the file was left whole on its own (None) or why
        not (its -wal still holds edits the next open replays)."""
        if not self.flush():
            return False
        self._flush_timer.stop()
        self.writer.detach()
        self.close_problem = self.file.close()
        return True


class EditSession(QObject):
    problemsChanged = Signal()
    saveStateChanged = Signal(str)  # "saved" | "pending" | "failed" | "gone" | "read_only"
    changed = Signal(object)  # the document Change, for views that mirror it

    """The document on screen, within its open project."""

    def __init__(self, project_session: ProjectSession, doc: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.project_session = project_session
        self.project = project_session.file  # the file: its path, its savepoint
        self.report_id = doc.doc_id
        self.doc = doc
        self.problems = run_checks(doc)
        self.states = section_states(doc, self.visible_problems, self._problems)
        self.writer = project_session.writer
        doc.subscribe(self._on_change)
        project_session.saveStateChanged.connect(self.saveStateChanged)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.recheck)

    @property
    def read_only(self) -> bool:
        return self.project.read_only

    @property
    def last_error(self) -> StoreError | None:
        return self.project_session.last_error

    def plan_locked(self, table_path: str) -> bool:
        """True for a table whose rows come from the plan: they are added, removed and moved
        in the plan, not here."""
        links = self.doc.form.plan_links
        return self.doc.plan is not None and links is not None and links.table(table_path) is not None

    # ---- edits ----------------------------------------------------------------------

    def set(self, ref: Ref, value: str) -> None:
        self.doc.set(ref, value)

    def _on_change(self, change: Change) -> None:
        self._check_timer.start()
        self.changed.emit(change)

    # ---- saving ---------------------------------------------------------------------

    def flush(self) -> bool:
        """Write what is queued (for the whole project). True when nothing is left unsaved."""
        return self.project_session.flush()

    def recheck(self) -> None:
        self._check_timer.stop()
        self.problems = run_checks(self.doc)
        self.states = section_states(self.doc, self.visible_problems, self._problems)
        self.problemsChanged.emit()

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    @problems.setter
    def problems(self, problems: list[Problem]) -> None:
        # Every editor asks for its own problems after each check: index them by place once.
        self._problems = problems
        self._by_ref: dict[Ref, list[Problem]] = {}
        for p in problems:
            self._by_ref.setdefault(p.ref, []).append(p)

    def problems_at(self, ref: Ref) -> list[Problem]:
        return list(self._by_ref.get(ref, ()))

    # ---- calm gaps: what is not filled in yet shows once the user has been there --------
    # A new report is mostly empty; thirteen red fields at once say "you failed" before the
    # user has typed anything. R1 for a field shows once the user has left it; it and the
    # plan's empty parts (R13, checks.is_gap) show everywhere after "Check the report" or
    # printing; the panel meanwhile says how many remain. Contradictions in what was typed
    # (R2-R12, an unreadable period) always show at once.

    def _calm(self) -> tuple[set[str], bool]:
        if not hasattr(self, "_visited"):
            try:
                visited = json.loads(self.recall("visited", "[]"))
            except ValueError:
                visited = []
            self._visited = {v for v in visited if isinstance(v, str)} if isinstance(visited, list) else set()
            self._revealed = self.recall("revealed") == "1"
        return self._visited, self._revealed

    def shows(self, problem: Problem) -> bool:
        visited, revealed = self._calm()
        if not is_gap(problem) or revealed:
            return True
        return problem.rule == "R1" and problem.ref.table in visited

    @property
    def visible_problems(self) -> list[Problem]:
        return [p for p in self._problems if self.shows(p)]

    @property
    def waiting(self) -> list[Problem]:
        """Gaps not marked yet: required fields still empty, parts of the plan still empty."""
        return [p for p in self._problems if not self.shows(p)]

    def visible_at(self, ref: Ref) -> list[Problem]:
        return [p for p in self._by_ref.get(ref, ()) if self.shows(p)]

    def mark_visited(self, ref: Ref) -> None:
        """The user has been in this field and left it: its R1, if any, shows from now on."""
        visited, _ = self._calm()
        if ref.kind != "field" or ref.table in visited:
            return
        visited.add(ref.table)
        self.remember("visited", json.dumps(sorted(visited)))
        if any(p.rule == "R1" for p in self._by_ref.get(ref, ())):
            self.recheck()

    def reveal_all(self) -> None:
        """ "Check the report" or printing: every problem shows, for good."""
        if self._calm()[1]:
            return
        self._revealed = True
        self.remember("revealed", "1")
        self.recheck()

    # ---- where the user was -----------------------------------------------------------

    def remember(self, key: str, value: str) -> None:
        try:
            self.project.set_state(self.report_id, key, value)
        except StoreError:
            pass  # the savepoint is a convenience; the edits themselves are what must not fail

    def recall(self, key: str, default: str = "") -> str:
        return self.project.get_state(self.report_id, key, default)

    def close(self) -> bool:
        """Leave this document (the project stays open). False if edits could not be saved."""
        self._check_timer.stop()
        if not self.flush():
            return False
        self.doc.unsubscribe(self._on_change)
        self.project_session.saveStateChanged.disconnect(self.saveStateChanged)
        return True
