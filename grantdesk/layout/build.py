"""A definition's `print:` blocks over a document → the print model (model.py). Pure.

BLOCKS is the one registry of print block kinds: each takes (Builder, block) and returns
nodes. The texts come from content.py, tree.py and derived.py; here they get their look
(bold, italic, style), their widths and their line preparation, once for both formats.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from ..document import Document, Row
from ..forms import FormDef
from . import content, derived, styles as st
from .breaking import Fit, fit_text
from .chrome import chrome
from .columns import Bound
from .limits import check_page_limit
from .metrics import BOLD, REGULAR
from .model import (
    COVERED, Cell, DraftMark, Footer, KeepTogether, Node, PageCode, Para, Printout, Run, Spacer, Table,
)
from .spans import Span
from .text import prepared, printable
from .tree import NUMBER_COLUMN, Leaf, leaf_span, task_parts, tree_bounds, tree_columns, tree_header, tree_lines
from .widths import Layout, fit_columns, head_word, measure
from .words import Wording

Block = Mapping[str, Any]
MM = st.MM
SUB_ROW_INDENT = 12 - st.CELL_PAD  # a fixed table's sub-row label under its parent's
# Where a page count stands in wording: the writers put the real count in.
_PAGES = "{pages}"


@dataclass(frozen=True)
class Builder(Wording):
    """Wording, with the line preparation of the model."""

    def fit(self, style: str, typed: bool = True, width: float = st.FRAME_WIDTH) -> Fit:
        s = st.style(style)
        return Fit(REGULAR, s.size, st.line_width(s, width), self.doc.lang if typed else self.lang)

    def cell_fit(self, width: float, typed: bool, font: str = REGULAR, size: float = st.TABLE_SIZE) -> Fit:
        """The lines of a cell `width` wide (its padding off)."""
        return Fit(font, size, width - 2 * st.CELL_PAD - 0.25, self.doc.lang if typed else self.lang)

    def say(self, text) -> str:
        """Wording (a definition's Text, or a text worked out already), printable."""
        return printable(text if isinstance(text, str) else self.word(text))

    def runs(self, spans: Iterable[Span] | str, fit: Fit | None = None, bold: bool = False,
             italic: bool = False) -> tuple[Run, ...]:
        """Wording printed as it is; typed parts prepared for `fit`'s lines."""
        if isinstance(spans, str):
            spans = (Span(spans),)
        out = []
        for s in spans:
            text = prepared(s.text, fit) if s.typed else printable(s.text)
            if text:
                out.append(Run(text, bold=bold, italic=italic, typed=s.typed))
        return tuple(out)

    def typed(self, text: str | None, fit: Fit | None) -> tuple[Run, ...]:
        clean = prepared(text, fit)
        return (Run(clean, typed=True),) if clean else ()


def _para(runs: Sequence[Run], style: str = "body", **kw) -> Para:
    return Para(tuple(runs), style, **kw)


def _with_pages(b: Builder, template: str, style: str) -> Para:
    """Wording with `{pages}`: the page count as a field."""
    text = printable(template)
    before, found, after = text.partition(_PAGES)
    runs = [Run(before)] if before else []
    if found:
        runs.append(Run("", field="pages"))
    if after:
        runs.append(Run(after))
    return _para(runs, style)


# ---- text blocks ------------------------------------------------------------------------


def contract_line(b: Builder, block: Block) -> list[Node]:
    """The contract lines, top right, with the contract's date (in words) and number."""
    fit = Fit(REGULAR, st.style("contract").size, st.CONTRACT_WIDTH - 0.25, b.doc.lang)
    lines = content.contract_lines(b, block)
    if not lines:
        return []  # a derived definition belongs to no contract
    body = tuple((Cell((_para(b.runs(line, fit), "contract"),)),) for line in lines)
    return [Table((st.CONTRACT_WIDTH,), (), body, ruled=False, align="right", space_before=0, space_after=0, pad=0)]


def title(b: Builder, block: Block) -> list[Node]:
    return [_para((Run(b.say(content.title(b)), bold=True),), "title")]


def numbered_fields(b: Builder, block: Block) -> list[Node]:
    """`1. label:` in bold, then the values."""
    fit = b.fit("numbered")
    return [_para((Run(printable(item.lead), bold=True), Run(" ")) + b.runs(item.parts, fit), "numbered")
            for item in content.numbered_items(b, block)]


def heading(b: Builder, block: Block) -> list[Node]:
    return [_para((Run(b.say(block["text"]), bold=True),), "heading")]


def _guidance(lines: list[str]) -> Para:
    """Guidance in italics, its lines kept."""
    return _para((Run("\n".join(printable(line) for line in lines), italic=True),), "instruction")


def instruction(b: Builder, block: Block) -> list[Node]:
    return [_guidance(content.instruction(b, block))]


def paragraph(b: Builder, block: Block) -> list[Node]:
    return [_para((Run(b.say(block["text"])),), "lead")]


def narrative(b: Builder, block: Block) -> list[Node]:
    """A task's line all bold, in the task style; an activity's text with its lead bold."""
    fit = b.fit("body")
    out: list[Node] = []
    for line in content.narrative(b, block):
        lead = printable(line.lead)
        if line.level == 0:
            head = (Run(f"{lead} ", bold=True),) if lead else ()
            out.append(_para(head + b.runs([Span(line.text, line.typed)], bold=True), "task"))
        else:
            head = (Run(lead, bold=True), Run(" ")) if lead else ()
            out.append(_para(head + b.typed(line.text, fit)))
    return out


def field(b: Builder, block: Block) -> list[Node]:
    """A labelled text: label (bold) then the text; `style: bullet` runs them together
    with the label in italics, `style: inline` with the label bold."""
    text = content.field(b, block)
    label = printable(text.label)
    if text.bullet:
        return [_para((Run("- "), Run(label, italic=True), Run(" ")) + b.typed(text.value, b.fit("bullet")), "bullet")]
    if text.style == "inline":
        return [_para((Run(label, bold=True), Run(" ")) + b.typed(text.value, b.fit("numbered")), "numbered")]
    out: list[Node] = [_para((Run(label, bold=True),), "heading")]
    if text.help:  # the form prints its guidance between the label and the text
        out.append(_guidance(text.help))
    value = b.typed(text.value, b.fit("body"))
    if value:
        out.append(_para(value))
    return out


# The signature block: position, signature and name each on their own rule.
SIGNATURE_WEIGHTS = (36, 4, 26, 4, 30)
SIGNATURE_SHARE = 0.9  # of the frame's width


def closing(b: Builder, block: Block) -> list[Node]:
    """Page count, grantee, position / signature line / name with the caption, date,
    stamp: kept on one page."""
    text = content.closing(b, block)
    widths = tuple(st.column_widths(SIGNATURE_WEIGHTS, st.FRAME_WIDTH * SIGNATURE_SHARE))

    def signed(value: str, width: float) -> Cell:
        fit = Fit(REGULAR, st.BODY_SIZE, width - 0.25, b.doc.lang)
        return Cell((_para(b.typed(value, fit), "closing", after=0),), rule_below=True, valign="bottom")

    signature = Table(
        widths, (),
        ((signed(text.position, widths[0]), Cell(), Cell(rule_below=True, valign="bottom"), Cell(),
          signed(text.name, widths[4])),
         (Cell((_para((Run(printable(text.caption), italic=True),), "small"),), cols=5),
          COVERED, COVERED, COVERED, COVERED)),
        ruled=False, align="left", space_before=0, space_after=0, pad=0,
    )
    parts: list[Node] = [
        _with_pages(b, text.pages, "closing"),
        Spacer(6 * MM),
        _para((Run(printable(text.grantee), bold=True),), "closing"),
        signature,
        Spacer(4 * MM),
        _para(b.runs(text.date, b.fit("closing")), "closing"),
        Spacer(2 * MM),
        _para((Run(printable(text.stamp)),), "closing"),
    ]
    if text.acknowledged:
        parts += [Spacer(4 * MM), _para((Run(printable(text.acknowledged)),), "closing")]
    return [Spacer(6 * MM), KeepTogether(tuple(parts))]


def activity_summary(b: Builder, block: Block) -> list[Node]:
    """OP4's retelling: a `bold` level's lines bold in the task style, a `bullet` level's
    indented as list items."""
    return [_para(b.runs(line.spans, bold=line.style == "task"), line.style)
            for line in derived.activity_summary(b, block)]


def fixed_sentence(b: Builder, block: Block) -> list[Node]:
    return [_para(b.runs(derived.fixed_sentence(b, block)), "lead")]


# ---- tables -----------------------------------------------------------------------------


def table_widths(limits: Sequence[Bound], heads: Sequence[str], cells: Sequence[Sequence[str | None]],
                 total: float = st.FRAME_WIDTH, size: float = st.TABLE_SIZE,
                 fonts: Sequence[str] | None = None, groups: Sequence[tuple[str, int, int]] = ()) -> Layout:
    """Column widths from the headings and every cell's text of each column, within the
    bounds of the block's `widths` (widths.py); `groups` are headings over columns."""
    fonts = fonts or [REGULAR] * len(heads)
    columns = [measure(h, BOLD, (printable(t) for t in texts), f, size) for h, texts, f in zip(heads, cells, fonts)]
    spans = [(first, last, head_word(h, BOLD, size)) for h, first, last in groups]
    return fit_columns(columns, limits, total, spans)


def _cell(b: Builder, text: str | None, typed: bool, width: float, style: str = "cell",
          bold: bool = False, indent: float = 0.0) -> Cell:
    s = st.style(style)
    font = BOLD if bold else REGULAR
    clean = prepared(text, b.cell_fit(width, typed, font, s.size))
    if not clean:
        return Cell()
    return Cell((_para((Run(clean, bold=bold, typed=typed),), style, indent=indent),))


def _head(b: Builder, text: str, width: float, scale: float, **kw) -> Cell:
    """A bold header cell at the table's one header size, wrapping between words."""
    size = st.TABLE_SIZE * scale
    fitted = fit_text(printable(text), b.cell_fit(width, False, BOLD, size))
    runs = (Run(fitted, bold=True),) if fitted else ()
    return Cell((_para(runs, "header", size=size if scale != 1 else None),), valign="middle", **kw)


def _columns(text: content.TableText) -> list[list[str]]:
    return [text.column(i) for i in range(len(text.typed))]


def _plain_table(b: Builder, text: content.TableText) -> list[Node]:
    """Caption, note and a table with one shaded header row; sub-rows stand indented."""
    out: list[Node] = []
    if text.caption:
        out.append(_para((Run(b.say(text.caption), bold=True),), "caption"))
    if text.note:
        out.append(_para((Run(b.say(text.note), italic=True),), "note"))
    sized = table_widths(text.widths, text.header, _columns(text))
    widths = sized.widths
    header = (tuple(_head(b, h, w, sized.head_scale) for h, w in zip(text.header, widths)),)
    body = tuple(
        tuple(_cell(b, t, typed, w, indent=SUB_ROW_INDENT if (n in text.sub_rows and i == 1) else 0.0)
              for i, (t, typed, w) in enumerate(zip(row, text.typed, widths)))
        for n, row in enumerate(text.rows)
    )
    return out + [Table(tuple(widths), header, body)]


def label_values(b: Builder, block: Block) -> list[Node]:
    """Label | value rows in a two-column table; the labels bold."""
    text = content.label_values(b, block)
    size = st.style("text_cell").size
    widths = table_widths(text.widths, ["", ""], _columns(text), size=size, fonts=[BOLD, REGULAR]).widths
    body = tuple((_cell(b, row[0], text.typed[0], widths[0], "text_cell", bold=True),
                  _cell(b, row[1], text.typed[1], widths[1], "text_cell")) for row in text.rows)
    return [Table(tuple(widths), (), body)]


def fixed_table(b: Builder, block: Block) -> list[Node]:
    return _plain_table(b, content.fixed_table(b, block))


def grid(b: Builder, block: Block) -> list[Node]:
    return _plain_table(b, content.grid(b, block))


@dataclass(frozen=True)
class TreeTable(Table):
    """A table of a tree of rows (tasks → activities → indicators): `levels` gives each
    column's depth in the tree. A column's cell is merged down over the rows of its row's
    descendants, as the paper form draws it; the deepest level has a row each."""

    levels: tuple[int, ...] = ()


def _rows_at(rows: list[Row], depth: int, chain: list[str]) -> Iterator[Row]:
    """Every row of the chain's level `depth` (0: the table's own rows)."""
    for row in rows:
        if depth == 0:
            yield row
        else:
            yield from _rows_at(row.children.get(chain[0], []), depth - 1, chain[1:])


def tree_table(b: Builder, block: Block, rows: list[Row] | None = None, standard: bool = False,
               all_rows: list[Row] | None = None) -> list[Node]:
    """The activity table: a row per indicator, the activity's cells merged down its
    indicators and the task's down its activities. `rows`: one parent's rows of a child
    table (task_tables), sized over `all_rows` so the tables of one block share their
    widths; `standard`: the columns as a standard block's rows name them."""
    root = b.form.table(block["table"])
    leaves, groups, chain = tree_columns(root, block)
    if rows is None:
        rows = b.doc.siblings(root.path)
    measured = all_rows if all_rows is not None else rows
    cells = [["" if lf.column is NUMBER_COLUMN else leaf_span(b, lf, r).text
              for r in _rows_at(measured, lf.depth, chain)] for lf in leaves]
    heads, group_heads = tree_header(b, leaves, groups)
    sized = table_widths(tree_bounds(block, leaves), heads, cells, groups=group_heads)
    widths, scale = sized.widths, sized.head_scale
    line_chain, stacked = (chain[:-1], chain[-1]) if chain else ([], None)
    line_depth = len(line_chain)
    inner = [i for i, lf in enumerate(leaves) if lf.depth > line_depth]
    if inner and inner != list(range(inner[0], inner[-1] + 1)):
        raise ValueError(f"tree_table {root.id}: the columns of {'.'.join(chain)} must stand side by side")

    texts, group_texts = tree_header(b, leaves, groups, standard)
    if group_texts:
        grouped = {i: (label, first, last) for label, first, last in group_texts for i in range(first, last + 1)}
        top: list = []
        under: list = []
        for i, text in enumerate(texts):
            g = grouped.get(i)
            if g is None:
                top.append(_head(b, text, widths[i], scale, rows=2))
                under.append(COVERED)
                continue
            label, first, last = g
            top.append(_head(b, label, sum(widths[first:last + 1]), scale, cols=last - first + 1)
                       if i == first else COVERED)
            under.append(_head(b, text, widths[i], scale))
        header = (tuple(top), tuple(under))
    else:
        header = (tuple(_head(b, t, w, scale) for t, w in zip(texts, widths)),)

    # Every line (a row of the level above the deepest, with its ancestors) and how many
    # rows of the deepest level it holds; then each cell spans its row's lines.
    lines = list(tree_lines(rows, 0, line_chain))
    heights = []
    for line in lines:
        parent = line[line_depth]
        kids = parent.children.get(stacked, []) if stacked is not None and parent is not None else []
        heights.append((kids, max(1, len(kids))))
    body: list[list] = []
    for n, line in enumerate(lines):
        kids, height = heights[n]
        block_rows = [[COVERED] * len(leaves) for _ in range(height)]
        for i, lf in enumerate(leaves):
            if lf.depth > line_depth:
                for k in range(height):
                    block_rows[k][i] = _cell(b, *_leaf(b, lf, kids[k]), widths[i]) if kids else Cell()
                continue
            row = line[lf.depth]
            if n > 0 and row is not None and row is lines[n - 1][lf.depth]:
                continue  # merged into the cell above
            span = height
            m = n + 1
            while row is not None and m < len(lines) and lines[m][lf.depth] is row:
                span += heights[m][1]
                m += 1
            cell = _cell(b, *_leaf(b, lf, row), widths[i]) if row is not None else Cell()
            block_rows[0][i] = Cell(cell.paras, rows=span)
        body.extend(block_rows)
    levels = tuple(lf.depth for lf in leaves)
    return [TreeTable(tuple(widths), header, tuple(tuple(r) for r in body), levels=levels)]


def _leaf(b: Builder, lf: Leaf, row: Row) -> tuple[str, bool]:
    span = leaf_span(b, lf, row)
    return span.text, span.typed


def task_tables(b: Builder, block: Block) -> list[Node]:
    """The plan's monitoring table: per task its heading, then its own numbered table, the
    tables of one block sharing their column widths."""
    parts = task_parts(b, block)
    every = [kid for part in parts for kid in part.rows]
    out: list[Node] = []
    for part in parts:
        out.append(_para(b.runs(part.heading, bold=True), "body"))
        out.extend(tree_table(b, part.block, rows=part.rows, standard=part.standard, all_rows=every))
    return out


BLOCKS: dict[str, Callable[[Builder, Block], list[Node]]] = {
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


def print_tree(form: FormDef, doc: Document, lang: str | None = None, draft: bool = False,
               page_code: PageCode | None = None) -> Printout:
    """The print model of `form`'s blocks over `doc` (the same form, or a derived one such
    as OP4) in `lang` (default: the document's); `draft` marks every page; `page_code`
    fills the footer's page-code slot. Raises ValueError for an unknown language, and
    limits.TooLong (a ValueError) before any work for a document beyond the page limit."""
    frame, nodes = print_stream(form, doc, lang, draft, page_code)
    return replace(frame, body=tuple(nodes))


def print_stream(form: FormDef, doc: Document, lang: str | None = None, draft: bool = False,
                 page_code: PageCode | None = None) -> tuple[Printout, Iterator[Node]]:
    """print_tree's model as the PDF consumes it: the Printout with an empty body, and the
    body's nodes, a block's made only when the one before it has been taken, so a long
    report's model is never all in memory (the PDF lets each node go once it is laid out).
    Raises as print_tree does, before any node is made."""
    check_page_limit(doc)
    lang = content.print_language(doc, lang)
    words = chrome(lang)
    b = Builder(doc, lang, words, None if form is doc.form else form)
    blocks = list(content.printed_blocks(form, doc))
    for block in blocks:
        if block["block"] not in BLOCKS:
            raise ValueError(f"print block kind {block['block']!r} has no renderer")
    frame = Printout(
        title=printable(content.title(b)), author=printable(content.author(b)), lang=lang, typed_lang=doc.lang,
        body=(), footer=Footer(printable(words.page_number), page_code),
        draft=DraftMark(printable(words.draft), printable(words.draft_note)) if draft else None,
    )

    def nodes() -> Iterator[Node]:
        for block in blocks:
            made = BLOCKS[block["block"]](b, block)
            made.reverse()
            while made:  # a node given is held here no longer: the PDF lets it go when written
                yield made.pop()

    return frame, nodes()
