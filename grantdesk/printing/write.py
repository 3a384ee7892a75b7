"""The PDF writer: the print model (grantdesk/layout/model.py) as reportlab flowables.

One writer per node kind (NODES); a Para's runs become markup (markup.py), a Table
becomes a reportlab table (tables.py, tree.py). Nothing here decides wording, widths or
where a word breaks: the model did.
"""

from __future__ import annotations

from typing import Callable, Iterable

from reportlab.platypus import Flowable, KeepTogether as RLKeepTogether, Paragraph, Spacer as RLSpacer

from ..layout.model import KeepTogether, Node, Para, Run, Spacer, Table
from .markup import escape, to_markup
from .paragraphs import Para as PdfPara
from .styles import paragraph_style


def run_markup(run: Run) -> str:
    text = to_markup(run.text, links=run.typed) if run.typed else escape(run.text).replace("\n", "<br/>")
    if run.italic:
        text = f"<i>{text}</i>"
    if run.bold:
        text = f"<b>{text}</b>"
    return text


def markup(runs) -> str:
    return "".join(run_markup(r) for r in runs)


def para_style(p: Para):
    return paragraph_style(p.style, p.size)


def paragraph(p: Para) -> Flowable:
    """A paragraph; one naming the page count is drawn once the count is known."""
    if any(r.field for r in p.runs):
        return PageCountLine(p)
    style = para_style(p)
    if p.indent or p.before is not None or p.after is not None:
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle(f"{style.name}-x", parent=style, leftIndent=style.leftIndent + p.indent,
                               spaceBefore=style.spaceBefore if p.before is None else p.before,
                               spaceAfter=style.spaceAfter if p.after is None else p.after)
    return PdfPara(markup(p.runs), style)


class PageCountLine(Flowable):
    """The line naming the page count. Laid out with a three-digit stand-in (one line
    either way), then drawn in place once the build knows the count (build.CountingCanvas)."""

    STAND_IN = "999"

    def __init__(self, p: Para):
        super().__init__()
        self._p = p
        self._width = 0.0

    def _para(self, pages: str, page: str = "1") -> Paragraph:
        text = "".join(escape({"pages": pages, "page": page}[r.field]) if r.field else run_markup(r) for r in self._p.runs)
        return Paragraph(text, para_style(self._p))

    def wrap(self, avail_width, avail_height):
        self._width = avail_width
        return self._para(self.STAND_IN).wrap(avail_width, avail_height)

    def getSpaceBefore(self):
        return para_style(self._p).spaceBefore

    def getSpaceAfter(self):
        return para_style(self._p).spaceAfter

    def drawOn(self, canvas, x, y, _sW=0):
        x = self._hAlignAdjust(x, _sW)
        matrix = canvas._currentMatrix  # where this is drawn, if inside something translated
        width = self._width

        def draw(c, page: int, pages: int) -> None:
            para = self._para(str(pages), str(page))
            para.wrap(width, 10_000)
            c.saveState()
            c.transform(*matrix)
            para.drawOn(c, x, y)
            c.restoreState()

        canvas.when_counted(draw)


def table(t: Table) -> list[Flowable]:
    from .tables import table_flowables

    return table_flowables(t)


def spacer(s: Spacer) -> list[Flowable]:
    return [RLSpacer(1, s.height)]


def keep_together(k: KeepTogether) -> list[Flowable]:
    return [RLKeepTogether(flowables(k.nodes))]


NODES: dict[type, Callable[[Node], list[Flowable]]] = {
    Para: lambda p: [paragraph(p)],
    Table: table,
    Spacer: spacer,
    KeepTogether: keep_together,
}


def node_flowables(node: Node) -> Iterable[Flowable]:
    """One node's flowables; a tree table's (the activity table, the report's largest
    node) made part by part as they are taken, not all at once."""
    if getattr(node, "levels", ()):
        from .tree import iter_tree_flowables

        return iter_tree_flowables(node)
    # a node kind's subclass (TreeTable) is written by its kind's writer
    writer = NODES.get(type(node)) or next(w for k, w in NODES.items() if isinstance(node, k))
    return writer(node)


def flowables(nodes) -> list[Flowable]:
    out: list[Flowable] = []
    for node in nodes:
        out.extend(node_flowables(node))
    return out


__all__ = ["NODES", "flowables", "markup", "node_flowables", "paragraph"]
