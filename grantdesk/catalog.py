"""The one way the core's messages become words: CLI and store errors (texts.py), check
messages (checks/messages.py), definition problems (forms/problems.py), Word import
(wordio/messages.py). Each catalog is a plain dict of entries, and an entry is a dict
by language:

    "no_report": {"kk": "…", "ru": "…", "en": "…"}

A text that depends on a number gives its plural forms instead of one string, in the order
of the language's gettext Plural-Forms rule below (ru: one, few, many; kk and en: one,
other), and is chosen by the `n` parameter (or the one named by `count=`):

    "backup_reports": {"kk": ("{n} есеп", "{n} есеп"),
                       "ru": ("{n} отчет", "{n} отчета", "{n} отчетов"),
                       "en": ("{n} report", "{n} reports")}

The rules are gettext's own (Python's gettext compiles them, as it does a .mo file's
header), so a form is never dodged as «отчетов: {n}». A language an entry lacks reads
English. Adding a message is adding an entry to the catalog of its kind; nothing else.
"""

from __future__ import annotations

import gettext
from collections.abc import Mapping, Sequence
from typing import Any

# The Plural-Forms headers a .po file of each language carries.
PLURAL_FORMS = {
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "kk": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
}


def _rule(header: str):
    expr = header.split("plural=", 1)[1].strip().rstrip(";")
    return gettext.c2py(expr)


_RULES = {lang: _rule(header) for lang, header in PLURAL_FORMS.items()}
_NPLURALS = {lang: int(header.split("nplurals=", 1)[1].split(";", 1)[0]) for lang, header in PLURAL_FORMS.items()}


def plural_index(lang: str, n: int) -> int:
    return _RULES.get(lang, _RULES["en"])(abs(int(n)))


def template(entry: Mapping[str, Any], lang: str, n: Any = None) -> str:
    """The entry's text in `lang` (English when it has none), its plural form for `n`."""
    text = entry.get(lang)
    if text is None:
        lang, text = "en", entry["en"]
    if isinstance(text, str):
        return text
    forms: Sequence[str] = text
    try:
        index = plural_index(lang, n)
    except (TypeError, ValueError):
        index = len(forms) - 1  # not a number ("?"): the general form
    return forms[min(index, len(forms) - 1)]


def say(entry: Mapping[str, Any], lang: str, /, count: str = "n", **params: Any) -> str:
    """The entry in `lang`, filled with `params` (`count` names the number that picks the form)."""
    return template(entry, lang, params.get(count)).format(**params)


def nplurals(lang: str) -> int:
    return _NPLURALS.get(lang, 2)
