"""The document model: values kept as typed, rows with stable ids, events, JSON round trip."""

from __future__ import annotations

import json

import pytest

from grantdesk.document import (
    Document, DocumentError, Ref, ReportFormatError, RowAdded, RowRemoved, RowsReordered, ValueChanged,
    from_json, to_json,
)
from tests.conftest import FIXTURES


def test_new_report_has_both_standard_blocks_and_default_rows(fr24):
    doc = Document.new(fr24)
    assert [r.kind for r in doc.rows["tasks"]] == ["presentation", "information"]
    assert "презентациясы" in doc.row_title(doc.rows["tasks"][0])
    assert len(doc.rows["stats_gender"]) == 1 and doc.rows["partners"] == []


def test_new_tasks_go_before_the_standard_blocks_and_number_from_one(fr24):
    doc = Document.new(fr24)
    a = doc.add_row("tasks", cells={"title": "A"})
    b = doc.add_row("tasks", cells={"title": "B"})
    assert [r.id for r in doc.rows["tasks"][:2]] == [a.id, b.id]
    assert doc.numbering("tasks", b) == 2
    assert doc.numbering("tasks", doc.rows["tasks"][2]) is None
    assert doc.position_path(b.id) == "tasks[2]"


def test_values_are_kept_exactly_as_typed_and_scoped(fr24):
    doc = Document.new(fr24)
    doc.set(Ref.field("grant_total"), "10 125 000 тг")
    doc.set(Ref.field("achieved"), "  <b>&</b>\n")
    doc.set(Ref.fixed("socio", "direct", "fact"), "-")
    assert doc.project["grant_total"] == "10 125 000 тг"
    assert doc.values["achieved"] == "  <b>&</b>\n"
    assert doc.fixed("socio", "direct", "fact") == "-"
    with pytest.raises(DocumentError):
        doc.set(Ref.field("goal"), 5)  # type: ignore[arg-type]


def test_every_change_is_an_event(fr24):
    doc = Document.new(fr24)
    events = []
    doc.subscribe(events.append)
    t = doc.add_row("tasks")
    a = doc.add_row("tasks.activities", t.id)
    i = doc.add_row("tasks.activities.indicators", a.id, cells={"plan": "5"})
    doc.set(Ref.cell("tasks.activities.indicators", i.id, "fact"), "3")
    doc.set(Ref.cell("tasks.activities.indicators", i.id, "fact"), "3")  # no change, no event
    doc.move_row(t.id, 2)
    doc.remove_row(t.id)
    kinds = [type(e) for e in events]
    assert kinds == [RowAdded, RowAdded, RowAdded, ValueChanged, RowsReordered, RowRemoved]
    assert set(events[-1].removed_ids) == {t.id, a.id, i.id}
    assert not doc.has_row(i.id)


def test_seed_json_round_trips_exactly():
    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    from grantdesk.forms import default_registry

    doc = from_json(data, default_registry())
    again = to_json(doc)
    assert to_json(from_json(again, default_registry())) == again
    assert again["project"]["period"] == "Сәуір -қараша 2024 жыл"
    assert len(again["tables"]["tasks"]) == 9


@pytest.mark.parametrize("patch, message", [
    ({"format": "other"}, "not a GrantDesk report"),
    ({"format_version": 99}, "newer GrantDesk"),
    ({"form": "fr99"}, "unknown form"),
    ({"lang": "de"}, "lang must be"),
    ({"values": {"goal": 5}}, "values.goal: expected text"),
    ({"values": {"gaol": "x"}}, "unknown key"),
    ({"tables": {"partners": [{"name": "A", "nmae": "B"}]}}, r"tables.partners\[1\]: unknown key"),
    ({"tables": {"tasks": [{"standard": "party"}]}}, "unknown standard block"),
])
def test_bad_json_is_refused_with_the_place(patch, message):
    from grantdesk.forms import default_registry

    data = {"format": "grantdesk-report", "format_version": 1, "form": "fr24", "lang": "kk"}
    data.update(patch)
    with pytest.raises(ReportFormatError, match=message):
        from_json(data, default_registry())
