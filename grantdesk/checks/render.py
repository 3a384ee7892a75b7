"""Turning a Problem into words, all in the app's language.

A user looks for the problem on the screen they are filling, so fields and columns are named,
in quotes, as the screen names them: the definition's label in the app's language (ui_lang;
the wizard shows the printed label beside it when the report speaks another).
Row names (`Задача 2`, `2-міндет`, `Task 2`) are part of the sentence: they follow the app,
from the definition's row_label in that language (kk where it has none).
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from ..catalog import template
from ..document import Document, Ref
from ..forms import TableDef
from ..values.numbers import group_whole
from ..values.blank import is_blank
from .messages import FALLBACK, MESSAGES, NUMERIC_PARAMS, PLACE_WORDS, QUOTES, UI_LANGUAGES
from .problem import Problem

_NBSP = "\u00a0"  # keeps `19 098` on one line in the problems panel


def _label(text: str) -> str:
    """A label as a name: one line, without the colon the form prints after it."""
    return " ".join(text.split()).rstrip(" :")


def _short(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word where there is one."""
    one_line = " ".join(text.split())
    if len(one_line) <= limit:
        return one_line
    cut = one_line[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–") + "…"


def _grouped(text: str) -> str:
    """`19098` → `19 098`, `1500.5` → `1 500,5`; anything else as it is."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return str(text)
    if not value.is_finite():
        return str(text)
    sign = "-" if value < 0 else ""
    frac = text.split(".", 1)[1] if "." in text else ""
    return sign + group_whole(value, _NBSP) + ("," + frac if frac else "")


class _Namer:
    """Names things of one document for one app language."""

    def __init__(self, doc: Document, ui_lang: str):
        self.doc = doc
        self.lang = ui_lang  # labels as the screen shows them (grantdesk/ui/wording.py)
        self.ui_lang = ui_lang
        self.words = PLACE_WORDS[ui_lang]
        self.open, self.close = QUOTES[ui_lang]

    def q(self, text: str) -> str:
        if self.open == "«" and ("«" in text or "»" in text):
            return f"„{text}“"  # quotes inside quotes, as kk and ru typeset them
        return f"{self.open}{text}{self.close}"

    def listing(self, names: list[str]) -> str:
        """`«Ерлер» және «Әйелдер»`, `A, B и C`."""
        if len(names) < 2:
            return "".join(names)
        return f"{', '.join(names[:-1])} {self.words['and']} {names[-1]}"

    def table(self, path: str) -> TableDef | None:
        try:
            return self.doc.form.table(path)
        except KeyError:
            return None

    def table_name(self, path: str) -> str:
        tdef = self.table(path)
        return self.q(_label(tdef.label(self.lang))) if tdef else self.q(path)

    def column_name(self, path: str, column: str) -> str:
        tdef = self.table(path)
        try:
            return self.q(_label(tdef.column(column).label(self.lang)))
        except (AttributeError, KeyError):
            return self.q(column)

    def field_name(self, field_id: str) -> str:
        field = self.doc.form.fields.get(field_id)
        return self.q(_label(field.label(self.lang))) if field else self.q(field_id)

    def fixed_row_name(self, path: str, key: str) -> str:
        """A fixed row by its label; a sub-row («оның ішінде») after its parent's, since
        two sub-rows may read the same."""
        tdef = self.table(path)
        try:
            row = tdef.fixed_row(key)
            name = self.q(_label(row.label(self.lang)))
            if row.parent is not None:
                name = f"{self.fixed_row_name(path, row.parent)}, {name}"
            return name
        except (AttributeError, KeyError):
            return self.q(key)

    def fixed_row_numbers(self, path: str, keys: str) -> str:
        """The printed numbers of fixed rows (TableDef.fixed_numbers); a sub-row by its parent's."""
        tdef = self.table(path)
        numbers = tdef.fixed_numbers() if tdef else {}

        def number(key: str) -> str:
            if key not in numbers:
                return key
            return numbers[tdef.fixed_row(key).parent or key]

        return ", ".join(number(k) for k in keys.split(","))

    def position(self, row_id: str) -> str:
        """`2-міндет, 1-іс-шара, 3-көрсеткіш «Фотосуреттер»`; a flat table's rows get its name first."""
        doc = self.doc
        parts: list[str] = []
        rid: str | None = row_id
        while rid is not None:
            path = doc.table_of(rid)
            tdef, row = doc.form.table(path), doc.row(rid)
            if row.kind is not None:
                part = self.q(_short(tdef.standard_rows[row.kind](self.lang), 50))
            else:
                n = doc.numbering(path, row)
                part = tdef.row_name(n, self.ui_lang) or self.words["row"].format(n=n)
                if self.ui_lang != "en":
                    part = part[:1].lower() + part[1:]  # mid-sentence: "задача 2, мероприятие 1"
                title = row.get(tdef.title_column) if tdef.title_column else ""
                if rid == row_id and not is_blank(title):
                    part += " " + self.q(_short(title, 40))
            parts.append(part)
            parent = doc.parent_of(rid)
            rid = parent.id if parent else None
        path = doc.table_of(row_id)
        tdef = doc.form.table(path)
        if "." not in path and not tdef.children:
            parts.append(self.words["table"].format(label=self.table_name(path)))
        return ", ".join(reversed(parts))

    def place(self, ref: Ref) -> tuple[str, str, str]:
        """(place, row, column) phrases for a ref."""
        if ref.kind == "field":
            return self.field_name(ref.table), "", ""
        if ref.kind == "fixed":
            row, column = self.fixed_row_name(ref.table, ref.row), self.column_name(ref.table, ref.column)
            return self.words["fixed"].format(row=row, column=column), row, column
        if ref.kind in ("cell", "row") and self.doc.has_row(ref.row):
            row = self.position(ref.row)
            if ref.kind == "row":
                return row, row, ""
            column = self.column_name(ref.table, ref.column)
            return f"{row}, {self.words['column'].format(label=column)}", row, column
        table = self.words["table"].format(label=self.table_name(ref.table))
        return table, table, ""

    def param(self, name: str, value: Any, problem: Problem) -> str:
        text = str(value)
        if name in NUMERIC_PARAMS:
            return _grouped(text)
        if name in ("value", "plan_value"):
            return self.q(_short(text, 60))
        if name.endswith("_row"):
            return self.position(text) if self.doc.has_row(text) else text
        if name.endswith("_field"):
            return self.field_name(text)
        if name.endswith("_table"):
            return self.table_name(text)
        if name.endswith("_columns") or name.endswith("_column"):
            # A column of the table named by the matching `*_table` param, else of the ref's table.
            table = str(problem.params.get(re.sub(r"_columns?$", "_table", name), problem.ref.table))
            return self.listing([self.column_name(table, c) for c in text.split(",") if c])
        if name.endswith("_rows"):
            # Rows of the fixed table at the ref, or (a problem at a field) of the `*_table` param's.
            table = problem.ref.table if problem.ref.kind == "fixed" else next(
                (str(v) for k, v in problem.params.items() if k.endswith("_table")), problem.ref.table)
            return self.fixed_row_numbers(table, text)
        return text


class _Keep(dict):
    """format_map that leaves an unknown {placeholder} visible instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_message(problem: Problem, doc: Document, ui_lang: str) -> str:
    """The problem in the app's language (kk, ru, en; anything else reads English)."""
    lang = ui_lang if ui_lang in UI_LANGUAGES else "en"
    namer = _Namer(doc, lang)
    place, row, column = namer.place(problem.ref)
    values = _Keep(place=place, row=row or place, column=column, key=problem.key, rule=problem.rule)
    for name, value in problem.params.items():
        values[name] = namer.param(name, value, problem)
    message = template(MESSAGES.get(problem.key, FALLBACK), lang, problem.params.get("n")).format_map(values)
    return message[:1].upper() + message[1:]


def problem_to_json(problem: Problem, doc: Document, ui_lang: str) -> dict[str, str]:
    """The CLI's and exports' shape: rule, severity, readable path, message."""
    return {
        "rule": problem.rule,
        "severity": problem.severity,
        "path": doc.describe(problem.ref),
        "message": render_message(problem, doc, ui_lang),
    }
