"""A project file with its plan and reports: every document, link and mirrored change survives
closing and reopening."""

from __future__ import annotations

import json

from grantdesk.checks import run_checks
from grantdesk.document import Ref, project_from_json, project_to_json
from grantdesk.store import DocumentWriter, ProjectFile, list_backups
from tests.conftest import FIXTURES


def _new_project_file(path, registry):
    project = project_from_json(json.loads((FIXTURES / "seed_002.json").read_text(encoding="utf-8")), registry)
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
        final = project.new_document(registry.get("fr24"), "final", "kk")
        pf.create_document(final)
    return project


def _open(path, registry):
    pf = ProjectFile.open(path)
    project = pf.load_project(registry)
    writer = DocumentWriter(pf)
    for doc in project.documents:
        writer.attach(doc.doc_id, doc)
    return pf, project, writer


def test_documents_are_listed_in_order_with_role_and_plan(tmp_path, registry):
    path = tmp_path / "p.grantdesk"
    _new_project_file(path, registry)
    with ProjectFile.open(path, read_only=True) as pf:
        docs = pf.list_documents()
        assert [(d.role, d.form, d.plan_id) for d in docs] == [("plan", "pd", None), ("final", "fr24", docs[0].id)]
        project = pf.load_project(registry)
    final = project.reports()[0]
    assert final.plan is project.plan and final.follows_plan
    first = final.rows["tasks"][0].children["activities"][0].children["indicators"][0]
    assert (first.get("indicator"), first.get("plan")) == ("Фокус топ саны", "1")


def test_plan_edits_and_mirrored_rows_survive_reopening(tmp_path, registry):
    path = tmp_path / "p.grantdesk"
    _new_project_file(path, registry)
    pf, project, writer = _open(path, registry)
    plan, final = project.plan, project.reports()[0]
    task = plan.rows["tasks"][0]
    indicator = task.children["activities"][0].children["indicators"][0]
    plan.set(Ref.cell("tasks.activities.indicators", indicator.id, "plan"), "2")
    added = plan.add_row("tasks.activities", task.id, cells={"name": "Қосымша кездесу"})
    gone = task.children["activities"][1]
    follower = next(a for a in final.rows["tasks"][0].children["activities"] if a.plan_id == gone.id)
    final.set(Ref.cell("tasks.activities", follower.id, "participants"), "12")
    plan.remove_row(gone.id)
    final.set(Ref.field("org_name"), "Өзгерген ұйым")
    assert writer.flush() > 0
    expected = project_to_json(project)
    pf.close()

    with ProjectFile.open(path) as pf:
        again = pf.load_project(registry)
    assert project_to_json(again) == expected
    final = again.reports()[0]
    mirror = next(i for i, _ in final.iter_rows("tasks.activities.indicators") if i.plan_id == indicator.id)
    assert mirror.get("plan") == "2"
    assert any(a.plan_id == added.id and a.get("name") == "Қосымша кездесу" for a, _ in final.iter_rows("tasks.activities"))
    kept = final.row(follower.id)
    assert kept.not_in_plan and kept.get("participants") == "12" and kept.get("name") == gone.get("name")
    assert "R12.not_in_plan" in {p.key for p in run_checks(final)}
    assert again.plan.field("org_name") == "Өзгерген ұйым"


def test_deleting_a_document_keeps_it_in_a_backup(tmp_path, registry):
    path = tmp_path / "p.grantdesk"
    _new_project_file(path, registry)
    with ProjectFile.open(path) as pf:
        final_id = pf.list_documents()[-1].id
        pf.delete_document(final_id)
        assert [d.role for d in pf.list_documents()] == ["plan"]
        backup = pf.last_backup  # the file unchanged since opening: the opening's snapshot serves
    assert backup is not None and backup.path in [b.path for b in list_backups(path)]
    with ProjectFile.open(backup.path, read_only=True) as old:
        assert [d.role for d in old.list_documents()] == ["plan", "final"]
