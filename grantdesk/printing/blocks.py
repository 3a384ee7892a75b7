"""One small renderer per text block kind of a definition's `print:` list.

Each takes (PrintContext, block mapping) and returns flowables. Every word comes from the
definition or print.yaml in the print language; every value is printed as typed.
The table kinds live in tables.py and tree.py; BLOCKS maps every kind to its renderer.
"""

from __future__ import annotations

from typing import Any, Callable, Mapping

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from .. import layout
from ..layout import page
from .context import PrintContext, fill
from .fonts import REGULAR
from .markup import escape, printable
from .styles import FRAME_WIDTH, GRID, GRID_WIDTH, column_widths
from .tables import fixed_table, grid, label_values
from .tree import task_tables, tree_table

Block = Mapping[str, Any]

# Layout tables hold Paragraphs, but reportlab sets each cell's own font (Helvetica by
# default) before drawing it: name ours so no unembedded font enters the PDF.
_FONT = [("FONT", (0, 0), (-1, -1), REGULAR, 9)]


def _plain(text: str) -> str:
    """Plain wording (from grantdesk.layout) as paragraph markup."""
    return escape(printable(text))


def contract_line(ctx: PrintContext, block: Block) -> list[Flowable]:
    """The definition's contract lines, top right, with the contract's date and number."""
    lines = [ctx.value(line) for line in layout.contract_lines(ctx.words, block)]
    # splitInRow: a contract date or number typed pages long splits instead of failing the print
    table = Table([[Paragraph(line, ctx.styles.contract)] for line in lines], colWidths=[page.CONTRACT_WIDTH_MM * mm], hAlign="RIGHT",
                  splitInRow=1)
    table.setStyle(_FONT + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])
    return [table]


def title(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.say(ctx.form.title)}</b>", ctx.styles.title)]


def numbered_fields(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{_plain(item.lead)}</b> {ctx.value(item.value)}", ctx.styles.numbered)
            for item in layout.numbered_items(ctx.words, block)]


def heading(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<b>{ctx.say(block['text'])}</b>", ctx.styles.heading)]


def instruction(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(f"<i>{ctx.say(block['text'])}</i>", ctx.styles.instruction)]


def paragraph(ctx: PrintContext, block: Block) -> list[Flowable]:
    return [ctx.para(ctx.say(block["text"]), ctx.styles.lead)]


def narrative(ctx: PrintContext, block: Block) -> list[Flowable]:
    """Per task its heading, then each activity's text (layout.narrative)."""
    out: list[Flowable] = []
    for line in layout.narrative(ctx.words, block):
        lead = _plain(line.lead)
        if line.level == 0:
            head = ctx.value(line.text)
            out.append(ctx.para(f"<b>{lead} {head}</b>" if lead else f"<b>{head}</b>", ctx.styles.task))
        else:
            out.append(ctx.para(f"<b>{lead}</b> {ctx.value(line.text)}" if lead else ctx.value(line.text)))
    return out


def field(ctx: PrintContext, block: Block) -> list[Flowable]:
    """A labelled text: label (bold) then the text; `style: bullet` runs them together."""
    text = layout.field(ctx.words, block)
    value = ctx.value(text.value)
    if text.bullet:
        return [ctx.para(f"- <i>{_plain(text.label)}</i> {value}", ctx.styles.bullet)]
    out: list[Flowable] = [ctx.para(f"<b>{_plain(text.label)}</b>", ctx.styles.heading)]
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
    text = layout.closing(ctx.words, block)
    # Position, signature and name each on their own rule, as blanks to sign over.
    signature = Table(
        [[Paragraph(ctx.value(text.position), s.body), "", "", "", Paragraph(ctx.value(text.name), s.body)],
         [Paragraph(f"<i>{_plain(text.caption)}</i>", s.small), "", "", "", ""]],
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
        PageCountLine(ctx, _plain(text.pages)),
        Spacer(1, 6 * mm),
        ctx.para(f"<b>{_plain(text.grantee)}</b>", s.closing),
        signature,
        Spacer(1, 4 * mm),
        ctx.para(ctx.value(text.date), s.closing),
        Spacer(1, 2 * mm),
        ctx.para(_plain(text.stamp), s.closing),
    ]
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
}
