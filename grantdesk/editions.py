"""Form editions that arrive as files: checked with the same lint as the shipped ones, then
kept in the user's data folder and offered when creating a document (File → Add a form
edition…, `grantdesk add-edition`). A document keeps the edition it was made with for life.
"""

from __future__ import annotations

from pathlib import Path

from .checks import lint_form
from .forms import FormDef, FormError, FormRegistry, default_registry
from .forms.loader import read_definition_bytes
from .forms.problems import DefinitionProblem, problem
from .safe_write import write_whole
from .settings import editions_dir


class EditionError(ValueError):
    """A definition file that cannot be used; `problems` lists why, item by item."""

    def __init__(self, path: Path, problems: list[DefinitionProblem]):
        super().__init__("; ".join(map(str, problems)))
        self.path = path
        self.problems = problems


def check_edition(path: Path, registry: FormRegistry,
                  raw: bytes | None = None) -> tuple[FormDef | None, list[DefinitionProblem]]:
    """Everything wrong with a definition file (or its bytes `raw`), as the definitions
    test would say it; a file that reads well is then printed once, empty, so nothing it
    says fails on paper."""
    form, problems = registry.try_edition(path, raw)
    if form is None:
        return None, problems
    problems = problems + lint_form(form)
    if not problems:
        problems = _trial_print(form, registry)
    return form, problems


def _trial_print(form: FormDef, registry: FormRegistry) -> list[DefinitionProblem]:
    """A print of an empty document of the edition (for a derived one: of each source
    edition's empty document). What the definition checks cannot see (a `widths` list
    that does not match the columns printed) shows here, before the edition is kept."""
    from .document import Document
    from .printing import render_derived, render_pdf

    try:
        if form.derived_from is None:
            render_pdf(Document.new(form))
        else:
            for edition in form.derived_from.editions:
                source = registry.get(edition)
                render_derived(form, Document.new(source, role=form.derived_from.role))
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        return [problem(form.id, "trial_print", detail=exc)]
    return []


def add_edition(path: Path, registry: FormRegistry | None = None) -> FormDef:
    """Check `path` and keep a copy among the user's editions. Raises EditionError (nothing
    is kept) or OSError. The file itself is never changed."""
    registry = registry or default_registry()
    path = Path(path)
    try:
        raw = read_definition_bytes(path)  # read once: the bytes checked are the bytes kept
    except FormError as exc:
        raise EditionError(path, list(exc.problems)) from None
    form, problems = check_edition(path, registry, raw)
    if problems or form is None:
        raise EditionError(path, problems)
    folder = editions_dir()
    folder.mkdir(parents=True, exist_ok=True)
    write_whole(folder / f"{form.id}.yaml", raw)
    default_registry(reload=True)
    return form
