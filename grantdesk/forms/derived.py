"""Derived definitions (kind `derived`, e.g. OP4): what they name in their source, resolved.

A derived document is never stored or typed: it is its source document (a final report)
printed through the derived definition. Its print blocks name the source's fields, tables,
columns and fixed rows, with the same keys wherever they appear:

- `field` / `fields`: fields of the source;
- `table`: a table path of the source; the table of everything inside that mapping;
- `column` / `columns`: columns (for a fixed-row table: a column) of that table;
- `{slot}` in a text inside that mapping: a column of that table of rows (`{n}` is the
  row's number), or a row key of that fixed-row table (its cell in `column`);
- `levels`: a list of such mappings, each level's table a child of the one before.

derived_link_problems resolves every name against every edition of `derived_from`, so a
wrong one fails when the definitions load (and in the definitions test), not on paper.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from .model import FormDef, TableDef, Text

SLOT = re.compile(r"\{(\w+)\}")
ROW_NUMBER = "n"


def derived_editions(registry: Iterable[FormDef], source_doc: Any) -> list[FormDef]:
    """The derived definitions of a registry that apply to a document (anything with `.form`
    and `.role`), newest (last by id) first: what the documents screen lists for a final report."""
    found = [
        f for f in registry
        if f.derived_from is not None and source_doc.role == f.derived_from.role
        and source_doc.form.id in f.derived_from.editions
    ]
    return sorted(found, key=lambda f: f.id, reverse=True)


def derived_views(registry: Iterable[FormDef], documents: Iterable[Any]) -> list[tuple[FormDef, Any]]:
    """Every (derived definition, source document) pair of a project's documents, in the
    documents' order: the OP4 entries a documents screen shows, each opened, checked
    (run_checks(source)) and printed (render_derived) through its source."""
    forms = list(registry)
    return [(form, doc) for doc in documents for form in derived_editions(forms, doc)]


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


def _block_problems(source: FormDef, node: Any, where: str, table: TableDef | None) -> list[str]:
    out: list[str] = []
    if isinstance(node, Text):
        for lang, text in node.by_lang.items():
            for slot in SLOT.findall(text):
                if slot not in _slot_names(table):
                    what = f"{table.path} has no {'row' if table.is_fixed else 'column'}" if table else "no table names"
                    out.append(f"{where}.{lang}: {{{slot}}}: {what} {slot!r}")
        return out
    if isinstance(node, list):
        for i, item in enumerate(node):
            out += _block_problems(source, item, f"{where}[{i}]", table)
        return out
    if not isinstance(node, Mapping):
        return out
    if "table" in node:
        table = _table(source, node["table"])
        if table is None:
            return [f"{where}.table: no table {node['table']!r}"]
    for key in ("field", "fields"):
        names = node.get(key)
        for name in [names] if isinstance(names, str) else names or ():
            if name not in source.fields:
                out.append(f"{where}.{key}: no field {name!r}")
    for key in ("column", "columns"):
        names = node.get(key)
        for name in [names] if isinstance(names, str) else names or ():
            if not isinstance(name, str):
                continue  # a column entry with its own keys is walked below
            if table is None:
                out.append(f"{where}.{key}: {name!r} outside a table")
            elif name not in {c.id for c in table.columns}:
                out.append(f"{where}.{key}: {table.path} has no column {name!r}")
    levels = node.get("levels")
    if isinstance(levels, list):
        parent: TableDef | None = None
        for i, level in enumerate(levels):
            mine = _table(source, level.get("table")) if isinstance(level, Mapping) else None
            if parent is not None and mine is not None and mine.path.rsplit(".", 1)[0] != parent.path:
                out.append(f"{where}.levels[{i}].table: {mine.path} is not a child table of {parent.path}")
            parent = mine
    for key, value in node.items():  # names are plain strings: only texts and mappings go deeper
        out += _block_problems(source, value, f"{where}.{key}", table)
    return out


def derived_link_problems(form: FormDef, forms: Mapping[str, FormDef]) -> list[str]:
    """What a derived definition names that an edition it is derived from lacks (empty when fine)."""
    link = form.derived_from
    if link is None:
        return []
    out: list[str] = []
    for edition in link.editions:
        source = forms.get(edition)
        if source is None or source.kind == "derived" or link.role not in source.roles:
            out.append(f"{form.id}: derived_from.editions: {edition!r} is not a definition of a {link.role} document")
            continue
        for i, block in enumerate(form.print_blocks):
            out += [f"{form.id}: {edition}: {p}" for p in _block_problems(source, block, f"print[{i}]", None)]
    return out
