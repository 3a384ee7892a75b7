"""FR23 as a document of a project: it follows the plan as FR24 does, its sub-rows and
extra tables are its own values, and every value survives JSON (v1 and v2) unchanged."""

from __future__ import annotations

import json

from grantdesk.document import Ref, from_json, project_from_json, project_to_json, to_json
from tests.conftest import FIXTURES


def test_seed_003_round_trips_through_json(registry):
    data = json.loads((FIXTURES / "seed_003.json").read_text(encoding="utf-8"))
    doc = from_json(data, registry)
    again = to_json(from_json(to_json(doc), registry))
    assert again == to_json(doc)
    assert again["tables"]["socio"]["specialists_vulnerable"] == {"plan": "-", "fact": "-"}
    assert again["tables"]["proposals"][0]["amount"] == "30 000 000 (отыз миллион) теңге"
    efficiency = [a["efficiency"] for t in again["tables"]["tasks"] for a in t["activities"]]
    assert efficiency[2] == "Заманауи әдістер мен кейстердің негізінде облыстың жастары нашақорлықтың алдын алу " \
                            "бойынша пайдалы ақпараттарға ие болды."


def test_an_fr23_report_follows_the_plan(registry):
    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), registry)
    report = project.new_document(registry.get("fr23"), "final", "kk")
    report.doc_id = 2  # as the store numbers it
    plan = project.plan
    assert [r.get("title") for r in report.rows["tasks"]] == [r.get("title") for r in plan.rows["tasks"]]
    first = report.rows["tasks"][0].children["activities"][0]
    assert report.from_plan(Ref.cell("tasks.activities", first.id, "name"))
    assert not report.from_plan(Ref.cell("tasks.activities", first.id, "efficiency"))
    assert report.fixed("socio", "direct", "plan") == "160"
    assert not report.from_plan(Ref.fixed("socio", "direct_vulnerable", "plan"))  # the plan has no sub-rows
    report.set(Ref.cell("tasks.activities", first.id, "efficiency"), "Мектеп ашылды")
    report.set(Ref.fixed("socio", "direct_vulnerable", "fact"), "12")
    back = project_from_json(project_to_json(project), registry)
    [again] = [d for d in back.documents if d.form.id == "fr23"]
    assert again.rows["tasks"][0].children["activities"][0].get("efficiency") == "Мектеп ашылды"
    assert again.fixed("socio", "direct_vulnerable", "fact") == "12"
