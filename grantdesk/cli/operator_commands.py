"""`grantdesk annex4|register|verify|package`: the operator's side and the hand-over
(grantdesk/operator), as commands. Added to the parser by cli/main.py's build_parser.

Exit codes as elsewhere: 0 done, 2 could not run; `verify` says 0 the paper matches the
file, 1 it does not, 2 no code could be read.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from ..forms import default_registry
from ..operator.texts import operator_text, reason_text, size_text
from ..values.dates import parse_date


class OperatorCliError(Exception):
    """A command that cannot run: the message, in the user's language."""


def _lang(args) -> str:
    from .main import _ui_lang

    return _ui_lang(args)


def _date(value: str | None, lang: str) -> date | None:
    if value is None:
        return None
    day = parse_date(value)
    if day is None:
        raise OperatorCliError(operator_text("bad_date", lang, value=value))
    return day


def _period(args, lang: str) -> tuple[date | None, date | None]:
    start, end = _date(args.start, lang), _date(args.end, lang)
    if (start is None) != (end is None) or (start is not None and start > end):
        raise OperatorCliError(operator_text("bad_range", lang))
    return start, end


def _output(path: str, suffixes: tuple[str, ...], lang: str) -> Path:
    out = Path(path)
    if out.suffix.lower() not in suffixes:
        raise OperatorCliError(operator_text("bad_output", lang, suffixes="|".join(suffixes), path=out))
    return out


def _say_skipped(skipped, lang: str) -> None:
    for s in skipped:
        print(operator_text("skipped_line", lang, path=s.path, reason=reason_text(s.reason, lang, **s.params)),
              file=sys.stderr)


def cmd_annex4(args) -> int:
    from ..operator.annex4 import compile_annex4

    lang = _lang(args)
    start, end = _period(args, lang)
    out = _output(args.output, (".pdf", ".docx"), lang)
    done = compile_annex4(args.paths, out, default_registry(), lang=args.lang, start=start, end=end,
                          workers=args.workers)
    sel = done.selection
    _say_skipped(sel.skipped + sel.outside, lang)
    if done.pages is None:
        print(operator_text("annex4_done_docx", lang, path=out, n=len(sel.entries), skipped=len(sel.skipped)))
    else:
        print(operator_text("annex4_done", lang, path=out, n=len(sel.entries), pages=done.pages,
                            skipped=len(sel.skipped)))
    return 0


def cmd_register(args) -> int:
    from ..operator.register import write_register

    lang = _lang(args)
    out = _output(args.output, (".xlsx", ".sqlite", ".db"), lang)
    done = write_register(args.paths, out, default_registry(), lang=lang)
    _say_skipped(done.skipped, lang)
    print(operator_text("register_done", lang, path=out, n=done.rows, skipped=len(done.skipped)))
    return 0


def _what(doc, key: str, lang: str) -> str:
    """A changed value's name: a field's label in the report's language, else its place."""
    if doc is not None and key in doc.form.fields:
        return f"{doc.form.fields[key].label(doc.lang)} ({key})"
    return key


def cmd_verify(args) -> int:
    from ..operator import verify as verifying
    from ..store import ProjectFile

    lang = _lang(args)
    registry = default_registry()
    verdicts = verifying.verify(Path(args.project), [Path(s) for s in args.scans], registry)
    with ProjectFile.open(Path(args.project), read_only=True) as pf:
        documents = {d.doc_id: d for d in pf.load_project(registry).documents}
    for v in verdicts:
        printed = operator_text("verify_printed", lang, at=v.printed_at) if v.printed_at else ""
        if v.outcome == verifying.MATCH:
            page = f"{v.code.page}/{v.code.pages}" if v.code.page else "Word"
            print(operator_text("verify_match", lang, scan=v.scan, n=v.code.document, page=page, printed=printed))
        elif v.outcome == verifying.OTHER:
            print(operator_text("verify_other", lang, scan=v.scan, project=v.code.project, n=v.code.document,
                                edition=v.code.edition))
        elif v.outcome == verifying.CHANGED and not v.recorded:
            print(operator_text("verify_unrecorded", lang, scan=v.scan))
        elif v.outcome == verifying.CHANGED:
            print(operator_text("verify_changed", lang, scan=v.scan, printed=printed, count=len(v.changes)))
            doc = documents.get(v.code.document)
            for key, then, now in v.changes:
                print(operator_text("verify_change", lang, what=_what(doc, key, lang),
                                    then=" ".join(then.split())[:120], now=" ".join(now.split())[:120]))
        else:
            print(operator_text("verify_unreadable", lang, scan=v.scan), file=sys.stderr)
    return verifying.exit_code(verdicts)


def cmd_package(args) -> int:
    from ..operator.package import PackageRefused, make_package

    lang = _lang(args)
    out = _output(args.output, (".zip",), lang)
    try:
        done = make_package(Path(args.project), out, default_registry(), number=args.document, draft=args.draft)
    except PackageRefused as exc:
        raise OperatorCliError(operator_text("package_refused", lang, n=exc.errors, owed=exc.owed)) from None
    except LookupError:
        raise OperatorCliError(operator_text("package_which", lang, path=args.project)) from None
    print(operator_text("package_done", lang, path=out, size=size_text(done.size, lang), pages=done.pages,
                        names=", ".join(done.names),
                        draft=operator_text("package_draft", lang) if done.draft else ""))
    return 0


def add_commands(sub, common) -> None:
    """The operator's commands, on the main parser's subcommands."""
    p = sub.add_parser("annex4", parents=[common],
                       help="compile the operator's Annex 4 from every project under files and folders "
                            "(PDF, or Word when OUT ends in .docx)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="project files and folders holding them")
    p.add_argument("--from", dest="start", metavar="DD.MM.YYYY", help="the reporting period's first day")
    p.add_argument("--to", dest="end", metavar="DD.MM.YYYY", help="its last day (projects whose period ends in it)")
    p.add_argument("--lang", choices=("kk", "ru"), default="kk", help="the document's language (default: kk)")
    p.add_argument("-o", "--output", required=True, help="OUT.pdf or OUT.docx")
    p.add_argument("--workers", type=int, metavar="N",
                   help="processes sharing the work (default: one per core, up to 4, for 48 files or more)")
    p.set_defaults(func=cmd_annex4)

    p = sub.add_parser("register", parents=[common],
                       help="the operator's register: one row per project under files and folders, "
                            "as a workbook (.xlsx) or an SQLite file (.sqlite, table `projects`)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="project files and folders holding them")
    p.add_argument("-o", "--output", required=True, help="OUT.xlsx or OUT.sqlite")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("verify", parents=[common],
                       help="read the code on printed pages (scans or photos: PNG, JPEG or PDF) and say whether "
                            "the paper matches the project now; exit 0 it does, 1 it does not, 2 no code read")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("scans", nargs="+", metavar="SCAN", help="SCAN.png, .jpg or .pdf")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("package", parents=[common],
                       help="one zip to hand over: the document's PDF and .docx, a snapshot of the project "
                            "and a checklist; refused while errors remain unless --draft")
    p.add_argument("project", help="PROJECT.grantdesk")
    p.add_argument("--document", "--report", dest="document", type=int,
                   help="the document's number (default: the final report, or the only document)")
    p.add_argument("--draft", action="store_true", help="make it even though errors remain (every page says draft)")
    p.add_argument("-o", "--output", required=True, help="OUT.zip")
    p.set_defaults(func=cmd_package)
