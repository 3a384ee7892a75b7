"""Writing a whole file so that a crash, a full disk or a power cut never leaves half of it.

The bytes go to `NAME.part` beside the target, are flushed to the disk, and only then take
the target's name (an atomic rename): the target is either the old file or the new one.
Used for every file GrantDesk writes whole: PDFs, Word files, exported JSON, added form
editions, the backups' index. (The project itself is SQLite's to keep safe.)
"""

from __future__ import annotations

import os
from pathlib import Path


def part_path(path: Path) -> Path:
    """Where a file is written before it takes its name."""
    return path.with_name(path.name + ".part")


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` as `path`, all or nothing. Raises OSError (the .part is removed)."""
    tmp = part_path(path)
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
