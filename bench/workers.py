"""The measurements themselves, each run by bench/run.py in a fresh process:

    python bench/workers.py keystrokes PROJECT.grantdesk N_TEXT N_CELL_EDITS
    python bench/workers.py core PROJECT.grantdesk CHECK_REPEATS PDF_REPEATS
    python bench/workers.py memory PROJECT.grantdesk
    python bench/workers.py print_json REPORT.json REPEATS

Each prints one JSON object on its last line of stdout.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# What is typed: the seed's own Kazakh, one character per key event.
TYPED = ("Пікірсайыс қозғалысы облыстың барлық аудандарында жанданды, жастар белсенділігі артты. "
         "Қатысушылар саны кемінде 500-ге жетті; 7 фото / 1 видео дайындалды. ")


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def summary_ms(values: list[float]) -> dict:
    ms = [v * 1000 for v in values]
    return {"n": len(ms), "p50_ms": round(statistics.median(ms), 2), "p95_ms": round(percentile(ms, 95), 2),
            "max_ms": round(max(ms), 2)}


def _window(project: Path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from grantdesk.forms import default_registry
    from grantdesk.settings import Settings
    from grantdesk.ui.context import AppContext
    from grantdesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    for name in ("warning", "information", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    win = MainWindow(AppContext(default_registry(), Settings(ui_lang="kk"), "kk"))
    win.show()
    if not win.open_project(project):
        raise SystemExit(f"cannot open {project}")
    if win.session is None:  # opened at its documents: open the report, as a user would
        win.open_document(win.project_session.project.reports()[-1].doc_id)
    app.processEvents()
    return app, win


def _press(widget, ch: str) -> None:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    key = {"\n": Qt.Key.Key_Return, "\r": Qt.Key.Key_Return}.get(ch, Qt.Key.Key_unknown)
    text = "" if key == Qt.Key.Key_Return and ch == "\r" else ch
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def keystrokes(project: Path, n_text: int, n_cell_edits: int) -> dict:
    """Per keystroke, the synchronous work the user waits for: the key event through the real
    widget, then what the check timer runs (session.recheck: checks, sidebar, problems list,
    inline messages) and what the save timer runs (session.flush: one transaction)."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QLineEdit

    app, win = _window(project)
    session = win.session
    results: dict[str, list[float]] = {}
    after: list[float] = []  # the event loop's deferred work (layout, paint) after each key, not counted
    parts: dict[str, list[float]] = {"check and refresh (session.recheck)": [], "save (session.flush)": []}

    def timed(kind: str, widget, ch: str, until=None) -> None:
        t0 = time.perf_counter()
        _press(widget, ch)
        if until is not None:  # a cell commits through a queued call: deliver it
            while not until():
                app.processEvents()
        t_check = time.perf_counter()
        if session._check_timer.isActive():  # something changed: what the check timer runs
            session.recheck()
            parts["check and refresh (session.recheck)"].append(time.perf_counter() - t_check)
        t_save = time.perf_counter()
        if session.writer.pending:
            session.flush()  # what the save timer runs
            parts["save (session.flush)"].append(time.perf_counter() - t_save)
        else:
            session.flush()
        results.setdefault(kind, []).append(time.perf_counter() - t0)
        t1 = time.perf_counter()
        app.processEvents()
        after.append(time.perf_counter() - t1)

    def type_into(kind: str, editor, count: int) -> None:
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)
        app.processEvents()
        for i in range(count):
            timed(kind, editor, TYPED[i % len(TYPED)])

    # 1. A long report-wide text (section "goal"), typed at its end.
    goal = win.wizard.show_section("goal").fields["goal"].editor
    type_into("long text field (goal)", goal, n_text)

    # 2. An activity's narrative in the tasks tree, halfway down the report.
    page = win.wizard.show_section("tasks")
    tree = page.tables["tasks"]
    doc = session.doc
    activities = [r for r, _ in doc.iter_rows("tasks.activities") if r.children.get("indicators")]
    activity = activities[len(activities) // 2]
    tree.tree.setCurrentItem(tree._find_item(activity.id))
    app.processEvents()
    pane = tree.panes[1]
    type_into("activity narrative (tasks tree)", pane.editors["narrative"].editor, n_text)

    # 3. Number cells: the activity's indicator facts, typed in the cell editor and committed with Enter.
    grid = pane.leaf.grid
    fact_col = [c.id for c in pane.leaf.table.columns].index("fact")
    for e in range(n_cell_edits):
        row = e % grid.rowCount()
        value = str(10 + (e * 37) % 490)
        grid.setCurrentCell(row, fact_col)
        grid.setFocus()
        grid.editItem(grid.item(row, fact_col))
        app.processEvents()
        editor = next(w for w in grid.viewport().findChildren(QLineEdit) if w.isVisible())
        editor.selectAll()
        for ch in value:
            timed("number cell (indicator fact)", editor, ch)
        item = grid.item(row, fact_col)
        timed("number cell (indicator fact)", editor, "\r",
              until=lambda: item.text() == value and grid.state() != grid.State.EditingState)

    out = {kind: summary_ms(v) for kind, v in results.items()}
    everything = [v for vs in results.values() for v in vs]
    out["all keystrokes"] = summary_ms(everything)
    for name, values in parts.items():  # where the time of a keystroke goes
        out[f"of which: {name}"] = summary_ms(values)
    out["event loop after each key (not counted)"] = summary_ms(after)
    win.close()
    return {"keystrokes": out, "problems_at_end": len(session.problems)}


def core(project: Path, check_repeats: int, pdf_repeats: int) -> dict:
    """The pure core on the stored report: a full check, then printing to PDF."""
    from grantdesk.checks import run_checks
    from grantdesk.progress import assess
    from grantdesk.forms import default_registry
    from grantdesk.printing import render_pdf
    from grantdesk.store import ProjectFile

    with ProjectFile.open(project, read_only=True) as pf:
        doc = pf.load_document(pf.list_documents()[-1].id, default_registry())
    t0 = time.perf_counter()
    problems = run_checks(doc)
    first = time.perf_counter() - t0
    repeats = []
    for _ in range(check_repeats):
        t0 = time.perf_counter()
        run_checks(doc)
        repeats.append(time.perf_counter() - t0)
    pdf_times, pages, size = [], 0, 0
    for _ in range(pdf_repeats):
        gc.collect()
        t0 = time.perf_counter()
        result = render_pdf(doc, draft=assess(doc, problems).draft)
        pdf_times.append(time.perf_counter() - t0)
        pages, size = result.pages, len(result.pdf)
    best = min(pdf_times)
    return {
        "check": {"first_ms": round(first * 1000, 2), **summary_ms(repeats), "problems": len(problems)},
        "pdf": {"seconds": round(best, 3), "all_seconds": [round(t, 3) for t in pdf_times], "pages": pages,
                "pages_per_second": round(pages / best, 1), "ms_per_page": round(best / pages * 1000, 1),
                "pdf_bytes": size},
        "rows": {t: doc.row_count(t) for t in ("tasks", "tasks.activities", "tasks.activities.indicators",
                                               "partners")},
    }


def memory(project: Path) -> dict:
    """Peak resident memory of a fresh app process that opens the project, shows every
    section, runs the checks and prints (the print preview, every page rendered)."""
    app, win = _window(project)
    for section in win.session.doc.form.sections:
        win.wizard.show_section(section.id)
        app.processEvents()
    win.session.recheck()
    rss_open = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    preview = win.print_preview()
    preview.finish_rendering()
    app.processEvents()
    pages = preview.page_count
    preview.close()
    win.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"peak_mb": round(peak, 1), "peak_before_print_mb": round(rss_open, 1), "pages": pages}


