"""Store failures as data: a code the UI and CLI turn into a message in the user's language."""

from __future__ import annotations


class StoreError(Exception):
    """Opening or writing a project file failed.

    `code` is one of: not_found, empty, not_sqlite, not_grantdesk, too_new, damaged,
    locked, read_only, write_failed, exists, no_backups.
    """

    def __init__(self, code: str, path: str = "", detail: str = ""):
        self.code = code
        self.path = path
        self.detail = detail
        super().__init__(f"{code}: {path}" + (f" ({detail})" if detail else ""))
