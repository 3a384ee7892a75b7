"""A whole number in words, Kazakh or Russian: num2words' own converters for the two
languages, loaded without the other fifty-odd.

`import num2words` imports and sets up every language it has (20-35 ms, most of what
spelling the grant total costs a `grantdesk print`). Its converters live one a module
(num2words.lang_KZ, num2words.lang_RU) that need only the package's base modules, so the
two are imported under their own names with the package's `__init__` not run: a bare
package module stands in for it while they load, and is taken away again, so a later
`import num2words` runs the real one, which finds them already loaded. Should that ever
fail (another num2words layout, a frozen build that cannot find them), the package's
public `num2words()` is used instead: the same words, only slower.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
from functools import partial
from typing import Callable

# num2words' language code for ours, and the module and class of its converter
_CONVERTERS = {"kk": ("kz", "lang_KZ", "Num2Word_KZ"), "ru": ("ru", "lang_RU", "Num2Word_RU")}
_loaded: dict[str, Callable[[int], str]] = {}
_lock = threading.Lock()  # the bare package stands in sys.modules for a moment: one loader at a time


def _load_alone(module: str, cls: str):
    """num2words.<module>.<cls>(), its package's __init__ not run (unless it ran already)."""
    name = f"num2words.{module}"
    if "num2words" not in sys.modules:
        spec = importlib.util.find_spec("num2words")
        if spec is None or not spec.submodule_search_locations:
            raise ImportError("num2words is not a package here")
        bare = importlib.util.module_from_spec(spec)  # __path__ set, nothing run
        sys.modules["num2words"] = bare
        try:
            importlib.import_module(name)
        finally:
            if sys.modules.get("num2words") is bare:
                del sys.modules["num2words"]
    return getattr(importlib.import_module(name), cls)()


def _speller(lang: str):
    code, module, cls = _CONVERTERS.get(lang, _CONVERTERS["kk"])
    with _lock:
        if code not in _loaded:
            try:
                _loaded[code] = _load_alone(module, cls).to_cardinal
            except Exception:  # any other layout: the documented entry point, all languages
                from num2words import num2words

                _loaded[code] = partial(num2words, lang=code)
        return _loaded[code]


def number_in_words(number: int, lang: str) -> str:
    """`7000000`, "kk" → `жеті миллион`; "ru" → `семь миллионов`. Any other language is
    spelled in Kazakh. Raises what num2words raises past its largest named number."""
    return _speller(lang)(number)
