"""PDFs of this printer joined into one as they come (printing/joined.py): every page
kept, in order, readable by other readers; links typed with object-number-like text
untouched; anything else refused, never half-read."""

from __future__ import annotations

from io import BytesIO

import pypdf
import pypdfium2 as pdfium
import pytest

from grantdesk.document import Ref
from grantdesk.printing import render_pdf
from grantdesk.printing.joined import JoinedPdf, JoinError, _renumber, join_files


def _join(*pdfs: bytes) -> bytes:
    out = BytesIO()
    joined = JoinedPdf(out)
    for pdf in pdfs:
        joined.add(pdf)
    assert joined.close() == joined.pages
    return out.getvalue()


def test_two_reports_joined_keep_every_page_in_order(seed_001, fr24_doc, read_pdf, tmp_path):
    seed = render_pdf(seed_001).pdf
    fr24_doc.set(Ref.field("project_name"), "Бос есеп: қосылған бөлім")
    blank = render_pdf(fr24_doc).pdf
    pdf = _join(seed, blank, seed)
    first, second = read_pdf(seed).pages, read_pdf(blank).pages
    assert read_pdf(pdf).pages == first + second + first
    reader = pypdf.PdfReader(BytesIO(pdf))
    assert reader.trailer["/Root"]["/Lang"] == pypdf.PdfReader(BytesIO(seed)).trailer["/Root"]["/Lang"]
    assert reader.metadata.title == pypdf.PdfReader(BytesIO(seed)).metadata.title
    # the links of seed 001 (its social media) still lead where they did
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots", [])]
    seed_uris = [a.get_object()["/A"]["/URI"] for page in pypdf.PdfReader(BytesIO(seed)).pages
                 for a in page.get("/Annots", [])]
    assert uris == seed_uris * 2 and uris
    # pdfium (the preview and the printer) draws the joined pages
    document = pdfium.PdfDocument(pdf)
    assert len(document) == 2 * len(first) + len(second)
    assert document[len(first)].render(scale=0.3).to_pil().getbbox() is not None
    # from files, one at a time
    paths = []
    for i, part in enumerate((blank, seed)):
        paths.append(tmp_path / f"p{i}.pdf")
        paths[-1].write_bytes(part)
    with (tmp_path / "joined.pdf").open("wb") as out:
        assert join_files(paths, out) == len(second) + len(first)
    assert read_pdf((tmp_path / "joined.pdf").read_bytes()).pages == second + first


def test_text_like_a_reference_inside_a_string_is_left_as_typed():
    body = b"<< /A << /URI (https://x.kz/a 12 0 R \\) 3 0 R (nested) 4 0 R) >> /P 5 0 R /Q [ 6 0 R ] >>"
    assert _renumber(body, 100) == (b"<< /A << /URI (https://x.kz/a 12 0 R \\) 3 0 R (nested) 4 0 R) >>"
                                    b" /P 105 0 R /Q [ 106 0 R ] >>")


def test_a_pdf_of_another_layout_is_refused(seed_001):
    seed = render_pdf(seed_001).pdf
    assert b"/PageMode /UseNone" in seed
    outlined = seed.replace(b"/PageMode /UseNone", b"/Outlines 1 0 R   ")  # bookmarks: not joined
    moved = seed.replace(b"\n2 0 obj\n", b"\n2  0 obj\n")  # an object not where the table says
    for bad in (b"not a pdf", seed[: len(seed) // 2], outlined, moved):
        with pytest.raises(JoinError):
            JoinedPdf(BytesIO()).add(bad)
    with pytest.raises(JoinError):
        JoinedPdf(BytesIO()).close()  # nothing to join
