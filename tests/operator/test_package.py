"""The submission package: its contents, its snapshot opening as the project, refused
while errors remain unless a draft is asked for (then every page says so)."""

from __future__ import annotations

import zipfile
from io import BytesIO

from docx import Document as read_docx

from grantdesk.document import to_json
from grantdesk.forms import default_registry
from grantdesk.store import ProjectFile
from tests.cli.test_cli import grantdesk
from tests.conftest import FIXTURES
from tests.operator.conftest import clean_001, write_project
from tests.printing.conftest import PdfText


def test_the_package_holds_pdf_word_snapshot_and_checklist(tmp_path):
    project = write_project(tmp_path / "p.grantdesk", clean_001())
    out = tmp_path / "hand-over.zip"
    done = grantdesk("package", project, "-o", out, "--ui-lang", "en")
    assert done.returncode == 0, done.stderr
    assert "hand-over.zip: " in done.stdout and (" KB" in done.stdout or " MB" in done.stdout)
    with zipfile.ZipFile(out) as z:
        assert z.testzip() is None
        infos = {i.filename: i for i in z.infolist()}
        assert set(infos) == {"fr24-1.pdf", "fr24-1.docx", "project.grantdesk", "checklist.txt"}
        assert all(i.compress_type == zipfile.ZIP_DEFLATED and i.filename.isascii() for i in infos.values())
        pdf = PdfText(z.read("fr24-1.pdf"))
        word = read_docx(BytesIO(z.read("fr24-1.docx")))
        checklist = z.read("checklist.txt").decode("utf-8-sig")
        (tmp_path / "snap.grantdesk").write_bytes(z.read("project.grantdesk"))
    assert pdf.has("Маңғыстау облысында пікірсайыс қозғалысын дамыту") and not pdf.has("НОБАЙ")
    assert any("Маңғыстау облысында" in p.text for p in word.paragraphs)
    pages = len(pdf.pages)
    assert "Тапсыру тізімі" in checklist and f"Беттер саны: {pages}" in checklist
    assert "Мәселелер (0)" in checklist and "fr24-1.pdf" in checklist and "\r\n" in checklist
    # the snapshot opens as the project, with every value
    registry = default_registry()
    with ProjectFile.open(tmp_path / "snap.grantdesk", read_only=True) as snap, \
            ProjectFile.open(project, read_only=True) as original:
        assert snap.project_id == original.project_id
        assert to_json(snap.load_document(1, registry)) == to_json(original.load_document(1, registry))
    # its content hash is the one every page's code carries
    digest = checklist.split("SHA-256): ")[1].split()[0]
    assert len(digest) == 64


def test_a_package_is_refused_while_errors_remain_unless_a_draft(tmp_path):
    project = tmp_path / "seed.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_001.json", "-o", project).returncode == 0
    out = tmp_path / "p.zip"
    done = grantdesk("package", project, "-o", out, "--ui-lang", "ru")
    assert done.returncode == 2 and "черновик (ошибок 2, незаполненных обязательных мест 16)" in done.stderr
    assert not out.exists()
    done = grantdesk("package", project, "-o", out, "--draft", "--ui-lang", "en")
    assert done.returncode == 0 and "(draft)" in done.stdout
    with zipfile.ZipFile(out) as z:
        pdf = PdfText(z.read("fr24-1.pdf"))
        checklist = z.read("checklist.txt").decode("utf-8-sig")
    assert all("НОБАЙ" in page for page in pdf.pages)  # every page says draft
    assert "НОБАЙ" in checklist and "ҚАТЕ" in checklist


def test_a_project_with_several_documents_asks_which(tmp_path):
    project = write_project(tmp_path / "p.grantdesk", clean_001())
    assert grantdesk("new", project, "--kind", "final").returncode == 0
    done = grantdesk("package", project, "-o", tmp_path / "p.zip", "--ui-lang", "en")
    assert done.returncode == 2 and "--document N" in done.stderr
    assert grantdesk("package", project, "--document", "1", "-o", tmp_path / "p.zip").returncode == 0
