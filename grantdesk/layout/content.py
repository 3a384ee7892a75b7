"""Each print block kind's texts: wording in the print language and values exactly as
typed, told apart where the PDF needs to (spans.py). The renderers (PDF, Word) only style
them; see the package docstring."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..document import REPORT_LANGUAGES, Document
from ..forms import FormDef
from ..values.dates import parse_date
from ..values.money import money_with_words
from ..values.numbers import parse_number
from .columns import Bound, bounds
from ..values.blank import is_blank as blank
from .spans import Span, Spans, fill_spans, plain, typed
from .words import Wording

Block = Mapping[str, Any]

# What may follow the amount for it still to be just an amount: an amount in words in
# brackets and a currency sign. Anything else ("астам", "more than") would be lost if the
# value were reprinted from the number, so such values print as typed.
_AMOUNT_TAIL = re.compile(r"\s*(\([^()]*\))?\s*(тг|теңге|тенге|тнг|kzt|₸)?\.?\s*", re.IGNORECASE)
_AMOUNT_HEAD = re.compile(r"\s*-?[\d\s\u00a0\u2009\u202f]+(?:[.,]\d+)?")


def without_number_sign(line: str, typed: str) -> str:
    """`№ 45-ГР/2024` typed where the form prints `№{number}` already: one «№», not «№№»."""
    if re.search(r"№\s*\{number\}", line):
        return re.sub(r"^\s*(?:№|N[o°]?\.?)\s*(?=\S)", "", typed)
    return typed


def contract_lines(w: Wording, block: Block) -> list[Spans]:
    """The definition's contract lines for the document's role (or the block's own `text`,
    one line per line: OP4's annex line) with the contract's date (in words when it is a
    date, else as typed) and number; none for a derived definition without a contract."""
    typed_date = w.doc.field(block.get("date_field", "contract_date"))
    day = parse_date(typed_date)
    date = Span(w.chrome.format_contract_date(day)) if day else typed(typed_date)
    number = w.doc.field(block.get("number_field", "contract_number"))
    lines = (w.word(block["text"]).split("\n") if "text" in block
             else w.sheet.contract_line_for(w.doc.role, w.lang))
    return [fill_spans(line, {"date": date, "number": typed(without_number_sign(line, number))}) for line in lines]


def title(w: Wording) -> str:
    """The printed title: the role's (an interim report's) or the definition's."""
    return w.word(w.sheet.title_for(w.doc.role))


# A file's author is metadata (a Word file holds at most 255 characters there); the name
# itself is printed in full on the page.
AUTHOR_LIMIT = 255


def author(w: Wording) -> str:
    """The file's author: the organisation (its name, where the form has one), one line,
    cut to what a file's metadata holds."""
    name = " ".join(w.doc.field("org_name").split()) if "org_name" in w.doc.form.fields else ""
    return name if len(name) <= AUTHOR_LIMIT else name[: AUTHOR_LIMIT - 1] + "…"


def print_language(doc: Document, lang: str | None) -> str:
    """The language a document prints in: the one asked for, else its own."""
    lang = lang or doc.lang
    if lang not in REPORT_LANGUAGES:
        raise ValueError(f"print language must be one of {', '.join(REPORT_LANGUAGES)}, not {lang!r}")
    return lang


def printed_blocks(form: FormDef, doc: Document) -> list[Block]:
    """The print blocks of `form` that `doc` prints, in order: a block with `roles` only in
    documents of those roles (an interim's reporting period). Every kind is known: the
    definition's blocks were checked when it loaded (forms/print_blocks.py)."""
    return [b for b in form.print_blocks if "roles" not in b or doc.role in b["roles"]]


def help_text(w: Wording, section_id: str) -> list[str]:
    """A wizard section's help as the form prints it (its non-empty lines)."""
    for section in w.form.sections:
        if section.id == section_id:
            return guidance(w, section.help)
    raise ValueError(f"{w.form.id}: no section {section_id!r} to print the help of")


