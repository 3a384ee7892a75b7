"""`grantdesk backups` and `grantdesk restore`, run as a user would (a real subprocess)."""

from __future__ import annotations

import json
import re

from grantdesk.store import ProjectFile
from tests.cli.test_cli import grantdesk
from tests.conftest import FIXTURES


def _project_with_a_backup(tmp_path):
    project = tmp_path / "seed.grantdesk"
    assert grantdesk("import", FIXTURES / "seed_001.json", "-o", project).returncode == 0
    ProjectFile.open(project).close()  # the app opening it takes a backup
    return project


def test_a_damaged_project_is_restored_from_its_backup(tmp_path):
    project = _project_with_a_backup(tmp_path)
    data = project.read_bytes()
    project.write_bytes(data[: len(data) // 2])
    done = grantdesk("check", project, "--ui-lang", "en")
    assert done.returncode == 2 and "damaged" in done.stderr and "Traceback" not in done.stderr

    listed = grantdesk("backups", project, "--ui-lang", "en")
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d  on opening  1 report  \d+ KB  ", line)  # the plural form for 1
    backup = line.split("  ")[-1]

    out = tmp_path / "restored.grantdesk"
    done = grantdesk("restore", backup, "-o", out)
    assert done.returncode == 0, done.stderr
    exported = tmp_path / "out.json"
    assert grantdesk("export", out, "-o", exported).returncode == 0
    original = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    # version 1 kept the goal per report; the project keeps it now
    expected = {**original["project"], "goal": original["values"]["goal"]}
    assert json.loads(exported.read_text(encoding="utf-8"))["project"] == expected
    assert project.read_bytes() == data[: len(data) // 2]


def test_restore_never_replaces_a_file(tmp_path):
    project = _project_with_a_backup(tmp_path)
    backup = grantdesk("backups", project).stdout.split("  ")[-1].strip()
    before = project.read_bytes()
    done = grantdesk("restore", backup, "-o", project, "--ui-lang", "ru")
    assert done.returncode == 2 and "уже существует" in done.stderr and "Traceback" not in done.stderr
    assert project.read_bytes() == before
    done = grantdesk("restore", tmp_path / "missing.grantdesk", "-o", tmp_path / "new.grantdesk", "--ui-lang", "kk")
    assert done.returncode == 2 and "табылмады" in done.stderr
    assert not (tmp_path / "new.grantdesk").exists()


def test_a_project_without_backups_says_so(tmp_path):
    done = grantdesk("backups", tmp_path / "never.grantdesk", "--ui-lang", "ru")
    assert done.returncode == 0 and "Резервных копий проекта" in done.stdout
