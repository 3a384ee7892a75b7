"""The operator's Annex 4 compiled: the OP4 entries of every project whose final report's
project period ends in the reporting period, in one document (FORMS.md, "Handing over,
and the operator's side").

Two passes over the files, one project in memory at a time. The first reads each file
(read-only), keeps only what orders and lists it (organisation, project, period) or why
it is left out; the second opens the chosen ones again in order, organisation then
project, as the layout asks for them (printing/compiled.py streams them onto pages).
An entry is the final report printed through its derived definition (OP4) exactly as
`grantdesk op4` prints it. Files that are not projects, damaged, without a final report,
or whose final report has errors are listed with the reason; they never stop it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..checks.cells import parse_period
from ..document import Document
from ..forms import FormDef, FormRegistry, derived_editions
from ..layout.compiled import CompiledText, annex4_words
from ..progress import assess
from ..values.dates import format_date
from .sources import Opened, Skipped, open_project, project_files
from .texts import reason_text

# (files done, files in all, the file being read): a progress bar's feed
Progress = Callable[[int, int, Path], None]


class Cancelled(Exception):
    """The user stopped the compilation; nothing was written."""


# The Kazakh alphabet (it holds the Russian one, in the same order): names sort as a reader
# of either language expects, not by code point (which puts Ә, Қ, Ү … after Я).
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_QUOTES = "«»\"'“”„ "


def sort_key(text: str) -> tuple:
    """A name's place in a list: quotes before a name ignored, letters in alphabet order
    (Latin and digits before Cyrillic, as in a printed index), case ignored."""
    word = text.strip(_QUOTES).casefold()
    return tuple((1, _RANK[ch]) if ch in _RANK else (0, ord(ch)) for ch in word)


@dataclass(frozen=True)
class Entry:
    """One project in the compiled Annex 4: what orders and lists it, and where to find it."""

    path: Path
    organisation: str
    project: str
    period: str
    doc_id: int

    @property
    def order(self) -> tuple:
        return (sort_key(self.organisation), sort_key(self.project), str(self.path))


@dataclass
class Selection:
    entries: list[Entry] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # named in the appendix
    outside: list[Skipped] = field(default_factory=list)  # a final report, ended outside the period


def _one_line(text: str) -> str:
    return " ".join(text.split())


def judge(opened: Opened, registry: FormRegistry, start: date | None, end: date | None) -> Entry | Skipped:
    """Whether a project's final report goes into Annex 4 for this period, and if not, why."""
    final = opened.final
    if final is None:
        return Skipped(opened.path, "no_final")
    if not derived_editions(registry, final):
        return Skipped(opened.path, "no_entry", {"edition": final.form.id})
    period = parse_period(final.field("period"))
    if period is None:
        return Skipped(opened.path, "no_period")
    if start is not None and end is not None and not start <= period[1] <= end:
        return Skipped(opened.path, "outside", {"end": format_date(period[1])})
    state = assess(final)  # the one document state: a draft (errors, owed places empty) stays out
    if state.draft:
        return Skipped(opened.path, "errors", {"n": state.errors, "owed": state.owed})
    return Entry(opened.path, _one_line(final.field("org_name")), _one_line(final.field("project_name")),
                 f"{format_date(period[0])} – {format_date(period[1])}", final.doc_id)


def each_project(paths: Iterable[Path | str], registry: FormRegistry, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Iterator[Opened | Skipped]:
    """Every file under `paths`, opened read-only one at a time (or why it cannot be), with
    the progress bar fed and a cancel honoured before each: the one walk of Annex 4's first
    pass and of the register."""
    files = list(project_files(paths))
    for i, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(i, len(files), path)
        yield open_project(path, registry)


def select(paths: Iterable[Path | str], registry: FormRegistry, start: date | None = None, end: date | None = None,
           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Selection:
    """The first pass: which files go in, in order, and which are left out and why."""
    chosen = Selection()
    for opened in each_project(paths, registry, progress, cancelled):
        verdict = opened if isinstance(opened, Skipped) else judge(opened, registry, start, end)
        if isinstance(verdict, Entry):
            chosen.entries.append(verdict)
        elif verdict.reason == "outside":
            chosen.outside.append(verdict)
        else:
            chosen.skipped.append(verdict)
    chosen.entries.sort(key=lambda e: e.order)
    return chosen


def entry_documents(selection: Selection, registry: FormRegistry, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> Iterator[tuple[FormDef, Document]]:
    """The second pass: each chosen project opened again, in order, as the layout asks."""
    total = len(selection.entries)
    for i, entry in enumerate(selection.entries):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(i, total, entry.path)
        opened = open_project(entry.path, registry)
        if isinstance(opened, Skipped) or opened.final is None:
            # changed between the passes (rewritten, removed): listed, so printed as it is now
            raise RuntimeError(f"{entry.path} changed while Annex 4 was compiled")
        final = opened.project.document(entry.doc_id)
        yield derived_editions(registry, final)[0], final


@dataclass(frozen=True)
class Compiled:
    selection: Selection
    pages: int | None  # None for a Word file (Word counts its own pages)


def compiled_text(selection: Selection, registry: FormRegistry, lang: str, start: date | None, end: date | None):
    """The words around the entries, in the document's language."""
    words = annex4_words(lang)
    op4 = next((f for f in sorted(registry, key=lambda f: f.id, reverse=True)
                if f.derived_from is not None and f.derived_from.role == "final"), None)
    title = op4.title(lang) if op4 is not None else words["projects"]
    period = words["period"].format(start=format_date(start), end=format_date(end)) if start and end else ""
    return CompiledText(
        title=title, period=period, projects_heading=words["projects"], columns=tuple(words["columns"]),
        projects=tuple((str(n), e.organisation, e.project, e.period) for n, e in enumerate(selection.entries, 1)),
        skipped_heading=words["skipped"], skipped_columns=tuple(words["skipped_columns"]),
        skipped=tuple((str(n), s.path.name, reason_text(s.reason, lang, **s.params))
                      for n, s in enumerate(selection.skipped, 1)),
        none=words["none"])


def compile_annex4(paths: Iterable[Path | str], out: Path, registry: FormRegistry, lang: str = "kk",
                   start: date | None = None, end: date | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Compiled:
    """Compile Annex 4 into `out` (.pdf, or .docx): written whole or not at all."""
    from ..safe_write import write_whole

    selection = select(paths, registry, start, end, progress, cancelled)
    text = compiled_text(selection, registry, lang, start, end)
    if out.suffix.lower() == ".docx":
        from ..wordio import export_compiled_docx

        write_whole(out, export_compiled_docx(text, entry_documents(selection, registry, progress, cancelled), lang))
        return Compiled(selection, None)
    from ..printing.compiled import render_compiled

    pdf, pages = render_compiled(text, entry_documents(selection, registry, progress, cancelled), lang)
    write_whole(out, pdf)
    return Compiled(selection, pages)
