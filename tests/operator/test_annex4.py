"""The operator's Annex 4 compiled from a folder of project files: the projects in order,
each entry exactly as OP4 prints it, the files left out named with their reason, the
files themselves never changed."""

from __future__ import annotations

import hashlib
import re
import tempfile
from datetime import date
from io import BytesIO

from docx import Document as read_docx

from grantdesk.forms import default_registry, derived_editions
from grantdesk.operator.annex4 import Cancelled, compile_annex4
from grantdesk.printing import render_derived
from grantdesk.store import ProjectFile
from tests.cli.test_cli import grantdesk
from tests.printing.conftest import PdfText, squash

import pytest


def _digests(folder):
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file()}


def _alone(path):
    """The project's OP4 entry printed on its own, as `grantdesk op4` prints it."""
    registry = default_registry()
    with ProjectFile.open(path, read_only=True) as pf:
        project = pf.load_project(registry)
    final = [d for d in project.documents if d.role == "final"][-1]
    return PdfText(render_derived(derived_editions(registry, final)[0], final).pdf)


def _body(pages):
    # a page's text without its footer's "N / M"
    return squash("".join(re.sub(r"\d+ / \d+\s*$", "", p) for p in pages))


def test_annex4_over_a_folder_orders_projects_and_names_what_it_left_out(operator_folder, tmp_path):
    before = _digests(operator_folder)
    out = tmp_path / "annex4.pdf"
    done = compile_annex4([operator_folder], out, default_registry(), lang="kk")
    # by organisation («Айналайын», «Ескі», «Ясный путь»: quotes aside, in alphabet order)
    assert [e.path.name for e in done.selection.entries] == ["alpha.grantdesk", "old.grantdesk", "zeta.grantdesk"]
    reasons = {s.path.name: s.reason for s in done.selection.skipped}
    assert reasons == {"damaged.grantdesk": "damaged", "errors.grantdesk": "errors", "fr23.grantdesk": "no_entry",
                       "plan.grantdesk": "no_final", "readme.txt": "not_project"}
    text = PdfText(out.read_bytes())
    # the list of projects first, in order: organisation, then project
    first = text.squashed_pages[0]
    assert first.index(squash("«Айналайын» қоғамдық қоры")) < first.index(squash("«Ескі» ҚҚ")) \
        < first.index(squash("«Ясный путь» ҚБ"))
    # each entry exactly as OP4 prints it, on its own pages
    zeta = _alone(operator_folder / "zeta.grantdesk")
    alpha = _alone(operator_folder / "south" / "alpha.grantdesk")
    for alone in (zeta, alpha):  # page for page, its own page numbers included
        first = text.pages.index(alone.pages[0])
        assert text.pages[first:first + len(alone.pages)] == alone.pages
    assert _body(zeta.pages) in _body(text.pages)
    assert text.has("Әлеуметтік жобаның атауы: Жасыл ауыл")
    assert text.has("Жобаға қатысу арқылы тікелей қамту – 647 адам, жанама қамту – 1 000 адам.")
    # the appendix names every file left out, with its reason
    last = text.pages[-1]
    for name, reason in (("damaged.grantdesk", "файл зақымдалған"), ("errors.grantdesk", "қателер 2, толтырылмаған міндетті орындар 16"),
                         ("plan.grantdesk", "қорытынды есеп жоқ"), ("readme.txt", "GrantDesk жобасы емес"),
                         ("fr23.grantdesk", "fr23")):
        assert name in last and squash(reason) in squash(last)
    assert _digests(operator_folder) == before  # read-only: no file touched, no side file left


def test_annex4_keeps_the_projects_whose_period_ends_in_the_reporting_period(operator_folder, tmp_path):
    out = tmp_path / "annex4-ru.pdf"
    done = compile_annex4([operator_folder], out, default_registry(), lang="ru",
                          start=date(2024, 1, 1), end=date(2024, 12, 31))
    assert [e.path.name for e in done.selection.entries] == ["alpha.grantdesk", "zeta.grantdesk"]
    assert [s.path.name for s in done.selection.outside] == ["old.grantdesk"]
    text = PdfText(out.read_bytes())
    assert text.has("Отчётный период: 01.01.2024 – 31.12.2024")
    assert text.has("Прямой охват через участие в проекте – 647 человек") and not text.has("Өткен жоба")


def test_annex4_as_a_word_file(operator_folder, tmp_path):
    out = tmp_path / "annex4.docx"
    done = compile_annex4([operator_folder], out, default_registry(), lang="kk")
    assert done.pages is None
    words = "\n".join(p.text for p in read_docx(BytesIO(out.read_bytes())).paragraphs)
    assert words.count("Әлеуметтік жобаның атауы:") == 3
    assert "Жобаға қатысу арқылы тікелей қамту – 647 адам, жанама қамту – 1 000 адам." in words
    tables = read_docx(BytesIO(out.read_bytes())).tables
    cells = {c.text for t in tables for row in t.rows for c in row.cells}
    assert {"damaged.grantdesk", "readme.txt", "«Ясный путь» ҚБ"} <= cells


