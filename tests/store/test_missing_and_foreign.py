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
