"""`grantdesk import|export|print|check|backups|restore`: the same core the app uses, without a display.

Exit codes: 0 ok, 1 `check` found errors, 2 the command could not run (the message says
why, in the user's language; never a traceback).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .. import __version__
from ..checks import has_errors, problem_to_json, render_message, run_checks
from ..document import ReportFormatError, from_json, to_json
from ..forms import default_registry
from ..printing import render_pdf
from ..settings import UI_LANGUAGES, Settings
from ..store import ProjectFile, StoreError, list_backups, restore
from ..texts import BACKUP_REPORTS, backup_reason_text, cli_text, import_error_text, store_error_text
from ..wordio import export_docx



class CliError(Exception):
    pass


def _ui_lang(args) -> str:
    return getattr(args, "ui_lang", None) or Settings.load().ui_lang or "kk"


def _open_document(path: Path, report: int | None, lang: str):
    """Open a project read-only (these commands never change it) and load one report."""
    project = ProjectFile.open(path, read_only=True)
    try:
        reports = project.list_reports()
        if not reports:
            raise CliError(cli_text("no_report", lang, path=path))
        if report is None:
            chosen = reports[-1]
        else:
            match = [r for r in reports if r.id == report]
            if not match:
                raise CliError(cli_text("bad_report", lang, path=path, n=report, ids=", ".join(str(r.id) for r in reports)))
            chosen = match[0]
        return project.load_document(chosen.id, default_registry())
    finally:
        project.close()


def _write_bytes(path: Path, data: bytes, lang: str) -> None:
    """Write next to the target first, then replace: a failed write never leaves half a file."""
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CliError(cli_text("cannot_write", lang, path=path, detail=exc.strerror or exc)) from exc


def cmd_import(args) -> int:
    lang = _ui_lang(args)
    src = Path(args.report)
    try:
        data = json.loads(src.read_text(encoding="utf-8"))
        doc = from_json(data, default_registry())
    except OSError as exc:
        raise CliError(import_error_text(str(src), exc.strerror or str(exc), lang)) from exc
    except ValueError as exc:  # JSON syntax and ReportFormatError alike
        raise CliError(import_error_text(str(src), str(exc), lang)) from exc
    out = Path(args.output)
    if out.exists() and args.force:
        out.unlink()
    project = ProjectFile.create(out)
    try:
        report_id = project.create_report(doc)
    finally:
        project.close()
    print(f"{out}: report {report_id} ({doc.form.id}, {doc.lang})")
    return 0


def cmd_export(args) -> int:
    lang = _ui_lang(args)
    doc = _open_document(Path(args.project), args.report, lang)
    text = json.dumps(to_json(doc), ensure_ascii=False, indent=1) + "\n"
    _write_bytes(Path(args.output), text.encode("utf-8"), lang)
    return 0


def cmd_print(args) -> int:
    """PDF, or a Word file when the output ends in .docx."""
    lang = _ui_lang(args)
    doc = _open_document(Path(args.project), args.report, lang)
    problems = run_checks(doc)
    draft = " (draft: errors remain)" if has_errors(problems) else ""
    if Path(args.output).suffix.lower() == ".docx":
        _write_bytes(Path(args.output), export_docx(doc, lang=args.lang, draft=has_errors(problems)), lang)
        print(f"{args.output}: Word document" + draft)
        return 0
    result = render_pdf(doc, lang=args.lang, draft=has_errors(problems))
    _write_bytes(Path(args.output), result.pdf, lang)
    print(f"{args.output}: {result.pages} pages" + draft)
    return 0


def cmd_check(args) -> int:
    lang = _ui_lang(args)
    doc = _open_document(Path(args.project), args.report, lang)
    problems = run_checks(doc)
    if args.json:
        json.dump([problem_to_json(p, doc, lang) for p in problems], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for p in problems:
            print(f"{p.severity.upper():7} {p.rule:3} {doc.describe(p.ref)}: {render_message(p, doc, lang)}")
        errors = sum(p.severity == "error" for p in problems)
        print(f"{errors} error(s), {len(problems) - errors} warning(s)")
    return 1 if has_errors(problems) else 0


def cmd_backups(args) -> int:
    """List a project's backups, newest first; works for a file that no longer opens."""
    lang = _ui_lang(args)
    found = list_backups(Path(args.project))
    if not found:
        print(store_error_text("no_backups", args.project, lang))
        return 0
    for b in found:
        reports = "?" if b.reports is None else b.reports
        print(f"{b.taken.astimezone():%Y-%m-%d %H:%M:%S}  {backup_reason_text(b.reason, lang)}  "
              f"{BACKUP_REPORTS.get(lang, BACKUP_REPORTS['en']).format(n=reports)}  "
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

    for name, func, helptext in (
        ("export", cmd_export, "write a report of a project as JSON"),
        ("print", cmd_print, "print a report of a project to PDF, or to Word when OUT ends in .docx"),
    ):
        p = sub.add_parser(name, parents=[common], help=helptext)
        p.add_argument("project", help="PROJECT.grantdesk")
        p.add_argument("-o", "--output", required=True)
        p.add_argument("--report", type=int, help="report number (default: the last one)")
        if name == "print":
            p.add_argument("--lang", choices=("kk", "ru"), help="print in this language (default: the report's)")
        p.set_defaults(func=func)

    p = sub.add_parser("check", parents=[common], help="list every problem of a report; exit 1 when errors remain")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("--json", action="store_true", help="print problems as JSON objects")
    p.add_argument("--report", type=int, help="report number (default: the last one)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("backups", parents=[common], help="list the backups of a project, newest first")
    p.add_argument("project", help="PROJECT.grantdesk (it need not open)")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", parents=[common], help="restore a backup into a new project file")
    p.add_argument("backup", help="BACKUP_FILE, as listed by `grantdesk backups`")
    p.add_argument("-o", "--output", required=True, help="NEW.grantdesk to create (never replaced)")
    p.set_defaults(func=cmd_restore)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except StoreError as exc:
        print(store_error_text(exc.code, exc.path, _ui_lang(args)), file=sys.stderr)
    except (CliError, ReportFormatError) as exc:
        print(str(exc), file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
