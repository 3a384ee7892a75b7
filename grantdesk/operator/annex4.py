"""The operator's Annex 4 compiled: the OP4 entries of every project whose final report's
project period ends in the reporting period, in one document (FORMS.md, "Handing over,
and the operator's side").

Two passes over the files, one project in memory at a time (in each worker). The first
reads each file (read-only), keeps only what orders and lists it (organisation, project,
period) or why it is left out; the second opens the chosen ones again in order,
organisation then project, and prints them in parts of PART_ENTRIES entries, each part a
PDF of its own in a temporary folder, joined into the output as they come
(printing/joined.py). Parts bound the memory (reportlab keeps a document's pages until
it is written) and let the machine's cores share the work (workers.py); a part's
entries are numbered on their own as they always were, so a part changes no page.
An entry is the final report printed through its derived definition (OP4) exactly as
`grantdesk op4` prints it (layout/compiled.entry_nodes). Files that are not projects,
damaged, without a final report, or whose final report has errors are listed with the
reason; they never stop it.
"""

from __future__ import annotations

import gc
import tempfile
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..checks.cells import parse_period
from ..forms import FormRegistry, derived_editions
from ..layout.compiled import CompiledText, annex4_words, appendix_nodes, compiled_printout, entry_nodes, front_nodes
from ..layout.model import Node
from ..progress import assess
from ..values.dates import format_date
from .sources import Opened, Skipped, open_project, project_files
from .texts import reason_text
from .workers import Cancelled, Workers, workers_for

# (files done, files in all, the file being read): a progress bar's feed
Progress = Callable[[int, int, Path], None]

PART_ENTRIES = 25  # entries in one part: about 175 pages, a few MB held while it is laid out
JUDGE_FILES = 16  # files a worker reads for the first pass before it reports back

__all__ = ["Cancelled", "Compiled", "Entry", "Selection", "compile_annex4", "each_project", "select", "sort_key"]


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


@dataclass(frozen=True)
class Editions:
    """Where a worker process finds the same editions as this one (a registry is rebuilt
    from its folders there, once per process, rather than sent to it)."""

    folder: Path
    user_folder: Path | None

    @classmethod
    def of(cls, registry: FormRegistry) -> "Editions":
        return cls(registry.folder, registry.user_folder)


_REGISTRIES: dict[Editions, FormRegistry] = {}


def _registry(editions: Editions | FormRegistry) -> FormRegistry:
    if isinstance(editions, FormRegistry):
        return editions
    if editions not in _REGISTRIES:
        _REGISTRIES[editions] = FormRegistry(editions.folder, editions.user_folder)
    return _REGISTRIES[editions]


def _judge_files(files: tuple[Path, ...], editions: Editions | FormRegistry, start: date | None,
                 end: date | None) -> list[Entry | Skipped]:
    """The first pass over some files (a job: here or in a worker)."""
    registry = _registry(editions)
    return [opened if isinstance(opened, Skipped) else judge(opened, registry, start, end)
            for opened in (open_project(path, registry) for path in files)]


def select(paths: Iterable[Path | str], registry: FormRegistry, start: date | None = None, end: date | None = None,
           progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
           workers: Workers | None = None) -> Selection:
    """The first pass: which files go in, in order, and which are left out and why."""
    files = list(project_files(paths))
    if workers is None:
        with Workers(workers_for(len(files))) as own:
            return select(files, registry, start, end, progress, cancelled, own)
    size = JUDGE_FILES if workers.count > 1 else 1  # here: the bar moves, and a cancel is heard, per file
    jobs = [tuple(files[i:i + size]) for i in range(0, len(files), size)]
    editions = Editions.of(registry) if workers.count > 1 else registry
    seen = 0

    def done(_i: int, job: tuple[Path, ...]) -> None:
        nonlocal seen
        seen += len(job)
        if progress is not None:
            progress(seen, len(files), job[-1])

    if progress is not None and files:
        progress(0, len(files), files[0])
    chosen = Selection()
    for verdicts in workers.run(partial(_judge_files, editions=editions, start=start, end=end), jobs, done, cancelled):
        for verdict in verdicts:
            if isinstance(verdict, Entry):
                chosen.entries.append(verdict)
            elif verdict.reason == "outside":
                chosen.outside.append(verdict)
            else:
                chosen.skipped.append(verdict)
    chosen.entries.sort(key=lambda e: e.order)
    return chosen


def _entry(entry: Entry, registry: FormRegistry, lang: str) -> list[Node]:
    """The second pass over one chosen project: opened again, its entry's nodes."""
    opened = open_project(entry.path, registry)
    final = None if isinstance(opened, Skipped) else next(
        (d for d in opened.project.documents if d.doc_id == entry.doc_id), None)
    if final is None:
        # changed between the passes (rewritten, removed): said, never printed as it is now
        raise RuntimeError(f"{entry.path} changed while Annex 4 was compiled")
    return entry_nodes(derived_editions(registry, final)[0], final, lang)


