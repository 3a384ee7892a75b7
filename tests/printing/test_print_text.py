"""What people type prints literally: markup, line breaks, links, odd characters."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grantdesk.document import Ref
from grantdesk.printing import render_pdf
from grantdesk.layout.text import printable
from grantdesk.printing.markup import to_markup

from .conftest import squash


def _links(reader) -> list[str]:
    uris = []
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            action = annot.get_object().get("/A") or {}
            if "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


def test_markup_typed_by_a_user_prints_literally(fr24_doc, read_pdf):
    typed = "<b>hi</b> & <i>x</i> &amp; <font size=40>big</font> <br/> a<b"
    fr24_doc.set(Ref.field("goal"), typed)
    fr24_doc.set(Ref.field("org_name"), "«A & B» <ҚҚ>")
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has(typed)
    assert text.has("1. Үкіметтік емес ұйымның толық атауы: «A & B» <ҚҚ>")


def test_line_breaks_are_kept(fr24_doc, read_pdf):
    fr24_doc.set(Ref.field("changes"), "бірінші жол\nекінші жол\r\nүшінші жол")
    page_text = "\n".join(read_pdf(render_pdf(fr24_doc).pdf).pages)
    lines = [" ".join(line.split()) for line in page_text.splitlines()]
    assert {"бірінші жол", "екінші жол", "үшінші жол"} <= set(lines)


def test_links_are_clickable_and_their_text_stays_as_typed(fr24_doc, read_pdf):
    task = fr24_doc.add_row("tasks", cells={"title": "Сілтемелер"})
    url = "https://www.instagram.com/reel/C9U-wxUME40/?igsh=MW=="
    narrative = f"Бейне: <{url}>, тағы https://youtu.be/PNb25_r3EuE?si=5yQ6&t=3. Соңы (www.example.kz)."
    fr24_doc.add_row("tasks.activities", task.id, cells={"narrative": narrative, "shortterm": url})
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has(narrative)
    links = _links(text.reader)
    assert url in links
    assert "https://youtu.be/PNb25_r3EuE?si=5yQ6&t=3" in links  # trailing "." is the sentence's
    assert "http://www.example.kz" in links  # without the closing bracket and full stop
    # in the narrative and in the table cell, where it wraps: one link per line piece
    assert links.count(url) >= 2


def test_a_typed_zero_width_space_beside_a_link_prints(fr24_doc, read_pdf):
    """A zero-width space typed (or pasted) into a cell is the very mark the fitting puts
    where a word may break; the link that follows it in a narrow cell still prints whole."""
    task = fr24_doc.add_row("tasks", cells={"title": "Сілтемелер"})
    for typed in ("www.1\u200b", "see www.example.kz\u200b/page and \u200bwww.b.kz",
                  "www." + "x" * 120 + ".kz\u200b"):
        fr24_doc.add_row("tasks.activities", task.id, cells={"shortterm": typed, "place": typed})
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has("www.example.kz") and text.has("www.b.kz") and text.has("www." + "x" * 120 + ".kz")


def test_any_text_prints_without_crashing(fr24_doc, read_pdf):
    nasty = "a\x00b\x01c\x1b[31m\x7f\u200b\u200d d\ttab 😀 🇰🇿 \ud800 \ufeff עברית 中文 e\u0301 \u2028x\u2029y"
    fr24_doc.set(Ref.field("goal"), nasty)
    fr24_doc.set(Ref.field("contract_number"), "\x00")
    fr24_doc.set(Ref.field("grant_total"), "💰")
    task = fr24_doc.add_row("tasks", cells={"title": nasty})
    fr24_doc.add_row("tasks.activities", task.id, cells={"narrative": nasty, "place": nasty})
    result = render_pdf(fr24_doc)
    text = read_pdf(result.pdf)
    assert result.pages == len(text.reader.pages)
    assert text.has("abc[31m")  # control characters dropped, the rest kept in order
    assert text.has("dtab")
    # what the font cannot draw (emoji, Hebrew, Chinese) is marked, not silently lost
    assert printable("😀 עברית") == "\ufffd \ufffd\ufffd\ufffd\ufffd\ufffd"
    assert text.has("\ufffd\ufffd\ufffd\ufffd\ufffd")


def test_the_document_keeps_what_was_typed(fr24_doc):
    typed = "<b>\x00😀</b>"
    fr24_doc.set(Ref.field("goal"), typed)
    render_pdf(fr24_doc)
    assert fr24_doc.field("goal") == typed


def test_empty_fields_print_empty_not_none(fr24_doc, read_pdf):
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert "None" not in "".join(text.pages)
    assert text.has("1. Үкіметтік емес ұйымның толық атауы:")
    assert text.has("Толтыру күні ____________")  # a blank to fill in by hand


def test_money_in_words_only_when_the_total_is_a_plain_amount(fr24_doc, read_pdf):
    for typed, printed in [
        ("7000000", "7 000 000 (жеті миллион) теңге"),
        ("7 000 000 (жеті миллион) теңге", "7 000 000 (жеті миллион) теңге"),
        ("1 787 500 астам", "1 787 500 астам"),  # "more than" must not be lost
        ("шамамен он миллион", "шамамен он миллион"),
        ("1" + "0" * 40, "1" + "0" * 40),  # past what num2words can name
    ]:
        fr24_doc.set(Ref.field("grant_total"), typed)
        text = read_pdf(render_pdf(fr24_doc).pdf)
        assert text.has("6. Грантты іске асыруға бөлінген қаражаттың жалпы сомасы: " + printed), typed


def test_contract_date_that_is_not_a_date_prints_as_typed(fr24_doc, read_pdf):
    fr24_doc.set(Ref.field("contract_date"), "сәуірдің соңы")
    fr24_doc.set(Ref.field("contract_number"), "56/1")
    first = read_pdf(render_pdf(fr24_doc).pdf).pages[0]
    assert "сәуірдің соңы №56/1" in " ".join(first.split())


def test_to_markup_escapes_and_links():
    assert to_markup("<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    assert to_markup("a\nb") == "a<br/>b"
    linked = to_markup("see https://a.kz/x?a=1&b=2.")
    assert linked.startswith('see <a href="https://a.kz/x?a=1&amp;b=2"')
    assert linked.endswith(">https://a.kz/x?a=1&amp;b=2</a>.")
    assert to_markup("http:// alone") == "http:// alone"
    assert to_markup(None) == ""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300), st.text(max_size=60))
def test_any_typed_text_prints_and_reads_back(fr24_doc, read_pdf, narrative, short):
    task = fr24_doc.add_row("tasks", cells={"title": short})
    fr24_doc.add_row("tasks.activities", task.id, cells={"narrative": narrative, "place": short})
    fr24_doc.set(Ref.field("goal"), narrative)
    fr24_doc.set(Ref.field("grant_total"), short)
    result = render_pdf(fr24_doc)
    text = read_pdf(result.pdf)
    assert result.pages == len(text.reader.pages)
    # What the font can draw comes back, in order (reportlab drops what it treats as
    # spaces, so compare without them).
    printed = squash(printable(narrative))
    assert printed in text.squashed or text.has_in_order(printed)
    fr24_doc.remove_row(task.id)
