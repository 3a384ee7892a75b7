"""A whole number in words, Kazakh or Russian: num2words' own converters for the two
languages, loaded without the other fifty-odd.

`import num2words` imports and sets up every language it has (20-35 ms, most of what
spelling the grant total costs a `grantdesk print`). Its converters live one a module
(num2words.lang_KZ, num2words.lang_RU) needing only the package's base modules, so the
two are imported alone (grantdesk/submodules.py). Should that ever fail (another
num2words layout), the package's public `num2words()` is used: the same words, slower.
"""

from __future__ import annotations

import threading
from functools import partial
from typing import Callable

from ..submodules import import_alone

# num2words' language code for ours, and the module and class of its converter
_CONVERTERS = {"kk": ("kz", "lang_KZ", "Num2Word_KZ"), "ru": ("ru", "lang_RU", "Num2Word_RU")}
_loaded: dict[str, Callable[[int], str]] = {}
_lock = threading.Lock()


def _speller(lang: str) -> Callable[[int], str]:
    code, module, cls = _CONVERTERS.get(lang, _CONVERTERS["kk"])
    with _lock:
        if code not in _loaded:
            try:
                _loaded[code] = getattr(import_alone("num2words", module), cls)().to_cardinal
            except Exception:  # any other layout: the documented entry point, all languages
                from num2words import num2words

                _loaded[code] = partial(num2words, lang=code)
        return _loaded[code]


def number_in_words(number: int, lang: str) -> str:
    """`7000000`, "kk" → `жеті миллион`; "ru" → `семь миллионов`. Any other language is
    spelled in Kazakh. Raises what num2words raises past its largest named number."""
    return _speller(lang)(number)
