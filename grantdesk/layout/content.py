"""Each print block kind's texts, as plain text: wording in the print language and values
exactly as typed. The renderers (PDF, Word) only style them; see the package docstring."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..values.dates import parse_date
from ..values.money import money_with_words
from ..values.numbers import parse_number
from .words import Wording, block_widths, fill

Block = Mapping[str, Any]

# What may follow the amount for it still to be just an amount: an amount in words in
# brackets and a currency sign. Anything else ("астам", "more than") would be lost if the
# value were reprinted from the number, so such values print as typed.
_AMOUNT_TAIL = re.compile(r"\s*(\([^()]*\))?\s*(тг|теңге|тенге|тнг|kzt|₸)?\.?\s*", re.IGNORECASE)
_AMOUNT_HEAD = re.compile(r"\s*-?[\d\s\u00a0\u2009\u202f]+(?:[.,]\d+)?")


def contract_lines(w: Wording, block: Block) -> list[str]:
    """The definition's contract lines with the contract's date (in words when it is a
    date, else as typed) and number."""
    typed_date = w.doc.field(block.get("date_field", "contract_date"))
    day = parse_date(typed_date)
    date = w.chrome.format_contract_date(day) if day else typed_date
    number = w.doc.field(block.get("number_field", "contract_number"))
    return [fill(line, date=date, number=number) for line in w.form.contract_line[w.lang]]


def money_words(w: Wording, typed: str) -> str:
    """`10 125 000 тг` → `10 125 000 (он миллион жүз жиырма бес мың) теңге`; else as typed."""
    parsed = parse_number(typed)
    head = _AMOUNT_HEAD.match(typed or "")
    if not parsed.is_number or parsed.at_least or not head or not _AMOUNT_TAIL.fullmatch(typed[head.end():]):
        return typed
    try:
        words = money_with_words(parsed.value, w.lang, w.chrome.money_words)
    except Exception:  # num2words raises KeyError/OverflowError past its largest named number
        return typed
    # Lines break at thin spaces; a no-break space keeps the amount on one line.
    return words.replace("\u2009", "\u00a0")


def _as_typed(w: Wording, typed: str) -> str:
    return typed


_FORMATS: dict[str, Callable[[Wording, str], str]] = {"money_words": money_words}


@dataclass(frozen=True)
class NumberedItem:
    lead: str  # "1. Үкіметтік емес ұйымның толық атауы:" (printed bold)
    value: str


def numbered_items(w: Wording, block: Block) -> list[NumberedItem]:
    """`1. label: value` of the general information; several fields join with commas."""
    out = []
    for item in block["items"]:
        fields = [w.form.fields[f] for f in item["fields"]]
        label = w.word(item["label"]) if "label" in item else w.word(fields[0].label)
        if not label.endswith(":"):
            label += ":"
        fmt = _FORMATS[item["format"]] if "format" in item else _as_typed
        typed = [w.doc.field(f.id) for f in fields]
        out.append(NumberedItem(f"{item['n']}. {label}", ", ".join(fmt(w, t) for t in typed if t.strip())))
    return out


@dataclass(frozen=True)
class NarrativeLine:
    level: int  # 0: a task's heading (all bold); 1: an activity's text (its lead bold)
    lead: str  # "1-міндет." / "1-іс-шара."; "" for a standard block
    text: str


def narrative(w: Wording, block: Block) -> list[NarrativeLine]:
    """`1-міндет. <task>` then `1-іс-шара. <what was done>` per activity; a standard block
    prints its title without a number. An activity with nothing written is left out, as
    the filled-in reports do (it still prints in the activity table)."""
    tdef = w.form.table(block["table"])
    child = tdef.child(block["child"])
    column = block["text_column"]
    out: list[NarrativeLine] = []
    for row in w.doc.siblings(tdef.path):
        label = w.row_label(tdef, row)
        out.append(NarrativeLine(0, f"{label}." if label else "", w.row_title(tdef, row)))
        for activity in row.children.get(child.id, []):
            text = activity.get(column)
            if not text.strip():
                continue
            alabel = w.row_label(child, activity)
            out.append(NarrativeLine(1, f"{alabel}." if alabel else "", text))
    return out


@dataclass(frozen=True)
class FieldText:
    label: str
    value: str
    bullet: bool  # `style: bullet`: "- label value" on one line, the label in italics


def field(w: Wording, block: Block) -> FieldText:
    fdef = w.form.fields[block["field"]]
    return FieldText(w.word(fdef.label), w.doc.field(fdef.id), block.get("style") == "bullet")


@dataclass(frozen=True)
class TableText:
    """A plain table's texts: caption and note above it, one header row, body rows, and
    relative column widths."""

    caption: str
    note: str
    header: list[str]
    rows: list[list[str]]
    weights: list[float]


def label_values(w: Wording, block: Block) -> TableText:
    """Label | value rows (goal, result): no header; the labels print bold. `colon: true`
    ends each label with a colon, as the plan's Block I does."""

    def label(field_id: str) -> str:
        text = w.word(w.form.fields[field_id].label)
        return text + ":" if block.get("colon") and not text.rstrip().endswith(":") else text

    rows = [[label(f), w.doc.field(f)] for f in block["fields"]]
    return TableText("", "", [], rows, block_widths(block, 2, [30, 70]))


