"""The understood-as line in the app's language: «Understood as: 7 000 000 ₸», or why not.

The reading itself is values.understood (pure, shared with R10); this only words it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..values import understood as u

# How the line looks: a quiet confirmation, or an error / a warning in the check colours.
OK, ERROR, WARNING, QUIET = "ok", "error", "warning", "quiet"
STYLES = {OK: "color: #2e7d32;", ERROR: "color: #b00020;", WARNING: "color: #8a5a00;", QUIET: "color: #555;"}


class UnderstoodWords(QObject):
    """Words for a values.understood.Understood; one instance per editor or table."""

    def line(self, found: u.Understood | None, ui_lang: str) -> tuple[str, str]:
        """(text, kind) for the line under a field or a cell's status; ("", QUIET) when empty."""
        if found is None:
            return "", QUIET
        if found.ok:
            return self.tr("Understood as: %1").replace("%1", u.value_text(found, ui_lang)), OK
        kind = ERROR if found.is_error else (WARNING if found.type_name == "phone" else QUIET)
        shown = u.value_text(found, ui_lang) if found.value is not None else ""
        texts = {
            u.NOT_A_NUMBER: self.tr("Not understood as a number: write it in digits, e.g. 7 000 000 or 7 млн."),
            u.AMBIGUOUS: self.tr("Can be read two ways (is 7.000 seven or seven thousand?): write 7 000 or 7,5."),
            u.NEGATIVE: self.tr("Understood as %1, but it cannot be negative.").replace("%1", shown),
            u.FRACTIONAL: self.tr("Understood as %1, but a count must be a whole number.").replace("%1", shown),
            u.IMPOSSIBLE_DATE: self.tr("%1 is not a day of the calendar.").replace("%1", found.detail),
            u.NO_PHONE: self.tr("No phone number found."),
            u.NOT_KZ: self.tr("%1 is not a Kazakhstan number (+7 7XX XXX XX XX).").replace("%1", found.detail),
        }
        if found.reason == u.NOT_A_DATE:
            if found.type_name == "datetext":
                text = self.tr("Not read as a date; it is kept and printed as typed.")
            elif found.type_name == "daterange":
                text = self.tr("Not understood as a period: write it e.g. as 01.08.2023 – 30.11.2023.")
            else:
                text = self.tr("Not understood as a date: write it as dd.mm.yyyy, e.g. 30.04.2024.")
        else:
            text = texts.get(found.reason, self.tr("Not understood."))
        return text, kind


def default_year(doc) -> int | None:
    """The year a month span without one (`сәуір-қараша`) belongs to: the project period's start."""
    for field in doc.form.fields.values():
        if field.type == "daterange":
            found = u.understand("daterange", doc.field(field.id))
            if found is not None and found.ok:
                value = found.value
                return (value[0] if isinstance(value, tuple) else value).year
    return None


def understand_at(doc, type_name: str, text: str) -> u.Understood | None:
    return u.understand(type_name, text, default_year(doc) if type_name == "datetext" else None)
