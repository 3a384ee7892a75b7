"""Damaged and foreign files: refused with the right code, never modified, backups offered."""

from __future__ import annotations

import random
import re
import sqlite3
from pathlib import Path

import pytest

from grantdesk.store import ProjectFile, StoreError, list_backups, restore
from grantdesk.texts import STORE_ERRORS, store_error_text

STORE_SOURCE = Path(__file__).resolve().parents[2] / "grantdesk" / "store"


def _project(path: Path, doc) -> Path:
    with ProjectFile.create(path) as project:
        project.create_document(doc)
    return path


def _cut_in_half(path):
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _overwrite_a_page(path):
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 4] = random.Random(3).randbytes(4096)  # one page in the middle
    path.write_bytes(bytes(data))


def _truncated(path, seed):
    _cut_in_half(_project(path, seed))


def _random_bytes(path, seed):
    path.write_bytes(random.Random(1).randbytes(20000))


def _random_after_sqlite_header(path, seed):
    path.write_bytes(b"SQLite format 3\x00" + random.Random(2).randbytes(20000))


def _zero_length(path, seed):
    path.write_bytes(b"")


def _other_sqlite(path, seed):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts(name, phone)")
    con.execute("INSERT INTO contacts VALUES ('Айгүл', '8701')")
    con.commit()
    con.close()


def _newer_version(path, seed):
    _project(path, seed)
    con = sqlite3.connect(path)
    con.execute("PRAGMA user_version=99")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()


def _page_overwritten(path, seed):
    _overwrite_a_page(_project(path, seed))


CASES = [
    (_truncated, "damaged"),
    (_random_bytes, "not_sqlite"),
    (_random_after_sqlite_header, "damaged"),
    (_zero_length, "empty"),
    (_other_sqlite, "not_grantdesk"),
    (_newer_version, "too_new"),
    (_page_overwritten, "damaged"),
]


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("make, code", CASES, ids=[m.__name__.strip("_") for m, _ in CASES])
def test_refused_with_the_right_code_and_never_modified(make, code, read_only, tmp_path, seed_001):
    path = tmp_path / "x.grantdesk"
    make(path, seed_001)
    before = path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectFile.open(path, read_only=read_only)
    assert err.value.code == code
    assert path.read_bytes() == before
    assert list_backups(path) == []  # and nothing was backed up from it


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9, 0.99])
def test_a_file_cut_anywhere_is_damaged(fraction, tmp_path, seed_001):
    path = _project(tmp_path / "p.grantdesk", seed_001)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(StoreError) as err:
        ProjectFile.open(path)
    assert err.value.code == "damaged"


@pytest.mark.parametrize("damage", [_cut_in_half, _overwrite_a_page])
def test_backups_of_a_damaged_file_are_found_and_restore(damage, tmp_path, seed_001, registry):
    path = tmp_path / "p.grantdesk"
    _project(path, seed_001)
    ProjectFile.open(path).close()  # opening once leaves a backup
    damage(path)
    damaged = path.read_bytes()
    with pytest.raises(StoreError) as err:
        ProjectFile.open(path)
    assert err.value.code == "damaged"
    found = list_backups(path)
    assert len(found) == 1 and found[0].reports == 1
    out = restore(found[0], tmp_path / "restored.grantdesk")
    with ProjectFile.open(out) as project:
        [report] = project.list_documents()
        doc = project.load_document(report.id, registry)
    assert doc.project == seed_001.project and doc.values == seed_001.values
    assert path.read_bytes() == damaged


def test_a_file_from_a_newer_version_still_lists_its_backups(tmp_path, seed_001):
    path = _project(tmp_path / "p.grantdesk", seed_001)
    with ProjectFile.open(path) as project:
        project_id = project.project_id
    (tmp_path / "elsewhere").mkdir()
    moved = path.rename(tmp_path / "elsewhere" / "p.grantdesk")
    con = sqlite3.connect(moved)
    con.execute("PRAGMA user_version=99")
    con.close()
    with pytest.raises(StoreError) as err:
        ProjectFile.open(moved)
    assert err.value.code == "too_new"
    # not at a path the backups know: found by the project id still readable in it
    assert [b.project_id for b in list_backups(moved)] == [project_id]


def test_every_store_error_code_has_a_message_in_each_language():
    raised = set()
    for source in STORE_SOURCE.glob("*.py"):
        raised |= set(re.findall(r'StoreError\(\s*"(\w+)"', source.read_text(encoding="utf-8")))
    raised |= {"not_grantdesk", "too_new", "damaged", "no_backups"}  # from backups._verify and the CLI
    assert raised <= set(STORE_ERRORS)
    for code, texts in STORE_ERRORS.items():
        assert set(texts) == {"kk", "ru", "en"}, code
        for lang in ("kk", "ru", "en"):
            text = store_error_text(code, "/p/x.grantdesk", lang)
            assert "/p/x.grantdesk" in text and text == texts[lang].format(path="/p/x.grantdesk", detail="")
    assert "резервной копии" in store_error_text("damaged", "x", "ru")
