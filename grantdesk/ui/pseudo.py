"""Pseudo-translation (GRANTDESK_PSEUDO=1), as Vorta does it: every string of the app is
stretched by a third and bracketed, [Ŝàvé às PDF·····], whatever the app's language.

A screen run this way shows at a glance what was not translated (a text with no brackets:
it bypassed tr() or the definitions' wording) and what a longer language would cut (a
text whose closing bracket is out of sight). tests/ui/test_pseudo.py walks every screen
and dialog at 1366×768 in this mode.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QTranslator

ENV = "GRANTDESK_PSEUDO"
OPEN, CLOSE, PAD = "[", "]", "·"
# Placeholders, markup, entities and accelerators are kept exactly as they are.
_KEEP = re.compile(r"(%\d+|\{[^}]*\}|<[^>]*>|&[a-zA-Z]+;|&&|&(?=\w))")
_ACCENTS = str.maketrans("aceinorsuyACEINORSUY", "àçéîñöŕšüýÀÇÉÎÑÖŔŠÜÝ")


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def pseudo(text: str) -> str:
    """`text` accented, stretched by a third and bracketed; placeholders and markup kept."""
    if not text or text.startswith(OPEN) and text.endswith(CLOSE):
        return text
    parts = _KEEP.split(text)
    body = "".join(p if i % 2 else p.translate(_ACCENTS) for i, p in enumerate(parts))
    letters = sum(len(p) for i, p in enumerate(parts) if not i % 2)
    return f"{OPEN}{body}{PAD * max(1, letters // 3)}{CLOSE}"


def shown(text: str) -> str:
    """Definition wording on screen: pseudo-translated in this mode, as is otherwise."""
    return pseudo(text) if enabled() else text


class PseudoTranslator(QTranslator):
    """Answers every tr() with its pseudo-translation of the English source."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return pseudo(source_text) if source_text else source_text

    def isEmpty(self) -> bool:
        return False
