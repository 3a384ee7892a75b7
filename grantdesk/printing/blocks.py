"""One small renderer per text block kind of a definition's `print:` list.

Each takes (PrintContext, block mapping) and returns flowables. Every word comes from the
definition or print.yaml in the print language; every value is printed as typed.
The table kinds live in tables.py and tree.py; BLOCKS maps every kind to its renderer.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from ..layout.content import without_number_sign
from ..values.dates import parse_date
from ..values.money import money_with_words
from ..values.numbers import parse_number
from ..layout.words import fill
from .context import PrintContext
from .derived import DERIVED_BLOCKS
from .fonts import REGULAR
from .markup import escape, printable
from .styles import FRAME_WIDTH, GRID, GRID_WIDTH, column_widths, line_fit
from .tables import fixed_table, grid, label_values
from .tree import task_tables, tree_table

Block = Mapping[str, Any]

# What may follow the amount for it still to be just an amount: an amount in words in
# brackets and a currency sign. Anything else ("астам", "more than") would be lost if the
# value were reprinted from the number, so such values print as typed.
_AMOUNT_TAIL = re.compile(r"\s*(\([^()]*\))?\s*(тг|теңге|тенге|тнг|kzt|₸)?\.?\s*", re.IGNORECASE)
_AMOUNT_HEAD = re.compile(r"\s*-?[\d\s\u00a0\u2009\u202f]+(?:[.,]\d+)?")
# Layout tables hold Paragraphs, but reportlab sets each cell's own font (Helvetica by
# default) before drawing it: name ours so no unembedded font enters the PDF.
_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]


def contract_line(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The definition's contract lines, top right, with the contract's date and number;
    `text` prints other lines there (one per line of the text: OP4's annex line)."""
    typed_date = ctx.doc.field(block.get("date_field", "contract_date"))
    day = parse_date(typed_date)
    date_markup = escape(printable(ctx.chrome.format_contract_date(day))) if day else ctx.value(typed_date)
    typed_number = ctx.doc.field(block.get("number_field", "contract_number"))
    lines = [
        fill(escape(printable(line)), date=date_markup, number=ctx.value(without_number_sign(line, typed_number)))
        for line in (ctx.word(block["text"]).split("\n") if "text" in block
                     else ctx.sheet.contract_line_for(ctx.doc.role, ctx.lang))
    ]
    if not lines:
        return []  # a derived definition belongs to no contract
    # splitInRow: a contract date or number typed pages long splits instead of failing the print
    table = Table([[Paragraph(line, ctx.styles.contract)] for line in lines], colWidths=[78 * mm], hAlign="RIGHT",
                  splitInRow=1)
    table.setStyle(_FONT + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return [table]


def title(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.say(ctx.sheet.title_for(ctx.doc.role))}</b>", ctx.styles.title)]


def money_words(ctx: PrintContext, typed: str) -> str:
    """`10 125 000 тг` → `10 125 000 (он миллион жүз жиырма бес мың) теңге`; else as typed."""
    parsed = parse_number(typed)
    head = _AMOUNT_HEAD.match(typed or "")
    if not parsed.is_number or parsed.at_least or not head or not _AMOUNT_TAIL.fullmatch(typed[head.end():]):
        return ctx.value(typed)
    try:
        words = money_with_words(parsed.value, ctx.lang, ctx.chrome.money_words)
    except Exception:  # num2words raises KeyError/OverflowError past its largest named number
        return ctx.value(typed)
    # reportlab breaks lines at thin spaces; a no-break space keeps the amount on one line.
    return escape(printable(words.replace("\u2009", "\u00a0")))


def as_typed(ctx: PrintContext, typed: str) -> str:
    return ctx.value(typed, line_fit(ctx.styles.numbered, ctx.doc.lang))


_FORMATS: dict[str, Callable[[PrintContext, str], str]] = {"money_words": money_words}


def numbered_fields(ctx: PrintContext, block: Block) -> list[Flowable]:
    out: list[Flowable] = []
    for item in block["items"]:
        fields = [ctx.form.fields[f] for f in item["fields"]]
        label = ctx.say(item["label"]) if "label" in item else ctx.say(fields[0].label)
        if not label.endswith(":"):
            label += ":"
        fmt = _FORMATS[item["format"]] if "format" in item else as_typed
        typed = [ctx.doc.field(f.id) for f in fields]
        value = ", ".join(fmt(ctx, t) for t in typed if t.strip())
        out.append(ctx.para(f"<b>{item['n']}. {label}</b> {value}", ctx.styles.numbered))
    return out


def heading(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.say(block['text'])}</b>", ctx.styles.heading)]


def _help_text(ctx: PrintContext, section_id: str):
    """A wizard section's help, for a form that prints its guidance too (one text for both)."""
    for section in ctx.form.sections:
        if section.id == section_id:
            return section.help
    raise ValueError(f"{ctx.form.id}: no section {section_id!r} to print the help of")


def _guidance(ctx: PrintContext, text) -> list[Flowable]:
    """Guidance in italics, its lines kept."""
    lines = [escape(line) for line in ctx.word(text).splitlines() if line.strip()]
    return [ctx.para(f"<i>{'<br/>'.join(lines)}</i>", ctx.styles.instruction)]


def instruction(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Fixed guidance in italics: its own `text`, or the help of wizard `section`."""
    text = block["text"] if "text" in block else _help_text(ctx, block["section"])
    return _guidance(ctx, text)


def paragraph(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(ctx.say(block["text"]), ctx.styles.lead)]


def narrative(ctx: PrintContext, block: Block) -> list[Flowable]:
    """`1-міндет. <task>` then `1-іс-шара. <what was done>` per activity; a standard block
    prints its title without a number. An activity with nothing written is left out, as
    the filled-in reports do (it still prints in the activity table)."""
    tdef = ctx.form.table(block["table"])
    child = tdef.child(block["child"])
    column = block["text_column"]
    out: list[Flowable] = []
    for row in ctx.doc.siblings(tdef.path):
        label = ctx.row_label(tdef, row)
        head = ctx.row_title(tdef, row)
        out.append(ctx.para(f"<b>{label}. {head}</b>" if label else f"<b>{head}</b>", ctx.styles.task))
        for activity in row.children.get(child.id, []):
            alabel = ctx.row_label(child, activity)
            text = ctx.value(activity.get(column), line_fit(ctx.styles.body, ctx.doc.lang))
            if not text.strip():
                continue
            out.append(ctx.para(f"<b>{alabel}.</b> {text}" if alabel else text))
    return out


def field(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A labelled text: label (bold) then the text; `style: bullet` runs them together,
    `style: inline` too with the label bold. `label` prints other wording than the field's."""
    fdef = ctx.form.fields[block["field"]]
    style = ctx.styles.bullet if block.get("style") == "bullet" else ctx.styles.body
    value = ctx.value(ctx.doc.field(fdef.id), line_fit(style, ctx.doc.lang))
    label = ctx.say(block.get("label") or fdef.label)
    if block.get("style") == "bullet":
        return [ctx.para(f"- <i>{label}</i> {value}", ctx.styles.bullet)]
    if block.get("style") == "inline":
        return [ctx.para(f"<b>{label}</b> {value}", ctx.styles.numbered)]
    out: list[Flowable] = [ctx.para(f"<b>{label}</b>", ctx.styles.heading)]
    if block.get("help"):  # the form prints its guidance between the label and the text
        section = ctx.form.section_of(fdef.id)
        if section is not None and section.help is not None:
            out.extend(_guidance(ctx, section.help))
    if value:
        out.append(ctx.para(value))
    return out


class PageCountLine(Flowable):
    """The line naming the page count. Laid out with a three-digit stand-in (one line
    either way), then drawn in place once the build knows the count (CountingCanvas)."""

    STAND_IN = "999"

    def __init__(self, ctx: PrintContext, template: str):
        super().__init__()
        self._ctx = ctx
        self._template = template
        self._width = 0.0

    def _para(self, pages: str) -> Paragraph:
        return Paragraph(fill(self._template, pages=pages), self._ctx.styles.closing)

    def wrap(self, avail_width, avail_height):
        self._width = avail_width
        return self._para(self.STAND_IN).wrap(avail_width, avail_height)

    def drawOn(self, canvas, x, y, _sW=0):
        x = self._hAlignAdjust(x, _sW)
        matrix = canvas._currentMatrix  # where this is drawn, if inside something translated
        width = self._width

        def draw(c, page: int, pages: int) -> None:
            para = self._para(str(pages))
            para.wrap(width, 10_000)
            c.saveState()
            c.transform(*matrix)
            para.drawOn(c, x, y)
            c.restoreState()

        canvas.when_counted(draw)


def closing(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Page count, grantee, position / signature line / name with the caption, date, stamp."""
    s = ctx.styles
    doc = ctx.doc
    blank = escape(ctx.chrome.blank)
    position = ctx.value(doc.field(block["position_field"]))
    name = ctx.value(doc.field(block["name_field"]))
    date_typed = doc.field(block["date_field"])
    date = ctx.value(date_typed) if date_typed.strip() else blank
    # Position, signature and name each on their own rule, as blanks to sign over.
    signature = Table(
        [[Paragraph(position, s.body), "", "", "", Paragraph(name, s.body)],
         [Paragraph(f"<i>{ctx.say(block['caption'])}</i>", s.small), "", "", "", ""]],
        colWidths=column_widths([36, 4, 26, 4, 30], FRAME_WIDTH * 0.9),
        hAlign="LEFT",
    )
    signature.setStyle(_FONT + [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (0, 0), GRID_WIDTH, GRID),
        ("LINEBELOW", (2, 0), (2, 0), GRID_WIDTH, GRID),
        ("LINEBELOW", (4, 0), (4, 0), GRID_WIDTH, GRID),
        ("SPAN", (0, 1), (-1, 1)),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ])
    parts: list[Flowable] = [
        PageCountLine(ctx, ctx.say(block["pages"])),
        Spacer(1, 6 * mm),
        ctx.para(f"<b>{ctx.say(block['grantee'])}</b>", s.closing),
        signature,
        Spacer(1, 4 * mm),
        ctx.para(f"{ctx.say(block['date'])} {date}", s.closing),
        Spacer(1, 2 * mm),
        ctx.para(ctx.say(block["stamp"]), s.closing),
    ]
    if "acknowledged" in block:  # «Қосымшамен таныстым:», where the edition has it
        parts += [Spacer(1, 4 * mm), ctx.para(ctx.say(block["acknowledged"]), s.closing)]
    # The signature block is signed as one piece: never let a page break split it.
    return [Spacer(1, 6 * mm), KeepTogether(parts)]


BLOCKS: dict[str, Callable[[PrintContext, Block], list[Flowable]]] = {
    "contract_line": contract_line,
    "title": title,
    "numbered_fields": numbered_fields,
    "heading": heading,
    "instruction": instruction,
    "paragraph": paragraph,
    "label_values": label_values,
    "narrative": narrative,
    "field": field,
    "tree_table": tree_table,
    "task_tables": task_tables,
    "fixed_table": fixed_table,
    "grid": grid,
    "closing": closing,
    **DERIVED_BLOCKS,
}
