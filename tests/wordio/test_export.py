"""Seed 001 exported to Word: every value, every label, the official layout's machinery
(repeated header rows, page fields, merged cells), read back with python-docx; and opened
by LibreOffice when it is installed."""

from __future__ import annotations

import re

import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from grantdesk.document import Ref
from grantdesk.layout import chrome
from grantdesk.wordio import export_docx
from tests.printing.test_print_lang import FR24_RU_LABELS
from tests.printing.test_print_seed import FR24_KK_LABELS, PRINTED_AS, typed_values
from tests.wordio.conftest import convert_with_libreoffice, soffice, squash

PRINTED_AS_RU = {
    ("project", "grant_total"): "10 125 000 (десять миллионов сто двадцать пять тысяч) тенге",
    ("project", "contract_date"): "от «30» апреля 2024 года",
}


@pytest.fixture(scope="module")
def kk_docx(seed_001_json, registry):
    from grantdesk.document import from_json

    return export_docx(from_json(seed_001_json, registry), lang="kk")


def _missing(text, data: dict, printed_as: dict) -> list:
    return [(path, value[:60]) for path, value in typed_values(data)
            if not text.has(printed_as.get(tuple(path.split(".")[:2]), value))]


def test_every_value_of_seed_001_is_in_the_word_file(seed_001_json, kk_docx, read_docx):
    text = read_docx(kk_docx)
    assert len(typed_values(seed_001_json)) > 150  # the whole report
    missing = _missing(text, seed_001_json, PRINTED_AS)
    assert not missing, missing[:10]


def test_every_kk_label_of_fr24_is_in_the_word_file(kk_docx, read_docx):
    text = read_docx(kk_docx)
    missing = [label for label in FR24_KK_LABELS if not text.has(label)]
    assert not missing, missing


def test_in_russian_every_label_and_value(seed_001, seed_001_json, read_docx):
    text = read_docx(export_docx(seed_001, lang="ru"))
    assert not [label for label in FR24_RU_LABELS if not text.has(label)]
    assert not _missing(text, seed_001_json, PRINTED_AS_RU)
    assert not text.has("Үкіметтік емес ұйымның толық атауы")  # one language on the page
    assert seed_001.lang == "kk"  # exporting in ru changed nothing


def test_general_information_lines_and_the_amount_in_words(kk_docx, read_docx):
    text = read_docx(kk_docx)
    assert ("6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: "
            "10\u00a0125\u00a0000 (он миллион жүз жиырма бес мың) теңге") in text.paragraphs
    assert "1. Үкіметтік емес ұйымның толық атауы: «Рухтан» қоғамдық қоры" in text.paragraphs
    # the contract line, three paragraphs in the official order
    i = text.paragraphs.index("Мемлекеттік грант беру туралы")
    assert text.paragraphs[i + 1:i + 3] == ["2024 жылғы «30» сәуір №56", "Шарттың № 7 қосымшасы"]


def test_every_table_repeats_its_header_rows(kk_docx, read_docx):
    tables = read_docx(kk_docx).tables
    assert len(tables) >= 7
    for table in tables:
        rows = table._tbl.tr_lst
        flagged = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None for tr in rows]
        if squash(table.rows[0].cells[0].text) in ("Жобаныңмақсаты:", "Директор", "Мемлекеттікгрантберутуралы"):
            assert not any(flagged)  # the label | value table, the signature and the contract lines have no header
            continue
        n = flagged.index(False)
        assert n >= 1 and not any(flagged[n:])
        # a header row is never split across pages either
        assert all(tr.trPr.find(qn("w:cantSplit")) is not None for tr in rows[:n])
    activity = next(t for t in tables if t.rows[0].cells[0].text == "Міндет")
    heads = [tr.trPr is not None and tr.trPr.find(qn("w:tblHeader")) is not None for tr in activity._tbl.tr_lst]
    assert heads[:3] == [True, True, False]  # "Индикаторлар" over жоспар / факт: two header rows


def test_the_activity_table_merges_a_task_down_its_activities(seed_001, kk_docx, read_docx):
    activity = next(t for t in read_docx(kk_docx).tables if t.rows[0].cells[0].text == "Міндет")
    first_task = seed_001.rows["tasks"][0]
    indicators = sum(max(1, len(a.children["indicators"])) for a in first_task.children["activities"])
    column = [tr.tc_lst[0] for tr in activity._tbl.tr_lst[2:]]
    assert column[0].vMerge == "restart" and all(tc.vMerge == "continue" for tc in column[1:indicators])
    assert column[indicators].vMerge == "restart"  # the second task starts its own cell
    # the task's title is written once, in the merged cell
    title = first_task.get("title")
    assert sum(squash(title) == squash("".join(t.text for t in tc.iter(qn("w:t")))) for tc in column) == 1


def _fields(element) -> list[str]:
    return [t.text.strip() for t in element.iter(qn("w:instrText"))]


