"""Start: the window is painted first, the project given on the command line opens after
(issue 21, the Windows start): grantdesk/app.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

from grantdesk import app

ROOT = Path(__file__).resolve().parents[2]


class PaintLog(QObject):
    def __init__(self):
        super().__init__()
        self.paints = 0

    def eventFilter(self, obj, event):  # noqa: N802
        if app._painted(event):
            self.paints += 1
        return False


def test_the_project_waits_for_the_first_paint(qtbot):
    window = QMainWindow()
    window.setCentralWidget(QLabel("GrantDesk"))
    qtbot.addWidget(window)
    log = PaintLog()
    window.installEventFilter(log)
    seen: list[int] = []
    app._after_first_paint(window, lambda: seen.append(log.paints))
    window.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.wait(50)
    assert len(seen) == 1 and seen[0] >= 1  # called once, and only after the window was painted


def test_a_window_never_painted_still_gets_its_project(qtbot):
    window = QMainWindow()  # never shown (started minimized): no paint ever comes
    qtbot.addWidget(window)
    seen: list[bool] = []
    app._after_first_paint(window, lambda: seen.append(True))
    qtbot.waitUntil(lambda: bool(seen), timeout=app.FIRST_PAINT_WAIT_MS + 4000)
    qtbot.wait(50)
    assert seen == [True]


def test_the_real_app_shows_its_window_then_opens_the_project(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    project = tmp_path / "seed001.grantdesk"
    subprocess.run([sys.executable, "-m", "grantdesk.cli.main", "import", str(ROOT / "tests/fixtures/seed_001.json"),
                    "-o", str(project)], env=env, check=True, capture_output=True, timeout=120)
    config = Path(env["GRANTDESK_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text('{"ui_lang": "ru", "recent": []}', encoding="utf-8")
    shown, ready = tmp_path / "shown.txt", tmp_path / "ready.txt"
    env.update(GRANTDESK_BENCH_SHOWN=str(shown), GRANTDESK_BENCH_READY=str(ready), GRANTDESK_BENCH_T0=repr(time.time()))
    subprocess.run([sys.executable, "-m", "grantdesk", str(project)], env=env, check=True, capture_output=True,
                   timeout=120)
    assert float(shown.read_text()) <= float(ready.read_text())  # painted before the project was open
    assert json.loads((config / "settings.json").read_text(encoding="utf-8"))["recent"] == [str(project)]


# Run in a fresh interpreter: the app's start up to the turn after its window's first paint
# (when the project given would open), then the grantdesk modules loaded by then are printed.
_LOADED_AT_FIRST_PAINT = """
import json, os, sys
from grantdesk import app

first_paint = app._after_first_paint

def watched(window, then):
    def report():
        print(json.dumps(sorted(m for m in sys.modules if m.startswith("grantdesk"))), flush=True)
        os._exit(0)
    first_paint(window, report)

app._after_first_paint = watched
app.main([sys.argv[0], sys.argv[1]])
"""


def test_the_window_is_painted_before_the_core_is_loaded(tmp_path):
    """Issue 21 (the Windows start): nothing of the project's core is read from the disk
    before the window's first paint; it loads when the project opens, after it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    config = Path(env["GRANTDESK_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"ui_lang": "ru", "recent": [str(tmp_path / "x.grantdesk")]}),
                                          encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", _LOADED_AT_FIRST_PAINT, str(tmp_path / "x.grantdesk")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "grantdesk.ui.main_window" in loaded and "grantdesk.ui.start" in loaded
    core = ("grantdesk.operations", "grantdesk.store", "grantdesk.document", "grantdesk.checks", "grantdesk.forms",
            "grantdesk.progress", "grantdesk.operator", "grantdesk.printing", "grantdesk.layout", "grantdesk.wordio")
    assert not sorted(m for m in loaded if m.startswith(core)), "loaded before the first paint"
