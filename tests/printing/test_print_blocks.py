"""The renderer is generic over block kinds: a new edition is a new definition file."""

from __future__ import annotations

import copy
import io
from datetime import datetime, timezone

import pytest
import yaml
from pypdf import PdfReader

from grantdesk.document import Document, Ref
from grantdesk.forms import parse_form
from grantdesk.printing import render_pdf
from grantdesk.layout.build import BLOCKS
from grantdesk.resources import forms_dir


@pytest.fixture(scope="module")
def fr24_data() -> dict:
    return yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))


def edition(data: dict, blocks: list[dict]) -> Document:
    data = copy.deepcopy(data)
    data["id"] = "test_edition"
    data["print"] = blocks
    return Document.new(parse_form(data, "test_edition.yaml"))


def test_every_block_kind_of_the_definitions_has_a_renderer(registry):
    for form in registry:
        for block in form.print_blocks:
            assert block["block"] in BLOCKS, (form.id, block)


def test_a_new_edition_prints_its_own_order_and_wording(fr24_data, read_pdf):
    doc = edition(fr24_data, [
        {"block": "heading", "text": {"kk": "Жаңа басылым", "ru": "Новая редакция"}},
        {"block": "grid", "table": "partners", "numbered": True},
        {"block": "field", "field": "goal"},
        {"block": "paragraph", "text": {"kk": "Соңғы сөз", "ru": "Последнее слово"}},
    ])
    doc.add_row("partners", cells={"name": "Ақкетік газеті", "role": "Мақала жариялау"})
    doc.add_row("partners", cells={"name": "Рауан газеті"})
    doc.set(Ref.field("goal"), "Мақсат мәтіні")
    text = read_pdf(render_pdf(doc).pdf)
    flat = text.squashed
    order = ["Жаңабасылым", "Әлеуметтікжобаныңсеріктестері", "№", "1Ақкетікгазеті", "2Рауангазеті",
             "Жобаныңмақсаты:", "Мақсатмәтіні", "Соңғысөз"]
    positions = [flat.find(part) for part in order]
    assert -1 not in positions, list(zip(order, positions))
    assert positions == sorted(positions)
    assert not text.has("Мемлекеттік грант беру туралы")  # blocks not listed do not print
    ru = read_pdf(render_pdf(doc, lang="ru").pdf)
    assert ru.has("Новая редакция") and ru.has("Последнее слово") and ru.has("Цель проекта:")


def test_unknown_block_kind_is_a_definition_error(fr24_data):
    from grantdesk.forms import FormError

    with pytest.raises(FormError, match="unknown block 'hologram'"):  # when the definition loads, not on paper
        edition(fr24_data, [{"block": "hologram"}])


def test_row_heading_column_prints_only_when_a_row_has_a_heading(fr24_doc, read_pdf):
    row = fr24_doc.rows["stats_gender"][0]
    fr24_doc.set(Ref.cell("stats_gender", row.id, "total"), "647")
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert not text.has("Жол атауы")  # an editing hint, never printed
    second = fr24_doc.add_row("stats_gender", cells={"label": "Шағын гранттар бойынша", "total": "12"})
    fr24_doc.set(Ref.cell("stats_gender", row.id, "label"), "Жоба бойынша")
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has("Жоба бойынша 647") and text.has("Шағын гранттар бойынша 12")
    assert second.get("label") == "Шағын гранттар бойынша"


def test_standard_blocks_print_their_title_without_a_number(fr24_doc, read_pdf):
    plain = fr24_doc.add_row("tasks", cells={"title": "Бірінші міндет"})
    fr24_doc.add_row("tasks.activities", plain.id, cells={"narrative": "Жасалды."})
    presentation = next(r for r in fr24_doc.rows["tasks"] if r.kind == "presentation")
    fr24_doc.add_row("tasks.activities", presentation.id, cells={"narrative": "Презентация өтті."})
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has("1-міндет. Бірінші міндет 1-іс-шара. Жасалды.")
    assert text.has("Шарт талаптарына сәйкес жоба нәтижелерінің қорытынды жария презентациясы 1-іс-шара. Презентация өтті.")
    assert not text.has("2-міндет")


def test_an_activity_with_nothing_written_is_left_out_of_the_narrative(seed_001, read_pdf):
    # Seed 001's first task has two activities and a text for the first only; its report
    # goes straight from that text to the second task, and so does the print.
    task = seed_001.rows["tasks"][0]
    activities = task.children["activities"]
    assert len(activities) == 2 and activities[0].get("narrative") and not activities[1].get("narrative").strip()
    text = read_pdf(render_pdf(seed_001).pdf)
    assert text.has("пікірсайысшылар саны кемінде 500-ге жеткізілді. 2-міндет.")
    assert not text.has("2-іс-шара. 2-міндет.")
    assert text.has(activities[1].get("name"))  # the activity itself still prints, in the table


def test_same_document_same_bytes(seed_001, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1714435200")  # reproducible builds' convention
    assert render_pdf(seed_001).pdf == render_pdf(seed_001).pdf


def test_the_pdf_carries_its_date_title_author_and_language(seed_001):
    before = datetime.now(timezone.utc).replace(microsecond=0)
    reader = PdfReader(io.BytesIO(render_pdf(seed_001, lang="ru").pdf))
    meta = reader.metadata
    assert meta.title == "Итоговый отчет по результатам реализации социального проекта"
    assert meta.author == seed_001.field("org_name")
    assert abs((meta.creation_date.astimezone(timezone.utc) - before).total_seconds()) < 120
    assert reader.trailer["/Root"]["/Lang"] == "ru"