def guidance(w: Wording, text) -> list[str]:
    return [line for line in w.word(text).splitlines() if not blank(line)]


def instruction(w: Wording, block: Block) -> list[str]:
    """Fixed guidance: its own `text`, or the help of wizard `section`; its lines kept."""
    return guidance(w, block["text"]) if "text" in block else help_text(w, block["section"])


def money_words(w: Wording, value: str) -> Span:
    """`10 125 000 тг` → `10 125 000 (он миллион жүз жиырма бес мың) теңге`; else as typed."""
    parsed = parse_number(value)
    head = _AMOUNT_HEAD.match(value or "")
    if not parsed.is_number or parsed.at_least or not head or not _AMOUNT_TAIL.fullmatch(value[head.end():]):
        return typed(value)
    try:
        words = money_with_words(parsed.value, w.lang, w.chrome.money_words)
    except Exception:  # num2words raises KeyError/OverflowError past its largest named number
        return typed(value)
    # Lines break at thin spaces; a no-break space keeps the amount on one line.
    return Span(words.replace("\u2009", "\u00a0"))


def _as_typed(w: Wording, value: str) -> Span:
    return typed(value)


_FORMATS: dict[str, Callable[[Wording, str], Span]] = {"money_words": money_words}


@dataclass(frozen=True)
class NumberedItem:
    """One numbered line of the cover block: its bold lead and its values."""

    lead: str  # "1. Үкіметтік емес ұйымның толық атауы:" (printed bold)
    parts: Spans  # the values, joined by commas

    @property
    def value(self) -> str:
        return plain(self.parts)


def numbered_items(w: Wording, block: Block) -> list[NumberedItem]:
    """`1. label: value` of the general information; several fields join with commas."""
    out = []
    for item in block["items"]:
        fields = [w.form.fields[f] for f in item["fields"]]
        label = w.word(item["label"]) if "label" in item else w.word(fields[0].label)
        if not label.endswith(":"):
            label += ":"
        fmt = _FORMATS[item["format"]] if "format" in item else _as_typed
        values = [fmt(w, t) for t in (w.doc.field(f.id) for f in fields) if not blank(t)]
        parts = tuple(p for value in values for p in (Span(", "), value))[1:]  # commas between
        out.append(NumberedItem(f"{item['n']}. {label}", parts))
    return out


@dataclass(frozen=True)
class NarrativeLine:
    """One line of the narrative: a task's heading or an activity's text."""

    level: int  # 0: a task's heading (all bold); 1: an activity's text (its lead bold)
    lead: str  # "1-міндет." / "1-іс-шара."; "" for a standard block
    text: str
    typed: bool = True  # the text is as typed (a standard block's title is the form's wording)


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
        title = w.title_span(tdef, row)
        out.append(NarrativeLine(0, f"{label}." if label else "", title.text, title.typed))
        for activity in row.children.get(child.id, []):
            text = activity.get(column)
            if blank(text):
                continue
            alabel = w.row_label(child, activity)
            out.append(NarrativeLine(1, f"{alabel}." if alabel else "", text))
    return out


@dataclass(frozen=True)
class FieldText:
    """A field as printed: its label, its value and how the two are set."""

    label: str
    value: str
    style: str  # "bullet": "- label value", the label in italics; "inline": label bold, then value; "" apart
    help: list[str]  # `help: true`: the field's section help, printed between label and value

    @property
    def bullet(self) -> bool:
        return self.style == "bullet"


def field(w: Wording, block: Block) -> FieldText:
    """A labelled text; `label` prints other wording than the field's."""
    fdef = w.form.fields[block["field"]]
    help_lines: list[str] = []
    if block.get("help"):
        section = w.form.section_of(fdef.id)
        if section is not None and section.help is not None:
            help_lines = guidance(w, section.help)
    return FieldText(w.word(block.get("label") or fdef.label), w.doc.field(fdef.id),
                     str(block.get("style") or ""), help_lines)


