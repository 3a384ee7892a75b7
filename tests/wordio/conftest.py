"""Helpers for the Word tests: read a .docx back with python-docx, as Word would show it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Whitespace, and the zero-width spaces where the print model lets a long word end a line
# (invisible in Word as in the PDF).
_SPACE = re.compile(r"[\s\u200b]+")


def squash(text: str) -> str:
    return _SPACE.sub("", text)


class DocxText:
    """Every paragraph of a .docx, in order, body and tables alike (a merged cell once)."""

    def __init__(self, data: bytes):
        self.docx = open_docx(BytesIO(data))
        body = self.docx.element.body
        # w:t text of each paragraph, w:br as a line break, so merged cells count once.
        self.paragraphs = ["".join(t.text or "" if t.tag == qn("w:t") else "\n"
                                   for t in p.iter(qn("w:t"), qn("w:br")))
                           for p in body.iter(qn("w:p"))]
        self.text = "\n".join(self.paragraphs)
        self.squashed = squash(self.text)

    def has(self, text: str) -> bool:
        return squash(text) in self.squashed

    @property
    def tables(self):
        return self.docx.tables


@pytest.fixture(scope="session")
def registry():
    from grantdesk.forms import default_registry

    return default_registry()


@pytest.fixture(scope="session")
def seed_001_json() -> dict:
    return json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))


@pytest.fixture
def seed_001(seed_001_json, registry):
    from grantdesk.document import from_json

    return from_json(seed_001_json, registry)


@pytest.fixture
def read_docx():
    return DocxText


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_with_libreoffice(docx_path: Path, out_dir: Path) -> Path:
    """The .docx converted to PDF by LibreOffice headless, in a private profile."""
    profile = out_dir / "lo-profile"
    result = subprocess.run(
        [soffice(), f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out_dir), str(docx_path)],
        capture_output=True, text=True, timeout=300,
    )
    pdf = out_dir / (docx_path.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    return pdf
