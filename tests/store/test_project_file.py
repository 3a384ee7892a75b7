"""The .grantdesk file: values round-trip, small per-edit writes, reopening, refusals."""

from __future__ import annotations

import sqlite3

import pytest

from grantdesk.document import Document, Ref, to_json
from grantdesk.store import APPLICATION_ID, SCHEMA_VERSION, DocumentWriter, ProjectFile, StoreError


def _save(doc, path):
    with ProjectFile.create(path) as project:
        return project.create_document(doc)


def test_seed_round_trips_through_the_file(tmp_path, seed_001, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(seed_001, path)
    with ProjectFile.open(path) as project:
        again = project.load_document(rid, registry)
    assert to_json(again) == to_json(seed_001)
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_each_edit_is_a_small_write_and_survives_reopening(tmp_path, fr24, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    project = ProjectFile.open(path)
    doc = project.load_document(rid, registry)
    writer = DocumentWriter(project, rid, doc)
    t = doc.add_row("tasks", cells={"title": "Бірінші"})
    a = doc.add_row("tasks.activities", t.id)
    for text in ("К", "Ке", "Кем", "Кемінде 5"):
        doc.set(Ref.cell("tasks.activities", a.id, "place"), text)
    doc.set(Ref.field("org_name"), "«Рухтан» қоғамдық қоры")
    doc.set(Ref.fixed("socio", "partners", "fact"), "4")
    # typing into one field coalesces: one write for the four keystrokes
    assert writer.pending == 5
    statements = []
    project.db.conn.set_trace_callback(statements.append)
    writer.flush()
    project.db.conn.set_trace_callback(None)
    assert statements[0] == "BEGIN" and statements[-1] == "COMMIT"
    assert sum(s.startswith("INSERT INTO cells") and "ON CONFLICT" in s for s in statements) == 1
    doc.move_row(t.id, 2)
    doc.set_lang("ru")
    writer.flush()
    project.close()
    with ProjectFile.open(path) as project:
        again = project.load_document(rid, registry)
    assert to_json(again) == to_json(doc)
    assert again.lang == "ru"
    assert [r.kind for r in again.rows["tasks"]] == ["presentation", "information", None]


def test_removed_rows_leave_nothing_behind(tmp_path, seed_003, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(seed_003, path)
    project = ProjectFile.open(path)
    doc = project.load_document(rid, registry)
    writer = DocumentWriter(project, rid, doc)
    doc.remove_row(doc.rows["tasks"][0].id)
    writer.flush()
    rows = project.db.execute("SELECT count(*) FROM rows").fetchone()[0]
    cells_orphans = project.db.execute(
        "SELECT count(*) FROM cells WHERE row_id NOT IN (SELECT id FROM rows)").fetchone()[0]
    assert rows == sum(1 for t in doc.form.all_tables() if not t.is_fixed for _ in doc.iter_rows(t.path))
    assert cells_orphans == 0
    project.close()


def test_savepoint_is_kept_in_the_file(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        project.set_state(rid, "section", "socio")
    with ProjectFile.open(path) as project:
        assert project.get_state(rid, "section") == "socio"


def test_a_second_opener_is_refused_while_the_file_is_open(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path):
        with pytest.raises(StoreError) as err:
            ProjectFile.open(path)
        assert err.value.code == "locked"
    ProjectFile.open(path).close()  # free again once closed


@pytest.mark.parametrize("content, code", [
    (b"", "empty"),
    (b"just some words, not a database", "not_sqlite"),
])
def test_foreign_files_are_refused_and_left_untouched(tmp_path, content, code):
    path = tmp_path / "x.grantdesk"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        ProjectFile.open(path)
    assert err.value.code == code
    assert path.read_bytes() == content


def test_other_sqlite_files_are_not_projects(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectFile.open(path)
    assert err.value.code == "not_grantdesk"
    assert path.read_bytes() == before


def test_save_copy_makes_an_independent_complete_file(tmp_path, seed_001, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(seed_001, path)
    copy = tmp_path / "copy.grantdesk"
    with ProjectFile.open(path) as project:
        project.save_copy(copy)
    with ProjectFile.open(copy) as project:
        assert to_json(project.load_document(rid, registry)) == to_json(seed_001)


def test_failed_writes_keep_the_edits_queued(tmp_path, fr24, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    project = ProjectFile.open(path)
    doc = project.load_document(rid, registry)
    writer = DocumentWriter(project, rid, doc)
    doc.set(Ref.field("goal"), "мақсат")

    def deny(action, *args):
        return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE) else sqlite3.SQLITE_OK

    project.db.conn.set_authorizer(deny)  # stands in for a full disk or a removed USB stick
    with pytest.raises(StoreError) as err:
        writer.flush()
    assert err.value.code == "write_failed" and writer.pending == 1
    project.db.conn.set_authorizer(None)
    assert writer.flush() == 1
    project.close()
    with ProjectFile.open(path) as project:
        assert project.load_document(rid, registry).field("goal") == "мақсат"


def test_a_closed_project_is_one_self_contained_file(tmp_path, seed_001, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(seed_001, path)
    with ProjectFile.open(path) as project:
        assert project.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # while editing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.grantdesk"]  # no -wal / -shm beside it
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: readable from read-only media
    copy = tmp_path / "copied.grantdesk"
    copy.write_bytes(path.read_bytes())  # a plain file copy carries everything
    with ProjectFile.open(copy, read_only=True) as project:
        assert to_json(project.load_document(rid, registry)) == to_json(seed_001)
