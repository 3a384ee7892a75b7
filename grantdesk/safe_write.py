"""Writing a whole file so that a crash, a full disk or a power cut never leaves half of it.

The bytes go to `NAME.part` beside the target, are flushed to the disk, and only then take
the target's name (an atomic rename), after which the folder itself is flushed so the new
name survives a power cut: the target is either the old file or the new one. Used for
every file GrantDesk writes whole: PDFs, Word files, exported JSON, added form editions,
the backups' index, and new project files (made under a temporary name, then given theirs).

A symlink at the target is written through: the file it points to is replaced, the link
stays a link. `exclusive=True` gives the name only if nothing holds it yet (a hard link,
which fails atomically when the name exists): two writers racing for one name cannot both
win, and neither replaces the other's file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import BinaryIO, Callable, TypeVar

T = TypeVar("T")


def part_path(path: Path, *, unique: bool = False) -> Path:
    """Where a file is written before it takes its name; `unique` for a writer that may
    race another one for the same name (each then writes its own .part)."""
    path = Path(path)
    tag = f".{os.getpid()}-{secrets.token_hex(4)}" if unique else ""
    return path.with_name(path.name + tag + ".part")


def real_target(path: Path) -> Path:
    """The file a write to `path` changes: a symlink's target (followed to the end), else
    `path` itself; so a symlink is written through, never replaced by a regular file."""
    path = Path(path)
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # Windows: a folder cannot be opened; NTFS journals the rename itself
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse to fsync a folder; the rename is done either way
    finally:
        os.close(fd)


def give_name(tmp: Path, path: Path, *, exclusive: bool = False) -> None:
    """Move a complete file `tmp` to `path` (same folder). With `exclusive`, only if `path`
    does not exist yet (FileExistsError otherwise; `tmp` is then left for the caller)."""
    if exclusive:
        os.link(tmp, path)  # atomic, and fails if the name is taken
        os.unlink(tmp)
    else:
        os.replace(tmp, path)
    fsync_folder(path.parent)


def write_streamed(path: Path, write: Callable[[BinaryIO], T], *, exclusive: bool = False) -> T:
    """`write(file)` writes the content of `path` piece by piece; the file takes its name
    only once all of it is on the disk. Returns what `write` returns. Any exception (a
    full disk, a cancel) removes the .part and goes on up; the target is untouched."""
    path = real_target(path)
    tmp = part_path(path, unique=exclusive)
    try:
        with tmp.open("wb") as fh:
            result = write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        give_name(tmp, path, exclusive=exclusive)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result


def write_whole(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write `data` as `path`, all or nothing. Raises OSError (the .part is removed);
    FileExistsError when `exclusive` and the name is taken."""
    write_streamed(path, lambda fh: fh.write(data), exclusive=exclusive)
