"""Section states for the wizard's sidebar: empty, in progress, complete, has errors (pure)."""

from __future__ import annotations

from typing import Iterable

from .document import Document, Row
from .forms import SectionDef

EMPTY, IN_PROGRESS, COMPLETE, HAS_ERRORS = "empty", "in_progress", "complete", "has_errors"


def _row_has_content(row: Row) -> bool:
    if any(v.strip() for v in row.cells.values()):
        return True
    return any(_row_has_content(c) for children in row.children.values() for c in children)


def _filled(doc: Document, item: str) -> tuple[int, int]:
    """(filled, expected) for one field or table of a section."""
    form = doc.form
    if item in form.fields:
        if not form.fields[item].applies(doc.role):
            return 0, 0
        return (1 if doc.field(item).strip() else 0), 1
    table = form.tables[item]
    if table.is_fixed:
        keys = [f"{table.id}.{r.key}.{c.id}" for r in table.fixed_rows for c in table.columns]
        return sum(1 for k in keys if doc.values.get(k, "").strip()), len(keys)
    rows = doc.rows[table.id]
    return sum(1 for r in rows if _row_has_content(r)), max(1, len(rows))


def section_state(doc: Document, section: SectionDef, problems: Iterable) -> str:
    items = set(section.items)
    if any(p.severity == "error" and p.ref.root in items for p in problems):
        return HAS_ERRORS
    filled = expected = 0
    for item in section.items:
        f, e = _filled(doc, item)
        filled, expected = filled + f, expected + e
    if filled == 0:
        return EMPTY
    return COMPLETE if filled >= expected else IN_PROGRESS


def section_states(doc: Document, problems: list) -> dict[str, str]:
    return {s.id: section_state(doc, s, problems) for s in doc.form.sections}


def document_state(doc: Document, problems: list) -> str:
    """One state for a whole document, as the documents screen lists it: nothing typed yet
    is empty (whatever is still required), else errors first, then complete or in progress."""
    # A notes section (the plan's Note) is the user's, not the form's: empty or not, it
    # neither completes a document nor leaves it in progress.
    states = [section_state(doc, s, problems) for s in doc.form.sections if not s.notes]
    if all(_section_untouched(doc, s) for s in doc.form.sections):
        return EMPTY
    if any(p.severity == "error" for p in problems):
        return HAS_ERRORS
    return COMPLETE if all(s == COMPLETE for s in states) else IN_PROGRESS


def _section_untouched(doc: Document, section: SectionDef) -> bool:
    return all(_filled(doc, item)[0] == 0 for item in section.items)
