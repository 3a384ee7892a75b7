"""The preview's PDF, made on a thread of its own so the window shows and answers at once.

The core prints (grantdesk.printing, no Qt); a PrintJob runs that call on a QThread and
reports back by signals, which Qt delivers on the GUI thread. Cancelling is cooperative:
the core's `progress` hook raises once the job is cancelled, so the build stops at the
next page. A job outlives the window that started it until its thread has ended (the
window may be closed mid-build): running jobs are kept in _RUNNING, never destroyed while
their thread runs.
"""

from __future__ import annotations

import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..memory import release_freed
from ..printing import PrintResult, Progress

_RUNNING: set["PrintJob"] = set()


class Cancelled(Exception):
    """The job was cancelled (the preview closed): the build stopped."""


class _Worker(QObject):
    """What runs on the job's thread."""

    pages = Signal(int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, make: Callable[[Progress], PrintResult], cancelled: threading.Event):
        super().__init__()
        self._make = make
        self._cancelled = cancelled

    def _progress(self, pages: int) -> None:
        if self._cancelled.is_set():
            raise Cancelled
        self.pages.emit(pages)

    @Slot()
    def run(self) -> None:
        try:
            result = self._make(self._progress)
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001: shown in the window, never a crash
            if not self._cancelled.is_set():
                self.failed.emit(str(exc) or type(exc).__name__)
        else:
            self._make = None  # the document and what was made of it go with the build
            release_freed()  # before the window draws the pages: on top of the build's leftovers otherwise
            if not self._cancelled.is_set():
                self.done.emit(result)
        finally:
            self._make = None  # the document and what was made of it go with the build
            self.thread().quit()


class PrintJob(QObject):
    """`make(progress)` run on a thread. Signals, on the GUI thread: `pages` (laid out so
    far), then either `done(PrintResult)` or `failed(str)`; nothing once cancelled. The job
    itself lives on the GUI thread: its thread is let go only once it has ended."""

    pages = Signal(int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, make: Callable[[Progress], PrintResult]):
        super().__init__()
        self._cancelled = threading.Event()
        self._thread = QThread()
        self._thread.setObjectName("print job")
        self._worker = _Worker(make, self._cancelled)
        self._worker.moveToThread(self._thread)
        self._worker.pages.connect(self.pages)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self.failed)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._ended)

    def start(self) -> None:
        _RUNNING.add(self)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def running(self) -> bool:
        return self in _RUNNING

    def wait_a_little(self, ms: int = 20) -> None:
        """Block up to `ms` for the thread to end (between event processing, in a wait)."""
        self._thread.wait(ms)

    def _done(self, result: PrintResult) -> None:
        if not self._cancelled.is_set():  # cancelled after the build ended, before this arrived
            self.done.emit(result)

    def _ended(self) -> None:  # on the GUI thread, once the thread has stopped
        self._worker.deleteLater()
        _RUNNING.discard(self)


def running_jobs() -> int:
    """How many print jobs still run (for tests and a clean quit)."""
    return len(_RUNNING)


__all__ = ["Cancelled", "PrintJob", "running_jobs"]
