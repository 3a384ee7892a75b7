"""What python-docx does not say directly: fields, fonts for every script, and text that
XML can hold. The only module group importing docx."""

from __future__ import annotations

import re

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

# Times New Roman is the font of the official papers; Windows has it with every Kazakh
# letter (ә ғ қ ң ө ұ ү һ і), and LibreOffice substitutes Liberation Serif, which has them
# too. It is named for every script slot so no run falls back to an East Asian font.
FONT = "Times New Roman"
LANG_TAGS = {"kk": "kk-KZ", "ru": "ru-RU"}
# The character style of a no-break space the print model set inside a date or number
# (layout.model.JOIN): it was a plain space when typed, and reads back as one (docx_read).
NO_BREAK_STYLE = "GDNoBreak"

# Characters XML 1.0 cannot hold (control characters but tab and line breaks); python-docx
# refuses them, so they are dropped from the copy written (the project keeps them).
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")
_BREAKS = re.compile("\r\n|[\r\u2028\u2029\x0b\x0c]")


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


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1", bold: bool = False,
              size: float | None = None) -> None:
    """A field (PAGE, NUMPAGES) that Word and LibreOffice compute when laying out;
    `shown` is the result stored until then, in the size of the text around it (`size`)."""
    def styled(run):
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        return run

    def run_with(child) -> None:
        styled(paragraph.add_run())._r.append(child)

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
    styled(paragraph.add_run(shown))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)
