"""File → Export to Word…: what is typed in the window, written as a .docx."""

from __future__ import annotations

import json

from docx import Document as open_docx

from grantdesk.operator.page_code import parse

from grantdesk.store import ProjectFile
from tests.ui.conftest import open_report, type_text


def test_export_to_word_writes_what_was_just_typed(qtbot, window, tmp_path, seed_001):
    path = tmp_path / "seed.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_001)
    assert open_report(window, path)
    assert window.act_word.isEnabled()
    general = window.wizard.show_section("general")
    editor = general.fields["org_name"].editor
    editor.selectAll()
    type_text(editor, "«Жаңа Өріс» қоры")  # not yet flushed to the file: export flushes first
    out = window.export_word(tmp_path / "есеп")
    assert out == tmp_path / "есеп.docx"
    text = "\n".join(p.text for p in open_docx(out).paragraphs)
    assert "1. Үкіметтік емес ұйымның толық атауы: «Жаңа Өріс» қоры" in text
    # seed 001 has errors left, so the file says it is a draft, as the PDF does
    assert "НОБАЙ" in open_docx(out).sections[0].header.paragraphs[0].text
    # its footer carries the page code, as `grantdesk print -o x.docx` does, and the print is recorded
    footer = open_docx(out).sections[0].footer
    code = parse(footer.paragraphs[-1].text.split("\t")[-1].strip())
    assert code is not None and footer._element.xpath(".//a:blip")
    _, digest, printed = window.session.project.find_print(code.document, code.content)
    assert digest.startswith(code.content)
    assert json.loads(printed)["org_name"] == "«Жаңа Өріс» қоры"


def test_export_to_word_is_off_without_a_project(window):
    assert not window.act_word.isEnabled()
    assert window.export_word_dialog() is None


def test_a_failed_write_says_so_and_leaves_nothing(qtbot, window, tmp_path, seed_001, answer_yes):
    path = tmp_path / "seed.grantdesk"
    with ProjectFile.create(path) as project:
        project.create_document(seed_001)
    assert open_report(window, path)
    assert window.export_word(tmp_path / "no such folder" / "out.docx") is None
    assert answer_yes and "Word" in answer_yes[-1]
    assert not (tmp_path / "no such folder").exists()
