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
from ..operator.texts import operator_text, reason_text
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
    done = compile_annex4(args.paths, out, default_registry(), lang=args.lang, start=start, end=end)
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
    p.set_defaults(func=cmd_annex4)

    p = sub.add_parser("register", parents=[common],
                       help="the operator's register: one row per project under files and folders, "
                            "as a workbook (.xlsx) or an SQLite file (.sqlite, table `projects`)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="project files and folders holding them")
    p.add_argument("-o", "--output", required=True, help="OUT.xlsx or OUT.sqlite")
    p.set_defaults(func=cmd_register)
