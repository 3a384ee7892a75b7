"""Long reports: the activity table spans many pages, with its header on each of them;
a cell several pages long prints instead of failing the build."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from grantdesk.document import Ref
from grantdesk.printing import render_pdf

from .conftest import squash

HEADER = ["Міндет шеңберіндегі іс-шаралар", "Өткізілу күні", "Сандық және сапалық көрсеткіштер",
          "Индикаторлар", "жоспар", "факт", "Ұзақ мерзімді келешектегі нәтижелері/әсері (міндеттерге)"]


@pytest.fixture(scope="module")
def big_print(big_document):
    doc = big_document(30, 4, 7)
    return doc, render_pdf(doc)


@pytest.fixture(scope="module")
def one_huge_task_print(big_document):
    """One task of 200 lines: the table is printed in parts inside that task too."""
    doc = big_document(1, 40, 5)
    return doc, render_pdf(doc)


@pytest.mark.parametrize("printed", ["big_print", "one_huge_task_print"])
def test_header_repeats_on_every_page_the_activity_table_spans(printed, request, read_pdf):
    doc, result = request.getfixturevalue(printed)
    text = read_pdf(result.pdf)
    table_pages = [i for i, page in enumerate(text.squashed_pages) if "КөрсеткішT" in page]
    assert len(table_pages) > 5
    assert table_pages == list(range(table_pages[0], table_pages[-1] + 1))  # one run of pages
    for i in table_pages:
        page = text.squashed_pages[i]
        for label in HEADER:
            assert squash(label) in page, (i + 1, label)
        # the header is printed once on a page, not again under a part of the table
        assert page.count("Өткізілуорны") == 1, i + 1
    # and on no page the table does not reach: after the last indicator only the table's
    # two standard rows (no indicators) may run onto one more page
    headed = [i for i, page in enumerate(text.squashed_pages) if "Өткізілуорны" in page]
    assert headed == list(range(table_pages[0], headed[-1] + 1))
    assert headed[-1] - table_pages[-1] <= 1


def test_every_line_of_one_huge_task_is_printed_in_order(one_huge_task_print, read_pdf):
    doc, result = one_huge_task_print
    text = read_pdf(result.pdf)
    lines = [f"Көрсеткіш T1A{a}I{i}" for a in range(1, 41) for i in range(1, 6)]
    positions = [text.squashed.find(squash(line)) for line in lines]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_every_row_of_a_long_table_is_printed(big_print, read_pdf):
    doc, result = big_print
    text = read_pdf(result.pdf)
    assert result.pages == len(text.reader.pages)
    for t in (1, 15, 30):
        for a in (1, 4):
            for i in (1, 7):
                assert text.has(f"Көрсеткіш T{t}A{a}I{i}")
            assert text.has(f"T{t}A{a} қысқа мерзімді нәтиже: командалар тіркелді, төрешілер бекітілді.")
    assert text.has(f"Есеп беттерінің жалпы саны: {result.pages}")


def test_a_cell_three_pages_long_splits_across_pages(fr24_doc, read_pdf):
    words = [f"сөз{n}" for n in range(2600)]
    task = fr24_doc.add_row("tasks", cells={"title": "Ұзын міндет"})
    fr24_doc.add_row("tasks.activities", task.id, cells={"shortterm": " ".join(words), "name": "Ұзын іс-шара"})
    fr24_doc.set(Ref.field("goal"), " ".join(words))  # a long label | value cell too
    result = render_pdf(fr24_doc)
    text = read_pdf(result.pdf)
    assert result.pages >= 6
    assert text.has_in_order(" ".join(words))
    assert all(text.has(w) for w in words[::97])


def test_one_enormous_word_does_not_overflow_or_crash(fr24_doc, read_pdf):
    url = "https://example.kz/" + "a" * 3000
    task = fr24_doc.add_row("tasks", cells={"title": "x" * 2000})
    fr24_doc.add_row("tasks.activities", task.id, cells={"place": url, "narrative": url})
    text = read_pdf(render_pdf(fr24_doc).pdf)
    assert text.has_in_order(url)
    assert text.has_in_order("x" * 2000)


def test_a_task_without_activities_and_an_activity_without_indicators_print(fr24_doc, read_pdf):
    fr24_doc.add_row("tasks", cells={"title": "Іс-шарасы жоқ міндет", "longterm": "Ұзақ нәтиже A"})
    task = fr24_doc.add_row("tasks", cells={"title": "Көрсеткіші жоқ міндет"})
    fr24_doc.add_row("tasks.activities", task.id, cells={"name": "Көрсеткіші жоқ іс-шара", "date": "сәуір-қараша"})
    text = read_pdf(render_pdf(fr24_doc).pdf)
    for value in ("Іс-шарасы жоқ міндет", "Ұзақ нәтиже A", "Көрсеткіші жоқ міндет", "Көрсеткіші жоқ іс-шара", "сәуір-қараша"):
        assert text.has(value)
    assert text.has("1-міндет. Іс-шарасы жоқ міндет")
    assert text.has("2-міндет. Көрсеткіші жоқ міндет")


def _baselines(pdf: bytes, page: int) -> dict[str, float]:
    """Each text run on a page and the height it is printed at (points from the bottom)."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), cm[5] + tm[5] * cm[3])

    PdfReader(BytesIO(pdf)).pages[page].extract_text(visitor_text=visit)
    return found


def test_indicators_stack_beside_their_activity_as_merged_cells(fr24_doc):
    # On paper the activity's cells are merged over its indicator rows: the indicators
    # follow one another, not each as tall as the activity's long texts.
    task = fr24_doc.add_row("tasks", cells={"title": "Міндет"})
    act = fr24_doc.add_row("tasks.activities", task.id, cells={
        "name": "Іс-шара", "shortterm": "\n".join(f"нәтиже жолы {n}" for n in range(1, 25)),
    })
    for i in range(1, 6):
        fr24_doc.add_row("tasks.activities.indicators", act.id, cells={"indicator": f"IND{i}", "plan": "1", "fact": "1"})
    result = render_pdf(fr24_doc)
    page = next(i for i in range(result.pages) if "IND1" in _baselines(result.pdf, i))
    y = _baselines(result.pdf, page)
    assert y["IND1"] > y["IND2"] > y["IND3"] > y["IND4"] > y["IND5"]
    # all five beside the activity's text, above its last line, not below it
    assert y["IND5"] > y["нәтиже жолы 24"]
    assert y["IND1"] - y["IND5"] < y["нәтиже жолы 1"] - y["нәтиже жолы 24"]


def test_a_line_cut_between_indicators_goes_on_at_the_top_of_the_next_page(fr24_doc, read_pdf):
    # A line whose indicators run over several pages is cut between two of them, leaving a gap
    # at the page's bottom. Its rest must start on the next page, not be squeezed into the
    # gap and cut again, this time inside an indicator.
    task = fr24_doc.add_row("tasks", cells={"title": "Міндет"})
    act = fr24_doc.add_row("tasks.activities", task.id, cells={
        "name": "Іс-шара", "shortterm": "\n".join(f"нәтиже {n}" for n in range(10)),
    })
    for i in range(12):
        fr24_doc.add_row("tasks.activities.indicators", act.id, cells={
            "indicator": "\n".join(f"IND{i}L{k}" for k in range(12)), "plan": "1", "fact": "1",
        })
    text = read_pdf(render_pdf(fr24_doc).pdf)
    for i in range(12):
        lines = [f"IND{i}L{k}" for k in range(12)]
        assert any(all(line in page for line in lines) for page in text.squashed_pages), i
