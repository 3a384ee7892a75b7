"""Column widths follow the report being printed, within the definition's bounds
(layout/widths.py), and are the same on every page of a table."""

from __future__ import annotations

import pytest

from grantdesk.layout.columns import Bound, bounds
from grantdesk.layout.widths import CELL_SPARE, Column, fit_columns


def test_widths_entries_are_weights_or_bounds():
    block = {"block": "grid", "widths": [3, {"weight": 7, "min": 5}, {"weight": 2, "max": 20, "min": 1}]}
    assert bounds(block, 3, []) == [Bound(3.0), Bound(7.0, 5.0, None), Bound(2.0, 1.0, 20.0)]
    assert bounds({"block": "grid"}, 2, [1, 2]) == [Bound(1.0), Bound(2.0)]
    with pytest.raises(ValueError, match="2 widths for 3 columns"):
        bounds({"block": "grid", "widths": [1, 2]}, 3, [])
    with pytest.raises(ValueError, match="weight"):
        bounds({"block": "grid", "widths": [{"min": 3}]}, 1, [])


def test_an_empty_column_shrinks_to_its_heading_and_short_values_keep_their_words():
    text = Column(head_word=30, word=60, line=3000, mean=900)  # running text
    plan = Column(head_word=25, word=48, line=200, mean=40)  # "Кемінде 500", "21 фото (әр …"
    empty = Column(head_word=70, word=0, line=0)  # a column nobody filled in
    layout = fit_columns([text, plan, plan, empty], [Bound(40), Bound(10), Bound(10), Bound(20)], 300)
    text_w, plan_w, fact_w, empty_w = layout.widths
    assert sum(layout.widths) == pytest.approx(300)
    assert empty_w == pytest.approx(70 + CELL_SPARE)  # its heading's longest word, no more
    assert plan_w >= 48 + CELL_SPARE and fact_w >= 48 + CELL_SPARE
    assert text_w > plan_w  # the rest went where the text is


def test_when_not_every_word_fits_running_text_gives_up_room_first():
    text = Column(head_word=20, word=120, line=4000, mean=1000)
    plan = Column(head_word=20, word=60, line=90, mean=50)
    layout = fit_columns([text, text, plan, plan], [Bound(1)] * 4, 300)
    assert layout.widths[2] == pytest.approx(60 + CELL_SPARE)
    assert layout.widths[3] == pytest.approx(60 + CELL_SPARE)
    assert layout.widths[0] < 120 + CELL_SPARE  # its longest words will break between syllables


def test_headings_get_one_smaller_size_before_words_must_break():
    columns = [Column(head_word=90, word=20, line=20, mean=20) for _ in range(4)]
    layout = fit_columns(columns, [Bound(1)] * 4, 330)
    assert layout.head_scale < 1
    assert all(w >= 90 * layout.head_scale + CELL_SPARE - 1e-6 for w in layout.widths)


def test_a_max_bound_holds_and_a_group_heading_spans_its_columns():
    wide = Column(head_word=10, word=400, line=5000, mean=2000)
    small = Column(head_word=10, word=10, line=10, mean=10)
    layout = fit_columns([wide, small, small], [Bound(1, max=50), Bound(1), Bound(1)], 400,
                         groups=[(1, 2, 150)])
    assert layout.widths[0] <= 200 + 1e-6
    assert layout.widths[1] + layout.widths[2] >= 150 + CELL_SPARE - 1e-6


def test_every_page_of_the_activity_table_has_the_same_columns(big_document):
    from grantdesk.layout.build import TreeTable, print_tree
    from grantdesk.printing.tree import tree_flowables

    doc = big_document(6, 3, 3)
    table = next(n for n in print_tree(doc.form, doc).body if isinstance(n, TreeTable))
    parts = [f for f in tree_flowables(table) if hasattr(f, "_colWidths")]
    assert len(parts) > 3
    assert len({tuple(p._colWidths) for p in parts}) == 1
