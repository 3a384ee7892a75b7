"""The operator's long work (hundreds of project files) spread over the machine's cores.

Annex 4 of a thousand projects is a minute of reading and laying out pages on one core;
the projects are independent, so their parts are done in worker processes, one per core
(at most MAX_WORKERS: each holds the program and one part, about 80 MB, and the
operator's laptop may have 4 GB). Few files are done here, in this process: starting a
worker costs more than it saves, and a progress bar and a cancel are then per file.

Workers are started with "spawn", never "fork": the window's threads and Qt's state must
not be copied into a child. A frozen Windows build starts them through its own executable
(multiprocessing.freeze_support() in both entry points, grantdesk/app.py and cli/main.py).
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Sequence, TypeVar

J = TypeVar("J")
R = TypeVar("R")

MAX_WORKERS = 4
MIN_FILES = 48  # fewer files than this are done in this process


class Cancelled(Exception):
    """The user stopped the work; nothing was written."""


def workers_for(files: int, asked: int | None = None) -> int:
    """How many worker processes for `files` files: `asked` if given (0 or 1: here), else one
    per core (up to MAX_WORKERS) when there are enough files to be worth it."""
    if asked is not None:
        return max(1, asked)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return 1 if files < MIN_FILES or cores < 2 else min(cores, MAX_WORKERS)


class Workers:
    """Worker processes for the length of a `with` block (started on first use, so a run
    that turns out small starts none), shared by its passes: a worker is started once."""

    def __init__(self, count: int):
        self.count = count
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def pool(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.count, mp_context=multiprocessing.get_context("spawn"))
        return self._pool

    def run(self, fn: Callable[[J], R], jobs: Sequence[J], done: Callable[[int, J], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> list[R]:
        """fn(job) for every job, results in the jobs' order. `done(i, job)` is told as each
        job finishes (in the order they finish); `cancelled()` is asked between jobs and,
        with workers, every tenth of a second: when it says so, the jobs not started are
        dropped, those running are waited for, and Cancelled is raised. A job's exception
        goes on up. Should the workers die (a broken build, no memory left), the jobs are
        done here instead: slower, never lost."""
        if self.count <= 1 or len(jobs) <= 1:
            return _run_here(fn, jobs, done, cancelled)
        out: dict[int, R] = {}
        try:
            pending: dict[Future, int] = {self.pool().submit(fn, job): i for i, job in enumerate(jobs)}
            while pending:
                if cancelled is not None and cancelled():
                    self.__exit__()
                    raise Cancelled()
                finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    i = pending.pop(future)
                    out[i] = future.result()
                    if done is not None:
                        done(i, jobs[i])
        except BrokenProcessPool:
            self.__exit__()
            self.count = 1
            rest = [i for i in range(len(jobs)) if i not in out]
            for i, result in zip(rest, _run_here(fn, [jobs[i] for i in rest], None, cancelled)):
                out[i] = result
                if done is not None:
                    done(i, jobs[i])
        except BaseException:
            self.__exit__()
            raise
        return [out[i] for i in range(len(jobs))]


def _run_here(fn, jobs, done, cancelled) -> list:
    results = []
    for i, job in enumerate(jobs):
        if cancelled is not None and cancelled():
            raise Cancelled()
        results.append(fn(job))
        if done is not None:
            done(i, job)
    return results