def fixed_table(w: Wording, block: Block) -> TableText:
    """The fixed rows (№, label, unit) and the table's columns, header from the definition."""
    tdef = w.form.table(block["table"])
    head = [w.word(tdef.header.get(k)) for k in ("number", "label", "unit")]
    head += [w.word(c.label) for c in tdef.columns]
    weights = block_widths(block, len(head), [5, 45, 12] + [38 / len(tdef.columns)] * len(tdef.columns))
    rows = [
        [f"{n}.", w.word(frow.label), w.word(frow.unit)] + [w.doc.fixed(tdef.id, frow.key, c.id) for c in tdef.columns]
        for n, frow in enumerate(tdef.fixed_rows, start=1)
    ]
    return TableText(w.word(tdef.label), w.word(tdef.note), head, rows, weights)


def grid(w: Wording, block: Block) -> TableText:
    """A plain table: column labels as header; the row-heading column only when some row
    has a heading; a № column when the block says `numbered: true`."""
    tdef = w.form.table(block["table"])
    rows = w.doc.siblings(tdef.path)
    columns = [
        c for c in tdef.columns
        if c.print_role != "row_heading" or any(r.get(c.id).strip() for r in rows)
    ]
    numbered = bool(block.get("numbered", False))
    # The row-heading column's label is an editing hint ("if there are several rows"),
    # not form wording, so its header cell stays empty on paper.
    head = ([w.chrome.number_column] if numbered else []) + [
        "" if c.print_role == "row_heading" else w.word(c.label) for c in columns
    ]
    # `widths`, when given, covers every column of the definition (and № first when
    # numbered); a row-heading column left out drops its width with it.
    every = ([None] if numbered else []) + list(tdef.columns)
    default = [0.6 if c is None else 2.0 if c.print_role == "row_heading" else 1.0 for c in every]
    weights = [wt for c, wt in zip(every, block_widths(block, len(every), default)) if c is None or c in columns]
    body = [([str(n)] if numbered else []) + [row.get(c.id) for c in columns] for n, row in enumerate(rows, start=1)]
    return TableText(w.word(tdef.label), w.word(tdef.note), head, body, weights)


@dataclass(frozen=True)
class ClosingText:
    pages: str  # "Есеп беттерінің жалпы саны: {pages}": the renderer puts the real count in
    grantee: str
    position: str
    name: str
    caption: str  # under the signature line
    date: str  # "Толтыру күні 20.11.2024", a blank to fill in by hand while none is typed
    stamp: str


def closing(w: Wording, block: Block) -> ClosingText:
    doc = w.doc
    typed = doc.field(block["date_field"])
    return ClosingText(
        pages=w.word(block["pages"]),
        grantee=w.word(block["grantee"]),
        position=doc.field(block["position_field"]),
        name=doc.field(block["name_field"]),
        caption=w.word(block["caption"]),
        date=f"{w.word(block['date'])} {typed if typed.strip() else w.chrome.blank}",
        stamp=w.word(block["stamp"]),
    )
