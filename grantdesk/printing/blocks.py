"""One small renderer per text block kind of a definition's `print:` list.

Each takes (PrintContext, block mapping) and returns flowables. Every text comes from
grantdesk.layout (the Word file prints the same ones); a renderer only decides how it
looks: markup, styles, which typed values are fitted to their lines, and keeping.
The table kinds live in tables.py and tree.py; BLOCKS maps every kind to its renderer.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from .. import layout
from ..layout import page
from ..layout.spans import Span
from ..layout.words import fill
from .context import PrintContext
from .fonts import REGULAR
from .styles import FRAME_WIDTH, GRID, GRID_WIDTH, column_widths, line_fit
from .tables import fixed_table, grid, label_values
from .tree import task_tables, tree_table

Block = Mapping[str, Any]

# Layout tables hold Paragraphs, but reportlab sets each cell's own font (Helvetica by
# default) before drawing it: name ours so no unembedded font enters the PDF.
_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]


def contract_line(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The contract lines, top right, with the contract's date and number (as typed, but
    for a date, which prints in words)."""
    fit = line_fit(ctx.styles.contract, ctx.doc.lang, page.CONTRACT_WIDTH_MM * mm)
    lines = [ctx.markup(line, fit) for line in layout.contract_lines(ctx, block)]
    if not lines:
        return []  # a derived definition belongs to no contract
    # splitInRow: a contract date or number typed pages long splits instead of failing the print
    table = Table([[Paragraph(line, ctx.styles.contract)] for line in lines], colWidths=[page.CONTRACT_WIDTH_MM * mm], hAlign="RIGHT",
                  splitInRow=1)
    table.setStyle(_FONT + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return [table]


def title(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.markup(layout.title(ctx))}</b>", ctx.styles.title)]


def numbered_fields(ctx: PrintContext, block: Block) -> list[Flowable]:
    """`1. label:` in bold, then the values, each on the lines of the paragraph."""
    fit = line_fit(ctx.styles.numbered, ctx.doc.lang)
    return [ctx.para(f"<b>{ctx.markup(item.lead)}</b> {ctx.markup(item.parts, fit)}", ctx.styles.numbered)
            for item in layout.numbered_items(ctx, block)]


def heading(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.say(block['text'])}</b>", ctx.styles.heading)]


def _guidance(ctx: PrintContext, lines: list[str]) -> list[Flowable]:
    """Guidance in italics, its lines kept."""
    return [ctx.para(f"<i>{'<br/>'.join(ctx.markup(line) for line in lines)}</i>", ctx.styles.instruction)]


def instruction(ctx: PrintContext, block: Block) -> list[Flowable]:
    return _guidance(ctx, layout.instruction(ctx, block))


def paragraph(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(ctx.say(block["text"]), ctx.styles.lead)]


def narrative(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A task's line all bold, in the task style; an activity's text with its lead bold."""
    fit = line_fit(ctx.styles.body, ctx.doc.lang)
    out: list[Flowable] = []
    for line in layout.narrative(ctx, block):
        lead = ctx.markup(line.lead)
        if line.level == 0:
            head = ctx.markup([Span(line.text, line.typed)])
            out.append(ctx.para(f"<b>{lead} {head}</b>" if lead else f"<b>{head}</b>", ctx.styles.task))
        else:
            text = ctx.value(line.text, fit)
            out.append(ctx.para(f"<b>{lead}</b> {text}" if lead else text))
    return out


def field(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A labelled text: label (bold) then the text; `style: bullet` runs them together
    with the label in italics, `style: inline` with the label bold."""
    text = layout.field(ctx, block)
    style = ctx.styles.bullet if text.bullet else ctx.styles.body
    value = ctx.value(text.value, line_fit(style, ctx.doc.lang))
    label = ctx.markup(text.label)
    if text.bullet:
        return [ctx.para(f"- <i>{label}</i> {value}", ctx.styles.bullet)]
    if text.style == "inline":
        return [ctx.para(f"<b>{label}</b> {value}", ctx.styles.numbered)]
    out: list[Flowable] = [ctx.para(f"<b>{label}</b>", ctx.styles.heading)]
    if text.help:  # the form prints its guidance between the label and the text
        out.extend(_guidance(ctx, text.help))
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
    text = layout.closing(ctx, block)
    # Position, signature and name each on their own rule, as blanks to sign over. Typed
    # values are fitted to their columns, and a row pages long (a pasted text) may split.
    widths = column_widths([36, 4, 26, 4, 30], FRAME_WIDTH * 0.9)
    position = ctx.value(text.position, line_fit(s.body, ctx.doc.lang, widths[0]))
    name = ctx.value(text.name, line_fit(s.body, ctx.doc.lang, widths[4]))
    signature = Table(
        [[Paragraph(position, s.body), "", "", "", Paragraph(name, s.body)],
         [Paragraph(f"<i>{ctx.markup(text.caption)}</i>", s.small), "", "", "", ""]],
        colWidths=widths, hAlign="LEFT", splitInRow=1,
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
        PageCountLine(ctx, ctx.markup(text.pages)),
        Spacer(1, 6 * mm),
        ctx.para(f"<b>{ctx.markup(text.grantee)}</b>", s.closing),
        signature,
        Spacer(1, 4 * mm),
        ctx.para(ctx.markup(text.date, line_fit(s.closing, ctx.doc.lang)), s.closing),
        Spacer(1, 2 * mm),
        ctx.para(ctx.markup(text.stamp), s.closing),
    ]
    if text.acknowledged:
        parts += [Spacer(1, 4 * mm), ctx.para(ctx.markup(text.acknowledged), s.closing)]
    # The signature block is signed as one piece: never let a page break split it.
    return [Spacer(1, 6 * mm), KeepTogether(parts)]


def activity_summary(ctx: PrintContext, block: Block) -> list[Flowable]:
    """OP4's retelling, a line per row of each level: a `bold` level's lines bold in the
    task style, a `bullet` level's indented as list items."""
    styles = {"task": ctx.styles.task, "bullet": ctx.styles.bullet, "body": ctx.styles.body}
    out: list[Flowable] = []
    for line in layout.activity_summary(ctx, block):
        text = ctx.markup(line.spans)
        out.append(ctx.para(f"<b>{text}</b>" if line.style == "task" else text, styles[line.style]))
    return out


def fixed_sentence(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(ctx.markup(layout.fixed_sentence(ctx, block)), ctx.styles.lead)]


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
    "activity_summary": activity_summary,
    "fixed_sentence": fixed_sentence,
}