@dataclass(frozen=True)
class Part:
    """One part of the compiled document: the list of projects, some entries, or the
    appendix (a job: printed here or in a worker, into `out`)."""

    out: Path
    lang: str
    text: CompiledText
    editions: Editions | None = None  # None: here, with the caller's registry
    entries: tuple[Entry, ...] = ()
    which: str = "entries"  # or "front", "appendix"


def _part_nodes(part: Part, registry: FormRegistry, each: Callable[[Entry], None] | None) -> Iterator[list[Node]]:
    if part.which == "front":
        yield front_nodes(part.text)
    elif part.which == "appendix":
        yield appendix_nodes(part.text)
    for entry in part.entries:
        if each is not None:
            each(entry)
        yield _entry(entry, registry, part.lang)


def _print_part(part: Part, registry: FormRegistry | None = None, each: Callable[[Entry], None] | None = None) -> int:
    """Print one part into its file; its page count."""
    from ..printing.compiled import render_parts

    registry = registry if registry is not None else _registry(part.editions)
    pdf, pages = render_parts(compiled_printout(part.text, part.lang), _part_nodes(part, registry, each))
    part.out.write_bytes(pdf)
    del pdf
    # A part's layout leaves cycles (flowables, frames, the canvas) that reach Python's
    # oldest generation, which is collected rarely: uncollected, they grew the process by
    # 4 MB a part (226 MB at 1 000 projects); collected here, it stays at 53 MB.
    gc.collect()
    return pages


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
                   cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> Compiled:
    """Compile Annex 4 into `out` (.pdf, or .docx): written whole or not at all.
    `workers`: worker processes (None: as many as are worth it, workers.workers_for)."""
    files = list(project_files(paths))
    with Workers(workers_for(len(files), workers)) as pool:
        selection = select(files, registry, start, end, progress, cancelled, pool)
        text = compiled_text(selection, registry, lang, start, end)
        if out.suffix.lower() == ".docx":  # python-docx holds one document: here, in order
            _write_docx(out, selection, text, registry, lang, progress, cancelled)
            return Compiled(selection, None)
        return Compiled(selection, _write_pdf(out, selection, text, registry, lang, progress, cancelled, pool))


def _write_docx(out: Path, selection: Selection, text: CompiledText, registry: FormRegistry, lang: str,
                progress: Progress | None, cancelled: Callable[[], bool] | None) -> None:
    """The Word file, here: one entry at a time into python-docx (which holds the document)."""
    from ..safe_write import write_whole
    from ..wordio import export_parts_docx

    total = len(selection.entries)

    def parts() -> Iterator[list[Node]]:
        yield front_nodes(text)
        for i, entry in enumerate(selection.entries):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(i, total, entry.path)
            yield _entry(entry, registry, lang)
        yield appendix_nodes(text)

    write_whole(out, export_parts_docx(compiled_printout(text, lang), parts()))


def _write_pdf(out: Path, selection: Selection, text: CompiledText, registry: FormRegistry, lang: str,
               progress: Progress | None, cancelled: Callable[[], bool] | None, workers: Workers) -> int:
    """The PDF: its parts printed (here or in workers) into a temporary folder, then joined
    into `out` in order; the page count."""
    from ..printing.joined import JoinedPdf
    from ..safe_write import write_streamed

    entries = selection.entries
    total = len(entries)
    with tempfile.TemporaryDirectory(prefix="grantdesk-annex4-") as folder:
        editions = Editions.of(registry) if workers.count > 1 else None
        groups = [entries[i:i + PART_ENTRIES] for i in range(0, total, PART_ENTRIES)]
        parts = ([Part(Path(folder, "front.pdf"), lang, text, editions, which="front")]
                 + [Part(Path(folder, f"entries-{n:05d}.pdf"), lang, text, editions, tuple(group))
                    for n, group in enumerate(groups)]
                 + [Part(Path(folder, "appendix.pdf"), lang, text, editions, which="appendix")])
        if workers.count > 1:
            printed = 0

            def done(_i: int, part: Part) -> None:
                nonlocal printed
                printed += len(part.entries)
                if progress is not None and part.entries:
                    progress(printed, total, part.entries[-1].path)

            workers.run(_print_part, parts, done, cancelled)
        else:
            counter = iter(range(total))

            def each(entry: Entry) -> None:  # here, the bar moves and a cancel is heard per entry
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(next(counter), total, entry.path)

            for part in parts:
                _print_part(part, registry, each)

        def join(fh) -> int:
            joined = JoinedPdf(fh)
            for part in parts:  # one part in memory at a time, each gone once copied
                joined.add(part.out.read_bytes(), part.out.name)
                part.out.unlink()
            return joined.close()

        return write_streamed(out, join)
