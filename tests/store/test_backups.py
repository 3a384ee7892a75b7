"""Backups: a snapshot on opening and while editing, found by project or path, rotated, restored."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from grantdesk.document import Document, Ref, to_json
from grantdesk.store import (BackupPolicy, DocumentWriter, EditBackups, ProjectFile, StoreError, due, list_backups,
                             restore, snapshot)
from grantdesk.store.backups import backup_root, project_dir, rotate, to_keep

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=timezone.utc)  # in the past: real snapshots are newer


def _save(doc, path):
    with ProjectFile.create(path) as project:
        return project.create_document(doc)


def test_the_backup_folder_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GRANTDESK_BACKUP_DIR", str(tmp_path / "b"))
    assert backup_root() == tmp_path / "b"
    monkeypatch.delenv("GRANTDESK_BACKUP_DIR")
    assert backup_root().parts[-2:] == ("GrantDesk", "backups")


def test_opening_takes_a_snapshot_that_restores_the_project(tmp_path, seed_001, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(seed_001, path)
    assert list_backups(path) == []  # creating a project is not a backup
    with ProjectFile.open(path) as project:
        info = project.last_backup
        assert info is not None and info.reason == "open" and info.path.parent == project_dir(project.project_id)
        assert list_backups(project) == [info]
    assert info.taken.tzinfo is not None and info.size == info.path.stat().st_size and info.reports == 1
    assert info.name == seed_001.project["project_name"]
    index = json.loads((info.path.parent / "index.json").read_text(encoding="utf-8"))
    assert index["paths"] == [str(path.resolve())] and index["project_id"] == info.project_id
    out = restore(info, tmp_path / "restored.grantdesk")
    with ProjectFile.open(out) as again:
        assert to_json(again.load_document(rid, registry)) == to_json(seed_001)


def test_opening_an_unchanged_project_adds_no_backup(tmp_path, fr24, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    for _ in range(3):
        ProjectFile.open(path).close()
    assert len(list_backups(path)) == 1
    with ProjectFile.open(path) as project:
        doc = project.load_document(rid, registry)
        writer = DocumentWriter(project, rid, doc)
        doc.set(Ref.field("goal"), "мақсат")
        writer.flush()
    ProjectFile.open(path).close()
    assert len(list_backups(path)) == 2


def test_a_read_only_open_takes_no_snapshot(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path, read_only=True) as project:
        assert project.last_backup is None and len(project.project_id) == 36
    assert list_backups(path) == []


def test_renamed_and_copied_files_keep_their_backups(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        first = project.last_backup
        project_id = project.project_id
        project.save_copy(tmp_path / "copy.grantdesk")
    (tmp_path / "moved").mkdir()
    moved = path.rename(tmp_path / "moved" / "renamed.grantdesk")
    with ProjectFile.open(moved) as project:
        assert project.project_id == project_id
        assert first.path in [b.path for b in list_backups(project)]
    assert first.path in [b.path for b in list_backups(tmp_path / "copy.grantdesk")]
    index = json.loads((project_dir(project_id) / "index.json").read_text(encoding="utf-8"))
    assert index["paths"][:2] == [str(moved.resolve()), str(path.resolve())]


def test_a_snapshot_holds_the_flushed_edits(tmp_path, fr24, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        doc = project.load_document(rid, registry)
        writer = DocumentWriter(project, rid, doc)
        doc.set(Ref.field("goal"), "Кемінде 5")
        writer.flush()
        info = snapshot(project, "edit")
    assert info.reason == "edit"
    with ProjectFile.open(restore(info, tmp_path / "r.grantdesk")) as again:
        assert again.load_document(rid, registry).field("goal") == "Кемінде 5"


def test_a_name_sqlite_uris_would_cut_short_opens(tmp_path, fr24):
    path = tmp_path / "Есеп #2 ?100%.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        assert project.last_backup is not None
    assert len(list_backups(path)) == 1


# ---- when ---------------------------------------------------------------------------


def test_due_after_the_interval_and_only_with_edits():
    policy = BackupPolicy(interval=timedelta(minutes=5))
    assert not due(T0, T0 + timedelta(minutes=4, seconds=59), 10, policy)
    assert due(T0, T0 + timedelta(minutes=5), 1, policy)
    assert not due(T0, T0 + timedelta(hours=3), 0, policy)
    assert due(None, T0, 1, policy)


def test_edit_backups_snapshot_every_few_minutes_of_editing(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        edits = EditBackups(project, now=T0)

        def edit_at(minutes, written=1):
            project.set_project_value("org_name", f"after {minutes} min")
            return edits.after_flush(written, now=T0 + timedelta(minutes=minutes))

        assert edit_at(1, 3) is None
        info = edit_at(5)
        assert info is not None and info.reason == "edit" and info.taken == T0 + timedelta(minutes=5)
        assert edits.after_flush(0, now=T0 + timedelta(minutes=20)) is None  # nothing edited since
        assert edit_at(9) is None
        assert edit_at(10).taken == T0 + timedelta(minutes=10)


# ---- failures never reach the caller -----------------------------------------------------


def test_a_failing_backup_folder_stops_neither_opening_nor_editing(tmp_path, monkeypatch, fr24, registry, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("GRANTDESK_BACKUP_DIR", str(blocker))  # like a full or unwritable disk
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    with caplog.at_level(logging.WARNING, logger="grantdesk.store.backups"):
        with ProjectFile.open(path) as project:
            assert project.last_backup is None
            doc = project.load_document(rid, registry)
            writer = DocumentWriter(project, rid, doc)
            doc.set(Ref.field("goal"), "мақсат")
            assert writer.flush() == 1
            assert EditBackups(project, now=T0).after_flush(1, now=T0 + timedelta(hours=1)) is None
            assert snapshot(project, "Not a reason!") is None
    assert "backup of" in caplog.text
    assert list_backups(path) == []


# ---- rotation ------------------------------------------------------------------------


def _name(at: datetime, reason: str = "edit") -> str:
    return f"{at:%Y%m%d-%H%M%S.%f}Z_{reason}.grantdesk"


def test_rotation_keeps_the_last_ten_one_a_day_for_a_week_and_each_pre_migration():
    policy = BackupPolicy(keep_last=10, keep_days=7)
    names = [_name(T0 - timedelta(hours=6 * i)) for i in range(60)]  # four a day for fifteen days
    names.append(_name(T0 - timedelta(days=40), "pre-migrate-v1"))
    names.append(_name(T0 - timedelta(days=41), "pre-migrate-v1"))
    keep = to_keep(names, policy, T0)
    assert set(names[:10]) <= keep
    newest_per_day = {}
    for n in names[:60]:
        newest_per_day.setdefault(n[:8], n)
    week = [n for day, n in newest_per_day.items() if (T0.date() - datetime.strptime(day, "%Y%m%d").date()).days < 7]
    assert len(week) == 7 and set(week) <= keep
    assert names[60] in keep and names[61] not in keep
    assert keep == set(names[:10]) | set(week) | {names[60]}


def test_rotate_deletes_old_snapshots_and_crash_leftovers(tmp_path):
    folder = tmp_path / "proj"
    folder.mkdir()
    names = [_name(T0 - timedelta(minutes=5 * i)) for i in range(15)]
    for n in names:
        (folder / n).write_bytes(b"x")
    (folder / "index.json").write_text("{}")
    stale = folder / (names[0] + ".part")
    stale.write_bytes(b"half")
    os.utime(stale, (0, 0))  # left by a crash long ago
    fresh = folder / "in-progress.grantdesk.part"
    fresh.write_bytes(b"half")
    deleted = rotate(folder, BackupPolicy(keep_last=10), now=T0 + timedelta(hours=2))
    assert sorted(p.name for p in folder.iterdir()) == sorted(names[:10] + ["index.json", fresh.name])
    assert stale in deleted


def test_snapshots_rotate_as_they_are_taken(tmp_path, fr24, registry):
    path = tmp_path / "p.grantdesk"
    rid = _save(Document.new(fr24), path)
    policy = BackupPolicy(keep_last=3, keep_days=1)
    with ProjectFile.open(path) as project:
        doc = project.load_document(rid, registry)
        writer = DocumentWriter(project, rid, doc)
        for i in range(6):
            doc.set(Ref.field("goal"), f"нұсқа {i}")
            writer.flush()
            snapshot(project, "edit", now=T0 + timedelta(minutes=5 * i), policy=policy)
    found = list_backups(path)
    # the three newest: the opening (real time, after T0) and the last two edits
    assert [b.reason for b in found] == ["open", "edit", "edit"]
    assert [b.taken for b in found[1:]] == [T0 + timedelta(minutes=25), T0 + timedelta(minutes=20)]


# ---- restoring -------------------------------------------------------------------------


def test_restore_never_replaces_a_file(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    with ProjectFile.open(path) as project:
        info = project.last_backup
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        restore(info, path)
    assert err.value.code == "exists" and path.read_bytes() == before


def test_restore_refuses_a_bad_backup_and_leaves_nothing(tmp_path):
    bad = tmp_path / "bad.grantdesk"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    with pytest.raises(StoreError) as err:
        restore(bad, tmp_path / "out.grantdesk")
    assert err.value.code == "damaged"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.grantdesk"]
    with pytest.raises(StoreError) as err:
        restore(Path(tmp_path / "missing.grantdesk"), tmp_path / "out.grantdesk")
    assert err.value.code == "not_found"


def test_a_file_without_a_project_id_gets_one_on_opening(tmp_path, fr24):
    path = tmp_path / "p.grantdesk"
    _save(Document.new(fr24), path)
    con = sqlite3.connect(path)
    con.execute("DELETE FROM meta WHERE key='project_id'")
    con.commit()
    con.close()
    with ProjectFile.open(path, read_only=True) as project:
        assert project.project_id.startswith("path-")  # a read-only file cannot be given one
    with ProjectFile.open(path) as project:
        given = project.project_id
        assert project.last_backup.path.parent == project_dir(given)
    with ProjectFile.open(path) as project:
        assert project.project_id == given
