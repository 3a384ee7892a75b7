"""A definition's wording on screen: in the app's language, with the printed words beside.

A label, a help text or a heading of a definition is shown in the app's language (kk and
ru are the definition's official texts, en its own unofficial wording), so one screen
speaks one language. When the report prints in another language, the printed label is
named beside it, small and grey («в отчете: Өткізілу күні»), so the user knows what prints.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..forms import Text

OFFICIAL_STYLE = "color: #777; font-size: 8pt;"


def shown(text: Text, ui_lang: str) -> str:
    """The text in the app's language."""
    return text(ui_lang)


def printed_note(text: Text, ui_lang: str, report_lang: str) -> str:
    """«In the report: …» when the report prints other words than the screen shows; else ''."""
    printed = text(report_lang)
    if not printed or printed == text(ui_lang):
        return ""
    return QCoreApplication.translate("Wording", "In the report: %1").replace("%1", " ".join(printed.split()))
