"""Starting the desktop app: builds the AppContext and hands it to the main window."""

from __future__ import annotations

import os
import sys
import time
import traceback
from pathlib import Path

from . import __version__
from .resources import app_icon_path
from .settings import Settings, config_dir


def _install_excepthook(parent_getter) -> None:
    """An unexpected error is logged and shown calmly; what was typed is already saved."""
    log_path = config_dir() / "grantdesk.log"

    def hook(exc_type, exc, tb):
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("a", encoding="utf-8") as fh:
                fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        except OSError:
            pass
        import logging  # only here: no part of the start

        logging.getLogger("grantdesk").error("unexpected error", exc_info=(exc_type, exc, tb))
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(
            parent_getter(), "GrantDesk",
            "Something went wrong inside GrantDesk. Your text has been saved.\n"
            "Кешіріңіз, GrantDesk ішінде қате шықты. Енгізгеніңіз сақталды.\n"
            "Извините, в GrantDesk произошла ошибка. Введённое сохранено.\n\n"
            f"{exc_type.__name__}: {exc}\n{log_path}",
        )

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .ui.context import AppContext
    from .ui.first_start import ask_language
    from .ui.i18n import Translators, system_language
    from .ui.main_window import MainWindow

    argv = list(sys.argv if argv is None else argv)
    app = QApplication(argv)
    app.setApplicationName("GrantDesk")
    app.setOrganizationName("GrantDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(app_icon_path())))  # every window's and the taskbar's icon
    settings = Settings.load()
    translators = Translators(app)
    if not settings.ui_lang:
        guess = system_language()
        translators.switch(guess)
        settings.ui_lang = ask_language(guess)
        settings.save()
    translators.switch(settings.ui_lang)
    # No registry yet: the definitions are read on first use, after the window is painted.
    ctx = AppContext(registry=None, settings=settings, ui_lang=settings.ui_lang, translators=translators)
    window = MainWindow(ctx)
    _install_excepthook(lambda: window)
    window.show()
    paths = [a for a in argv[1:] if a.endswith(".grantdesk")]

    def fill() -> None:
        # The project given (a double-clicked file), else the recent projects' summaries.
        if not (paths and window.open_project(Path(paths[0]))):
            window.start.fill_summaries()
        _bench_ready_hook(app, window)

    # The window first, everything read from the disk once it has been painted: the
    # project's core (operations, store, checks, definitions) is imported then, and a
    # double-clicked project shows the app at once and fills it a moment later (issue 21).
    _after_first_paint(window, fill)
    return app.exec()


# The longest a project given on the command line waits for the window's first paint: a
# window started minimized is never painted, and its project must open all the same.
FIRST_PAINT_WAIT_MS = 1000


def _after_first_paint(window, then) -> None:
    """Call `then` once, on the event loop turn after the window's first paint (or after
    FIRST_PAINT_WAIT_MS, whichever comes first). With GRANTDESK_BENCH_SHOWN=path set, the
    seconds from GRANTDESK_BENCH_T0 to that first paint are written there (bench, smoke)."""
    from PySide6.QtCore import QObject, QTimer

    shown_out = os.environ.get("GRANTDESK_BENCH_SHOWN")

    class FirstPaint(QObject):
        done = False

        def fire(self) -> None:
            if self.done:
                return
            self.done = True
            window.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint has gone to the screen

        def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
            if _painted(event) and not self.done:
                if shown_out:
                    _write_elapsed(shown_out)
                self.fire()
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(FIRST_PAINT_WAIT_MS, watcher.fire)


def _painted(event) -> bool:
    """The window's first paint: its Paint event. (Qt's offscreen platform paints too; a
    window never painted, started minimized or on Wine without a display, gets its project
    from the timer in _after_first_paint.)"""
    from PySide6.QtCore import QEvent

    return event.type() == QEvent.Type.Paint


def _write_elapsed(out: str) -> None:
    """The seconds since GRANTDESK_BENCH_T0 (the launcher's time.time() just before starting
    this process), written to `out`."""
    elapsed = time.time() - float(os.environ.get("GRANTDESK_BENCH_T0", "nan"))
    Path(out).write_text(f"{elapsed:.6f}\n", encoding="utf-8")


def _bench_ready_hook(app, window) -> None:
    """For bench/run.py and the Windows smoke only: with GRANTDESK_BENCH_READY=path set, once
    the window is shown, the project opened and the event loop has gone idle, write the
    seconds since GRANTDESK_BENCH_T0 to that path, then quit.
    Unset (always, for users) it does nothing."""
    out = os.environ.get("GRANTDESK_BENCH_READY")
    if not out:
        return
    from PySide6.QtCore import QTimer

    def ready() -> None:
        _write_elapsed(out)
        window.close()
        # exit(), not quit(): quit() first asks every window to close through the window
        # system's event queue, and under Wine with the offscreen platform that never returns
        # (packaging/windows/smoke); the one window is closed already.
        app.exit(0)

    QTimer.singleShot(0, ready)  # a zero timer fires once every pending event is handled


if __name__ == "__main__":
    sys.exit(main())
