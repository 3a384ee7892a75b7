"""The Word writer: the print model (grantdesk/layout/model.py) as a .docx.

One writer per node kind (NODES). The model decided the wording, the styles, every
column's width (in points: written as twips, 20 to the point, so a Word column is the
PDF's column), the merged cells, the header rows and where a too-long word may break;
Word (or LibreOffice) only sets the lines and the pages, so what depends on the pages is
a field it fills in: the page number and count in the footer, the closing line's count,
the page-code slot's text.

So that Word sets the lines as the PDF does: a date, number or phone holds no-break
spaces; a word cut by the model breaks only at its marks (Word's optional hyphen, a
zero-width space); the document asks for hyphenation (w:autoHyphenation) so a word Word
can hyphenate by its dictionary breaks only there, never mid-letter; a line ending in a
typed line break is not stretched (w:doNotExpandShiftReturn); header rows repeat on
every page and never split (w:tblHeader, w:cantSplit).
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Callable, Iterable

from docx import Document as new_docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from ..document import Document
from ..forms import FormDef, ensure_derived_from
from ..layout import page, styles as st
from ..layout.build import print_tree
from ..layout.model import JOIN, SOFT, Cell, KeepTogether, Node, PageCode, Para, Printout, Run, Spacer, Table
from .docx_parts import FONT, NO_BREAK_STYLE, add_field, clean, set_fonts

_ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
          "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}
_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}
_SLOT = re.compile(r"\{(page|pages)\}")
_PIECES = re.compile(f"(\n|{SOFT}|{JOIN})")
_DRAFT = RGBColor.from_string(st.DRAFT_COLOUR)


def twips(points: float) -> int:
    return round(points * 20)


def _el(tag: str, **attrs) -> OxmlElement:
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


class _Writer:
    def __init__(self, printout: Printout):
        self.printout = printout
        self.docx = new_docx()
        self.ids: dict[str, str] = {}
        self._styles()
        self._settings()
        self._page()
        body = self.docx.element.body
        for p in list(body.iterchildren(qn("w:p"))):  # the template's empty first paragraph
            body.remove(p)
        self.body = body
        self.sect = body.find(qn("w:sectPr"))
        self._keep = False  # inside a KeepTogether

    # ---- set-up --------------------------------------------------------------------

    def _styles(self) -> None:
        normal = self.docx.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(st.BODY_SIZE)
        set_fonts(normal.element.get_or_add_rPr(), self.printout.lang)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(0)
        fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT  # each style says its own; typed text is not stretched
        self.ids["Normal"] = normal.style_id
        for name, s in st.STYLES.items():
            self._style(f"GD {name}", s)
        keep = self.docx.styles.add_style(NO_BREAK_STYLE, WD_STYLE_TYPE.CHARACTER)
        keep.hidden = True

    def _style(self, name: str, s: st.TextStyle) -> str:
        style = self.docx.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.docx.styles["Normal"]
        style.font.size = Pt(s.size)
        fmt = style.paragraph_format
        fmt.alignment = _ALIGN[s.align]
        fmt.space_before, fmt.space_after = Pt(s.before), Pt(s.after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(s.leading)
        fmt.keep_with_next = s.keep_with_next
        if s.indent:
            fmt.left_indent = Pt(s.indent)
        if s.first_indent:
            fmt.first_line_indent = Pt(s.first_indent)
        self.ids[name] = style.style_id
        return style.style_id

    def _style_id(self, p: Para) -> str:
        if p.size is None:
            return self.ids[f"GD {p.style}"]
        name = f"GD {p.style} {p.size:g}"
        if name not in self.ids:
            self._style(name, st.style(p.style).sized(p.size))
        return self.ids[name]

    def _settings(self) -> None:
        settings = self.docx.settings.element
        tab = settings.find(qn("w:defaultTabStop"))
        hyphenate = _el("w:autoHyphenation", val="true")
        if tab is not None:
            tab.addnext(hyphenate)
            hyphenate.addnext(_el("w:doNotHyphenateCaps", val="true"))
        compat = settings.find(qn("w:compat"))
        if compat is not None:
            compat.insert(0, _el("w:doNotExpandShiftReturn"))

    def _page(self) -> None:
        section = self.docx.sections[0]
        section.page_width, section.page_height = Mm(page.PAGE_WIDTH_MM), Mm(page.PAGE_HEIGHT_MM)
        section.left_margin, section.right_margin = Mm(page.MARGIN_LEFT_MM), Mm(page.MARGIN_RIGHT_MM)
        section.top_margin, section.bottom_margin = Mm(page.MARGIN_TOP_MM), Mm(page.MARGIN_BOTTOM_MM)
        section.header_distance = Mm(6)
        footer = self.printout.footer
        p = section.footer.paragraphs[0]
        p._p.style = self.ids["GD footer"]
        if footer.page_code is None:
            section.footer_distance = Mm(6)
            self.template(p, footer.page_number)
        else:
            self.page_code(section, p, footer.page_number, footer.page_code)
        if self.printout.draft is not None:
            head = section.header.paragraphs[0]
            head.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = head.add_run(clean(self.printout.draft.note))
            run.bold = True
            run.font.size = Pt(10)
            run.font.color.rgb = _DRAFT

    def page_code(self, section, p: Paragraph, page_number: str, code: PageCode) -> None:
        """The footer with its page-code slot, in one line so that it stays inside the
        bottom margin as the PDF's does (a taller footer would push the text up and change
        the pages): the page number at the centre, and at the right the code's QR image
        (identity, edition, content: Word numbers the pages, so the image cannot say
        which), then its text with PAGE / NUMPAGES as fields."""
        from docx.enum.text import WD_TAB_ALIGNMENT

        # the square's bottom 4.5 mm up, as the PDF's (printing/pagecode.page_code_box)
        section.footer_distance = Mm(4.5)
        width = Mm(page.PAGE_WIDTH_MM - page.MARGIN_LEFT_MM - page.MARGIN_RIGHT_MM)
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.tab_stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.add_run("\t")
        self.template(p, page_number)
        p.add_run("\t")
        if code.static_png is not None:
            # the footer style's exact line height would cut the image to one line
            p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            p.add_run().add_picture(BytesIO(code.static_png), width=Mm(code.size_mm), height=Mm(code.size_mm))
            p.add_run(" ")
        self.template(p, code.template, size=6)

    def template(self, p: Paragraph, text: str, size: float | None = None) -> None:
        pos = 0
        for m in _SLOT.finditer(text):
            if m.start() > pos:
                self.run(p, Run(text[pos:m.start()]), size)
            add_field(p, _FIELDS[m.group(1)], size=size)
            pos = m.end()
        if pos < len(text):
            self.run(p, Run(text[pos:]), size)

    # ---- writing -------------------------------------------------------------------

    def run(self, p: Paragraph, run: Run, size: float | None = None) -> None:
        if run.field:
            add_field(p, _FIELDS[run.field], bold=run.bold)
            return

        def new_r(style: str | None = None):
            r = p._p.add_r()
            if style or run.bold or run.italic or size:
                rpr = r.get_or_add_rPr()
                if style:
                    rpr.append(_el("w:rStyle", val=style))
                if run.bold:
                    rpr.append(_el("w:b"))
                if run.italic:
                    rpr.append(_el("w:i"))
                if size:
                    rpr.append(_el("w:sz", val=round(size * 2)))
            return r

        def text(r, piece: str) -> None:
            t = OxmlElement("w:t")
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            t.text = piece
            r.append(t)

        r = new_r()
        for piece in _PIECES.split(clean(run.text)):
            if piece == "\n":
                r.append(_el("w:br"))
            elif piece == SOFT:
                r.append(_el("w:softHyphen"))
            elif piece == JOIN:
                text(new_r(NO_BREAK_STYLE), "\u00a0")
                r = new_r()
            elif piece:
                text(r, piece)

    def paragraph(self, node: Para, element=None) -> None:
        """A paragraph at the body's end (before its section properties), or into `element`."""
        p_el = OxmlElement("w:p")
        if element is None:
            self.sect.addprevious(p_el)
        else:
            element.append(p_el)
        p = Paragraph(p_el, None)
        p_el.get_or_add_pPr().get_or_add_pStyle().set(qn("w:val"), self._style_id(node))
        fmt = p.paragraph_format
        if node.indent:
            fmt.left_indent = Pt(st.style(node.style).indent + node.indent)
        if node.before is not None:
            fmt.space_before = Pt(node.before)
        if node.after is not None:
            fmt.space_after = Pt(node.after)
        if self._keep:
            fmt.keep_with_next = True
        for run in node.runs:
            self.run(p, run)

    def spacer(self, node: Spacer) -> None:
        """Empty room of `height` points: an empty paragraph that tall."""
        self.gap(node.height, keep=self._keep)

    def gap(self, height: float, keep: bool = False) -> None:
        p = Paragraph(OxmlElement("w:p"), None)
        self.sect.addprevious(p._p)
        p._p.get_or_add_pPr().get_or_add_pStyle().set(qn("w:val"), self.ids["Normal"])
        fmt = p.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, height))
        fmt.keep_with_next = keep
        p._p.get_or_add_pPr().append(_el("w:rPr"))
        p._p.pPr.find(qn("w:rPr")).append(_el("w:sz", val=2))

    def keep_together(self, node: KeepTogether) -> None:
        outer, self._keep = self._keep, True
        try:
            for child in node.nodes:
                self.node(child)
        finally:
            self._keep = outer

    def table(self, t: Table) -> None:
        tbl = OxmlElement("w:tbl")
        pr = _el("w:tblPr")
        pr.append(_el("w:tblW", w=twips(t.width), type="dxa"))
        pr.append(_el("w:jc", val={"left": "left", "center": "center", "right": "right"}[t.align]))
        borders = _el("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            borders.append(_el(f"w:{side}", val="single", sz=4, space=0, color="000000") if t.ruled
                           else _el(f"w:{side}", val="nil"))
        pr.append(borders)
        pr.append(_el("w:tblLayout", type="fixed"))
        margins = _el("w:tblCellMar")
        top, bottom = (st.CELL_PAD_TOP, st.CELL_PAD_BOTTOM) if t.ruled else (0, 1)
        for side, pt in (("top", top), ("left", t.pad), ("bottom", bottom), ("right", t.pad)):
            margins.append(_el(f"w:{side}", w=twips(pt), type="dxa"))
        pr.append(margins)
        tbl.append(pr)
        grid = _el("w:tblGrid")
        for w in t.widths:
            grid.append(_el("w:gridCol", w=twips(w)))
        tbl.append(grid)
        rows = t.header + t.body
        # which merged cell covers each slot: (row, column) of its top-left cell
        owner: dict[tuple[int, int], tuple[int, int]] = {}
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                if cell is not None:
                    for dr in range(cell.rows):
                        for dc in range(cell.cols):
                            owner.setdefault((r + dr, c + dc), (r, c))
        for r, row in enumerate(rows):
            tr = _el("w:tr")
            trpr = _el("w:trPr")
            if r < len(t.header) or t.keep_together:
                trpr.append(_el("w:cantSplit", val="true"))
            if r < len(t.header):
                trpr.append(_el("w:tblHeader", val="true"))
            if len(trpr):
                tr.append(trpr)
            for c, cell in enumerate(row):
                r0, c0 = owner.get((r, c), (r, c))
                if cell is None and (r0 == r or c0 != c):
                    continue  # covered from the left: the origin's gridSpan holds it
                origin = rows[r0][c0] if cell is None else cell
                tr.append(self._tc(t, c, origin, cell, r0 < r, header=r < len(t.header)))
            tbl.append(tr)
        self.sect.addprevious(tbl)
        # Word runs two consecutive tables together: a paragraph of the space after parts them.
        self.gap(t.space_after, keep=self._keep)

    def _tc(self, t: Table, c: int, origin: Cell, cell: Cell | None, continued: bool, header: bool):
        tc = _el("w:tc")
        pr = _el("w:tcPr")
        pr.append(_el("w:tcW", w=twips(sum(t.widths[c:c + origin.cols])), type="dxa"))
        if origin.cols > 1:
            pr.append(_el("w:gridSpan", val=origin.cols))
        if origin.rows > 1 or continued:
            pr.append(_el("w:vMerge", val="continue") if continued else _el("w:vMerge", val="restart"))
        if not t.ruled and origin.rule_below and not continued:
            box = _el("w:tcBorders")
            box.append(_el("w:bottom", val="single", sz=4, space=0, color="000000"))
            pr.append(box)
        if header:  # the header rows' shade
            pr.append(_el("w:shd", val="clear", color="auto", fill=st.HEADER_FILL))
        if origin.valign != "top":
            pr.append(_el("w:vAlign", val="center" if origin.valign == "middle" else origin.valign))
        tc.append(pr)
        paras = cell.paras if cell is not None else ()
        for node in paras:
            self.paragraph(node, tc)
        if not paras:  # a cell holds at least one paragraph
            p = _el("w:p")
            ppr = _el("w:pPr")
            ppr.append(_el("w:pStyle", val=self.ids["GD cell"]))
            p.append(ppr)
            tc.append(p)
        return tc

    def node(self, node: Node) -> None:
        writer = NODES.get(type(node)) or next(w for k, w in NODES.items() if isinstance(node, k))
        writer(self, node)

    def save(self) -> bytes:
        props = self.docx.core_properties
        props.title = clean(self.printout.title)
        props.author = clean(self.printout.author)
        props.last_modified_by = ""
        props.comments = ""
        props.revision = 1
        buf = BytesIO()
        self.docx.save(buf)
        return buf.getvalue()