def print_json(report: Path, repeats: int) -> dict:
    """Printing a report read from JSON (the pathological ones of make_pathological.py)."""
    from grantdesk.document import from_json
    from grantdesk.forms import default_registry
    from grantdesk.printing import render_pdf

    seed = ROOT / "tests" / "fixtures" / "seed_001.json"
    render_pdf(from_json(json.loads(seed.read_text(encoding="utf-8")), default_registry()))  # fonts loaded, as for seed 001
    from grantdesk.layout.limits import TooLong

    doc = from_json(json.loads(report.read_text(encoding="utf-8")), default_registry())
    times, pages = [], 0
    for _ in range(repeats):
        gc.collect()
        t0 = time.perf_counter()
        try:
            result = render_pdf(doc)
        except TooLong as exc:  # beyond the page limit: refused before any work (make_hostile.py)
            return {"refused_estimate": exc.pages, "seconds": round(time.perf_counter() - t0, 3),
                    "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}
        times.append(time.perf_counter() - t0)
        pages = result.pages
    best = min(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": round(best, 3), "pages": pages, "ms_per_page": round(best / pages * 1000, 1),
            "peak_mb": round(peak, 1)}


def main(argv: list[str]) -> int:
    kind, project = argv[0], Path(argv[1])
    if kind == "keystrokes" and os.environ.get("BENCH_PROFILE"):  # a cProfile of the keystrokes, for digging
        import cProfile

        prof = cProfile.Profile()
        out = prof.runcall(keystrokes, project, int(argv[2]), int(argv[3]))
        prof.dump_stats(os.environ["BENCH_PROFILE"])
    elif kind == "keystrokes":
        out = keystrokes(project, int(argv[2]), int(argv[3]))
    elif kind == "core":
        out = core(project, int(argv[2]), int(argv[3]))
    elif kind == "memory":
        out = memory(project)
    elif kind == "print_json":
        out = print_json(project, int(argv[2]))
    else:
        raise SystemExit(f"unknown worker {kind!r}")
    print(json.dumps(out, ensure_ascii=False), flush=True)
    sys.stderr.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash in it after a window was closed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
