"""The project files an operator points at, each opened read-only and read whole, one at
a time: what Annex 4 and the register are compiled from.

A folder is walked in name order (hidden files and folders left out); a file named
outright is always looked at. Every file that is not a readable project is named with
its reason, never raised: one damaged file must not stop the compilation of hundreds.
Files are opened read-only (SQLite `mode=ro`): nothing is ever written to them, no
backup, no migration.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document, Project
from ..forms import FormError, FormRegistry
from ..store import ProjectFile, StoreError

# StoreError code -> the reason a file is left out (operator/texts.py REASONS)
_STORE_REASONS = {"not_sqlite": "not_project", "empty": "not_project", "not_grantdesk": "not_project",
                  "not_found": "not_project", "damaged": "damaged", "too_new": "too_new"}


@dataclass(frozen=True)
class Skipped:
    """A file left out, and why (a REASONS code and its parameters)."""

    path: Path
    reason: str
    params: dict = field(default_factory=dict)


@dataclass
class Opened:
    """A project read whole from its file (released once the caller is done with it)."""

    path: Path
    project: Project
    project_id: str

    @property
    def final(self) -> Document | None:
        """The project's final report (the last, should there be several)."""
        finals = [d for d in self.project.documents if d.role == "final"]
        return finals[-1] if finals else None


# SQLite's own files beside a database (a project the app had open, or one read while in
# WAL mode): part of that project, not files of their own to list as "not a project"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def _side_file(path: Path) -> bool:
    return path.name.endswith(_SIDE_FILES) and path.with_name(path.name.rsplit("-", 1)[0]).is_file()


def project_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Every file under `paths` (folders walked in name order), each once; a project's
    SQLite side files (-wal, -shm, -journal beside it) are not files of their own."""
    seen: set[Path] = set()
    for given in paths:
        given = Path(given)
        if given.is_dir():
            found = sorted(p for p in given.rglob("*")
                           if p.is_file() and not _side_file(p)
                           and not any(part.startswith(".") for part in p.relative_to(given).parts))
        else:
            found = [given]
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                yield path


def open_project(path: Path, registry: FormRegistry) -> Opened | Skipped:
    """The project in `path`, read whole without changing the file, or why it cannot be."""
    try:
        pf = ProjectFile.open(path, read_only=True)
    except StoreError as exc:
        return Skipped(path, _STORE_REASONS.get(exc.code, "unreadable"), {"detail": exc.code})
    except OSError as exc:
        return Skipped(path, "unreadable", {"detail": exc.strerror or str(exc)})
    try:
        return Opened(path, pf.load_project(registry), pf.project_id)
    except (FormError, StoreError, ValueError, KeyError) as exc:
        # an edition this GrantDesk does not know, or rows that do not fit their form
        return Skipped(path, "unreadable", {"detail": str(exc)[:200]})
    except Exception as exc:  # sqlite3 errors surface here as DatabaseError subclasses
        return Skipped(path, "damaged", {"detail": type(exc).__name__})
    finally:
        pf.close()


def sha256_of(path: Path) -> str:
    """The file's checksum, read in blocks (a project can be tens of megabytes)."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
