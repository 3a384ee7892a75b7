"""Store failures as data: a code the UI and CLI turn into a message in the user's language."""

from __future__ import annotations

import errno


class StoreError(Exception):
    """Opening or writing a project file failed.

    `code` is one of: not_found, empty, not_sqlite, not_grantdesk, too_new, damaged,
    locked, read_only, write_failed, exists, no_backups, gone (the file opened is no longer
    at its path: deleted, moved, or replaced by another file), disk_full, write_protected
    (a read-only file, folder or medium refused the write), foreign (the file holds tables,
    columns, triggers or values GrantDesk did not put there; `detail` lists them).
    """

    def __init__(self, code: str, path: str = "", detail: str = ""):
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))


_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_PROTECTED = (errno.EROFS, errno.EACCES, errno.EPERM)


def failure_code(exc: BaseException) -> str:
    """Why a write failed, as a StoreError code: a full disk and a write-protected file or
    medium get their own message (the user can act on them); anything else is write_failed."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return "disk_full"
        if exc.errno in _PROTECTED:
            return "write_protected"
        return "write_failed"
    text = str(exc).lower()
    if "disk is full" in text or "no space" in text:  # SQLITE_FULL
        return "disk_full"
    if "readonly" in text or "read-only" in text or "permission" in text:  # SQLITE_READONLY, EACCES
        return "write_protected"
    return "write_failed"
