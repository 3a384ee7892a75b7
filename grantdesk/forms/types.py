"""The field types a definition may use, and what each means to the rest of the app.

One table, as pyxform does it: the loader validates against it, the checks read `numeric`
to know what must parse as a number, the UI reads `widget` to pick an editor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeSpec:
    """How a value type is edited, read as a number and scaled."""

    widget: str  # "line" | "multiline" | "date"
    numeric: str | None = None  # "count" (whole, >= 0) | "money" (>= 0) | "number"
    scale: int = 1  # what one typed unit is worth: 1000 in a column headed «(мың теңге)», «(тыс. тенге)»


FIELD_TYPES: dict[str, TypeSpec] = {
    "text": TypeSpec("line"),
    "person": TypeSpec("line"),
    "phone": TypeSpec("line"),
    "contacts": TypeSpec("line"),  # phones and e-mails as people write them: any phone in it is checked (R11)
    "longtext": TypeSpec("multiline"),
    "date": TypeSpec("date"),
    "daterange": TypeSpec("line"),  # "01.08.2023 – 30.11.2023" or "сәуір-қараша 2024"
    "datetext": TypeSpec("line"),  # a day, a range or months: "2-3.11.24", "сәуір-қараша"
    "indicator": TypeSpec("line"),  # "Кемінде 500", "80 %": text, compared when numeric
    "money": TypeSpec("line", numeric="money"),
    # an amount in a column headed in thousands: `7 000` there is 7 000 000 tenge, and is shown so
    "money_thousands": TypeSpec("line", numeric="money", scale=1000),
    "count": TypeSpec("line", numeric="count"),
    "number": TypeSpec("line", numeric="number"),
}


def type_spec(type_name: str) -> TypeSpec:
    return FIELD_TYPES[type_name]