@dataclass(frozen=True)
class TableText:
    """A plain table's texts: caption and note above it, one header row (none: []), body
    rows, each column's width bounds and whether it holds typed values (else wording)."""

    caption: str
    note: str
    header: list[str]
    rows: list[list[str]]
    widths: list[Bound]
    typed: tuple[bool, ...]
    sub_rows: frozenset[int] = frozenset()  # body rows printed indented under their parent

    def column(self, i: int) -> list[str]:
        return [row[i] for row in self.rows]


def label_values(w: Wording, block: Block) -> TableText:
    """Label | value rows (goal, result): no header; the labels print bold. `colon: true`
    ends each label with a colon, as the plan's Block I does."""

    def label(field_id: str) -> str:
        text = w.word(w.form.fields[field_id].label)
        return text + ":" if block.get("colon") and not text.rstrip().endswith(":") else text

    rows = [[label(f), w.doc.field(f)] for f in block["fields"]]
    return TableText("", "", [], rows, bounds(block, 2, [30, 70]), (False, True))


def fixed_table(w: Wording, block: Block) -> TableText:
    """The fixed rows (№, label, unit) and the table's columns, header from the definition."""
    tdef = w.form.table(block["table"])
    head = [w.word(tdef.header.get(k)) for k in ("number", "label", "unit")]
    head += [w.word(c.label) for c in tdef.columns]
    widths = bounds(block, len(head), [5, 45, 12] + [38 / len(tdef.columns)] * len(tdef.columns))
    numbers = tdef.fixed_numbers()  # a sub-row has none and shifts no number after it
    rows = [
        [f"{numbers[frow.key]}." if numbers[frow.key] else "", w.word(frow.label), w.word(frow.unit)]
        + [w.doc.fixed(tdef.id, frow.key, c.id) for c in tdef.columns]
        for frow in tdef.fixed_rows
    ]
    subs = frozenset(i for i, frow in enumerate(tdef.fixed_rows) if frow.parent is not None)
    typed_columns = (False, False, False) + (True,) * len(tdef.columns)
    return TableText(w.word(tdef.label), w.word(tdef.note), head, rows, widths, typed_columns, subs)


def grid(w: Wording, block: Block) -> TableText:
    """A plain table: column labels as header; the row-heading column only when some row
    has a heading; a № column when the block says `numbered: true`."""
    tdef = w.form.table(block["table"])
    rows = w.doc.siblings(tdef.path)
    columns = [
        c for c in tdef.columns
        if c.print_role != "row_heading" or any(not blank(r.get(c.id)) for r in rows)
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
    widths = [b for c, b in zip(every, bounds(block, len(every), default)) if c is None or c in columns]
    body = [([str(n)] if numbered else []) + [row.get(c.id) for c in columns] for n, row in enumerate(rows, start=1)]
    typed_columns = ((False,) if numbered else ()) + (True,) * len(columns)
    return TableText(w.word(tdef.label), w.word(tdef.note), head, body, widths, typed_columns)


@dataclass(frozen=True)
class ClosingText:
    """The closing block's words: the page count line and the signature's."""

    pages: str  # "Есеп беттерінің жалпы саны: {pages}": the renderer puts the real count in
    grantee: str
    position: str
    name: str
    caption: str  # under the signature line
    date: Spans  # "Толтыру күні 20.11.2024", a blank to fill in by hand while none is typed
    stamp: str
    acknowledged: str = ""  # «Қосымшамен таныстым:», where the edition has it


def closing(w: Wording, block: Block) -> ClosingText:
    doc = w.doc
    date = doc.field(block["date_field"])
    return ClosingText(
        pages=w.word(block["pages"]),
        grantee=w.word(block["grantee"]),
        position=doc.field(block["position_field"]),
        name=doc.field(block["name_field"]),
        caption=w.word(block["caption"]),
        date=(Span(f"{w.word(block['date'])} "), typed(date) if not blank(date) else Span(w.chrome.blank)),
        stamp=w.word(block["stamp"]),
        acknowledged=w.word(block["acknowledged"]) if "acknowledged" in block else "",
    )
