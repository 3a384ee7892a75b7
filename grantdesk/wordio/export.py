"""A document as a Word file in its official layout: the same `print:` blocks as the PDF,
the same texts (grantdesk.layout), laid out by Word itself.

Word decides the pages, so what depends on them is a field Word (or LibreOffice) fills
in: the page number and count in the footer and the closing line's page count (NUMPAGES).
Header rows are marked to repeat on every page; the activity table's merged cells are
real merged cells.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any, Callable, Mapping

from docx import Document as new_docx
from docx.document import Document as Docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table

from .. import layout
from ..document import Document, Row
from ..forms import FormDef, ensure_derived_from
from ..layout import Wording, page
from .docx_parts import (
    CELL_PAD_PT, FONT, add_template, add_text, borders, centre, clean, grid_borders, keep_rows_whole,
    no_borders, repeat_as_header, set_fonts, shade, tight_cells,
)

Block = Mapping[str, Any]

BODY_SIZE = 11
TABLE_SIZE = 8
HEADER_MIN_SIZE = 5.5
HEADER_FILL = "EBEBEB"
_DRAFT = RGBColor(0xB0, 0x1A, 0x1A)
_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
_FRAME_MM = page.PAGE_WIDTH_MM - page.MARGIN_LEFT_MM - page.MARGIN_RIGHT_MM


class _Out:
    """The Word document being written and the texts' source."""

    def __init__(self, doc: Document, lang: str, printed: FormDef | None = None):
        self.words = Wording(doc, lang, layout.chrome(lang), printed)
        self.lang = lang
        self.docx: Docx = new_docx()
        self._ids: dict[str, str] = {}  # style name -> id: setting a style by name is slow in python-docx
        self._styles()
        self._page()

    # ---- set-up --------------------------------------------------------------------

    def _style(self, name: str, size: float, bold: bool = False, italic: bool = False,
               align=WD_ALIGN_PARAGRAPH.LEFT, before: float = 0, after: float = 0, keep: bool = False):
        style = self.docx.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.docx.styles["Normal"]
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.space_before = Pt(before)
        fmt.space_after = Pt(after)
        fmt.keep_with_next = keep
        self._ids[name] = style.style_id
        return style

    def _styles(self) -> None:
        normal = self.docx.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(BODY_SIZE)
        set_fonts(normal.element.get_or_add_rPr(), self.lang)
        fmt = normal.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(4)
        fmt.line_spacing = 1.0
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        self._ids["Normal"] = normal.style_id
        self._style("GD Title", 12, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, before=12, after=12)
        self._style("GD Contract", 9, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._style("GD Heading", BODY_SIZE, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=8, after=4, keep=True)
        self._style("GD Lead", BODY_SIZE, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=8, after=4, keep=True)
        self._style("GD Task", BODY_SIZE, bold=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, before=6, after=4, keep=True)
        self._style("GD Caption", BODY_SIZE, bold=True, before=8, after=3, keep=True)
        self._style("GD Note", 10, italic=True, align=WD_ALIGN_PARAGRAPH.JUSTIFY, after=4, keep=True)
        self._style("GD Cell", TABLE_SIZE)
        self._style("GD Header", TABLE_SIZE, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        self._style("GD Text Cell", 10)
        self._style("GD Closing", BODY_SIZE, after=2, keep=True)
        self._style("GD Small", 8, italic=True, keep=True)
        self._style("GD Footer", 8, align=WD_ALIGN_PARAGRAPH.CENTER)

    def _page(self) -> None:
        section = self.docx.sections[0]
        section.page_width, section.page_height = Mm(page.PAGE_WIDTH_MM), Mm(page.PAGE_HEIGHT_MM)
        section.left_margin, section.right_margin = Mm(page.MARGIN_LEFT_MM), Mm(page.MARGIN_RIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(page.MARGIN_TOP_MM), Mm(page.MARGIN_BOTTOM_MM)
        section.header_distance = Mm(6)
        section.footer_distance = Mm(6)
        footer = section.footer.paragraphs[0]
        footer._p.style = self._ids["GD Footer"]
        add_template(footer, self.words.chrome.page_number, _FIELDS)

    def draft(self) -> None:
        """Every page says it is a draft, and why, at its top."""
        head = self.docx.sections[0].header.paragraphs[0]
        centre(head)
        add_text(head, self.words.chrome.draft_note, bold=True, size=10, colour=_DRAFT)

    # ---- writing -------------------------------------------------------------------

    def para(self, style: str):
        p = self.docx.add_paragraph()
        p._p.style = self._ids[style]
        return p

    def table(self, weights: list[float], total_mm: float = _FRAME_MM) -> Table:
        table = self.docx.add_table(rows=0, cols=len(weights))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        tight_cells(table)
        s = float(sum(weights)) or 1.0
        for col, w in zip(table.columns, weights):
            col.width = Mm(total_mm * w / s)
        return table

    def row(self, table: Table, texts: list[str | None], style: str = "GD Cell", bold_first: bool = False):
        """A row of plain texts; None leaves a cell empty."""
        cells = table.add_row().cells
        style_id = self._ids[style]
        for i, (c, text) in enumerate(zip(cells, texts)):
            p = c.paragraphs[0]
            p._p.style = style_id
            if text:
                add_text(p, text, bold=bold_first and i == 0)
        return cells

    def header_row(self, table: Table, texts: list[str]) -> None:
        """A shaded header row; each cell's words shrink until its longest fits the column."""
        cells = self.row(table, texts, style="GD Header")
        for c, text in zip(cells, texts):
            shade(c, HEADER_FILL)
            c.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            self.fit_header(c, text)

    def fit_header(self, cell, text: str) -> None:
        size = header_size(text, cell.width.pt if cell.width is not None else 1000.0)
        for run in cell.paragraphs[0].runs:
            if size < TABLE_SIZE:
                run.font.size = Pt(size)

    def after_table(self) -> None:
        # Word runs two consecutive tables together; a small paragraph keeps them apart.
        p = self.para("GD Cell")
        p.paragraph_format.space_after = Pt(4)


def header_size(text: str, column_pt: float) -> float:
    """The header font size at which the longest word fits its column, so narrow columns
    (Kazakh words are long) shrink their heading rather than break a word mid-way. Word
    measures the text itself; a bold Times letter is taken as 0.56 of the size, which
    holds for Cyrillic lower case."""
    avail = column_pt - 2 * CELL_PAD_PT - 0.5
    longest = max((len(w) for w in text.split()), default=0)
    if longest * 0.56 * TABLE_SIZE <= avail:
        return TABLE_SIZE
    return max(HEADER_MIN_SIZE, round(avail / (longest * 0.56) - 0.05, 1))


# ---- block kinds ------------------------------------------------------------------------


SUB_ROW_INDENT_MM = 4  # a fixed table's sub-row label under its parent's


def contract_line(out: _Out, block: Block) -> None:
    indent = Mm(_FRAME_MM - page.CONTRACT_WIDTH_MM)
    for line in layout.contract_lines(out.words, block):
        p = out.para("GD Contract")
        p.paragraph_format.left_indent = indent
        add_text(p, layout.plain(line))


def title(out: _Out, block: Block) -> None:
    add_text(out.para("GD Title"), layout.title(out.words))


def numbered_fields(out: _Out, block: Block) -> None:
    for item in layout.numbered_items(out.words, block):
        p = out.para("Normal")
        p.paragraph_format.space_after = Pt(3)
        add_text(p, item.lead, bold=True)
        if item.value:
            add_text(p, " " + item.value)


def heading(out: _Out, block: Block) -> None:
    add_text(out.para("GD Heading"), out.words.word(block["text"]))


def _guidance(out: _Out, lines: list[str]) -> None:
    """Guidance in italics, its lines kept (one paragraph, a line break between)."""
    p = out.para("Normal")
    p.paragraph_format.space_after = Pt(8)
    for i, line in enumerate(lines):
        if i:
            p.add_run().add_break()
        add_text(p, line, italic=True)


def instruction(out: _Out, block: Block) -> None:
    _guidance(out, layout.instruction(out.words, block))


def paragraph(out: _Out, block: Block) -> None:
    add_text(out.para("GD Lead"), out.words.word(block["text"]))


def narrative(out: _Out, block: Block) -> None:
    for line in layout.narrative(out.words, block):
        if line.level == 0:
            add_text(out.para("GD Task"), f"{line.lead} {line.text}" if line.lead else line.text)
            continue
        p = out.para("Normal")
        if line.lead:
            add_text(p, line.lead, bold=True)
            add_text(p, " ")
        add_text(p, line.text)


def field(out: _Out, block: Block) -> None:
    text = layout.field(out.words, block)
    if text.bullet:
        p = out.para("Normal")
        p.paragraph_format.left_indent = Mm(3)
        p.paragraph_format.first_line_indent = Mm(-3)
        add_text(p, "- ")
        add_text(p, text.label, italic=True)
        if text.value:
            add_text(p, " " + text.value)
        return
    if text.style == "inline":
        p = out.para("Normal")
        p.paragraph_format.space_after = Pt(3)
        add_text(p, text.label, bold=True)
        if text.value:
            add_text(p, " " + text.value)
        return
    add_text(out.para("GD Heading"), text.label)
    if text.help:
        _guidance(out, text.help)
    if text.value:
        add_text(out.para("Normal"), text.value)


def _caption(out: _Out, text: layout.TableText) -> None:
    if text.caption:
        add_text(out.para("GD Caption"), text.caption)
    if text.note:
        add_text(out.para("GD Note"), text.note)


def _plain_table(out: _Out, text: layout.TableText) -> None:
    _caption(out, text)
    table = out.table(text.weights)
    grid_borders(table)
    out.header_row(table, text.header)
    for i, row in enumerate(text.rows):
        cells = out.row(table, row)
        if i in text.sub_rows:  # «оның ішінде»: indented under its parent's label
            cells[1].paragraphs[0].paragraph_format.left_indent = Mm(SUB_ROW_INDENT_MM)
    repeat_as_header(table, 1)
    out.after_table()


def label_values(out: _Out, block: Block) -> None:
    text = layout.label_values(out.words, block)
    table = out.table(text.weights)
    grid_borders(table)
    for row in text.rows:
        out.row(table, row, style="GD Text Cell", bold_first=True)
    out.after_table()


def fixed_table(out: _Out, block: Block) -> None:
    _plain_table(out, layout.fixed_table(out.words, block))


def grid(out: _Out, block: Block) -> None:
    _plain_table(out, layout.grid(out.words, block))


def tree_table(out: _Out, block: Block, rows: list[Row] | None = None, standard: bool = False) -> None:
    """The activity table with the paper form's merged cells: a row per indicator, the
    activity's cells merged down its indicators and the task's down all its activities.
    `rows`: one parent's rows of a child table (task_tables); `standard`: the columns as a
    standard block's rows name them."""
    w = out.words
    root = w.form.table(block["table"])
    leaves, groups, chain = layout.tree_columns(root, block)
    weights = layout.weights(layout.tree_bounds(block, leaves))
    line_chain, stacked = (chain[:-1], chain[-1]) if chain else ([], None)
    line_depth = len(line_chain)

    table = out.table(weights)
    grid_borders(table)
    labels, group_labels = layout.tree_header(w, leaves, groups, standard)
    head_rows = 2 if groups else 1
    for _ in range(head_rows):
        out.header_row(table, labels if head_rows == 1 else [""] * len(leaves))
    if groups:
        grouped = {i for _, first, last in groups for i in range(first, last + 1)}
        for i, label in enumerate(labels):
            c = table.cell(1, i) if i in grouped else table.cell(0, i).merge(table.cell(1, i))
            add_text(c.paragraphs[0], label)
            out.fit_header(c, label)
        for label, first, last in group_labels:
            c = table.cell(0, first).merge(table.cell(0, last))
            add_text(c.paragraphs[0], label)
            out.fit_header(c, label)

    # The body as a grid of texts; None continues the merged cell above it.
    grid_rows: list[list[str | None]] = []
    previous: tuple[Row | None, ...] = (None,) * (line_depth + 1)
    for line in layout.tree_lines(w.doc.siblings(root.path) if rows is None else rows, 0, line_chain):
        parent = line[line_depth]
        kids = parent.children.get(stacked, []) if stacked is not None and parent is not None else []
        for k in range(max(1, len(kids))):
            cells: list[str | None] = []
            for lf in leaves:
                if lf.depth > line_depth:
                    cells.append(layout.leaf_span(w, lf, kids[k]).text if kids else "")
                    continue
                row = line[lf.depth]
                same = k > 0 or (row is not None and row is previous[lf.depth])
                cells.append(None if same else (layout.leaf_span(w, lf, row).text if row is not None else ""))
            grid_rows.append(cells)
        previous = line

    for n, texts in enumerate(grid_rows):
        cells = out.row(table, [t or "" for t in texts])
        for i, text in enumerate(texts):
            below = grid_rows[n + 1][i] if n + 1 < len(grid_rows) else ""
            if text is None:
                cells[i]._tc.vMerge = "continue"
            elif below is None:
                cells[i]._tc.vMerge = "restart"
    repeat_as_header(table, head_rows)
    out.after_table()


def task_tables(out: _Out, block: Block) -> None:
    """The plan's monitoring table: per task its heading, then its own numbered table."""
    for part in layout.task_parts(out.words, block):
        add_text(out.para("GD Task"), layout.plain(part.heading))
        tree_table(out, part.block, rows=part.rows, standard=part.standard)


def closing(out: _Out, block: Block) -> None:
    """Page count (a NUMPAGES field), grantee, position / signature line / name with the
    caption, date, stamp; kept on one page."""
    text = layout.closing(out.words, block)
    p = out.para("GD Closing")
    p.paragraph_format.space_before = Pt(18)
    add_template(p, text.pages, _FIELDS)
    p.paragraph_format.space_after = Pt(14)
    add_text(out.para("GD Closing"), text.grantee, bold=True)
    sign = out.table([36, 4, 26, 4, 30], total_mm=_FRAME_MM * 0.9)
    sign.alignment = WD_TABLE_ALIGNMENT.LEFT
    no_borders(sign)
    top = out.row(sign, [text.position, "", "", "", text.name], style="GD Closing")
    for i in (0, 2, 4):
        borders(top[i], bottom=True)
        top[i].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
    caption = out.row(sign, [text.caption, "", "", "", ""], style="GD Small")
    caption[0].merge(caption[4])
    keep_rows_whole(sign)
    p = out.para("GD Closing")
    p.paragraph_format.space_before = Pt(10)
    add_text(p, layout.plain(text.date))
    p = out.para("GD Closing")
    p.paragraph_format.space_before = Pt(6)
    add_text(p, text.stamp)
    if text.acknowledged:
        p = out.para("GD Closing")
        p.paragraph_format.space_before = Pt(10)
        add_text(p, text.acknowledged)
    p.paragraph_format.keep_with_next = False


def activity_summary(out: _Out, block: Block) -> None:
    """OP4's retelling: a line per task, activity and indicator, from the definition's wording."""
    for line in layout.activity_summary(out.words, block):
        if line.style == "task":
            add_text(out.para("GD Task"), line.text)
            continue
        p = out.para("Normal")
        if line.style == "bullet":
            p.paragraph_format.left_indent = Mm(3)
        add_text(p, line.text)


def fixed_sentence(out: _Out, block: Block) -> None:
    add_text(out.para("GD Lead"), layout.plain(layout.fixed_sentence(out.words, block)))


BLOCKS: dict[str, Callable[[_Out, Block], None]] = {
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


def export_docx(doc: Document, lang: str | None = None, draft: bool = False,
                footer_code: tuple[str, bytes] | None = None) -> bytes:
    """`doc` as a .docx in `lang` (default: the document's language); `draft` marks every
    page; `footer_code` (a line, a PNG) is the page code its footer carries. Raises
    ValueError for an unknown language or print block kind (a definition error); never
    for what users typed."""
    return _export(doc.form, doc, lang, draft, footer_code)


def export_derived_docx(form: FormDef, source: Document, lang: str | None = None, draft: bool = False) -> bytes:
    """A derived definition (OP4) over its source report as a .docx, as render_derived
    prints it: its own title and wording, the source's values, stored nowhere."""
    ensure_derived_from(form, source)
    return _export(form, source, lang, draft)


def _footer_code(out: _Out, footer_code: tuple[str, bytes] | None) -> None:
    """The page code of a Word file: its identity, edition and content hash as a line and
    a small QR image (printing/page_code.png) in the footer, after the page number; Word
    numbers the pages itself, so the code carries no page number."""
    if footer_code is None:
        return
    line, png = footer_code
    footer = out.docx.sections[0].footer
    p = footer.add_paragraph()
    p._p.style = out._ids["GD Footer"]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run().add_picture(BytesIO(png), width=Mm(12))
    add_text(p, " " + line, size=6)


def export_compiled_docx(text: Any, entries, lang: str) -> bytes:
    """The operator's compiled Annex 4 as one .docx: the list of projects, each entry (a
    derived definition over its source report, as export_derived_docx writes it) from a
    new page, then the files left out. `text` is printing.compiled.CompiledText; `entries`
    is consumed one at a time (python-docx keeps the document itself in memory)."""
    out = _Out(None, lang)
    body = out.docx.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    add_text(out.para("GD Title"), text.title)
    if text.period:
        add_text(out.para("GD Title"), text.period)

    def listing(heading: str, columns, rows, weights) -> None:
        add_text(out.para("GD Heading"), heading)
        if not rows:
            add_text(out.para("Normal"), text.none)
            return
        table = out.table(list(weights))
        out.header_row(table, list(columns))
        for row in rows:
            out.row(table, list(row))
        out.after_table()

    listing(text.projects_heading, text.columns, text.projects, (1, 7, 9, 4))
    for form, source in entries:
        ensure_derived_from(form, source)
        out.docx.add_page_break()
        out.words = Wording(source, lang, layout.chrome(lang), form)
        for block in layout.printed_blocks(form, source):
            BLOCKS[block["block"]](out, block)
    out.docx.add_page_break()
    listing(text.skipped_heading, text.skipped_columns, text.skipped, (1, 9, 10))
    buf = BytesIO()
    out.docx.save(buf)
    return buf.getvalue()


def _export(form: FormDef, doc: Document, lang: str | None, draft: bool,
            footer_code: tuple[str, bytes] | None = None) -> bytes:
    lang = layout.print_language(doc, lang)
    out = _Out(doc, lang, None if form is doc.form else form)
    if draft:
        out.draft()
    _footer_code(out, footer_code)
    props = out.docx.core_properties
    props.title = clean(layout.title(out.words))
    props.author = clean(layout.author(out.words))
    props.last_modified_by = ""
    props.comments = ""
    props.revision = 1
    body = out.docx.element.body
    for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
        body.remove(p)
    for block in layout.printed_blocks(form, doc):
        BLOCKS[block["block"]](out, block)
    buf = BytesIO()
    out.docx.save(buf)
    return buf.getvalue()
