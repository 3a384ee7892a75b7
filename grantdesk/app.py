"""Starting the desktop app: builds the AppContext and hands it to the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from . import __version__
from .forms import default_registry
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
    ctx = AppContext(registry=default_registry(), settings=settings, ui_lang=settings.ui_lang,
                     translators=translators)
    window = MainWindow(ctx)
    _install_excepthook(lambda: window)
    window.show()
    paths = [a for a in argv[1:] if a.endswith(".grantdesk")]
    if paths:
        # The window first, the project once the event loop runs: a double-clicked project
        # shows the app at once and fills it a moment later (issue 21, Windows start).
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: window.open_project(Path(paths[0])))
    _bench_ready_hook(app, window)
    return app.exec()


def _bench_ready_hook(app, window) -> None:
    """For bench/run.py only: with GRANTDESK_BENCH_READY=path set, once the window is shown
    and the event loop has gone idle, write the seconds since GRANTDESK_BENCH_T0 (the
    launcher's time.time() just before starting this process) to that path, then quit.
    Unset (always, for users) it does nothing."""
    out = os.environ.get("GRANTDESK_BENCH_READY")
    if not out:
        return
    from PySide6.QtCore import QTimer

    def ready() -> None:
        elapsed = time.time() - float(os.environ.get("GRANTDESK_BENCH_T0", "nan"))
        Path(out).write_text(f"{elapsed:.6f}\n", encoding="utf-8")
        window.close()
        # exit(), not quit(): quit() first asks every window to close through the window
        # system's event queue, and under Wine with the offscreen platform that never returns
        # (packaging/windows/smoke); the one window is closed already.
        app.exit(0)

    QTimer.singleShot(0, ready)  # a zero timer fires once every pending event is handled


if __name__ == "__main__":
    sys.exit(main())
