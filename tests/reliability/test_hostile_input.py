"""Hostile input: whatever is typed or pasted into any field type is kept exactly.

Property-based (hypothesis): every field type of the form, as a field, a fixed-table cell
and a row cell, gets huge texts, control characters, NUL, emoji, right-to-left text,
markup and numbers in every shape people type. Nothing crashes; the text round-trips
exactly through the project file (the app's save path) and the JSON format; checks run;
the PDF still renders.

Lone surrogates (U+D800–U+DFFF) are not characters: no keyboard types them, Qt drops
them, UTF-8 cannot encode them. The JSON import refuses them with a message naming the
place; one put into a document by a program fails to save as a failed write does
(StoreError "write_failed", the queue kept), never with a traceback.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grantdesk.checks import problem_to_json, render_message, run_checks
from grantdesk.document import Document, Ref, ReportFormatError, from_json, to_json
from grantdesk.forms import FIELD_TYPES, default_registry
from grantdesk.printing import render_pdf
from grantdesk.progress import section_states
from grantdesk.store import DocumentWriter, ProjectFile, StoreError
from tests.conftest import load_seed

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- what people type and paste ----------------------------------------------------------

CONTROL = st.characters(codec=None, min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(
    ["\x7f", "\x85", "\x9b", "\u2028", "\u2029", "\ufeff", "\u200b", "\u00ad", "\ufffe", "\uffff"]
)
EMOJI = st.sampled_from([
    "😀", "👍🏽", "👨‍👩‍👧‍👦", "🇰🇿", "🏳️‍🌈", "❤️", "1️⃣", "🫶", "𝕏", "𓀀", "\U0010fffd",
])
RTL = st.sampled_from([
    "שלום", "مرحبا بالعالم", "\u202eevil\u202c", "\u200f", "\u200e", "\u2066x\u2069", "العربية 123",
])
MARKUP = st.sampled_from([
    "<b>", "</b>", "<para>", "</para>", "<br/>", "&amp;", "&", "&#0;", "&nbsp;", "<font name='x'>",
    "<img src='/etc/passwd'/>", "<a href='http://x'>", "]]>", "<!--", "%s", "%(x)s", "{0}", "{}",
    "\\", "'", '"', "`", "${x}", "\r\n", "\r", "\t", "<script>alert(1)</script>",
])
NUMBERS = st.sampled_from([
    "0", "-0", "+5", "-5", "1 234 567,89", "1,234.56", "1.234,56", "1\u00a0000", "1\u202f000",
    "1'000", "1e9", "1E-3", "NaN", "nan", "inf", "-Infinity", ".5", "5.", "--5", "(5)", "5%", "5 %",
    "½", "²", "０１２", "٣٤٥", "۱۲", "५", "₸ 5000", "5 000 тг", "5000₸", "99999999999999999999999999999",
    "0x1F", "1_000", "1,", ",5", "12.05.2024", "31.02.2024", "2024-05-12", "01.08.2023 – 30.11.2023",
    "сәуір-қараша 2024", "Кемінде 500", "80 %", "+7 (701) 123-45-67", "8 701 1234567", "3/4",
])
KAZAKH = st.text(alphabet="аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяАӘБҒҚҢӨҰҮҺІ «»—–,.;:!?0123456789", max_size=40)
PIECE = st.one_of(st.text(max_size=20), CONTROL, EMOJI, RTL, MARKUP, NUMBERS, KAZAKH, st.just("\x00"))
MIXED = st.lists(PIECE, max_size=12).map("".join)
HUGE = st.builds(lambda s, k: s * k, st.one_of(MIXED, KAZAKH).filter(bool), st.integers(200, 4000))
VALUE = st.one_of(MIXED, st.text(), NUMBERS, HUGE)
PRINTABLE_VALUE = st.one_of(MIXED, st.text(max_size=300), NUMBERS)  # PDF: no megabyte texts


# ---- every field type, in every place a value can be ----------------------------------------


def _targets(doc: Document) -> list[tuple[str, str, Ref]]:
    """(field type, where, ref) for every field type × field / fixed cell / row cell."""
    out: dict[tuple[str, str], Ref] = {}
    for f in doc.form.fields.values():
        out.setdefault((f.type, "field"), Ref.field(f.id))
    for tdef in doc.form.all_tables():
        if tdef.is_fixed:
            for r in tdef.fixed_rows:
                for c in tdef.columns:
                    out.setdefault((tdef.cell_type(r.key, c.id), "fixed"), Ref.fixed(tdef.id, r.key, c.id))
                    # "number" is declared by the socio columns, whose rows make it count/money
                    out.setdefault((c.type, "fixed"), Ref.fixed(tdef.id, r.key, c.id))
        else:
            rows = list(doc.iter_rows(tdef.path))
            plain = [row for row, _ in rows if row.kind is None] or [row for row, _ in rows]
            for c in tdef.columns:
                if plain:
                    out.setdefault((c.type, "cell"), Ref.cell(tdef.path, plain[0].id, c.id))
    return [(t, where, ref) for (t, where), ref in out.items()]


BASE = load_seed("seed_001")
TARGETS = _targets(BASE)


def _fresh() -> Document:
    return copy.deepcopy(BASE, memo={id(BASE.form): BASE.form})


# FR23 (seed 003) has types FR24 does not (an amount in thousands): its places are typed too.
FR23 = load_seed("seed_003")
FR23_ONLY = [t for t in _targets(FR23) if t[0] not in {x for x, _, _ in TARGETS}]


def test_every_field_type_is_covered():
    types = {t for t, _, _ in TARGETS} | {t for t, _, _ in FR23_ONLY}
    assert types == set(FIELD_TYPES), f"no place to type: {set(FIELD_TYPES) - types}"
    assert {w for _, w, _ in TARGETS} == {"field", "fixed", "cell"}


@settings(max_examples=60, deadline=None)
@given(value=VALUE)
def test_hostile_text_in_fr23_only_places_is_kept_and_checked(value):
    doc = copy.deepcopy(FR23, memo={id(FR23.form): FR23.form})
    for _, _, ref in FR23_ONLY:
        doc.set(ref, value)
        assert doc.get(ref) == value
    run_checks(doc)  # never raises


ASSIGNMENTS = st.lists(st.tuples(st.integers(0, len(TARGETS) - 1), VALUE), min_size=1, max_size=8)


def _apply(doc: Document, assignments) -> dict[Ref, str]:
    expected: dict[Ref, str] = {}
    for i, value in assignments:
        ref = TARGETS[i][2]
        doc.set(ref, value)
        expected[ref] = value
    return expected


def _checks_do_not_crash(doc: Document) -> None:
    problems = run_checks(doc)
    section_states(doc, problems)
    for p in problems:
        for lang in ("kk", "ru", "en"):
            assert isinstance(render_message(p, doc, lang), str)
            json.dumps(problem_to_json(p, doc, lang), ensure_ascii=False)


@FAST
@given(assignments=ASSIGNMENTS, row_text=VALUE)
def test_hostile_text_round_trips_exactly_through_the_file(assignments, row_text):
    registry = default_registry()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hostile.grantdesk"
        with ProjectFile.create(path) as project:
            rid = project.create_document(BASE)
        project = ProjectFile.open(path)
        doc = project.load_document(rid, registry)
        writer = DocumentWriter(project, rid, doc)
        expected = _apply(doc, assignments)
        # a new row at the deepest level, typed into at once (RowAdded with cells)
        parent = next(row for row, _ in doc.iter_rows("tasks.activities"))
        row = doc.add_row("tasks.activities.indicators", parent.id, cells={"indicator": row_text, "fact": row_text})
        writer.flush()
        project.close()
        with ProjectFile.open(path) as project:
            assert project.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            again = project.load_document(rid, registry)
    for ref, value in expected.items():
        assert again.get(ref) == value
    assert again.row(row.id).cells == {"indicator": row_text, "fact": row_text}
    assert to_json(again) == to_json(doc)


@FAST
@given(assignments=ASSIGNMENTS)
def test_hostile_text_round_trips_exactly_through_json_and_checks_never_crash(assignments):
    doc = _fresh()
    expected = _apply(doc, assignments)
    data = to_json(doc)
    for ascii_only in (True, False):
        text = json.dumps(data, ensure_ascii=ascii_only)
        again = from_json(json.loads(text), default_registry())
        assert to_json(again) == data
        for ref, value in expected.items():
            assert again.get(ref) == value
    _checks_do_not_crash(doc)


@SLOW
@given(assignments=st.lists(st.tuples(st.integers(0, len(TARGETS) - 1), PRINTABLE_VALUE), min_size=1, max_size=8))
def test_the_pdf_still_renders_whatever_was_typed(assignments):
    doc = _fresh()
    _apply(doc, assignments)
    result = render_pdf(doc, draft=True)
    assert result.pdf.startswith(b"%PDF") and result.pages >= 1


def test_a_number_of_thousands_of_digits_in_every_place_is_checked_and_printed():
    # Found by the property test above: Python refuses int() of more than 4 300 digits,
    # and the message grouping a number's thousands crashed on one.
    doc = _fresh()
    for _, _, ref in TARGETS:
        doc.set(ref, "1" + "0" * 5000)
    _checks_do_not_crash(doc)
    assert render_pdf(doc).pages >= 1


def test_a_long_text_in_every_place_at_once_still_prints():
    doc = _fresh()
    big = ("Қазақстан 😀 שלום <b>&amp;</b> 1 234,56 \x00\x07 " * 50).strip()  # ~2 100 characters
    for _, _, ref in TARGETS:
        doc.set(ref, big)
    _checks_do_not_crash(doc)
    assert render_pdf(doc).pages > 10


@pytest.mark.parametrize("field_id, lang", [("contract_date", "kk"), ("contract_number", "ru")])
def test_a_contract_date_or_number_pages_long_still_prints(field_id, lang):
    # was a reportlab LayoutError: the contract lines' table could not split a row taller than a page
    doc = _fresh()
    doc.set(Ref.field(field_id), ("Қазақстан 😀 1 234,56 " * 500).strip())  # ~10 000 characters
    assert render_pdf(doc, lang=lang).pages > 5


# ---- lone surrogates: refused at the door, never a traceback ----------------------------------


def test_qt_never_hands_the_app_a_lone_surrogate(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    line, multi = QLineEdit(), QPlainTextEdit()
    qtbot.addWidget(line)
    qtbot.addWidget(multi)
    line.setText("a\ud800b")
    multi.setPlainText("Қ\udfffз")
    assert line.text() == "ab" and multi.toPlainText() == "Қз"


@pytest.mark.parametrize("value", ["\ud800", "a\udfffb", "Қ\udc80"])
def test_a_lone_surrogate_that_reaches_the_store_is_a_store_error_and_nothing_is_lost(value, tmp_path, registry):
    # only a program can put one in a document; saving it must fail as a write does
    path = tmp_path / "s.grantdesk"
    with ProjectFile.create(path) as project:
        rid = project.create_document(BASE)
    project = ProjectFile.open(path)
    doc = project.load_document(rid, registry)
    writer = DocumentWriter(project, rid, doc)
    doc.set(Ref.field("org_name"), "Сақталады")
    doc.set(Ref.field("goal"), value)
    with pytest.raises(StoreError) as err:
        writer.flush()
    assert err.value.code == "write_failed"
    assert writer.pending == 2  # the queue is kept, as for a full disk
    project.close()
    with ProjectFile.open(path) as project:  # the file holds its last good state
        again = project.load_document(rid, registry)
    assert to_json(again) == to_json(BASE)


def test_a_lone_surrogate_in_a_json_report_is_refused_with_its_place():
    data = to_json(_fresh())
    data["values"]["goal"] = "x\ud800y"
    with pytest.raises(ReportFormatError, match="values.goal"):
        from_json(json.loads(json.dumps(data)), default_registry())
    data = to_json(_fresh())
    data["tables"]["tasks"][0]["title"] = "\udfff"
    with pytest.raises(ReportFormatError, match=r"tables.tasks\[1\].title"):
        from_json(data, default_registry())


def test_grantdesk_import_of_a_lone_surrogate_says_why_and_leaves_no_file(tmp_path, capsys):
    from grantdesk.cli.main import main

    data = to_json(_fresh())
    data["project"]["org_name"] = "«Рухтан» \ud83d"  # half an emoji, as a broken exporter writes it
    src = tmp_path / "r.json"
    src.write_text(json.dumps(data), encoding="utf-8")  # ensure_ascii: "\ud83d" as an escape
    out = tmp_path / "p.grantdesk"
    assert main(["import", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "project.org_name" in err and "Traceback" not in err
    assert not out.exists()
