"""The Word file reads like the PDF: LibreOffice converts GrantDesk's .docx of seed 001,
the plan of seed 002, FR23 (seed 003), an interim report and OP4, and its PDF has the
same pages as GrantDesk's to within one, every date and date range on one line, and no
word cut but at a hyphen. Skipped where LibreOffice is not installed."""

from __future__ import annotations

import json
import re
import subprocess
from io import BytesIO

import pytest
from pypdf import PdfReader

from grantdesk.document import from_json, project_from_json
from grantdesk.forms import default_registry
from grantdesk.forms.files import read_yaml
from grantdesk.printing import render_derived, render_pdf
from grantdesk.resources import forms_dir
from grantdesk.wordio import export_derived_docx, export_docx
from tests.core.test_interim import _interim, plan_of
from tests.printing.test_print_words import _core, _lines, _strings, _vocabulary
from tests.wordio.conftest import FIXTURES, soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")

_DATES = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[–-]\s*\d{1,2}\.\d{1,2}\.\d{2,4})?")


def _seed(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    """name -> (GrantDesk's PDF, LibreOffice's PDF of GrantDesk's .docx, the seed)."""
    reg = default_registry()
    s1, s2, s3 = _seed("seed_001"), _seed("seed_002"), _seed("seed_003")
    d1 = from_json(s1, reg)
    plan = project_from_json(s2, reg).plan
    fr23 = from_json(s3, reg)
    interim = _interim(plan_of(from_json(s1, reg), reg), reg)
    op4 = reg.get("op4")
    cases = {
        "seed001": (render_pdf(d1).pdf, export_docx(d1), s1),
        "seed002plan": (render_pdf(plan).pdf, export_docx(plan), s2),
        "fr23": (render_pdf(fr23).pdf, export_docx(fr23), s3),
        "interim": (render_pdf(interim).pdf, export_docx(interim), s1),
        "op4": (render_derived(op4, d1).pdf, export_derived_docx(op4, d1), s1),
    }
    out = tmp_path_factory.mktemp("lo")
    paths = []
    for name, (_, docx, _) in cases.items():
        (out / f"{name}.docx").write_bytes(docx)
        paths.append(str(out / f"{name}.docx"))
    done = subprocess.run([soffice(), f"-env:UserInstallation=file://{out / 'profile'}", "--headless",
                           "--convert-to", "pdf", "--outdir", str(out), *paths],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return {name: (pdf, (out / f"{name}.pdf").read_bytes(), seed) for name, (pdf, _, seed) in cases.items()}


CASES = ["seed001", "seed002plan", "fr23", "interim", "op4"]


@pytest.mark.parametrize("name", CASES)
def test_the_same_pages_to_within_one(converted, name):
    ours, theirs, _ = converted[name]
    n, m = len(PdfReader(BytesIO(ours)).pages), len(PdfReader(BytesIO(theirs)).pages)
    assert abs(n - m) <= 1, (n, m)


@pytest.mark.parametrize("name", ["seed001", "fr23", "interim", "op4"])  # the plan has no date but its contract's
def test_every_date_prints_on_one_line(converted, name):
    ours, theirs, seed = converted[name]
    mine = [" ".join(line.split()) for line in _lines(ours)]
    lines = [" ".join(line.split()) for line in _lines(theirs)]
    printed = {m.group(0) for line in mine for m in _DATES.finditer(line)}  # GrantDesk's PDF keeps them whole
    assert printed
    # a date (or range) cut over two lines is in no line whole
    assert not [d for d in printed if not any(d in line for line in lines)]


@pytest.mark.parametrize("name", CASES)
def test_no_word_is_cut_without_a_hyphen(converted, name):
    """A line ending in a piece of a word and the next going on with the rest, nothing
    between: what a word too long for its column got before the model marked its breaks."""
    _, theirs, seed = converted[name]
    vocabulary = _vocabulary(seed) | {_core(w) for p in forms_dir().glob("*.yaml")
                                      for t in _strings(read_yaml(p)) for w in t.split()}
    lines = [line.split() for line in _lines(theirs)]
    cut = []
    for a, b in zip(lines, lines[1:]):
        if a and b and a[-1][-1:].isalpha() and b[0][:1].isalpha():
            joined = _core(a[-1] + b[0])
            if joined in vocabulary and _core(a[-1]) not in vocabulary and len(joined) > 3:
                cut.append((a[-1], b[0]))
    assert not cut
