"""The PDF embeds DejaVu Serif Condensed, and every Kazakh letter prints and reads back."""

from __future__ import annotations

from grantdesk.document import Ref
from grantdesk.printing import render_pdf

KAZAKH = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі"


def _fonts(reader) -> dict[str, object]:
    found = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font") or {}
        for ref in fonts.get_object().values():
            font = ref.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_pdf_embeds_the_dejavu_family(fr24_doc, read_pdf):
    fr24_doc.set(Ref.field("goal"), "қалың <b>емес</b>")
    text = read_pdf(render_pdf(fr24_doc).pdf)
    fonts = _fonts(text.reader)
    names = {name.split("+")[-1] for name in fonts}
    assert {"DejaVuSerifCondensed", "DejaVuSerifCondensed-Bold", "DejaVuSerifCondensed-Italic"} <= names
    assert all(n.startswith("DejaVuSerifCondensed") for n in names), names  # no core font
    for font in fonts.values():
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # the TrueType program is in the file


def test_kazakh_letters_round_trip(fr24_doc, read_pdf):
    fr24_doc.set(Ref.field("org_name"), KAZAKH)
    task = fr24_doc.add_row("tasks", cells={"title": KAZAKH})
    fr24_doc.add_row("tasks.activities", task.id, cells={"narrative": KAZAKH, "place": KAZAKH})
    fr24_doc.set(Ref.fixed("socio", "direct", "plan"), KAZAKH)
    text = read_pdf(render_pdf(fr24_doc).pdf)
    joined = " ".join(" ".join(text.pages).split())
    assert joined.count(KAZAKH) >= 4
    assert text.squashed.count(KAZAKH.replace(" ", "")) >= 5


def test_the_parsed_faces_are_cached_by_the_font_files_hash_and_print_the_same(tmp_path, monkeypatch):
    """reportlab's parse of each TTF is kept in the cache folder; a face read back from it
    measures and embeds as the parsed one does."""
    from reportlab.pdfbase.ttfonts import TTFont

    from grantdesk.printing.fontcache import load_ttfont
    from grantdesk.resources import fonts_dir

    monkeypatch.setenv("GRANTDESK_CACHE_DIR", str(tmp_path))
    path = fonts_dir() / "DejaVuSerifCondensed.ttf"
    parsed = load_ttfont("T-parsed", path)
    cached = list((tmp_path / "fonts").glob("*.pickle"))
    assert len(cached) == 1
    again = load_ttfont("T-cached", path)
    reference = TTFont("T-ref", str(path)).face  # reportlab's own, whole
    assert again.face.charWidths == reference.charWidths == parsed.face.charWidths
    assert again.stringWidth("Әлеуметтік жоба", 10) == parsed.stringWidth("Әлеуметтік жоба", 10)
    subset = [0x4D9, 0x49B, 0x20, 0x416, 0x4E9]
    assert again.face.makeSubset(subset) == parsed.face.makeSubset(subset) == reference.makeSubset(subset)
    # the map reportlab needs only while parsing is kept by neither (0.6 MB a face), and the
    # per-glyph lists are compact arrays that read as reportlab's
    assert not hasattr(again.face, "glyphToChar") and not hasattr(parsed.face, "glyphToChar")
    glyphs = range(len(reference.hmetrics))
    assert [again.face.hmetrics[g] for g in glyphs] == [parsed.face.hmetrics[g] for g in glyphs] == reference.hmetrics
    assert list(again.face.glyphPos) == list(parsed.face.glyphPos) == reference.glyphPos
    cached[0].write_bytes(b"not a pickle")  # a damaged cache only costs the parse
    assert load_ttfont("T-damaged", path).face.charWidths == parsed.face.charWidths