def test_pages_are_numbered_and_counted_by_fields(kk_docx, read_docx):
    text = read_docx(kk_docx)
    footer = text.docx.sections[0].footer
    assert _fields(footer._element) == ["PAGE", "NUMPAGES"]
    assert "/" in footer.paragraphs[0].text
    closing = next(p for p in text.docx.paragraphs if p.text.startswith("Есеп беттерінің жалпы саны:"))
    assert _fields(closing._p) == ["NUMPAGES"]
    assert text.docx.sections[0].page_width.mm == pytest.approx(210, abs=0.1)


def test_the_font_names_every_script_and_the_language(kk_docx, read_docx):
    normal = read_docx(kk_docx).docx.styles["Normal"].element.rPr
    fonts = normal.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "eastAsia", "cs")} == {"Times New Roman"}
    assert normal.find(qn("w:lang")).get(qn("w:val")) == "kk-KZ"


def test_a_draft_says_so_on_every_page(seed_001, read_docx):
    draft = read_docx(export_docx(seed_001, draft=True)).docx.sections[0].header
    assert draft.paragraphs[0].text == chrome("kk").draft_note
    clean = read_docx(export_docx(seed_001, lang="ru", draft=False)).docx.sections[0].header
    assert chrome("ru").draft_note not in clean.paragraphs[0].text


def test_text_xml_cannot_hold_is_left_out_of_the_copy_only(seed_001, read_docx):
    typed = "Жоба\x00 мақсаты\x1b\x0bекінші жол\r\nүшінші <b>&amp;"
    seed_001.set(Ref.field("goal"), typed)
    text = read_docx(export_docx(seed_001))
    assert "Жоба мақсаты\nекінші жол\nүшінші <b>&amp;" in text.paragraphs
    assert seed_001.field("goal") == typed


def test_an_empty_report_exports(registry, read_docx):
    from grantdesk.document import Document

    text = read_docx(export_docx(Document.new(registry.get("fr24"))))
    assert text.has("Шарттың № 7 қосымшасы") and text.has("Мөрдің орны")


def test_unknown_language_is_refused(seed_001):
    with pytest.raises(ValueError):
        export_docx(seed_001, lang="en")


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_it_and_counts_its_pages(kk_docx, seed_001_json, tmp_path):
    path = tmp_path / "seed_001.docx"
    path.write_bytes(kk_docx)
    reader = PdfReader(convert_with_libreoffice(path, tmp_path))
    pages = [p.extract_text() for p in reader.pages]
    n = len(pages)
    assert n > 3
    whole = squash("".join(pages))
    # the fields were computed: the closing line and each footer name the real count
    assert re.findall(r"жалпысаны:(\d+)", whole) == [str(n)]
    for number, page in enumerate(pages, start=1):
        assert f"{number} / {n}" in page
    for value in ("Маңғыстау облысында пікірсайыс қозғалысын дамыту", "Кушанова Г.Д.", "87786086165"):
        assert squash(value) in whole
    assert all(ch in whole for ch in "әғқңөұүі")  # Kazakh letters came through as text


def test_every_node_kind_of_the_print_model_has_both_writers(registry):
    from grantdesk.layout.build import BLOCKS
    from grantdesk.layout.model import NODE_KINDS
    from grantdesk.printing.write import NODES as PDF_NODES
    from grantdesk.wordio.export import NODES as WORD_NODES

    assert set(WORD_NODES) == set(PDF_NODES) == set(NODE_KINDS)  # a new kind needs both, or this fails
    used = {block["block"] for form in registry for block in form.print_blocks}
    assert used <= set(BLOCKS)  # every block kind a definition uses is built into the model


def test_word_and_libreoffice_are_told_how_to_break_lines(kk_docx, read_docx, seed_001):
    """Hyphenation asked for, typed line breaks not stretched, the model's break marks
    written as Word's optional hyphen, dates' spaces unbreakable and read back as typed."""
    from grantdesk.document import Ref
    from grantdesk.wordio.docx_read import read_docx as read_items

    settings = read_docx(kk_docx).docx.settings.element
    assert settings.find(qn("w:autoHyphenation")).get(qn("w:val")) == "true"
    assert settings.find(qn("w:compat")).find(qn("w:doNotExpandShiftReturn")) is not None
    normal = read_docx(kk_docx).docx.styles["Normal"].element.pPr
    assert normal is None or normal.find(qn("w:jc")) is None or normal.find(qn("w:jc")).get(qn("w:val")) == "left"
    seed_001.set(Ref.field("goal"), "Мемлекеттікграннттыңқызметкерлерімен 15.04.2024 – 20.05.2024")
    data = export_docx(seed_001)
    body = read_docx(data).docx.element.body
    assert len(list(body.iter(qn("w:softHyphen")))) >= 1  # the long word, in its narrow column
    texts = [c or "" for item in read_items(data) for c in
             ([item.text] if hasattr(item, "text") else [c for row in item.rows for c in row])]
    assert any("15.04.2024 – 20.05.2024" in t for t in texts)  # the no-break spaces read back as typed
    assert any("\u00a0" in t.text for t in body.iter(qn("w:t")) if "GDNoBreak" in
               "".join(x.get(qn("w:val")) or "" for x in t.getparent().iter(qn("w:rStyle"))))
