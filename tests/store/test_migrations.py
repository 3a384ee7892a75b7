"""Schema versions: a fixture file per version opens, migrates without loss, backup first."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys

import pytest

from grantdesk.document import to_json
from grantdesk.store import SCHEMA_VERSION, ProjectFile, StoreError, list_backups
from grantdesk.store import project as project_module
from grantdesk.store.backups import project_dir
from grantdesk.store.schema import MIGRATIONS
from tests.conftest import FIXTURES

SCHEMA = FIXTURES / "schema"
VERSIONS = range(1, SCHEMA_VERSION + 1)


def _without_ids(value):
    # The seed gives some rows no id (a random one is made on loading); the fixtures fix them.
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path):
    return {n: sorted(map(repr, rows)) for n, rows in _rows(path).items()}


def _rows(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: list(conn.execute(f"SELECT * FROM {n}")) for n in names}
    finally:
        conn.close()


def _as_version_3(old: dict, version: int) -> dict:
    """What migrating to version 3 must make of a file's rows: every row kept, the new
    columns at their defaults (role final, no plan, position = id), the goal a project value."""
    if version >= 3:
        return old
    new = dict(old)
    new["reports"] = [r + ("final", None, r[0]) for r in old["reports"]]
    new["rows"] = [r + (None,) for r in old["rows"]]
    goals = [r for r in old["report_values"] if r[1] == "goal"]
    new["report_values"] = [r for r in old["report_values"] if r not in goals]
    new["project_values"] = old["project_values"] + [("goal", goals[0][2])]
    return new


def _schema_sql(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
    finally:
        conn.close()


def test_every_schema_version_has_a_fixture_and_a_step():
    assert [v for v, _, _ in MIGRATIONS] == list(VERSIONS)
    for version in VERSIONS:
        assert (SCHEMA / f"v{version}.grantdesk").is_file()
        assert (SCHEMA / f"make_v{version}.py").is_file()


@pytest.mark.parametrize("version", VERSIONS)
def test_each_fixture_opens_migrated_with_every_value(version, tmp_path, seed_001, registry):
    fixture = SCHEMA / f"v{version}.grantdesk"
    before = _digest(fixture)
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(fixture, path)
    with ProjectFile.open(path) as project:
        assert project._user_version() == SCHEMA_VERSION
        [report] = project.list_documents()
        doc = project.load_document(report.id, registry)
        project_id = project.project_id
        backup = project.last_backup
    assert _without_ids(to_json(doc)) == _without_ids(to_json(seed_001))
    # a backup of the file as it was, taken before migrating
    assert backup is not None and backup.path.parent == project_dir(project_id)
    assert backup.reason == ("open" if version == SCHEMA_VERSION else f"pre-migrate-v{version}")
    assert backup.schema_version == version and backup.reports == 1
    assert _tables(backup.path) == _tables(fixture)
    assert _digest(fixture) == before


@pytest.mark.parametrize("version", VERSIONS)
def test_migration_keeps_every_row_of_every_table(version, tmp_path):
    fixture = SCHEMA / f"v{version}.grantdesk"
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(fixture, path)
    ProjectFile.open(path).close()
    old, new = _as_version_3(_rows(fixture), version), _rows(path)
    for table, rows in old.items():
        if table == "meta":
            continue  # schema_version moves on; checked below
        assert sorted(map(repr, new[table])) == sorted(map(repr, rows)), table
    meta = dict(sqlite3.connect(path).execute("SELECT key, value FROM meta").fetchall())
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert len(meta["project_id"]) == 36


def test_a_migrated_file_has_the_schema_of_a_new_one(tmp_path):
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(SCHEMA / "v1.grantdesk", path)
    ProjectFile.open(path).close()
    fresh = tmp_path / "new.grantdesk"
    ProjectFile.create(fresh).close()
    assert _schema_sql(path) == _schema_sql(fresh) == _schema_sql(SCHEMA / f"v{SCHEMA_VERSION}.grantdesk")


def test_the_project_id_given_on_migrating_stays(tmp_path):
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(SCHEMA / "v1.grantdesk", path)
    with ProjectFile.open(path) as project:
        first = project.project_id
    with ProjectFile.open(path) as project:
        assert project.project_id == first
    # the pre-migration backup sits with the project's later backups
    found = list_backups(path)
    assert [b.reason for b in found] == ["open", "pre-migrate-v1"]
    assert {b.path.parent for b in found} == {project_dir(first)}


def test_an_older_file_opened_read_only_is_read_as_it_is(tmp_path, seed_001, registry):
    path = tmp_path / "old.grantdesk"
    shutil.copyfile(SCHEMA / "v1.grantdesk", path)
    before = _digest(path)
    with ProjectFile.open(path, read_only=True) as project:
        doc = project.load_document(1, registry)
        assert project.project_id.startswith("path-") and project.last_backup is None
    assert _without_ids(to_json(doc)) == _without_ids(to_json(seed_001))
    assert _digest(path) == before


def test_a_failed_migration_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "p.grantdesk"
    shutil.copyfile(SCHEMA / f"v{SCHEMA_VERSION}.grantdesk", path)
    before = _tables(path)
    broken = MIGRATIONS + [(SCHEMA_VERSION + 1, "broken", "CREATE TABLE nowhere (x); CREATE TABLE meta (x)")]
    with monkeypatch.context() as m:
        m.setattr(project_module, "MIGRATIONS", broken)
        m.setattr(project_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
        with pytest.raises(StoreError):
            ProjectFile.open(path)
    assert _tables(path) == before  # one transaction: the half-done step is rolled back
    assert [b.reason for b in list_backups(path)] == [f"pre-migrate-v{SCHEMA_VERSION}"]
    ProjectFile.open(path).close()


@pytest.mark.parametrize("version", VERSIONS)
def test_the_fixture_scripts_rebuild_the_fixtures(version, tmp_path):
    out = tmp_path / f"v{version}.grantdesk"
    done = subprocess.run([sys.executable, SCHEMA / f"make_v{version}.py", out], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert _tables(out) == _tables(SCHEMA / f"v{version}.grantdesk")
    assert _schema_sql(out) == _schema_sql(SCHEMA / f"v{version}.grantdesk")
