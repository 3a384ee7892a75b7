"""Issue 19: "saved" means on disk. The output-path rule, whole-file writes, --force that
backs up first, two imports racing for one name, a full disk and a read-only medium
(a real small tmpfs / read-only mount where the tests may make one, else skipped)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import threading
from pathlib import Path

import pytest

from grantdesk import operations
from grantdesk.cli.main import main
from grantdesk.forms import default_registry
from grantdesk.safe_write import write_whole
from grantdesk.store import ProjectFile, list_backups
from grantdesk.store.backups import backup_root
from tests.conftest import FIXTURES

SEED = FIXTURES / "seed_001.json"


def run(capsys, *args) -> tuple[int, str]:
    code = main(["--ui-lang", "en", *map(str, args)])
    captured = capsys.readouterr()
    return code, captured.err


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    path = tmp_path / "p.grantdesk"
    assert run(capsys, "import", SEED, "-o", path)[0] == 0
    return path


def _documents(path: Path) -> int:
    with ProjectFile.open(path, read_only=True) as p:
        return len(p.list_documents())


# ---- 2. the output-path rule ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["print", "export"])
def test_an_output_that_is_the_project_itself_is_refused_and_the_project_kept(project, capsys, command):
    before = project.read_bytes()
    code, err = run(capsys, command, project, "-o", project)
    assert code == 2 and "project itself" in err and "Traceback" not in err
    assert project.read_bytes() == before


def test_an_output_that_is_another_project_or_any_grantdesk_name_is_refused(project, tmp_path, capsys):
    other = tmp_path / "other.grantdesk"
    shutil.copyfile(project, other)
    disguised = tmp_path / "report.pdf"
    shutil.copyfile(project, disguised)  # a project under a PDF's name is still a project
    for out in (other, tmp_path / "new.grantdesk", disguised):
        before = out.read_bytes() if out.exists() else None
        code, err = run(capsys, "print", project, "-o", out)
        assert code == 2 and "GrantDesk project" in err, (out, err)
        assert (out.read_bytes() if out.exists() else None) == before


def test_a_device_a_folder_and_a_backup_are_refused(project, tmp_path, capsys):
    code, err = run(capsys, "export", project, "-o", os.devnull)
    assert code == 2 and "not a regular file" in err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # the device is still a device
    code, err = run(capsys, "export", project, "-o", tmp_path)
    assert code == 2 and "is a folder" in err
    ProjectFile.open(project).close()  # opening takes a backup
    [backup] = list_backups(project)[:1]
    before = backup.path.read_bytes()
    code, err = run(capsys, "export", project, "-o", backup.path.with_name("x.json"))
    assert code == 2 and "backups folder" in err
    code, err = run(capsys, "restore", backup.path, "-o", backup.path)
    assert code == 2 and backup.path.read_bytes() == before


def test_a_symlink_is_written_through_and_stays_a_link(project, tmp_path, capsys):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "export", project, "-o", link)[0] == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("{")
    # a link that points at the project is the project
    to_project = tmp_path / "to_project.pdf"
    to_project.symlink_to(project)
    before = project.read_bytes()
    code, err = run(capsys, "print", project, "-o", to_project)
    assert code == 2 and to_project.is_symlink() and project.read_bytes() == before


def test_new_project_outputs_that_exist_are_refused(project, tmp_path, capsys):
    before = project.read_bytes()
    for args in (("import", SEED, "-o", project), ):
        code, err = run(capsys, *args)
        assert code == 2 and "already exists" in err
    assert project.read_bytes() == before


# ---- 3. whole-file writes, --force ------------------------------------------------------------


def test_force_backs_the_old_project_up_and_replaces_it_only_when_the_new_one_is_whole(project, capsys, monkeypatch):
    with ProjectFile.open(project) as p:
        p.set_project_value("org_name", "Бұрынғы ұйым")
    before = project.read_bytes()
    inode = os.stat(project).st_ino
    # the new file fails half-way (a full disk while it is filled): the old one is untouched
    import grantdesk.store.project as store_project

    def full(self, imported):
        raise store_project.StoreError("disk_full", str(self.path))

    monkeypatch.setattr(store_project.ProjectFile, "create_project", full)
    code, err = run(capsys, "import", SEED, "-o", project, "--force")
    assert code == 2 and "disk is full" in err
    assert project.read_bytes() == before and os.stat(project).st_ino == inode
    assert sorted(p.name for p in project.parent.iterdir()) == ["p.grantdesk"]  # no .part, -wal, -shm
    monkeypatch.undo()
    code, err = run(capsys, "import", SEED, "-o", project, "--force")
    assert code == 0, err
    with ProjectFile.open(project, read_only=True) as p:
        assert p.project_values().get("org_name") != "Бұрынғы ұйым"
    kept = [b for b in list_backups(project) if b.reason == "before-replace"]
    assert kept, "the replaced project was backed up first"
    with ProjectFile.open(kept[0].path, read_only=True) as old:
        assert old.project_values()["org_name"] == "Бұрынғы ұйым"


def test_force_replaces_only_a_project(tmp_path, capsys):
    notes = tmp_path / "notes.grantdesk"
    notes.write_text("my notes")
    code, err = run(capsys, "import", SEED, "-o", notes, "--force")
    assert code == 2 and "not a GrantDesk project" in err and notes.read_text() == "my notes"


def test_a_whole_file_write_flushes_the_folder_after_the_rename(tmp_path, monkeypatch):
    import grantdesk.safe_write as sw

    flushed = []
    monkeypatch.setattr(sw, "fsync_folder", lambda folder: flushed.append(folder))
    write_whole(tmp_path / "a.pdf", b"%PDF")
    assert flushed == [tmp_path]


# ---- 10. two imports racing for one name -------------------------------------------------------


def test_two_imports_racing_for_one_name_one_wins_the_other_is_told(tmp_path):
    out = tmp_path / "race.grantdesk"
    registry = default_registry()
    start = threading.Barrier(2)
    results: list = []

    def one() -> None:
        start.wait()
        try:
            operations.import_json(SEED, out, registry)
            results.append("ok")
        except operations.OperationError as exc:
            results.append(exc.code)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == ["exists", "ok"]
    assert _documents(out) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.grantdesk"]


def test_the_name_taken_while_the_new_project_was_made_is_not_replaced(tmp_path):
    out = tmp_path / "taken.grantdesk"

    def fill(project):
        out.write_bytes(b"the other writer's file")  # someone else got there first

    with pytest.raises(operations.OperationError) as info:
        operations.new_project_file(out, fill)
    assert info.value.code == "exists"
    assert out.read_bytes() == b"the other writer's file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.grantdesk"]


# ---- 5. a full disk, a read-only medium (a real small tmpfs) ----------------------------------


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs, mounted for the test (root only; skipped where it cannot be): room for a
    project, its -wal and the checkpoint that folds one into the other."""
    mnt = tmp_path / "stick"
    mnt.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the file system of `folder` up to `leave` bytes free."""
    filler = folder / "filler.bin"
    st = os.statvfs(folder)
    free = st.f_bavail * st.f_frsize
    with filler.open("wb") as fh:
        fh.write(b"\0" * max(0, free - leave))
    return filler


def test_import_on_a_full_disk_says_so_leaves_nothing_and_works_once_space_is_freed(small_disk, capsys):
    filler = _fill(small_disk, 8 * 1024)
    out = small_disk / "p.grantdesk"
    code, err = main(["--ui-lang", "kk", "import", str(SEED), "-o", str(out)]), capsys.readouterr().err
    assert code == 2 and "дискіде орын жоқ" in err and "Traceback" not in err
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]  # no 4 KB non-project, no -wal/-shm
    filler.unlink()
    code, err = run(capsys, "import", SEED, "-o", out)
    assert code == 0, err
    assert _documents(out) == 1
    assert sorted(p.name for p in small_disk.iterdir()) == ["p.grantdesk"]  # whole on its own


def test_a_project_on_a_full_disk_opens_not_damaged(small_disk, capsys):
    out = small_disk / "p.grantdesk"
    assert run(capsys, "import", SEED, "-o", out)[0] == 0
    _fill(small_disk, 0)
    code, err = run(capsys, "documents", out)
    assert code == 0, err
    opened = operations.open_project(out, default_registry())
    try:
        assert len(opened.model.documents) == 1  # opened (read-only when it cannot even start a WAL)
    finally:
        opened.file.close()


def test_a_write_protected_stick_opens_read_only_and_refuses_writes_with_a_message(small_disk, capsys):
    out = small_disk / "p.grantdesk"
    assert run(capsys, "import", SEED, "-o", out)[0] == 0
    before = out.read_bytes()
    assert subprocess.run(["mount", "-o", "remount,ro", str(small_disk)]).returncode == 0
    with ProjectFile.open(out) as p:
        assert p.read_only
    code, err = run(capsys, "new", out, "--kind", "interim")
    assert code == 2 and "read-only" in err and "damaged" not in err
    code, err = run(capsys, "import", SEED, "-o", small_disk / "q.grantdesk")
    assert code == 2 and "read-only" in err
    assert out.read_bytes() == before


def test_closing_on_a_full_disk_says_the_file_is_not_whole_and_nothing_is_lost(small_disk, capsys):
    out = small_disk / "p.grantdesk"
    assert run(capsys, "import", SEED, "-o", out)[0] == 0
    project = ProjectFile.open(out)
    for i in range(15):  # edits that live in the -wal until the checkpoint
        project.set_project_value(f"note_{i}", "ә" * 2000)
    filler = _fill(small_disk, 0)
    why = project.close()
    assert why == "disk_full"  # said, not swallowed
    filler.unlink()
    with ProjectFile.open(out) as again:  # the -wal is replayed: every edit is there
        assert again.project_values()["note_14"] == "ә" * 2000
    assert sorted(p.name for p in small_disk.iterdir()) == ["p.grantdesk"]  # and now whole on its own


@pytest.mark.parametrize("nth", [1, 3, 6])
def test_the_disk_filling_at_the_nth_write_of_a_new_project_leaves_nothing(tmp_path, capsys, monkeypatch, nth):
    """Fault injection without a mount: SQLite's page limit stands for the disk filling
    after `nth` pages of the new file."""
    import grantdesk.store.project as store_project

    made = store_project.ProjectFile.create.__func__

    def small(cls, path):
        project = made(cls, path)
        project.db.execute(f"PRAGMA max_page_count={project.db.execute('PRAGMA page_count').fetchone()[0] + nth}")
        return project

    monkeypatch.setattr(store_project.ProjectFile, "create", classmethod(small))
    out = tmp_path / "p.grantdesk"
    code, err = run(capsys, "import", FIXTURES / "seed_003.json", "-o", out)
    assert code == 2 and "disk is full" in err and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert run(capsys, "import", FIXTURES / "seed_003.json", "-o", out)[0] == 0  # the retry works


def test_an_immutable_project_opens_read_only_not_damaged(project, capsys):
    """`chattr +i`: even root cannot write it (where the file system has the attribute)."""
    if shutil.which("chattr") is None or subprocess.run(["chattr", "+i", str(project)],
                                                       capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        before = project.read_bytes()
        with ProjectFile.open(project) as p:
            assert p.read_only
        code, err = run(capsys, "new", project, "--kind", "interim")
        assert code == 2 and "read-only" in err and "damaged" not in err
        assert project.read_bytes() == before
    finally:
        subprocess.run(["chattr", "-i", str(project)], capture_output=True)
