"""The texts of the block kinds that retell a report in sentences (OP4's Annex 4):
`activity_summary` and `fixed_sentence`, the definition's wording with its `{slots}`
filled from the report (the wording and slots are resolved when the definition loads:
grantdesk/forms/derived.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Mapping

from ..document import Row
from ..forms import TableDef
from ..forms.derived import ROW_NUMBER, SLOT
from ..values.blank import is_blank as blank
from .spans import Span, Spans, plain, typed
from .words import Wording

Block = Mapping[str, Any]


@dataclass(frozen=True)
class SummaryLine:
    """One line of a derived form's summary, and its style."""

    spans: Spans
    style: str  # "task": the level's text bold, as a heading; "bullet": a list item; "body"

    @property
    def text(self) -> str:
        return plain(self.spans)


def fill_slots(w: Wording, text: Any, cells: Callable[[str], Span], skip_empty: bool = True) -> Spans:
    """The wording with each `{slot}` replaced by `cells(slot)`; with `skip_empty`, () when
    it has slots and every one is empty (a line about nothing is left out); an empty slot
    prints as a blank to fill in."""
    wording = w.word(text)
    values = {s: cells(s) for s in SLOT.findall(wording)}
    slots = [s for s in values if s != ROW_NUMBER]
    if skip_empty and slots and all(blank(values[s].text) for s in slots):
        return ()
    parts = SLOT.split(wording)  # text, slot, text, slot, …, text
    spans = (Span(part) if i % 2 == 0 else (Span(w.chrome.blank) if blank(values[part].text) else values[part])
             for i, part in enumerate(parts))
    return tuple(s for s in spans if s.text)


def _row_cells(w: Wording, tdef: TableDef, row: Row) -> Callable[[str], Span]:
    def cell(slot: str) -> Span:
        if slot == ROW_NUMBER:
            n = w.doc.numbering(tdef.path, row)
            return Span("" if n is None else str(n))
        if slot == tdef.title_column:
            return w.title_span(tdef, row)
        return typed(row.get(slot))

    return cell


def activity_summary(w: Wording, block: Block) -> list[SummaryLine]:
    """Per row of each level its `text` (`unnumbered` for a standard block), its `lines`,
    then the next level's rows under it."""
    levels = block["levels"]
    tables = [w.form.table(level["table"]) for level in levels]
    out: list[SummaryLine] = []

    def walk(depth: int, rows: list[Row]) -> None:
        level, tdef = levels[depth], tables[depth]
        style = "task" if level.get("bold") else ("bullet" if level.get("style") == "bullet" else "body")
        for row in rows:
            cells = _row_cells(w, tdef, row)
            numbered = w.doc.numbering(tdef.path, row) is not None
            head = fill_slots(w, level["text"] if numbered or "unnumbered" not in level else level["unnumbered"], cells)
            if head:
                out.append(SummaryLine(head, style))
            for text in level.get("lines", ()):
                line = fill_slots(w, text, cells)
                if line:
                    out.append(SummaryLine(line, "body"))
            if depth + 1 < len(levels):
                walk(depth + 1, row.children.get(tables[depth + 1].id, []))

    walk(0, w.doc.siblings(tables[0].path))
    return out


def fixed_sentence(w: Wording, block: Block) -> Spans:
    """A sentence whose slots are row keys of a fixed-row table, each that row's cell in
    `column`; printed even when all are empty (with blanks): the form asks for it."""
    tdef = w.form.table(block["table"])
    column = block["column"]
    return fill_slots(w, block["text"], lambda key: typed(w.doc.fixed(tdef.id, key, column)), skip_empty=False)
