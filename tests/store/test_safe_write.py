"""Files written whole: the target is the old file or the new one, never half of either."""

from __future__ import annotations

import os

import pytest

from grantdesk.safe_write import part_path, write_whole


def test_a_file_is_written_whole_and_leaves_no_part(tmp_path):
    target = tmp_path / "report.pdf"
    write_whole(target, b"%PDF-1.4 new")
    assert target.read_bytes() == b"%PDF-1.4 new" and not part_path(target).exists()


def test_a_failed_write_keeps_the_old_file_and_removes_its_part(tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_whole(target, b"new")
    assert target.read_bytes() == b"old" and not part_path(target).exists()
