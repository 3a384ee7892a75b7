"""`grantdesk import|export|documents|new|print|op4|check|backups|restore`: the same core the
app uses, without a display.

Exit codes: 0 ok, 1 `check` found errors, 2 the command could not run (the message says
why, in the user's language; never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__
from ..checks import problem_to_json, render_message
from ..document import Document, DocumentError, ReportFormatError, project_from_json, project_to_json
from ..document.project import Project
from ..forms import FormError, default_registry, derived_editions
from ..layout.limits import TooLong, check_page_limit
from ..progress import assess
from ..safe_write import write_whole
from ..settings import UI_LANGUAGES, Settings
from ..store import ProjectFile, StoreError, list_backups, restore
from ..texts import (
    backup_reason_text, backup_reports_text, cli_text, import_error_text, role_text, state_line, store_error_text,
    summary_line,
)
from ..wordio import PlanImportError, import_text, join_project, prepare_import
from .operator_commands import OperatorCliError



class CliError(Exception):
    pass


def _ui_lang(args) -> str:
    return getattr(args, "ui_lang", None) or Settings.load().ui_lang or "kk"


def _load_project(path: Path) -> Project:
    """Open a project read-only (these commands never change it) and load it whole."""
    project = ProjectFile.open(path, read_only=True)
    try:
        return project.load_project(default_registry())
    finally:
        project.close()


def _listing(documents: list[Document], lang: str) -> str:
    lines = []
    for doc in documents:
        state = state_line(assess(doc), lang)
        lines.append(f"{doc.doc_id:>3}  {role_text(doc.role, lang)}  {doc.form.id}  {doc.lang}  {state}")
    return "\n".join(lines)


def _choose(project: Project, path: Path, number: int | None, lang: str) -> Document:
    """The document `number`, or the only one; more than one and no number is a question."""
    if not project.documents:
        raise CliError(cli_text("no_report", lang, path=path))
    if number is None:
        if len(project.documents) > 1:
            raise CliError(cli_text("many_documents", lang, path=path, listing=_listing(project.documents, lang)))
        return project.documents[0]
    try:
        return project.document(number)
    except DocumentError:
        raise CliError(cli_text("bad_report", lang, path=path, n=number,
                                ids=", ".join(str(d.doc_id) for d in project.documents))) from None


def _open_document(path: Path, number: int | None, lang: str) -> Document:
    project = _load_project(path)
    return _choose(project, path, number, lang)


def _write_bytes(path: Path, data: bytes, lang: str) -> None:
    """All or nothing (safe_write): a failed write never leaves half a file."""
    try:
        write_whole(path, data)
    except OSError as exc:
        raise CliError(cli_text("cannot_write", lang, path=path, detail=exc.strerror or exc)) from exc


def cmd_import(args) -> int:
    lang = _ui_lang(args)
    src = Path(args.report)
    try:
        data = json.loads(src.read_text(encoding="utf-8"))
        imported = project_from_json(data, default_registry())
    except OSError as exc:
        raise CliError(import_error_text(str(src), exc.strerror or str(exc), lang)) from exc
    except ValueError as exc:  # JSON syntax and ReportFormatError alike
        raise CliError(import_error_text(str(src), str(exc), lang)) from exc
    out = Path(args.output)
    if out.exists() and args.force:
        out.unlink()
    project = ProjectFile.create(out)
    try:
        project.create_project(imported)
    finally:
        project.close()
    for doc in imported.documents:
        print(f"{out}: {doc.doc_id} {role_text(doc.role, lang)} ({doc.form.id}, {doc.lang})")
    return 0


def cmd_export(args) -> int:
    """The whole project as JSON (version 2); `--document N` keeps that document alone, with
    the plan it follows, whose values it shows."""
    lang = _ui_lang(args)
    project = _load_project(Path(args.project))
    if args.document is not None:
        doc = _choose(project, Path(args.project), args.document, lang)
        project.documents = [d for d in project.documents if d is doc or (d is doc.plan)]
    text = json.dumps(project_to_json(project), ensure_ascii=False, indent=1) + "\n"
    _write_bytes(Path(args.output), text.encode("utf-8"), lang)
    return 0


def cmd_documents(args) -> int:
    lang = _ui_lang(args)
    print(_listing(_load_project(Path(args.project)).documents, lang))
    return 0


def cmd_new(args) -> int:
    """A new document of the project (a report starts from the plan when there is one)."""
    lang = _ui_lang(args)
    registry = default_registry()
    kind = "plan" if args.kind == "plan" else "report"
    editions = registry.editions(kind)
    if args.edition is None and editions:
        form = editions[0]
    else:
        match = [f for f in editions if f.id == args.edition]
        if not match:
            raise CliError(cli_text("no_edition", lang, kind=args.kind, edition=args.edition,
                                    known=", ".join(f.id for f in editions)))
        form = match[0]
    path = Path(args.project)
    project_file = ProjectFile.open(path)
    try:
        if project_file.read_only:
            raise StoreError("read_only", str(path))
        project = project_file.load_project(registry)
        try:
            doc = project.new_document(form, args.kind, args.lang or project.new_document_language())
        except DocumentError as exc:
            raise CliError(cli_text("cannot_create", lang, detail=exc)) from None
        doc_id = project_file.create_document(doc)
    finally:
        project_file.close()
    print(f"{path}: {doc_id} {role_text(doc.role, lang)} ({form.id}, {doc.lang})")
    return 0


def cmd_editions(args) -> int:
    """Every form edition this GrantDesk offers: shipped, and added by the user."""
    lang = _ui_lang(args)
    registry = default_registry()
    for form in sorted(registry, key=lambda f: (f.kind, f.id)):
        origin = cli_text("edition_user", lang) if form.id in registry.user_ids else cli_text("edition_shipped", lang)
        print(f"{form.id:8} {form.kind:8} {origin:10} {form.title(lang if lang in ('kk', 'ru') else 'ru')}")
    for path, problems in registry.refused.items():
        print(cli_text("edition_refused", lang, path=path, items="\n".join(f"  - {p.text(lang)}" for p in problems)),
              file=sys.stderr)
    return 0


def cmd_add_edition(args) -> int:
    from ..editions import EditionError, add_edition

    lang = _ui_lang(args)
    path = Path(args.file)
    try:
        form = add_edition(path)
    except EditionError as exc:
        raise CliError(cli_text("edition_refused", lang, path=path,
                                items="\n".join(f"  - {p.text(lang)}" for p in exc.problems))) from None
    except OSError as exc:
        raise CliError(cli_text("cannot_write", lang, path=path, detail=exc.strerror or exc)) from exc
    print(cli_text("edition_added", lang, id=form.id, title=form.title(lang if lang in ("kk", "ru") else "ru")))
    return 0


def cmd_print(args) -> int:
    """PDF, or a Word file when the output ends in .docx; every page carries its code and
    the project keeps a record of the print (grantdesk/operator/page_code.py)."""
    from ..operator import page_code

    lang = _ui_lang(args)
    doc = _open_document(Path(args.project), args.document, lang)
    state = assess(doc)
    draft = f" (draft: {summary_line(state, 'en')})" if state.draft else ""
    try:
        check_page_limit(doc)
    except TooLong as exc:
        raise CliError(cli_text("too_many_pages", lang, pages=exc.pages, limit=exc.limit)) from exc
    stamp = page_code.stamp_for_file(Path(args.project), doc)
    if Path(args.output).suffix.lower() == ".docx":
        from ..wordio import export_docx  # python-docx only for a Word file

        _write_bytes(Path(args.output), export_docx(doc, lang=args.lang, draft=state.draft,
                                                    page_code=stamp.page_code()), lang)
        page_code.record(Path(args.project), stamp, args.lang or doc.lang, 0)
        print(f"{args.output}: Word document" + draft)
        return 0
    from ..printing import render_pdf  # reportlab only for a PDF

    result = render_pdf(doc, lang=args.lang, draft=state.draft, page_code=stamp.page_code())
    _write_bytes(Path(args.output), result.pdf, lang)
    page_code.record(Path(args.project), stamp, args.lang or doc.lang, result.pages)
    print(f"{args.output}: {result.pages} pages" + draft)
    return 0


def cmd_import_plan(args) -> int:
    """An Annex 3 Word file → the plan of a new project (-o) or of one without a plan
    (--into). The summary is printed first; --dry-run stops there. The source is only read."""
    lang = _ui_lang(args)
    if not args.dry_run and (args.output is None) == (args.into is None):
        raise CliError(cli_text("import_plan_target", lang))
    registry = default_registry()
    try:
        form = registry.get(args.form)
    except FormError:
        raise CliError(cli_text("no_edition", lang, kind="plan", edition=args.form,
                                known=", ".join(f.id for f in registry.editions("plan")))) from None
    try:
        prepared = prepare_import(Path(args.plan), form)
    except PlanImportError as exc:
        raise CliError(exc.message(lang)) from None
    target = Path(args.into) if args.into else None
    existing = None
    if target is not None:
        existing = ProjectFile.open(target)
        if existing.read_only:
            existing.close()
            raise StoreError("read_only", str(target))
        plans = [d for d in existing.list_documents() if d.role == "plan"]
        if plans:
            existing.close()
            raise CliError(import_text("has_plan", lang, path=target, n=plans[0].id))
        differing = join_project(prepared, existing.project_values())
    print(prepared.summary(lang))
    if target is not None and differing:
        print(import_text("differing", lang, labels="; ".join(form.fields[k].label(prepared.doc.lang)
                                                                for k in differing)))
    if args.dry_run:
        if existing is not None:
            existing.close()
        print(import_text("dry_run", lang))
        return 0
    project = existing if existing is not None else ProjectFile.create(Path(args.output))
    try:
        doc_id = project.create_document(prepared.doc)
    finally:
        project.close()
    print(import_text("written", lang, path=target or args.output, n=doc_id))
    return 0


def _final_report(project: Project, path: Path, number: int | None, lang: str) -> Document:
    """The final report `number`, or the only one; more than one and no number is a question."""
    finals = [d for d in project.documents if d.role == "final"]
    if number is not None:
        doc = _choose(project, path, number, lang)
        if doc.role != "final":
            raise CliError(cli_text("not_final", lang, path=path, n=number,
                                    ids=", ".join(str(d.doc_id) for d in finals) or "—"))
        return doc
    if not finals:
        raise CliError(cli_text("no_final", lang, path=path))
    if len(finals) > 1:
        raise CliError(cli_text("many_finals", lang, path=path, listing=_listing(finals, lang)))
    return finals[0]


def cmd_op4(args) -> int:
    """The operator's Annex 4 entry of a final report: computed from it now, stored nowhere;
    a draft while the report has errors, as the report itself would be."""
    lang = _ui_lang(args)
    path = Path(args.project)
    source = _final_report(_load_project(path), path, args.document, lang)
    forms = derived_editions(default_registry(), source)
    if not forms:
        raise CliError(cli_text("no_derived", lang, edition=source.form.id))
    draft = assess(source).draft
    note = " (draft: the final report is not complete or has errors)" if draft else ""
    try:
        check_page_limit(source)
    except TooLong as exc:
        raise CliError(cli_text("too_many_pages", lang, pages=exc.pages, limit=exc.limit)) from exc
    if Path(args.output).suffix.lower() == ".docx":  # the suffix chooses the format, as for print
        from ..wordio import export_derived_docx

        _write_bytes(Path(args.output), export_derived_docx(forms[0], source, lang=args.lang, draft=draft), lang)
        print(f"{args.output}: Word document" + note)
        return 0
    from ..printing import render_derived

    result = render_derived(forms[0], source, lang=args.lang, draft=draft)
    _write_bytes(Path(args.output), result.pdf, lang)
    print(f"{args.output}: {result.pages} pages" + note)
    return 0


def cmd_check(args) -> int:
    lang = _ui_lang(args)
    doc = _open_document(Path(args.project), args.document, lang)
    state = assess(doc)
    if args.json:
        json.dump([problem_to_json(p, doc, lang) for p in state.problems], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for p in state.problems:
            print(f"{p.severity.upper():7} {p.rule:3} {doc.describe(p.ref)}: {render_message(p, doc, lang)}")
        print(summary_line(state, lang))
    return 1 if state.draft else 0


def cmd_backups(args) -> int:
    """List a project's backups, newest first; works for a file that no longer opens."""
    lang = _ui_lang(args)
    found = list_backups(Path(args.project))
    if not found:
        print(store_error_text("no_backups", args.project, lang))
        return 0
    for b in found:
        print(f"{b.taken.astimezone():%Y-%m-%d %H:%M:%S}  {backup_reason_text(b.reason, lang)}  "
              f"{backup_reports_text(b.reports, lang)}  "
              f"{(b.size + 1023) // 1024} KB  {b.path}")
    return 0


