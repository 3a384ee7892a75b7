"""Give the memory a finished job freed back to the system.

A long print frees tens of megabytes of small blocks when it ends; the C allocator keeps
them for the process, so the pages the preview draws next would be added on top of
them. On glibc (Linux) `malloc_trim` returns the free ones at once; elsewhere (Windows
and macOS decommit free heap pages on their own) this only collects Python's garbage.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from functools import lru_cache


@lru_cache(maxsize=1)
def _malloc_trim():
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None


def release_freed(collect: bool = True) -> None:
    """Collect garbage (unless `collect` is false: a full collection of a big report
    takes a while), then hand free heap memory back to the system where the C library
    can (glibc's malloc_trim)."""
    if collect:
        gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)