def test_a_cancelled_compilation_writes_nothing(operator_folder, tmp_path):
    out = tmp_path / "annex4.pdf"
    calls = []
    with pytest.raises(Cancelled):
        compile_annex4([operator_folder], out, default_registry(),
                       progress=lambda i, n, path: calls.append(path), cancelled=lambda: len(calls) >= 3)
    assert not out.exists() and len(calls) == 3


def test_the_command_names_skipped_files_and_exits_0(operator_folder, tmp_path):
    out = tmp_path / "a4.pdf"
    done = grantdesk("annex4", operator_folder, "--from", "01.01.2024", "--to", "31.12.2024", "-o", out,
                     "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "2 projects" in done.stdout and "files left out: 5" in done.stdout
    assert "damaged.grantdesk: the file is damaged" in done.stderr and "old.grantdesk: the period ends on 30.11.2023" in done.stderr
    bad = grantdesk("annex4", operator_folder, "--from", "31.02.2024", "--to", "31.12.2024", "-o", out, "--ui-lang", "ru")
    assert bad.returncode == 2 and "Дата «31.02.2024» непонятна" in bad.stderr and "Traceback" not in bad.stderr


def test_names_sort_in_alphabet_order_not_by_code_point():
    from grantdesk.operator.annex4 import sort_key

    names = ["«Ясный путь»", "Үміт", "Әлем", "Абай", "Қазына", "Вера", "«Өркен»", "Ақ жол"]
    assert sorted(names, key=sort_key) == ["Абай", "Ақ жол", "Әлем", "Вера", "Қазына", "«Өркен»", "Үміт", "«Ясный путь»"]


def test_parts_and_workers_change_no_page(operator_folder, tmp_path, monkeypatch):
    """Annex 4 printed in parts of one entry, in two worker processes, is page for page
    the one printed in one part here: the parts are a matter of memory and cores only."""
    import grantdesk.operator.annex4 as annex4

    whole = compile_annex4([operator_folder], tmp_path / "whole.pdf", default_registry(), lang="kk", workers=1)
    monkeypatch.setattr(annex4, "PART_ENTRIES", 1)
    monkeypatch.setattr(annex4, "JUDGE_FILES", 2)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    seen = []
    parted = compile_annex4([operator_folder], tmp_path / "parted.pdf", default_registry(), lang="kk", workers=2,
                            progress=lambda i, n, path: seen.append((i, n)))
    assert [e.path for e in parted.selection.entries] == [e.path for e in whole.selection.entries]
    assert parted.pages == whole.pages
    assert PdfText((tmp_path / "parted.pdf").read_bytes()).pages == PdfText((tmp_path / "whole.pdf").read_bytes()).pages
    assert seen[-1] == (3, 3)  # the bar ends full: three entries printed
    assert not list(tmp_path.glob("*.part")) and not list(temp.iterdir())  # the parts are gone


def test_a_cancel_stops_the_workers_and_writes_nothing(operator_folder, tmp_path, monkeypatch):
    import grantdesk.operator.annex4 as annex4

    monkeypatch.setattr(annex4, "JUDGE_FILES", 1)
    out = tmp_path / "annex4.pdf"
    calls = []
    with pytest.raises(Cancelled):
        compile_annex4([operator_folder], out, default_registry(), workers=2,
                       progress=lambda i, n, path: calls.append(path), cancelled=lambda: len(calls) >= 2)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_workers_that_die_leave_the_work_to_this_process(operator_folder, tmp_path, monkeypatch):
    """A broken build or a machine out of memory kills the workers: Annex 4 is still made."""
    from concurrent.futures.process import BrokenProcessPool

    import grantdesk.operator.workers as workers

    def broken(self):
        raise BrokenProcessPool("a worker died")

    monkeypatch.setattr(workers.Workers, "pool", broken)
    done = compile_annex4([operator_folder], tmp_path / "a4.pdf", default_registry(), workers=2)
    assert [e.path.name for e in done.selection.entries] == ["alpha.grantdesk", "old.grantdesk", "zeta.grantdesk"]
    assert PdfText((tmp_path / "a4.pdf").read_bytes()).has("Әлеуметтік жобаның атауы: Жасыл ауыл")


def test_a_projects_sqlite_side_files_are_not_listed_as_files_of_their_own(operator_folder, tmp_path):
    """A project the app had open leaves -wal and -shm beside it: they belong to it, and a
    second run must not call them "not a GrantDesk project"."""
    from grantdesk.operator.sources import project_files

    zeta = operator_folder / "zeta.grantdesk"
    for side in ("-wal", "-shm", "-journal"):
        zeta.with_name(zeta.name + side).write_bytes(b"")
    (operator_folder / "notes.txt-wal").write_bytes(b"x")  # no database beside it: a stray file, listed
    names = {p.name for p in project_files([operator_folder])}
    assert "zeta.grantdesk" in names and not {n for n in names if n.startswith("zeta.grantdesk-")}
    done = compile_annex4([operator_folder], tmp_path / "a4.pdf", default_registry(), workers=1)
    skipped = {s.path.name for s in done.selection.skipped}
    assert "notes.txt-wal" in skipped and not {n for n in skipped if n.startswith("zeta.grantdesk-")}