def cmd_restore(args) -> int:
    out = restore(Path(args.backup), Path(args.output))
    print(f"{out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    # --ui-lang is accepted before or after the command; SUPPRESS keeps one from hiding the other.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--ui-lang", choices=UI_LANGUAGES, default=argparse.SUPPRESS,
                        help="language of messages: kk, ru or en (default: the app's)")
    parser = argparse.ArgumentParser(prog="grantdesk", description="GrantDesk without a display.", parents=[common])
    parser.add_argument("--version", action="version", version=f"GrantDesk {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("import", parents=[common], help="make a project file from a JSON report")
    p.add_argument("report", help="REPORT.json")
    p.add_argument("-o", "--output", required=True, help="PROJECT.grantdesk to create")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    p.set_defaults(func=cmd_import)

    def document_arg(p) -> None:
        p.add_argument("--document", "--report", dest="document", type=int,
                       help="document number, as `grantdesk documents` lists it (default: the only one)")

    for name, func, helptext in (
        ("export", cmd_export, "write the project (or one document) as JSON"),
        ("print", cmd_print, "print a document of a project to PDF, or to Word when OUT ends in .docx"),
    ):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("project", help="PROJECT.grantdesk")
        p.add_argument("-o", "--output", required=True)
        document_arg(p)
        if name == "print":
            p.add_argument("--lang", choices=("kk", "ru"), help="print in this language (default: the document's)")
        p.set_defaults(func=func)

    p = sub.add_parser("op4", parents=[common], help="print the operator's Annex 4 entry (OP4) of a final report to PDF, or to Word when OUT ends in .docx")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--document", "--report", dest="document", type=int,
                   help="the final report's number, as `grantdesk documents` lists it (default: the only one)")
    p.add_argument("--lang", choices=("kk", "ru"), help="print in this language (default: the report's)")
    p.set_defaults(func=cmd_op4)

    p = sub.add_parser("check", parents=[common], help="list every problem of a document; exit 1 when errors remain")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("--json", action="store_true", help="print problems as JSON objects")
    document_arg(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("documents", parents=[common], help="list the documents of a project")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.set_defaults(func=cmd_documents)

    p = sub.add_parser("new", parents=[common], help="add a document to a project (a report starts from the plan)")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("--kind", required=True, choices=("plan", "interim", "final"))
    p.add_argument("--edition", help="form edition id (default: the newest of that kind)")
    p.add_argument("--lang", choices=("kk", "ru"), help="the document's language (default: the project's: its plan's, else its last document's)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("editions", parents=[common], help="list the form editions (shipped and added)")
    p.set_defaults(func=cmd_editions)

    p = sub.add_parser("add-edition", parents=[common], help="check a form definition file and add it as an edition")
    p.add_argument("file", help="EDITION.yaml")
    p.set_defaults(func=cmd_add_edition)

    p = sub.add_parser("import-plan", parents=[common],
                       help="read the plan (Annex 3) from a Word file into a project; prints what it recognised")
    p.add_argument("plan", help="PLAN.docx (a .doc is converted with LibreOffice when it is installed)")
    target = p.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", help="NEW.grantdesk to create with the plan")
    target.add_argument("--into", help="an existing PROJECT.grantdesk without a plan")
    p.add_argument("--dry-run", action="store_true", help="only print what would be imported")
    p.add_argument("--form", default="pd", help="the plan's edition (default: pd)")
    p.set_defaults(func=cmd_import_plan)

    p = sub.add_parser("backups", parents=[common], help="list the backups of a project, newest first")
    p.add_argument("project", help="PROJECT.grantdesk (it need not open)")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", parents=[common], help="restore a backup into a new project file")
    p.add_argument("backup", help="BACKUP_FILE, as listed by `grantdesk backups`")
    p.add_argument("-o", "--output", required=True, help="NEW.grantdesk to create (never replaced)")
    p.set_defaults(func=cmd_restore)

    from .operator_commands import add_commands  # annex4, register, verify, package

    add_commands(sub, common)
    return parser


def _utf8_output() -> None:
    """Kazakh letters in a pipe or file: Windows would encode output in its ANSI code page
    (cp1251 has no ә, қ, ң …) and fail; redirected output is written as UTF-8 instead."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure") and not stream.isatty() and (stream.encoding or "").lower() != "utf-8":
            stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    _utf8_output()
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as exc:
        print(store_error_text(exc.code, exc.path, _ui_lang(args)), file=sys.stderr)
    except (CliError, ReportFormatError, OperatorCliError) as exc:
        print(str(exc), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
