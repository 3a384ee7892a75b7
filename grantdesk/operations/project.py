"""The use cases that read or write a project, shared by the CLI and the window.

Each one checks what it is given before it starts (the output-path rule, the limits),
does the work through the store, and raises OperationError with a message in the user's
language: front ends never reach into the store or the file system for these themselves.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..document import Document, Project, ReportFormatError, project_from_json, project_to_json
from ..forms import FormDef, FormError, FormRegistry
from ..progress import DocumentState, assess
from ..safe_write import write_whole
from ..store import ProjectFile, StoreError, backups
from ..store.project import DocumentInfo, Progress, build_project
from ..texts import import_error_text
from . import limits
from .errors import OperationError, from_os, from_store
from .messages import operation_text
from .outputs import check_output

if TYPE_CHECKING:  # a repair's modules load only when a file is repaired, not on every print
    from ..store.repair import RepairPlan, Repaired

PROJECT_STATE = 0  # the ui_state key space of the project itself (documents have ids from 1)


# ---- opening ---------------------------------------------------------------------------


@dataclass
class OpenProject:
    """A project open for editing (or reading): its file, its model, and what could not be
    loaded (documents of an edition this GrantDesk lacks: (id, edition))."""

    file: ProjectFile
    model: Project
    missing: list[tuple[int, str]] = field(default_factory=list)
    missing_documents: list[DocumentInfo] = field(default_factory=list)
    order: list[int] = field(default_factory=list)  # every document's id, in the file's order

    def entries(self) -> list[Document | DocumentInfo]:
        """Every document in the project's order: loaded ones, and those of a missing
        edition as the file lists them (see `listed`)."""
        return listed(self.order, self.model.documents, self.missing_documents)

    @property
    def read_only(self) -> bool:
        return self.file.read_only

    def missing_message(self, lang: str) -> str | None:
        if not self.missing:
            return None
        editions = ", ".join(sorted({e for _, e in self.missing}))
        return OperationError("missing_edition", n=len(self.missing), editions=editions).message(lang)


def open_project(path: Path | str, registry: FormRegistry, *, read_only: bool = False) -> OpenProject:
    """Open and load a project; a file that fails leaves no handle behind (the next open
    must not find it "already open")."""
    try:
        file = ProjectFile.open(Path(path), read_only=read_only)
    except StoreError as exc:
        raise from_store(exc) from None
    try:
        model = file.load_project(registry)
    except StoreError as exc:
        file.close()
        raise from_store(exc) from None
    except BaseException:
        file.close()
        raise
    order = [info.id for info in file.list_documents()]
    return OpenProject(file, model, list(file.missing_editions), list(file.missing_documents), order)


def listed(order: list[int], documents: list[Document], missing: list[DocumentInfo]) -> list[Document | DocumentInfo]:
    """The one listing of a project's documents (the documents screen, `grantdesk
    documents`): each in the file's order; a document whose edition is missing is its
    DocumentInfo, which cannot be rendered, edited or printed, only named."""
    by_id: dict[int, Document | DocumentInfo] = {d.doc_id: d for d in documents}
    by_id.update((info.id, info) for info in missing)
    return [by_id[i] for i in order if i in by_id]


def missing_edition_line(info: DocumentInfo, lang: str) -> str:
    """What a document of a missing edition shows where its state would be."""
    return OperationError("edition_missing_row", edition=info.form).message(lang)


def missing_edition_message(info: DocumentInfo, lang: str, number: int | None = None) -> str:
    """What opening (or printing) a document of a missing edition says."""
    return OperationError("document_missing_edition", n=number if number is not None else info.id,
                          edition=info.form).message(lang)


def load_project(path: Path | str, registry: FormRegistry) -> OpenProject:
    """A project read whole and closed at once (the CLI's reading commands)."""
    opened = open_project(path, registry, read_only=True)
    opened.file.close()
    return opened


def close_project(file: ProjectFile) -> str | None:
    """Close a project file; None when it is whole on its own, else the StoreError code of
    why not (its -wal still holds edits, which the next open replays)."""
    return file.close()


# ---- new project files -----------------------------------------------------------------


def _backup_before_replace(path: Path) -> None:
    """`--force`: the file about to be replaced is backed up first, or it is not replaced."""
    try:
        old = ProjectFile.open(path, read_only=True)
    except StoreError:
        raise OperationError("force_not_project", path=str(path)) from None
    try:
        if backups.snapshot(old, "before-replace") is None:
            raise OperationError("force_no_backup", path=str(path))
    finally:
        old.close()


def new_project_file(path: Path | str, fill: Callable[[ProjectFile], None], *, replace: bool = False,
                     protect=()) -> Path:
    """A new project file made whole or not at all (store.build_project); `replace` backs
    the old file up first and replaces it only when the new one is complete."""
    path = Path(path)
    target = check_output(path, protect=protect, project=True)
    if target.exists():
        if not replace:
            raise from_store(StoreError("exists", str(path)))
        _backup_before_replace(target)
    try:
        return build_project(target, fill, replace=replace)
    except StoreError as exc:
        raise from_store(exc) from None
    except OSError as exc:
        raise from_os(exc, path) from None


def create_project(path: Path | str, docs: list[Document], *, values: dict[str, str] | None = None,
                   open_at_first: bool = True, replace: bool = False, progress: Progress | None = None) -> Path:
    """A project holding `docs` (the plan first), opening at the first one; `progress(done,
    total)` is told as each document's rows and cells are written."""
    def fill(project: ProjectFile) -> None:
        ids = [project.create_document(doc, progress) for doc in docs]
        if values:
            with project.db.atomic():
                for key, value in values.items():
                    project.write_project_value(key, value)
        if open_at_first and ids:
            project.set_state(PROJECT_STATE, "document", str(ids[0]))

    return new_project_file(path, fill, replace=replace)


def import_json(source: Path | str, out: Path | str, registry: FormRegistry, *, replace: bool = False) -> Project:
    """A JSON export (version 1 or 2) as a new project file; the source is only read."""
    source = Path(source)
    check_output(out, project=True)  # before the work: a refused output costs nothing
    raw = limits.read_limited(source, limits.JSON_BYTES, "JSON")
    limits.check_json_depth(raw, source)
    try:
        data = json.loads(raw.decode("utf-8"))
        imported = project_from_json(data, registry)
    except (ValueError, RecursionError) as exc:  # JSON syntax, ReportFormatError, a bad encoding
        detail = str(exc) if not isinstance(exc, RecursionError) else "nested too deeply"
        raise OperationError("import", text=lambda lang, _bullet: import_error_text(str(source), detail, lang)) from None

    def fill(project: ProjectFile) -> None:
        project.create_project(imported)

    new_project_file(out, fill, replace=replace)
    return imported


# ---- documents -------------------------------------------------------------------------


def add_document(path: Path | str, form: FormDef, role: str, lang: str | None, registry: FormRegistry) -> Document:
    """A new document written into an existing project (CLI `new`)."""
    opened = open_project(path, registry)
    try:
        if opened.read_only:
            raise from_store(StoreError("read_only", str(path)))
        doc = opened.model.new_document(form, role, lang or opened.model.new_document_language())
        try:
            opened.file.create_document(doc)
        except StoreError as exc:
            raise from_store(exc) from None
        return doc
    finally:
        why = opened.file.close()
        if why is not None and not opened.read_only:
            raise from_store(StoreError(why, str(path)))


# ---- writing files out ------------------------------------------------------------------


def write_file(out: Path | str, data: bytes | Callable[[], bytes], *, protect=()) -> Path:
    """A file written whole at `out` after the output-path rule; `data` may be a callable,
    so a refused output is refused before the work of making it."""
    target = check_output(out, protect=protect)
    payload = data() if callable(data) else data
    try:
        write_whole(target, payload)
    except OSError as exc:
        raise from_os(exc, out) from None
    return target


def _check_page_limit(doc: Document) -> None:
    """The print's page limit (layout.limits, estimated from the text alone), before any work."""
    from ..layout.limits import TooLong, check_page_limit
    from ..texts import cli_text

    try:
        check_page_limit(doc)
    except TooLong as exc:
        pages, most = exc.pages, exc.limit
        raise OperationError("too_many_pages", text=lambda lang, _bullet: cli_text(
            "too_many_pages", lang, pages=pages, limit=most)) from None


@dataclass(frozen=True)
class Printed:
    """What a print wrote: the file, its pages, the document's state."""

    path: Path
    pages: int | None  # None for a Word file
    state: DocumentState  # the document's one state (progress.assess): a draft while it owes or errs

    @property
    def draft(self) -> bool:
        return self.state.draft


def print_document(doc: Document, out: Path | str, *, lang: str | None = None, protect=(),
                   derived: FormDef | None = None, page_code=None) -> Printed:
    """A document (or a derived form over it) as PDF, or Word when `out` ends in .docx; a
    draft as the document's one state says (progress.assess: the draft rule). `page_code`
    (layout.model.PageCode, grantdesk/operator/page_code.py) fills every page's code slot."""
    target = check_output(out, protect=protect)
    _check_page_limit(doc)
    state = assess(doc)
    draft = state.draft
    word = Path(out).suffix.lower() == ".docx"
    if word:
        from ..wordio import export_derived_docx, export_docx

        data = export_derived_docx(derived, doc, lang=lang, draft=draft) if derived else export_docx(
            doc, lang=lang, draft=draft, page_code=page_code)
        pages = None
    else:
        from ..printing import render_derived, render_pdf

        result = render_derived(derived, doc, lang=lang, draft=draft) if derived else render_pdf(
            doc, lang=lang, draft=draft, page_code=page_code)
        data, pages = result.pdf, result.pages
    try:
        write_whole(target, data)
    except OSError as exc:
        raise from_os(exc, out) from None
    return Printed(target, pages, state)


def print_with_code(doc: Document, out: Path | str, project: Path | ProjectFile, *, lang: str | None = None,
                    protect=()) -> Printed:
    """print_document with every page's code (grantdesk/operator/page_code.py: the PDF's
    QR code per page, the Word file's footer), the print recorded in the project (a file,
    or the one open in the app): what `grantdesk print` and the window's Save PDF and
    Export to Word do alike."""
    from ..operator import page_code

    if isinstance(project, ProjectFile):
        stamp = page_code.stamp(project.project_id, doc)
    else:
        stamp = page_code.stamp_for_file(project, doc)
    word = Path(out).suffix.lower() == ".docx"
    done = print_document(doc, out, lang=lang, protect=protect, page_code=stamp.page_code(word=word))
    page_code.record(project, stamp, lang or doc.lang, done.pages or 0)
    return done


def export_json(project: Project, out: Path | str, *, protect=()) -> Path:
    text = json.dumps(project_to_json(project), ensure_ascii=False, indent=1) + "\n"
    return write_file(out, text.encode("utf-8"), protect=protect)


# ---- copies and backups ------------------------------------------------------------------


@dataclass(frozen=True)
class SavedCopy:
    """What Save a copy wrote."""

    path: Path
    pending: int  # edits not yet in the project file that the copy holds
    documents: int


def save_copy(file: ProjectFile, writer, dest: Path | str) -> SavedCopy:
    """The session's state as a new file: the project file as the live connection sees it,
    plus every edit still queued in `writer` (also when the project file can no longer take
    them: deleted, full, write-protected)."""
    target = check_output(dest, protect=[file.path], project=True)
    try:
        pending = file.save_copy(target, writer.write_pending_into if writer is not None else None)
    except StoreError as exc:
        raise from_store(exc) from None
    documents = len(file.list_documents())
    return SavedCopy(target, pending, documents)


def restore_backup(backup: Path | str, out: Path | str) -> Path:
    """A backup restored into a NEW file (never over an existing one)."""
    target = check_output(out, project=True)
    if target.exists():
        raise from_store(StoreError("exists", str(out)))
    try:
        return backups.restore(Path(backup), target)
    except StoreError as exc:
        raise from_store(exc) from None


# ---- editions ---------------------------------------------------------------------------


def add_edition(path: Path | str, registry: FormRegistry | None = None) -> FormDef:
    from ..editions import EditionError, add_edition as _add

    path = Path(path)
    try:
        return _add(path, registry)
    except EditionError as exc:
        from ..texts import cli_text

        problems = exc.problems
        raise OperationError("edition_refused", text=lambda lang, bullet: cli_text(
            "edition_refused", lang, path=path, items="\n".join(f"{bullet}{p.text(lang)}" for p in problems))) from None
    except OSError as exc:
        raise from_os(exc, path) from None




# ---- a file changed by another tool --------------------------------------------------------


def repair_items(plan: RepairPlan, lang: str, bullet: str = "  - ") -> str:
    """What a repair removes or changes, one item a line, in `lang`."""
    lines = list(plan.objects())
    lines += [operation_text("repair_retype", lang, column=f"{t}.{c}", n=n) for t, c, n in plan.retype]
    lines += [operation_text("repair_unreadable", lang, column=f"{t}.{c}", n=n) for t, c, n in plan.unreadable]
    return "\n".join(bullet + line for line in lines)


@dataclass(frozen=True)
class RepairQuestion:
    """What the window asks before a repair (None from repair_question: nothing it can do)."""
    plan: RepairPlan

    def text(self, path, lang: str, bullet: str = "• ") -> str:
        return operation_text("repair_question", lang, path=path, items=repair_items(self.plan, lang, bullet))


def repair_question(path: Path | str) -> RepairQuestion | None:
    """A file refused as "foreign": what a repair would remove, or None when a repair cannot
    mend it (a missing table, an unknown language: only a backup helps)."""
    from ..store.repair import plan_repair

    try:
        plan = plan_repair(Path(path))
    except StoreError:
        return None
    return RepairQuestion(plan) if plan.needed and not plan.cannot else None


def repair_project(path: Path | str) -> Repaired:
    """Back the file up, then remove what another tool put there (store.repair.repair:
    its Repaired, the plan done and the backup). Refusals change nothing."""
    from ..store.repair import repair

    try:
        done = repair(Path(path))
    except StoreError as exc:
        raise from_store(exc) from None
    return done


def repaired_text(done: Repaired, path, lang: str, bullet: str = "  - ") -> str:
    return operation_text("repaired", lang, path=path, items=repair_items(done.plan, lang, bullet),
                          backup=str(done.backup.path))


# ---- the plan from Word --------------------------------------------------------------------


def prepare_plan(source: Path | str, form: FormDef):
    """An Annex 3 Word file read into a plan (not yet written anywhere); the source is only read."""
    from ..wordio import PlanImportError, prepare_import  # python-docx, only when asked for

    try:
        return prepare_import(Path(source), form)
    except PlanImportError as exc:
        said = exc.message
        raise OperationError("plan_import", text=lambda lang, _bullet: said(lang)) from None


def import_plan_new(prepared, out: Path | str, progress: Progress | None = None) -> Path:
    """The prepared plan as the first document of a new project at `out`; `progress(done,
    total)` is told as its rows and cells are written (the window's progress bar)."""
    return create_project(out, [prepared.doc], progress=progress)


def import_plan_into(prepared, opened: OpenProject, progress: Progress | None = None) -> int:
    """The prepared plan written into an open project that has none yet."""
    if opened.read_only:
        raise from_store(StoreError("read_only", str(opened.file.path)))
    try:
        return opened.file.create_document(prepared.doc, progress)
    except StoreError as exc:
        raise from_store(exc) from None
