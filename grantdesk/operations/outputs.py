"""The output-path rule: the one check of every path GrantDesk is asked to write.

A file written whole (a PDF, a Word file, exported JSON) never lands on a project (the
open or named one, any `.grantdesk` file, any file that is a GrantDesk project whatever its
name), on one of the backups, on a device or pipe, or on a folder. A symlink is written
through: the rule is applied to the file it points to, and the link stays a link
(safe_write.real_target). A new project (`import -o`, `import-plan -o`, `restore -o`, the
window's New project) obeys the same rule, except that its target is a project file by
nature; an existing one is refused unless the caller replaces it on purpose (`--force`).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterable

from ..safe_write import real_target
from ..store import backups
from ..store.project import SQLITE_MAGIC
from .errors import OperationError

PROJECT_SUFFIX = ".grantdesk"


def _same_file(a: os.stat_result, b: Path) -> bool:
    try:
        other = os.stat(b)
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (other.st_dev, other.st_ino)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
        return True
    except (ValueError, OSError):
        return False


def _looks_like_project(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def check_output(path: Path | str, *, protect: Iterable[Path | str] = (), project: bool = False) -> Path:
    """The path to write for `path` (a symlink's target), or OperationError saying why not.

    `protect`: the project(s) the command reads or has open, refused however they are named.
    `project`: the output is itself a new project file (its suffix is then expected).
    """
    given = Path(path)
    target = real_target(given)
    shown = str(given)
    if given.is_dir() or target.is_dir():
        raise OperationError("output_is_folder", path=shown)
    if _inside(target, backups.backup_root()):
        raise OperationError("output_is_backup", path=shown)
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError:
        st = None  # a folder we cannot look into: the write itself will say why
    if st is not None:
        if not stat.S_ISREG(st.st_mode):
            raise OperationError("output_is_device", path=shown)
        if any(_same_file(st, Path(p)) for p in protect):
            raise OperationError("output_is_open_project", path=shown)
    if not project:
        if target.suffix.lower() == PROJECT_SUFFIX or given.suffix.lower() == PROJECT_SUFFIX:
            raise OperationError("output_is_project", path=shown)
        if st is not None and _looks_like_project(target):
            raise OperationError("output_is_project", path=shown)
    return target