NODES: dict[type, Callable[[_Writer, Node], None]] = {
    Para: _Writer.paragraph,
    Table: _Writer.table,
    Spacer: _Writer.spacer,
    KeepTogether: _Writer.keep_together,
}


def write_docx(printout: Printout) -> bytes:
    """The .docx of a print model."""
    w = _Writer(printout)
    for node in printout.body:
        w.node(node)
    return w.save()


def export_parts_docx(printout: Printout, parts: Iterable[Iterable[Node]]) -> bytes:
    """Several parts in one .docx, each from a new page: the operator's compiled Annex 4
    (the list of projects, each entry, the files left out; layout/compiled.py). `parts` is
    consumed one at a time (python-docx keeps the document itself in memory)."""
    w = _Writer(printout)

    def page_break() -> None:
        p_el, r_el, br = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:br")
        br.set(qn("w:type"), "page")
        r_el.append(br)
        p_el.append(r_el)
        w.sect.addprevious(p_el)

    for i, nodes in enumerate(parts):
        if i:
            page_break()
        for node in nodes:
            w.node(node)
    return w.save()


def export_docx(doc: Document, lang: str | None = None, draft: bool = False,
                page_code: PageCode | None = None) -> bytes:
    """`doc` as a .docx in `lang` (default: the document's language); `draft` marks every
    page. Raises ValueError for an unknown language or print block kind (a definition
    error); never for what users typed."""
    return write_docx(print_tree(doc.form, doc, lang, draft, page_code))


def export_derived_docx(form: FormDef, source: Document, lang: str | None = None, draft: bool = False,
                        page_code: PageCode | None = None) -> bytes:
    """A derived definition (OP4) over its source report as a .docx, as render_derived
    prints it: its own title and wording, the source's values, stored nowhere."""
    ensure_derived_from(form, source)
    return write_docx(print_tree(form, source, lang, draft, page_code))
