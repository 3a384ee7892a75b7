"""The wording an Annex 3 file is recognised by, in kk and ru, taken from the plan's form
definition: its print blocks say what the paper holds, in which order, under which labels.
A later edition of the plan is read with its own labels, without new code."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Mapping

from ..forms import FormDef, TableDef, Text

_NOT_WORD = re.compile(r"[^\w]+")
_BLOCK_MARK = re.compile(r"^\s*(?:[IV]+\s*БЛОК|Блок\s*[IV]+\.?)\s*", re.IGNORECASE)


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Lower case, ё as е, punctuation and spacing gone: what label matching compares."""
    return " ".join(_NOT_WORD.sub(" ", (text or "").lower().replace("ё", "е").replace("_", " ")).split())


@lru_cache(maxsize=1024)
def _matcher(label: str) -> difflib.SequenceMatcher:
    # difflib indexes its second sequence: index each label once, compare many texts to it
    return difflib.SequenceMatcher(None, "", label, autojunk=False)


def similar(text: str, label: str, cutoff: float = 0.82) -> float:
    """How well `text` reads as `label` (0 when not well enough): typos and small
    wording differences between editions ("Жоспаранып", "Орындау мерзімі") still match."""
    a, b = norm(text), norm(label)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    # The cheap upper bounds first (as difflib.get_close_matches does): a long cell of typed
    # text is never compared in full against every label.
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < cutoff:
        return 0.0
    matcher = _matcher(b)
    matcher.set_seq1(a)
    if matcher.quick_ratio() < cutoff:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= cutoff else 0.0


def _variants(*texts: Text | Mapping[str, str] | None) -> dict[str, list[str]]:
    """{lang: [wordings]} of one or more Texts (a column's label and its standard label)."""
    out: dict[str, list[str]] = {}
    for text in texts:
        if text is None:
            continue
        items = text.items() if isinstance(text, Mapping) else ((lang, text(lang)) for lang in ("kk", "ru"))
        for lang, wording in items:
            if lang in ("kk", "ru") and wording:
                out.setdefault(lang, []).append(wording)
    return out


@dataclass(frozen=True)
class TeamWords:
    table: str
    caption: dict[str, list[str]]
    columns: dict[str, dict[str, list[str]]]  # column id -> {lang: wordings}


@dataclass(frozen=True)
class TaskWords:
    table: str  # "tasks"
    chain: tuple[str, ...]  # ("activities", "indicators"): the child tables under a task
    label: dict[str, list[str]]  # a task's number and name: {"kk": ["{n} міндет"], …}
    standard: dict[str, dict[str, list[str]]]  # standard block key -> {lang: titles}
    columns: dict[str, dict[str, list[str]]]  # leaf path ("activities.name") -> {lang: wordings}
    number: dict[str, list[str]] = field(default_factory=lambda: {"kk": ["№"], "ru": ["№"]})


@dataclass(frozen=True)
class EffectWords:
    table: str
    column: str  # the planned level
    rows: dict[str, dict[str, list[str]]]  # fixed row key -> {lang: labels}
    header: dict[str, list[str]]  # {lang: the other header cells' wordings}
    planned: dict[str, list[str]]  # {lang: the planned level column's header}


@dataclass(frozen=True)
class PlanWords:
    form: str
    title: dict[str, list[str]]
    contract: dict[str, list[str]]  # the contract line, one wording per line, slots in
    headings: dict[str, list[str]]
    general: dict[str, dict[str, list[str]]]  # Block I field id -> {lang: labels}
    teams: tuple[TeamWords, ...]
    tasks: TaskWords | None
    effect: EffectWords | None

    @classmethod
    def from_form(cls, form: FormDef) -> "PlanWords":
        general: dict[str, dict[str, list[str]]] = {}
        teams: list[TeamWords] = []
        tasks: TaskWords | None = None
        effect: EffectWords | None = None
        headings: dict[str, list[str]] = {}
        for block in form.print_blocks:
            kind = block.get("block")
            if kind == "label_values" or kind == "numbered_fields":
                ids = block.get("fields") or [f for item in block.get("items", []) for f in item["fields"]]
                for fid in ids:
                    general[fid] = _variants(form.fields[fid].label)
            elif kind == "grid":
                tdef = form.table(block["table"])
                teams.append(TeamWords(tdef.id, _variants(tdef.label),
                                       {c.id: _variants(c.label) for c in tdef.columns}))
            elif kind in ("task_tables", "tree_table"):
                tasks = _task_words(form.table(block["table"]), block)
            elif kind == "fixed_table":
                tdef = form.table(block["table"])
                column = tdef.columns[-1].id  # the planned level: the plan's one value column
                effect = EffectWords(tdef.id, column, {r.key: _variants(r.label) for r in tdef.fixed_rows},
                                     _variants(*tdef.header.values()), _variants(tdef.columns[-1].label))
            elif kind == "heading":
                for lang, words in _variants(block["text"]).items():
                    # "I БЛОК Жоба туралы жалпы ақпарат" is often two paragraphs
                    headings.setdefault(lang, []).extend(words + [_BLOCK_MARK.sub("", w) for w in words])
        for tdef in form.all_tables():  # captions over tables, where a file prints them
            for lang, words in _variants(tdef.label).items():
                headings.setdefault(lang, []).extend(words)
        return cls(form.id, _variants(form.title), {lang: list(lines) for lang, lines in form.contract_line.items()},
                   headings, general, tuple(teams), tasks, effect)


def _task_words(root: TableDef, block: Mapping[str, Any]) -> TaskWords:
    columns: dict[str, dict[str, list[str]]] = {}
    chain: list[str] = []
    for entry in block["columns"]:
        paths = entry["columns"] if "group" in entry else [entry["column"]]
        for path in paths:
            *tables, column = path.split(".")
            tdef = root
            for name in tables:
                tdef = tdef.child(name)
                if name not in chain:
                    chain.append(name)
            col = tdef.column(column)
            columns[path] = _variants(col.label, getattr(col, "standard_label", None))
    return TaskWords(root.id, tuple(chain), _variants(root.row_label),
                     {key: _variants(text) for key, text in root.standard_rows.items()}, columns)
