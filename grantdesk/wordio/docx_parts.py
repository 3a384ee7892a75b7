"""What python-docx does not say directly: fields, repeated header rows, merged cells,
fonts for every script, and text that XML can hold. The only module group importing docx."""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

# Times New Roman is the font of the official papers; Windows has it with every Kazakh
# letter (ә ғ қ ң ө ұ ү һ і), and LibreOffice substitutes Liberation Serif, which has them
# too. It is named for every script slot so no run falls back to an East Asian font.
FONT = "Times New Roman"
LANG_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}

# Characters XML 1.0 cannot hold (control characters but tab and line breaks); python-docx
# refuses them, so they are dropped from the copy written (the project keeps them).
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c]")

_SLOT = re.compile(r"\{(\w+)\}")


def clean(text: str | None) -> str:
    """Text as Word can store it: line breaks as \\n (python-docx writes <w:br/>)."""
    if not text:
        return ""
    return _NOT_XML.sub("", _BREAKS.sub("\n", text))


def set_fonts(rpr, lang: str) -> None:
    """Name FONT for every script and tag the language (spelling, hyphenation)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    tag = rpr.find(qn("w:lang"))
    if tag is None:
        tag = OxmlElement("w:lang")
        rpr.append(tag)
    tag.set(qn("w:val"), LANG_TAGS[lang])
    tag.set(qn("w:eastAsia"), LANG_TAGS[lang])


def add_text(paragraph: Paragraph, text: str, bold: bool = False, italic: bool = False,
             size: float | None = None, colour: RGBColor | None = None):
    run = paragraph.add_run(clean(text))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if size is not None:
        run.font.size = Pt(size)
    if colour is not None:
        run.font.color.rgb = colour
    return run


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1", bold: bool = False) -> None:
    """A field (PAGE, NUMPAGES) that Word and LibreOffice compute when laying out;
    `shown` is the result stored until then."""
    def run_with(child) -> None:
        run = paragraph.add_run()
        if bold:
            run.bold = True
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    add_text(paragraph, shown, bold=bold)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def add_template(paragraph: Paragraph, template: str, fields: dict[str, str], bold: bool = False,
                 size: float | None = None) -> None:
    """Wording with `{slot}`s, each slot named in `fields` written as that field
    (`{pages}` → NUMPAGES); any other slot stays as it is."""
    pos = 0
    for m in _SLOT.finditer(template):
        if m.group(1) not in fields:
            continue
        if m.start() > pos:
            add_text(paragraph, template[pos:m.start()], bold=bold, size=size)
        add_field(paragraph, fields[m.group(1)], bold=bold)
        pos = m.end()
    if pos < len(template):
        add_text(paragraph, template[pos:], bold=bold, size=size)


def repeat_as_header(table: Table, rows: int) -> None:
    """Mark the first `rows` rows as the table's header: repeated at the top of every page."""
    for tr in table._tbl.tr_lst[:rows]:
        trpr = tr.get_or_add_trPr()
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        trpr.append(flag)


def keep_rows_whole(table: Table) -> None:
    """A row that fits a page never starts on one page and ends on the next."""
    for tr in table._tbl.tr_lst:
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        tr.get_or_add_trPr().append(flag)


def shade(cell: _Cell, fill_hex: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    cell._tc.get_or_add_tcPr().append(shd)


def borders(cell: _Cell, **sides: bool) -> None:
    """Rule the named sides (top, bottom, left, right) of a cell, or clear them (False)."""
    tcpr = cell._tc.get_or_add_tcPr()
    box = tcpr.find(qn("w:tcBorders"))
    if box is None:
        box = OxmlElement("w:tcBorders")
        tcpr.append(box)
    for side in ("top", "left", "bottom", "right"):
        if side not in sides:
            continue
        edge = OxmlElement(f"w:{side}")
        if sides[side]:
            edge.set(qn("w:val"), "single")
            edge.set(qn("w:sz"), "4")
            edge.set(qn("w:color"), "000000")
        else:
            edge.set(qn("w:val"), "nil")
        box.append(edge)


def no_borders(table: Table) -> None:
    tblpr = table._tbl.tblPr
    box = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        box.append(edge)
    tblpr.append(box)


def grid_borders(table: Table) -> None:
    """Every cell ruled, without depending on a named table style."""
    tblpr = table._tbl.tblPr
    box = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:color"), "000000")
        box.append(edge)
    tblpr.append(box)


def centre(paragraph: Paragraph) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


CELL_PAD_PT = 1.5  # the PDF's cell padding: narrow columns keep their width for the text


def tight_cells(table: Table) -> None:
    """Cell margins of CELL_PAD_PT left and right, 1 pt above and below."""
    margins = OxmlElement("w:tblCellMar")
    for side, pt in (("top", 1), ("left", CELL_PAD_PT), ("bottom", 1), ("right", CELL_PAD_PT)):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), str(round(pt * 20)))
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)
