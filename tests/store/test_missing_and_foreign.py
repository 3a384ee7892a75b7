"""Issue 19 items 7 and 8: a project whose edition is gone still opens (that document left
out, named, with how to add it); a file changed by another tool is refused, clearly, and
leaves no handle behind."""

from __future__ import annotations

import sqlite3

import pytest

from grantdesk import operations
from grantdesk.cli.main import main
from grantdesk.forms import default_registry
from grantdesk.store import ProjectFile, StoreError
from tests.conftest import FIXTURES


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.grantdesk"
    assert main(["import", str(FIXTURES / "seed_001.json"), "-o", str(path)]) == 0
    with ProjectFile.open(path) as p:
        from grantdesk.document import Project

        model = p.load_project(default_registry())
        p.create_document(model.new_document(default_registry().editions("plan")[0], "plan", "kk"))
    return path


def _tamper(path, *sql):
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_a_document_of_a_missing_edition_is_left_out_named_and_the_rest_opens(project, capsys):
    _tamper(project, "UPDATE reports SET form='fr99' WHERE role='final'")
    opened = operations.open_project(project, default_registry())
    try:
        assert [d.role for d in opened.model.documents] == ["plan"]
        assert [e for _, e in opened.missing] == ["fr99"]
        text = opened.missing_message("ru")
        assert "fr99" in text and "add-edition" in text
    finally:
        opened.file.close()
    # every document in the file's order, the missing edition's one as a DocumentInfo of its own
    entries = opened.entries()
    assert [getattr(e, "role", None) for e in entries] == ["plan", "final"]
    assert entries[1].form == "fr99" and entries[1].id == opened.missing[0][0]
    capsys.readouterr()
    assert main(["--ui-lang", "en", "documents", str(project)]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2 and "Traceback" not in err
    assert lines[1].split()[0] == str(entries[1].id)
    assert "fr99" in lines[1] and "edition missing: fr99 — add it with File → Add a form edition…" in lines[1]
    final_id = opened.missing[0][0]
    assert main(["--ui-lang", "kk", "check", str(project), "--document", str(final_id)]) == 2
    err = capsys.readouterr().err
    assert "fr99" in err and "add-edition" in err
    with ProjectFile.open(project, read_only=True) as p:  # the document itself is untouched
        assert {d.form for d in p.list_documents()} == {"fr99", "pd"}


@pytest.mark.parametrize("sql, found", [
    (["CREATE TABLE spy (x)"], "table spy"),
    (["ALTER TABLE reports ADD COLUMN colour TEXT"], "column reports.colour"),
    (["CREATE TRIGGER wipe AFTER INSERT ON report_values BEGIN DELETE FROM report_values; END"], "trigger wipe"),
    (["CREATE VIEW v AS SELECT 1"], "view v"),
    (["UPDATE reports SET role='boss'"], "reports.role"),
    (["UPDATE reports SET lang='fr'"], "reports.lang"),
    (["UPDATE report_values SET value=x'00ff' WHERE rowid IN (SELECT rowid FROM report_values LIMIT 1)"], "blob"),
])
def test_a_file_changed_by_another_tool_is_refused_clearly_and_leaves_no_handle(project, capsys, sql, found):
    _tamper(project, *sql)
    before = project.read_bytes()
    with pytest.raises(StoreError) as info:
        ProjectFile.open(project)
    assert info.value.code == "foreign" and found in info.value.detail
    capsys.readouterr()
    assert main(["--ui-lang", "en", "documents", str(project)]) == 2
    err = capsys.readouterr().err
    assert "changed by another program" in err and found in err and "Traceback" not in err
    assert project.read_bytes() == before
    # no handle left behind: the same process opens the file for writing next
    conn = sqlite3.connect(project, timeout=0)
    conn.execute("BEGIN EXCLUSIVE")  # fails with "database is locked" while any handle holds it
    conn.rollback()
    conn.close()


def test_a_load_that_fails_after_the_open_closes_the_file(project, monkeypatch):
    def broken(self, registry):
        raise ValueError("a value the model cannot take")

    monkeypatch.setattr(ProjectFile, "load_project", broken)
    with pytest.raises(ValueError):
        operations.open_project(project, default_registry())
    monkeypatch.undo()
    opened = operations.open_project(project, default_registry())  # not "already open in another window"
    opened.file.close()


# ---- item 8: what another tool added, removed after a backup, with consent -----------------


def _values(path):
    with ProjectFile.open(path, read_only=True) as p:
        return {d.id: dict(p.db.execute("SELECT key, value FROM report_values WHERE report_id=?", [d.id]).fetchall())
                for d in p.list_documents()}


def test_repair_backs_up_removes_what_another_tool_added_and_the_values_stay(project, capsys):
    before = _values(project)
    assert sum(len(v) for v in before.values()) > 20
    key = next(k for k in before[min(before)] if k != "achieved")
    _tamper(project,
            "CREATE TRIGGER wipe AFTER INSERT ON report_values BEGIN DELETE FROM report_values; END",
            "CREATE TABLE spy (x)", "CREATE VIEW v AS SELECT 1", "CREATE INDEX spy_x ON spy(x)",
            "ALTER TABLE reports ADD COLUMN colour TEXT",
            f"UPDATE report_values SET value=CAST(value AS BLOB) WHERE key='{key}'",  # a BLOB holding text
            "UPDATE cells SET value=x'ff00' WHERE rowid IN (SELECT rowid FROM cells LIMIT 1)")  # unreadable
    question = operations.repair_question(project)
    asked = question.text(project, "en")
    for item in ("trigger wipe", "table spy", "view v", "index spy_x", "column reports.colour",
                 "report_values.value", "cells.value: 1 unreadable value(s) removed", "A backup"):
        assert item in asked
    capsys.readouterr()
    assert main(["--ui-lang", "en", "repair", str(project)]) == 0
    out = capsys.readouterr().out
    assert "trigger wipe" in out and "repaired" in out
    from grantdesk.store import list_backups

    taken = [b for b in list_backups(project) if b.reason == "before-repair"]
    assert len(taken) == 1 and str(taken[0].path) in out
    with pytest.raises(StoreError) as info:  # the backup is the file as it was: still foreign
        ProjectFile.open(operations.restore_backup(taken[0].path, project.with_name("as-was.grantdesk")))
    assert info.value.code == "foreign" and "trigger wipe" in info.value.detail

    assert _values(project) == before  # every value intact, the BLOB one as its text
    opened = operations.open_project(project, default_registry())  # opens now
    try:
        from grantdesk.document import Ref

        doc = opened.model.new_document(default_registry().get("fr24"), "interim", "kk")
        doc.set(Ref.field("achieved"), "Жаңа мән")
        opened.file.create_document(doc)  # a write that the trigger would have wiped out
    finally:
        opened.file.close()
    after = _values(project)
    assert {k: after[k] for k in before} == before and after[doc.doc_id]["achieved"] == "Жаңа мән"
    with ProjectFile.open(project, read_only=True) as p:
        assert p.db.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('wipe','spy','v','spy_x')").fetchone() == (0,)


@pytest.mark.parametrize("sql, said", [
    (["UPDATE reports SET lang='fr'"], "reports.lang = 'fr'"),
    (["DROP TABLE carried"], "missing table carried"),
])
def test_what_no_repair_mends_is_refused_and_nothing_changes(project, capsys, sql, said):
    _tamper(project, "CREATE TABLE spy (x)", *sql)
    before = project.read_bytes()
    assert operations.repair_question(project) is None  # the window does not offer it
    capsys.readouterr()
    assert main(["--ui-lang", "en", "repair", str(project)]) == 2
    err = capsys.readouterr().err
    assert "cannot be repaired" in err and said in err and "Traceback" not in err
    assert project.read_bytes() == before


def test_repair_of_a_sound_project_says_there_is_nothing_to_do(project, capsys):
    capsys.readouterr()
    assert main(["--ui-lang", "en", "repair", str(project)]) == 2
    assert "nothing to repair" in capsys.readouterr().err


def test_a_write_protected_file_is_not_repaired_and_no_backup_is_taken(project, capsys, monkeypatch):
    from grantdesk.store import list_backups, repair

    _tamper(project, "CREATE TABLE spy (x)")
    before, backups_before = project.read_bytes(), len(list_backups(project))
    monkeypatch.setattr(repair, "_medium_read_only", lambda path: True)  # a write-protected stick (tests run as root)
    capsys.readouterr()
    assert main(["--ui-lang", "en", "repair", str(project)]) == 2
    assert "read-only" in capsys.readouterr().err
    assert project.read_bytes() == before and len(list_backups(project)) == backups_before
