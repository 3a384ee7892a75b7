"""A draft carries its mark on every page; a final print carries none."""

from __future__ import annotations

from grantdesk.printing import render_pdf
from grantdesk.layout.chrome import chrome


def test_draft_mark_on_every_page(seed_001, read_pdf):
    result = render_pdf(seed_001, draft=True)
    text = read_pdf(result.pdf)
    assert result.pages > 1
    for page in text.squashed_pages:
        assert "НОБАЙ—есептетүзетілмегенқателернемесетолтырылмағанорындарбар" in page


def test_draft_mark_in_the_print_language(seed_001, read_pdf):
    text = read_pdf(render_pdf(seed_001, lang="ru", draft=True).pdf)
    for page in text.pages:
        assert chrome("ru").draft_note in page
        assert chrome("ru").draft in page


def test_no_draft_mark_on_a_final_print(seed_001, read_pdf):
    text = read_pdf(render_pdf(seed_001, draft=False).pdf)
    joined = "".join(text.pages)
    assert chrome("kk").draft not in joined
    assert "Нобай" not in joined


def test_draft_does_not_change_the_layout(seed_001):
    assert render_pdf(seed_001, draft=True).pages == render_pdf(seed_001).pages
