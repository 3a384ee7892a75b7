"""Form editions that arrive as files: checked with the same lint as the shipped ones, then
kept in the user's data folder and offered when creating a document (File → Add a form
edition…, `grantdesk add-edition`). A document keeps the edition it was made with for life.
"""

from __future__ import annotations

import os
from pathlib import Path

from .checks import lint_form
from .forms import FormDef, FormRegistry, default_registry
from .printing.blocks import BLOCKS
from .settings import editions_dir


class EditionError(ValueError):
    """A definition file that cannot be used; `problems` lists why, item by item."""

    def __init__(self, path: Path, problems: list[str]):
        super().__init__("; ".join(problems))
        self.path = path
        self.problems = problems


def check_edition(path: Path, registry: FormRegistry) -> tuple[FormDef | None, list[str]]:
    """Everything wrong with a definition file, as the definitions test would say it."""
    form, problems = registry.try_edition(path)
    if form is None:
        return None, problems
    problems = problems + lint_form(form)
    for i, block in enumerate(form.print_blocks):
        kind = block.get("block") if isinstance(block, dict) else None
        if kind not in BLOCKS:
            problems.append(f"{form.id}: print[{i}]: unknown block {kind!r}; known: {', '.join(sorted(BLOCKS))}")
    return form, problems


def add_edition(path: Path, registry: FormRegistry | None = None) -> FormDef:
    """Check `path` and keep a copy among the user's editions. Raises EditionError (nothing
    is kept) or OSError. The file itself is never changed."""
    registry = registry or default_registry()
    path = Path(path)
    form, problems = check_edition(path, registry)
    if problems or form is None:
        raise EditionError(path, problems)
    folder = editions_dir()
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{form.id}.yaml"
    tmp = dest.with_name(dest.name + ".part")
    tmp.write_bytes(path.read_bytes())
    os.replace(tmp, dest)
    default_registry(reload=True)
    return form
