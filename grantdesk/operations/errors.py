"""One error type for every operation, and the one place a failure becomes a message.

Front ends (the CLI, the window) catch `OperationError` and show `message(lang)`; they
never map store, file-system or parsing errors themselves.
"""

from __future__ import annotations

from ..store import StoreError
from ..store.errors import failure_code
from ..texts import store_error_text
from .messages import operation_text


class OperationError(Exception):
    """An operation refused or failed; nothing half-done is left behind."""

    def __init__(self, key: str, *, store: StoreError | None = None, text=None, **params):
        super().__init__(key)
        self.key = key
        self.store = store  # the store's error, when the store refused
        # a message of another catalog (plan import, editions, the CLI's): (lang, bullet) -> str
        self._text = text
        self.params = params

    @property
    def code(self) -> str:
        return self.store.code if self.store is not None else self.key

    def message(self, lang: str, *, bullet: str = "  - ") -> str:
        """The message in `lang`; a list of problems is itemised with `bullet` (the CLI's
        "  - ", the window's "• ")."""
        if self._text is not None:
            return self._text(lang, bullet)
        if self.store is not None:
            return store_error_text(self.store.code, self.store.path, lang, self.store.detail)
        return operation_text(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.message("en")


def from_store(exc: StoreError) -> OperationError:
    return OperationError(exc.code, store=exc)


def from_os(exc: OSError, path) -> OperationError:
    """A file-system failure while writing the file `path`: a full disk and a read-only
    medium say so; anything else says what the system said."""
    code = failure_code(exc)
    detail = exc.strerror or str(exc)
    if code == "write_failed":
        from ..texts import cli_text

        return OperationError("write_failed", text=lambda lang, _bullet: cli_text("cannot_write", lang, path=path,
                                                                         detail=detail))
    return OperationError(code, store=StoreError(code, str(path), detail))
