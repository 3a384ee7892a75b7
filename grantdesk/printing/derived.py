"""Block kinds that retell a report in sentences, as the operator's Annex 4 (OP4) does.

`activity_summary` walks nested tables level by level (tasks → activities → indicators)
and prints a line per row from the definition's wording, its `{slots}` filled with the
row's cells; `fixed_sentence` fills a sentence with cells of a fixed-row table (the
coverage line from the socio-economic rows). Any definition may use them; a derived one
(printed by render_derived) names its source's tables, and the registry resolves every
name and slot when the definitions load (grantdesk/forms/derived.py).
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from reportlab.platypus import Flowable

from ..document import Row
from ..forms import TableDef
from ..forms.derived import ROW_NUMBER, SLOT
from .context import PrintContext
from .markup import escape

Block = Mapping[str, Any]

def _fill(ctx: PrintContext, text: Any, cells: Callable[[str], str], skip_empty: bool = True) -> str:
    """The wording in the print language with each `{slot}` replaced by `cells(slot)`
    (markup). With `skip_empty`, "" when the wording has slots and every one of them is
    empty, so a line about nothing is left out; an empty slot prints as a blank to fill in."""
    wording = ctx.word(text)
    values = {s: cells(s) for s in SLOT.findall(wording)}
    slots = [s for s in values if s != ROW_NUMBER]
    if skip_empty and slots and not any(values[s].strip() for s in slots):
        return ""
    blank = escape(ctx.chrome.blank)
    parts = SLOT.split(wording)  # text, slot, text, slot, …, text
    return "".join(
        escape(part) if i % 2 == 0 else (values[part] if values[part].strip() else blank)
        for i, part in enumerate(parts)
    )


def _row_cells(ctx: PrintContext, tdef: TableDef, row: Row) -> Callable[[str], str]:
    def cell(slot: str) -> str:
        if slot == ROW_NUMBER:
            n = ctx.doc.numbering(tdef.path, row)
            return "" if n is None else str(n)
        if slot == tdef.title_column:
            return ctx.row_title(tdef, row)  # a standard block's title is form wording
        return ctx.value(row.get(slot))

    return cell


def activity_summary(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Per row of each level, its `text` (`unnumbered` for a standard block) then its
    `lines`, then the rows of the next level under it. `bold: true` prints the level's
    text bold in the task style; `style: bullet` indents it as a list item."""
    levels = block["levels"]
    tables = [ctx.form.table(level["table"]) for level in levels]
    out: list[Flowable] = []

    def walk(depth: int, rows: list[Row]) -> None:
        level, tdef = levels[depth], tables[depth]
        style = ctx.styles.task if level.get("bold") else (
            ctx.styles.bullet if level.get("style") == "bullet" else ctx.styles.body)
        for row in rows:
            cells = _row_cells(ctx, tdef, row)
            numbered = ctx.doc.numbering(tdef.path, row) is not None
            head = _fill(ctx, level["text"] if numbered or "unnumbered" not in level else level["unnumbered"], cells)
            if head:
                out.append(ctx.para(f"<b>{head}</b>" if level.get("bold") else head, style))
            for text in level.get("lines", ()):
                line = _fill(ctx, text, cells)
                if line:
                    out.append(ctx.para(line))
            if depth + 1 < len(levels):
                walk(depth + 1, row.children.get(tables[depth + 1].id, []))

    walk(0, ctx.doc.siblings(tables[0].path))
    return out


def fixed_sentence(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A sentence whose `{slots}` are row keys of a fixed-row table: each slot prints
    that row's cell in `column` (the coverage line: socio rows direct and indirect, fact)."""
    tdef = ctx.form.table(block["table"])
    column = block["column"]
    # Printed even when every cell is empty (with blanks): the form asks for this line.
    text = _fill(ctx, block["text"], lambda key: ctx.value(ctx.doc.fixed(tdef.id, key, column)), skip_empty=False)
    return [ctx.para(text, ctx.styles.lead)]


DERIVED_BLOCKS: dict[str, Callable[[PrintContext, Block], list[Flowable]]] = {
    "activity_summary": activity_summary,
    "fixed_sentence": fixed_sentence,
}
