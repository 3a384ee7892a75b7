"""Import one module of a library package without running the package's `__init__`.

Some libraries' `__init__` imports everything they have: num2words sets up fifty-odd
languages to spell a number in two, reportlab's barcode package loads twenty barcode
widgets to encode one QR code. Their modules that do the work need none of it, so
`import_alone` loads one of them under its own name while a bare package module (its
`__path__` set, nothing run) stands in for the package, then takes the stand-in away: a
later `import` of the package runs the real `__init__`, which finds the module loaded.
When the package was imported already, this is a plain import.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from types import ModuleType

# The stand-in is in sys.modules for a moment: one such import at a time (the print
# preview renders on a thread of its own).
_lock = threading.Lock()


def import_alone(package: str, module: str) -> ModuleType:
    """`package.module`, `package`'s own __init__ not run (unless it ran already). Raises
    ImportError when the package is not where a plain import would find it."""
    name = f"{package}.{module}"
    with _lock:
        if name in sys.modules or package in sys.modules:
            return importlib.import_module(name)
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            raise ImportError(f"{package} is not a package here", name=package)
        bare = importlib.util.module_from_spec(spec)
        sys.modules[package] = bare
        try:
            return importlib.import_module(name)
        finally:
            if sys.modules.get(package) is bare:
                del sys.modules[package]
