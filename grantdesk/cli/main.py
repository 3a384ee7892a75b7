"""`grantdesk import|export|documents|new|print|op4|check|backups|restore|repair`: the same core the
app uses, without a display.

Exit codes: 0 ok, 1 `check` found errors, 2 the command could not run (the message says
why, in the user's language; never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__, operations
from ..checks import problem_to_json, render_message
from ..document import Document, DocumentError, ReportFormatError
from ..document.project import Project
from ..forms import FormError, default_registry, derived_editions
from ..operations.messages import operation_text
from ..progress import assess
from ..settings import UI_LANGUAGES, Settings
from ..store import StoreError, list_backups
from ..texts import (
    backup_reason_text, backup_reports_text, cli_text, role_text, state_line, store_error_text, summary_line,
)
from .operator_commands import OperatorCliError



class CliError(Exception):
    pass


def _ui_lang(args) -> str:
    return getattr(args, "ui_lang", None) or Settings.load().ui_lang or "kk"


def _load_project(path: Path, lang: str) -> Project:
    """Open a project read-only (these commands never change it) and load it whole; a
    document whose edition is missing is named, not a traceback."""
    opened = operations.load_project(path, default_registry())
    note = opened.missing_message(lang)
    if note:
        print(note, file=sys.stderr)
    return opened.model


def _listing(documents, lang: str) -> str:
    """One line a document; one of a missing edition (a DocumentInfo, operations.listed)
    says so, and how to add the edition, where the state would be."""
    lines = []
    for doc in documents:
        if isinstance(doc, Document):
            state = state_line(assess(doc), lang)
            lines.append(f"{doc.doc_id:>3}  {role_text(doc.role, lang)}  {doc.form.id}  {doc.lang}  {state}")
        else:
            lines.append(f"{doc.id:>3}  {role_text(doc.role, lang)}  {doc.form}  {doc.lang}  "
                         f"{operations.missing_edition_line(doc, lang)}")
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
    opened = operations.load_project(path, default_registry())
    missing = dict(opened.missing)
    if number in missing:  # its edition is not here: say which, and how to add it
        raise CliError(operation_text("document_missing_edition", lang, n=number, edition=missing[number]))
    if missing and number is None and not opened.model.documents:
        raise CliError(opened.missing_message(lang))
    return _choose(opened.model, path, number, lang)


def cmd_import(args) -> int:
    lang = _ui_lang(args)
    out = Path(args.output)
    imported = operations.import_json(Path(args.report), out, default_registry(), replace=args.force)
    for doc in imported.documents:
        print(f"{out}: {doc.doc_id} {role_text(doc.role, lang)} ({doc.form.id}, {doc.lang})")
    return 0


def cmd_export(args) -> int:
    """The whole project as JSON (version 2); `--document N` keeps that document alone, with
    the plan it follows, whose values it shows."""
    lang = _ui_lang(args)
    path = Path(args.project)
    operations.check_output(args.output, protect=[path])  # before reading the project
    project = _load_project(path, lang)
    if args.document is not None:
        doc = _choose(project, path, args.document, lang)
        project.documents = [d for d in project.documents if d is doc or (d is doc.plan)]
    operations.export_json(project, Path(args.output), protect=[path])
    return 0


def cmd_documents(args) -> int:
    """Every document, those of a missing edition included (listed as such)."""
    lang = _ui_lang(args)
    opened = operations.load_project(Path(args.project), default_registry())
    print(_listing(opened.entries(), lang))
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
    try:
        doc = operations.add_document(path, form, args.kind, args.lang, registry)
    except DocumentError as exc:
        raise CliError(cli_text("cannot_create", lang, detail=exc)) from None
    print(f"{path}: {doc.doc_id} {role_text(doc.role, lang)} ({form.id}, {doc.lang})")
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
    lang = _ui_lang(args)
    form = operations.add_edition(Path(args.file))
    print(cli_text("edition_added", lang, id=form.id, title=form.title(lang if lang in ("kk", "ru") else "ru")))
    return 0


def cmd_print(args) -> int:
    """PDF, or a Word file when the output ends in .docx; every page carries its code and
    the project keeps a record of the print (grantdesk/operator/page_code.py)."""
    lang = _ui_lang(args)
    path = Path(args.project)
    operations.check_output(args.output, protect=[path])  # before reading the project
    doc = _open_document(path, args.document, lang)
    done = operations.print_with_code(doc, Path(args.output), path, lang=args.lang, protect=[path])
    _say_printed(args.output, done, f" (draft: {summary_line(done.state, 'en')})")
    return 0


def _say_printed(output, done, draft_note: str) -> None:
    what = "Word document" if done.pages is None else f"{done.pages} pages"
    print(f"{output}: {what}" + (draft_note if done.draft else ""))


def cmd_import_plan(args) -> int:
    """An Annex 3 Word file → the plan of a new project (-o) or of one without a plan
    (--into). The summary is printed first; --dry-run stops there. The source is only read."""
    from ..wordio import import_text, join_project  # python-docx: only for this command

    lang = _ui_lang(args)
    if not args.dry_run and (args.output is None) == (args.into is None):
        raise CliError(cli_text("import_plan_target", lang))
    registry = default_registry()
    try:
        form = registry.get(args.form)
    except FormError:
        raise CliError(cli_text("no_edition", lang, kind="plan", edition=args.form,
                                known=", ".join(f.id for f in registry.editions("plan")))) from None
    if args.output is not None:
        operations.check_output(args.output, project=True)  # before the work of reading
        if Path(args.output).exists():
            raise StoreError("exists", str(args.output))
    prepared = operations.prepare_plan(Path(args.plan), form)
    target = Path(args.into) if args.into else None
    opened = None
    if target is not None:
        opened = operations.open_project(target, registry)
        try:
            if opened.read_only:
                raise StoreError("read_only", str(target))
            plans = [d for d in opened.file.list_documents() if d.role == "plan"]
            if plans:
                raise CliError(import_text("has_plan", lang, path=target, n=plans[0].id))
            differing = join_project(prepared, opened.file.project_values())
        except BaseException:
            opened.file.close()
            raise
    print(prepared.summary(lang))
    if target is not None and differing:
        print(import_text("differing", lang, labels="; ".join(form.fields[k].label(prepared.doc.lang)
                                                                for k in differing)))
    if args.dry_run:
        if opened is not None:
            opened.file.close()
        print(import_text("dry_run", lang))
        return 0
    if opened is not None:
        try:
            doc_id = operations.import_plan_into(prepared, opened)
        finally:
            why = opened.file.close()
        if why is not None:
            raise StoreError(why, str(target))
    else:
        operations.import_plan_new(prepared, Path(args.output))
        doc_id = prepared.doc.doc_id
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
    operations.check_output(args.output, protect=[path])
    source = _final_report(_load_project(path, lang), path, args.document, lang)
    forms = derived_editions(default_registry(), source)
    if not forms:
        raise CliError(cli_text("no_derived", lang, edition=source.form.id))
    # the suffix chooses the format, as for print
    done = operations.print_document(source, Path(args.output), lang=args.lang, protect=[path], derived=forms[0])
    _say_printed(args.output, done, " (draft: the final report is not complete or has errors)")
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
    out = operations.restore_backup(Path(args.backup), Path(args.output))
    print(f"{out}")
    return 0


def cmd_repair(args) -> int:
    """A project file changed by another tool: backed up, then what that tool added removed
    (its tables, columns, triggers, views; values made text again); says what and where the
    backup is. Refuses, changing nothing, what no repair mends."""
    lang = _ui_lang(args)
    path = Path(args.project)
    done = operations.repair_project(path)
    print(operations.repaired_text(done, path, lang))
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

    p = sub.add_parser("repair", parents=[common],
                       help="back up a project another program changed, then remove what it added")
    p.add_argument("project", help="PROJECT.grantdesk, refused on opening as changed by another program")
    p.set_defaults(func=cmd_repair)

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
    except operations.OperationError as exc:
        print(exc.message(_ui_lang(args)), file=sys.stderr)
    except StoreError as exc:
        print(store_error_text(exc.code, exc.path, _ui_lang(args), exc.detail), file=sys.stderr)
    except (CliError, ReportFormatError, OperatorCliError) as exc:
        print(str(exc), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
