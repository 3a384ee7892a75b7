"""The print model: one tree, two writers. The PDF and the Word file are written from the
same tree, and a node added to the tree appears in both; the page-code slot is drawn on
every page of the PDF and put in the Word file's footer; the Word file's columns are the
PDF's, in twips."""

from __future__ import annotations

import dataclasses
from io import BytesIO

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

from grantdesk.layout.build import TreeTable, print_tree
from grantdesk.layout.model import BREAK, COVERED, JOIN, SOFT, Cell, PageCode, Para, Run, Table
from grantdesk.printing import write_pdf
from grantdesk.printing.tree import tree_flowables
from grantdesk.wordio.export import write_docx
from tests.printing.conftest import PdfText
from tests.wordio.conftest import DocxText


def _paras(nodes):
    for node in nodes:
        if isinstance(node, Para):
            yield node
        elif isinstance(node, Table):
            for row in node.header + node.body:
                for cell in row:
                    if cell is not None:
                        yield from cell.paras
        elif hasattr(node, "nodes"):
            yield from _paras(node.nodes)


def _bare(text: str) -> str:
    return text.replace(BREAK, "").replace(SOFT, "").replace(JOIN, " ")


@pytest.fixture(scope="module")
def tree(seed_001_module):
    return print_tree(seed_001_module.form, seed_001_module)


@pytest.fixture(scope="module")
def seed_001_module():
    import json
    from pathlib import Path

    from grantdesk.document import from_json
    from grantdesk.forms import default_registry

    data = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "seed_001.json").read_text("utf-8"))
    return from_json(data, default_registry())


def test_both_writers_print_every_text_of_the_same_tree(tree):
    pdf = PdfText(write_pdf(tree).pdf)
    word = DocxText(write_docx(tree))
    texts = [_bare(p.text) for p in _paras(tree.body) if not any(r.field for r in p.runs)]
    assert len(texts) > 300
    assert not [t[:60] for t in texts if not pdf.has_in_order(t)]
    assert not [t[:60] for t in texts if not word.has(t)]


def test_a_node_added_to_the_tree_appears_in_both_files(tree):
    merged = Table(
        widths=(120.0, 200.0), header=((Cell((Para((Run("Бағана-А", bold=True),), "header"),)),
                                         Cell((Para((Run("Бағана-Б", bold=True),), "header"),))),),
        body=((Cell((Para((Run("біріктірілген-ұяшық", typed=True),), "cell"),), rows=2),
               Cell((Para((Run("бірінші-жол"),), "cell"),))),
              (COVERED, Cell((Para((Run("екінші-жол"),), "cell"),)))),
    )
    added = dataclasses.replace(tree, body=tree.body + (Para((Run("Қосылған абзац ZQX", italic=True),)), merged))
    pdf = PdfText(write_pdf(added).pdf)
    word = DocxText(write_docx(added))
    for text in ("Қосылған абзац ZQX", "Бағана-А", "біріктірілген-ұяшық", "бірінші-жол", "екінші-жол"):
        assert pdf.has(text) and word.has(text), text
    last = word.docx.tables[-1]
    assert [tc.vMerge for tc in (tr.tc_lst[0] for tr in last._tbl.tr_lst[1:])] == ["restart", "continue"]
    assert last._tbl.tr_lst[0].trPr.find(qn("w:tblHeader")) is not None


def test_the_page_code_slot_is_on_every_page_of_both(tree):
    coded = dataclasses.replace(tree, footer=dataclasses.replace(tree.footer, page_code=PageCode("GD-7F3A:{page}/{pages}")))
    printed = write_pdf(coded).pdf
    n = len(PdfText(printed).pages)
    # the PDF draws the slot as a QR code (issue 22): read back from each page's image
    import pypdfium2
    import zxingcpp

    doc = pypdfium2.PdfDocument(printed)
    try:
        read = [[r.text for r in zxingcpp.read_barcodes(doc[k].render(scale=150 / 72).to_pil())]
                for k in range(len(doc))]
    finally:
        doc.close()
    assert read == [[f"GD-7F3A:{k}/{n}"] for k in range(1, n + 1)]
    footer = open_docx(BytesIO(write_docx(coded))).sections[0].footer
    code = footer.paragraphs[-1]  # one line: the page number at the centre, the code at the right
    assert code.text.split("\t")[-1].startswith("GD-7F3A:")
    assert [t.text.strip() for t in code._p.iter(qn("w:instrText"))] == ["PAGE", "NUMPAGES"] * 2
    plain = pypdfium2.PdfDocument(write_pdf(tree).pdf)  # an empty slot prints nothing
    assert zxingcpp.read_barcodes(plain[0].render(scale=150 / 72).to_pil()) == []
    plain.close()


def test_word_columns_are_the_pdf_columns_in_twips(tree):
    table = next(n for n in tree.body if isinstance(n, TreeTable))
    pdf_widths = tree_flowables(table)[0]._colWidths
    assert list(pdf_widths) == list(table.widths)
    word = open_docx(BytesIO(write_docx(tree)))
    activity = next(t for t in word.tables if t.rows[0].cells[0].text == "Міндет")
    grid = [int(c.get(qn("w:w"))) for c in activity._tbl.tblGrid.iter(qn("w:gridCol"))]
    assert grid == [round(w * 20) for w in pdf_widths]
