"""The print blocks a definition may use, and what each one takes, as data.

A definition's `print:` list is read against BLOCK_SPECS when the definition loads, shipped
or added by a user: an unknown block or key, a missing one, a value of the wrong shape is
a DefinitionProblem, and every text in a block becomes a Text (its languages checked). The
names a block gives (fields, tables, columns, rows, sections, `{slots}` in its texts) are
resolved by `block_name_problems` against the definition whose values it prints: the form
itself, or for a derived definition (OP4) every edition it is derived from. So a wrong name
fails when the definition is added, never on paper. docs/form-definitions.md lists the
blocks; printing/ and wordio/ each have a renderer for every one (tested).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from .model import ROLES, FormDef, TableDef, Text
from .problems import DefinitionProblem, problem

SLOT = re.compile(r"\{(\w+)\}")
ROW_NUMBER = "n"  # `{n}` in a row's text: the row's number among its siblings


@dataclass(frozen=True)
class Param:
    """One key of a block. `kind` says what its value is:

    text, slot_text (a text whose `{slots}` name columns, or rows of a fixed-row table, of
    the mapping's `table`), flag, number, choice, roles, widths, field, fields, section,
    table / rows_table / fixed_table (a table path), child (a child table of `table`),
    column (a column of the table that `of` names), paths (`columns` of a tree: each
    `{column: child.….column}` or `{group: text, columns: [paths]}`), list (of mappings
    with `keys`), levels (a list of mappings with `keys`, each level's table a child of the
    one before)."""

    kind: str
    required: bool = False
    choices: tuple[str, ...] = ()
    of: str = "table"
    keys: Mapping[str, "Param"] = field(default_factory=dict)


def _p(kind: str, required: bool = False, **kw: Any) -> Param:
    return Param(kind, required, **kw)


_WIDTHS = _p("widths")
_LEVEL = {
    "table": _p("rows_table", True),
    "text": _p("slot_text", True),
    "unnumbered": _p("slot_text"),
    "lines": _p("slot_texts"),
    "bold": _p("flag"),
    "style": _p("choice", choices=("body", "bullet")),
}

# Every block: its own keys; `block` and `roles` (print only in documents of these roles)
# are allowed on every one.
BLOCK_SPECS: dict[str, dict[str, Param]] = {
    "contract_line": {"text": _p("text"), "date_field": _p("field"), "number_field": _p("field")},
    "title": {},
    "heading": {"text": _p("text", True)},
    "paragraph": {"text": _p("text", True)},
    "instruction": {"text": _p("text"), "section": _p("section")},
    "field": {"field": _p("field", True), "label": _p("text"), "help": _p("flag"),
              "style": _p("choice", choices=("body", "bullet", "inline"))},
    "numbered_fields": {"items": _p("list", True, keys={
        "n": _p("number", True), "fields": _p("fields", True), "label": _p("text"),
        "format": _p("choice", choices=("money_words",))})},
    "narrative": {"table": _p("rows_table", True), "child": _p("child", True),
                  "text_column": _p("column", True, of="child")},
    "label_values": {"fields": _p("fields", True), "colon": _p("flag"), "widths": _WIDTHS},
    "tree_table": {"table": _p("rows_table", True), "columns": _p("paths", True), "widths": _WIDTHS,
                   "numbered": _p("flag")},
    "task_tables": {"table": _p("rows_table", True), "columns": _p("paths", True), "widths": _WIDTHS},
    "fixed_table": {"table": _p("fixed_table", True), "widths": _WIDTHS},
    "grid": {"table": _p("rows_table", True), "widths": _WIDTHS, "numbered": _p("flag")},
    "closing": {"pages": _p("text", True), "grantee": _p("text", True), "position_field": _p("field", True),
                "name_field": _p("field", True), "caption": _p("text", True), "date": _p("text", True),
                "date_field": _p("field", True), "stamp": _p("text", True), "acknowledged": _p("text")},
    "activity_summary": {"levels": _p("levels", True, keys=_LEVEL)},
    "fixed_sentence": {"table": _p("fixed_table", True), "column": _p("column", True),
                       "text": _p("slot_text", True)},
}
_EVERY_BLOCK = {"block": _p("choice", True, choices=tuple(BLOCK_SPECS)), "roles": _p("roles")}
# Blocks that need one of two keys.
_ONE_OF = {"instruction": ("text", "section")}

Fail = Callable[..., Any]  # fail(where, message, **params): raises
ReadText = Callable[[Any, str], Text]


def read_block(raw: Any, where: str, fail: Fail, read_text: ReadText) -> dict[str, Any]:
    """A print block checked for shape against its spec; its texts read as Text."""
    if not isinstance(raw, Mapping):
        fail(where, "print_blocks")
    kind = raw.get("block")
    if not isinstance(kind, str) or kind not in BLOCK_SPECS:
        fail(f"{where}.block", "unknown_block", value=kind, known=sorted(BLOCK_SPECS))
    spec = {**_EVERY_BLOCK, **BLOCK_SPECS[kind]}
    out = _read_mapping(raw, spec, where, fail, read_text)
    if kind in _ONE_OF and not any(k in raw for k in _ONE_OF[kind]):
        fail(where, "block_needs_one_of", block=kind, keys=list(_ONE_OF[kind]))
    return out


def _read_mapping(raw: Mapping[str, Any], spec: Mapping[str, Param], where: str, fail: Fail,
                  read_text: ReadText) -> dict[str, Any]:
    unknown = [k for k in raw if k not in spec]
    if unknown:
        fail(f"{where}.{unknown[0]}", "unknown_block_key", name=unknown[0], known=sorted(spec))
    for key, param in spec.items():
        if param.required and key not in raw:
            fail(where, "missing_key", key=key)
    return {key: _read_value(value, spec[key], f"{where}.{key}", fail, read_text) for key, value in raw.items()}


def _names(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)


def _read_value(value: Any, param: Param, where: str, fail: Fail, read_text: ReadText) -> Any:
    kind = param.kind
    if kind in ("text", "slot_text"):
        return read_text(value, where)
    if kind == "slot_texts":
        if not isinstance(value, list):
            fail(where, "text_list")
        return [read_text(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if kind == "flag":
        if not isinstance(value, bool):
            fail(where, "not_a_flag", value=value)
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, int):
            fail(where, "not_a_number", value=value)
    elif kind == "choice":
        if not isinstance(value, str) or value not in param.choices:
            fail(where, "not_a_choice", value=value, known=list(param.choices))
    elif kind == "roles":
        if not isinstance(value, list) or not all(isinstance(v, str) and v in ROLES for v in value):
            fail(where, "roles_list", known=ROLES)
    elif kind == "fields":
        if not _names(value):
            fail(where, "expected_names")
    elif kind in ("field", "section", "table", "rows_table", "fixed_table", "child", "column"):
        if not isinstance(value, str) or not value:
            fail(where, "expected_name")
    elif kind == "widths":
        return _read_widths(value, where, fail)
    elif kind == "paths":
        return _read_paths(value, where, fail, read_text)
    elif kind in ("list", "levels"):
        if not isinstance(value, list) or not value:
            fail(where, "expected_entries")
        out = []
        for i, entry in enumerate(value):
            if not isinstance(entry, Mapping):
                fail(f"{where}[{i}]", "expected_entries")
            out.append(_read_mapping(entry, param.keys, f"{where}[{i}]", fail, read_text))
        return out
    return value


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _read_widths(value: Any, where: str, fail: Fail) -> list[Any]:
    """A weight per printed column, or {weight, min, max} (bounds in percent of the table's
    width); that there is one per printed column the edition's trial print finds."""
    if not isinstance(value, list) or not value:
        fail(where, "widths")
    for i, entry in enumerate(value):
        if isinstance(entry, Mapping):
            if set(entry) - {"weight", "min", "max"} or not all(_number(v) for v in entry.values()) \
                    or "weight" not in entry:
                fail(f"{where}[{i}]", "widths")
        elif not _number(entry):
            fail(f"{where}[{i}]", "widths")
    return list(value)


def _read_paths(value: Any, where: str, fail: Fail, read_text: ReadText) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not value:
        fail(where, "tree_columns")
    out = []
    for i, entry in enumerate(value):
        here = f"{where}[{i}]"
        if isinstance(entry, Mapping) and set(entry) == {"column"} and isinstance(entry["column"], str):
            out.append(dict(entry))
        elif isinstance(entry, Mapping) and set(entry) == {"group", "columns"} and _names(entry["columns"]):
            out.append({"group": read_text(entry["group"], f"{here}.group"), "columns": list(entry["columns"])})
        else:
            fail(here, "tree_columns")
    return out


# ---- names, resolved against the definition whose values a block prints ------------------------

def _table(form: FormDef, path: Any) -> TableDef | None:
    try:
        return form.table(path) if isinstance(path, str) and path else None
    except KeyError:
        return None


def _slot_names(table: TableDef | None) -> set[str]:
    if table is None:
        return set()
    if table.is_fixed:
        return {r.key for r in table.fixed_rows}
    return {c.id for c in table.columns} | {ROW_NUMBER}


def _slot_problems(text: Any, where: str, table: TableDef | None) -> list[DefinitionProblem]:
    out = []
    for lang, words in (text.by_lang.items() if isinstance(text, Text) else ()):
        for slot in SLOT.findall(words):
            if slot not in _slot_names(table):
                key = ("slot_no_row" if table.is_fixed else "slot_no_column") if table else "slot_no_table"
                out.append(problem(f"{where}.{lang}", key, slot=slot, table=table.path if table else ""))
    return out


def _path_problem(root: TableDef, path: str, where: str) -> list[DefinitionProblem]:
    *children, column = path.split(".")
    table = root
    for name in children:
        try:
            table = table.child(name)
        except KeyError:
            return [problem(where, "no_table", name=f"{table.path}.{name}")]
    if column not in {c.id for c in table.columns}:
        return [problem(where, "no_column", table=table.path, name=column)]
    return []


def _mapping_problems(form: FormDef, block: Mapping[str, Any], spec: Mapping[str, Param], where: str,
                      parent: TableDef | None = None) -> list[DefinitionProblem]:
    out: list[DefinitionProblem] = []
    tables: dict[str, TableDef | None] = {}
    for key in ("table", "child"):  # the tables the other keys' names belong to, first
        if key not in block or key not in spec:
            continue
        param, value, here = spec[key], block[key], f"{where}.{key}"
        if param.kind == "child":
            base = tables.get("table")
            if base is None:
                continue
            found = next((c for c in base.children if c.id == value), None)
            if found is None:
                out.append(problem(here, "no_table", name=f"{base.path}.{value}"))
            tables["child"] = found
            continue
        found = _table(form, value)
        if found is None:
            out.append(problem(here, "no_table", name=value))
        elif param.kind == "rows_table" and found.is_fixed:
            out.append(problem(here, "not_rows_table", name=value))
            found = None
        elif param.kind == "fixed_table" and not found.is_fixed:
            out.append(problem(here, "not_fixed_table", name=value))
            found = None
        elif parent is not None and found.path.rsplit(".", 1)[0] != parent.path:
            out.append(problem(here, "not_child_table", table=found.path, parent=parent.path))
        tables["table"] = found
    table = tables.get("table")
    for key, value in block.items():
        param, here = spec.get(key), f"{where}.{key}"
        if param is None:
            continue
        if param.kind == "field" and value not in form.fields:
            out.append(problem(here, "no_field", name=value))
        elif param.kind == "fields":
            out += [problem(here, "no_field", name=v) for v in value if v not in form.fields]
        elif param.kind == "section" and value not in {s.id for s in form.sections}:
            out.append(problem(here, "no_section", name=value))
        elif param.kind == "column":
            of = tables.get(param.of)
            if of is not None and value not in {c.id for c in of.columns}:
                out.append(problem(here, "no_column", table=of.path, name=value))
        elif param.kind == "slot_text" and table is not None:
            out += _slot_problems(value, here, table)
        elif param.kind == "slot_texts" and table is not None:
            for i, text in enumerate(value):
                out += _slot_problems(text, f"{here}[{i}]", table)
        elif param.kind == "paths" and table is not None:
            for i, entry in enumerate(value):
                for path in [entry["column"]] if "column" in entry else entry["columns"]:
                    out += _path_problem(table, path, f"{here}[{i}]")
        elif param.kind == "list":
            for i, entry in enumerate(value):
                out += _mapping_problems(form, entry, param.keys, f"{here}[{i}]")
        elif param.kind == "levels":
            previous: TableDef | None = None
            for i, entry in enumerate(value):
                out += _mapping_problems(form, entry, param.keys, f"{here}[{i}]", previous)
                previous = _table(form, entry.get("table"))
    return out


def block_name_problems(form: FormDef, block: Mapping[str, Any], where: str) -> list[DefinitionProblem]:
    """What one (shape-checked) print block names that `form` does not have."""
    return _mapping_problems(form, block, {**_EVERY_BLOCK, **BLOCK_SPECS[block["block"]]}, where)


def print_name_problems(printed: FormDef, names: FormDef) -> list[DefinitionProblem]:
    """Every name `printed`'s print blocks give that `names` (whose values they print) lacks."""
    return [p for i, block in enumerate(printed.print_blocks)
            for p in block_name_problems(names, block, f"print[{i}]")]
