"""The code on every printed page, read back: a page rendered to PNG verified against its
project, a page of another project refused, a value changed after printing named, a
blurred and turned photo of a page still read, and a clear exit 2 when nothing is."""

from __future__ import annotations

import json
import sqlite3
from io import BytesIO

import pypdfium2
from docx import Document as read_docx
from PIL import Image, ImageFilter

from grantdesk.document import Ref
from grantdesk.forms import default_registry
from grantdesk.operator.page_code import parse
from grantdesk.store import DocumentWriter, ProjectFile
from tests.cli.test_cli import grantdesk
from tests.operator.conftest import clean_001, write_project


def _page_png(pdf_path, out, page=0, dpi=200):
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        image = pdf[page].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    image.save(out)
    return out


def _printed(tmp_path, name="p.grantdesk", **values):
    project = write_project(tmp_path / name, clean_001(**values))
    pdf = tmp_path / f"{name}.pdf"
    done = grantdesk("print", project, "-o", pdf)
    assert done.returncode == 0, done.stderr
    return project, pdf


def test_every_page_carries_its_code_and_the_print_is_recorded(tmp_path):
    project, pdf = _printed(tmp_path)
    with ProjectFile.open(project, read_only=True) as pf:
        project_id = pf.project_id
    rows = sqlite3.connect(project).execute("SELECT report_id, form, pages, hash, printed FROM prints").fetchall()
    assert len(rows) == 1
    report_id, form, pages, digest, printed = rows[0]
    assert (report_id, form) == (1, "fr24") and json.loads(printed)["org_name"] == "«Рухтан» қоғамдық қоры"
    from tests.cli.test_cli import grantdesk as run
    done = run("verify", project, pdf)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == pages  # every page read, every one matching
    code = parse(f"GD1|{project_id.replace('-', '')[:16]}|1|fr24|1/{pages}|{digest[:12]}")
    assert code is not None and code.pages == pages


def test_a_page_rendered_to_png_matches_its_project_and_not_another(tmp_path):
    project, pdf = _printed(tmp_path)
    other, _ = _printed(tmp_path, "other.grantdesk", org="«Басқа» ҚҚ")
    png = _page_png(pdf, tmp_path / "page2.png", page=1)
    done = grantdesk("verify", project, png, "--ui-lang", "en")
    assert done.returncode == 0 and "page2.png: matches the file (document 1, page 2/" in done.stdout
    done = grantdesk("verify", other, png, "--ui-lang", "en")
    assert done.returncode == 1 and "belongs to another document" in done.stdout


def test_a_value_changed_after_printing_is_named(tmp_path):
    project, pdf = _printed(tmp_path)
    png = _page_png(pdf, tmp_path / "page1.png")
    with ProjectFile.open(project) as pf:
        doc = pf.load_document(1, default_registry())
        writer = DocumentWriter(pf, 1, doc)
        doc.set(Ref.field("achieved"), "Нәтиже басылғаннан кейін өзгертілді")
        writer.flush()
        pf.set_project_value("grant_total", "9 000 000")
    done = grantdesk("verify", project, png, "--ui-lang", "en")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "has changed since this page was printed" in done.stdout and "(2)" in done.stdout
    assert "(grant_total): “10 125 000 тг” → “9 000 000”" in done.stdout
    assert "(achieved):" in done.stdout and "Нәтиже басылғаннан кейін өзгертілді" in done.stdout


def test_a_blurred_turned_photo_is_still_read_and_a_blank_page_exits_2(tmp_path):
    project, pdf = _printed(tmp_path)
    page = Image.open(_page_png(pdf, tmp_path / "page.png", dpi=300)).convert("RGB")
    # a phone photo: turned, a little out of focus, smaller, JPEG-compressed
    photo = page.rotate(97, expand=True, fillcolor=(200, 200, 190)).filter(ImageFilter.GaussianBlur(1.5))
    photo = photo.resize((photo.width * 2 // 3, photo.height * 2 // 3))
    jpeg = tmp_path / "photo.jpg"
    photo.save(jpeg, quality=60)
    done = grantdesk("verify", project, jpeg, "--ui-lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    blank = tmp_path / "blank.png"
    Image.new("RGB", (800, 1100), "white").save(blank)
    done = grantdesk("verify", project, blank, "--ui-lang", "ru")
    assert done.returncode == 2 and "код GrantDesk не прочитан" in done.stderr and "Traceback" not in done.stderr


def test_the_word_file_footer_carries_identity_edition_and_hash_as_text_and_image(tmp_path):
    """Its text, with Word's own page fields; its QR image (no page: Word numbers them);
    and a page of the file laid out by LibreOffice, scanned, verifies against the project."""
    import shutil
    import subprocess

    import zxingcpp

    project = write_project(tmp_path / "p.grantdesk", clean_001())
    out = tmp_path / "p.docx"
    assert grantdesk("print", project, "-o", out).returncode == 0
    word = read_docx(BytesIO(out.read_bytes()))
    footer = word.sections[0].footer
    code = parse(footer.paragraphs[-1].text.split("\t")[-1].strip())  # after the centred page number
    with ProjectFile.open(project, read_only=True) as pf:
        project_id = pf.project_id
    [(digest,)] = sqlite3.connect(project).execute("SELECT hash FROM prints").fetchall()
    assert code is not None and code.edition == "fr24" and code.document == 1
    assert code.project == project_id.replace("-", "")[:16] and code.content == digest[:12]
    # the page and the count are Word's own fields, filled in as Word lays the pages out
    assert {i.text for i in footer._element.xpath(".//w:instrText")} >= {" PAGE ", " NUMPAGES "}
    [blip] = footer._element.xpath(".//a:blip")
    image = footer.part.related_parts[blip.get(
        "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed")].blob
    [read] = zxingcpp.read_barcodes(Image.open(BytesIO(image)))
    pictured = parse(read.text)
    assert pictured is not None and pictured.page is None
    assert (pictured.project, pictured.document, pictured.edition, pictured.content) == \
        (code.project, code.document, code.edition, code.content)
    soffice = shutil.which("soffice")
    if soffice is None:
        return  # the paper printed from Word: needs LibreOffice to lay the file out
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path / 'lo'}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=180)
    scan = _page_png(tmp_path / "p.pdf", tmp_path / "word-page.png", page=1)
    done = grantdesk("verify", project, scan, "--ui-lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    # the footer with its code stays inside the bottom margin: the same pages as the PDF, to within one
    assert grantdesk("print", project, "-o", tmp_path / "own.pdf").returncode == 0
    word_pages = len(pypdfium2.PdfDocument(str(tmp_path / "p.pdf")))
    assert abs(word_pages - len(pypdfium2.PdfDocument(str(tmp_path / "own.pdf")))) <= 1
