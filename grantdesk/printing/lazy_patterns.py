"""Two of reportlab's regular expressions compiled when first used, not when it is imported.

reportlab.platypus.paragraph compiles a URL pattern (for splitting a long link at its
slashes) and reportlab.lib.textsplit a CJK one, both over character ranges up to U+FFFF:
compiling them takes 25-30 ms, a tenth of a whole `grantdesk print`, and a report's print
seldom uses either. While those two modules are imported (a finder on sys.meta_path,
installed by grantdesk.printing, wraps their loading), a pattern with a range up to
U+FFFF becomes a LazyPattern: compiled by the first attribute asked of it (`.match`,
`.sub`), and the same from then on. Nothing else changes: every other pattern is
compiled as before, and the finder steps aside once both modules are loaded.
"""

from __future__ import annotations

import re
import sys
import threading
from importlib.abc import MetaPathFinder

MODULES = frozenset({"reportlab.platypus.paragraph", "reportlab.lib.textsplit"})
_WIDE = "\uffff"  # what the costly patterns have in common: a range up to U+FFFF


class LazyPattern:
    """A compiled pattern to be: compiles on the first attribute asked of it."""

    __slots__ = ("_source", "_flags", "_compiled", "_lock")

    def __init__(self, source: str, flags: int):
        self._source, self._flags, self._compiled = source, flags, None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern:
        with self._lock:
            if self._compiled is None:
                self._compiled = _real_compile(self._source, self._flags)
            return self._compiled

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)


_real_compile = re.compile


def _compile(pattern, flags=0):
    if isinstance(pattern, str) and _WIDE in pattern:
        return LazyPattern(pattern, flags)
    return _real_compile(pattern, flags)


class _Loader:
    """The module's own loader, its code run with wide patterns made lazy."""

    def __init__(self, loader):
        self._loader = loader

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        with _lock:
            before, re.compile = re.compile, _compile
            try:
                self._loader.exec_module(module)
            finally:
                re.compile = before  # textsplit loads inside paragraph: its end is not paragraph's

    def __getattr__(self, name: str):  # get_source, get_code...: the real loader's
        return getattr(self._loader, name)


_lock = threading.RLock()  # one module loading at a time; textsplit's inside paragraph's


class _Finder(MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name not in MODULES:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                if spec.loader is not None and hasattr(spec.loader, "exec_module"):
                    spec.loader = _Loader(spec.loader)
                if MODULES.issubset(set(sys.modules) | {name}):
                    self.remove()
                return spec
        return None

    def remove(self) -> None:
        if self in sys.meta_path:
            sys.meta_path.remove(self)


def install() -> None:
    """Before reportlab is imported (grantdesk/printing/__init__.py); once."""
    if MODULES.issubset(sys.modules) or any(isinstance(f, _Finder) for f in sys.meta_path):
        return
    sys.meta_path.insert(0, _Finder())
