"""A document's state, once, for every screen and command (pure).

`assess` is the one answer to "how is this document?": how many errors and warnings what was
typed has, how many owed places are still empty (R1, R14 and the plan's R13 gaps), whether a
print of it is a draft, and its state in the documents list. The documents screen, the
wizard's header and sidebar, the problems panel, `grantdesk documents`, `grantdesk check`,
the PDF, the Word file and OP4 all ask it, so they never disagree.

Section states (the sidebar's ○ ◐ ● ✖) come from the same problems and the same meaning of
empty (values.blank).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from .checks import Problem, is_gap, run_checks
from .document import Document, Row
from .forms import SectionDef
from .values.blank import is_blank, is_unanswered

EMPTY, IN_PROGRESS, COMPLETE, HAS_ERRORS = "empty", "in_progress", "complete", "has_errors"


@dataclass(frozen=True)
class DocumentState:
    """A document's one state: its problems and what it still owes."""

    problems: tuple[Problem, ...]
    errors: int  # errors in what was typed: contradictions, unreadable values (not the gaps)
    warnings: int  # likewise, warnings
    owed: int  # owed places still empty: required fields (R1), what a report owes (R14), plan gaps (R13)
    kind: str  # EMPTY, IN_PROGRESS, COMPLETE or HAS_ERRORS, as the documents list shows it

    @property
    def draft(self) -> bool:
        """A print of the document is marked as a draft on every page: an error remains or an
        owed place is still empty."""
        return self.errors > 0 or self.owed > 0

    @property
    def clean(self) -> bool:
        """Nothing to say: no error, no warning, nothing owed. Only then may a screen say
        "no problems"."""
        return not self.problems


def assess(doc: Document, problems: Iterable[Problem] | None = None) -> DocumentState:
    """The document's state; `problems` when the caller has just run the checks (run_checks(doc))."""
    found = tuple(run_checks(doc) if problems is None else problems)
    gaps = sum(1 for p in found if is_gap(p))
    errors = sum(1 for p in found if p.severity == "error" and not is_gap(p))
    warnings = sum(1 for p in found if p.severity == "warning" and not is_gap(p))
    if _untouched(doc):
        kind = EMPTY
    elif errors:
        kind = HAS_ERRORS
    else:
        # Complete means nothing is owed: an optional field left empty (the deviation text
        # with every fact met, a fill date to write by hand) does not hold a document back.
        kind = IN_PROGRESS if gaps else COMPLETE
    return DocumentState(found, errors, warnings, gaps, kind)


# ---- sections ---------------------------------------------------------------------------


def _row_has_content(row: Row) -> bool:
    if any(not is_blank(v) for v in row.cells.values()):
        return True
    return any(_row_has_content(c) for children in row.children.values() for c in children)


def _filled(doc: Document, item: str) -> tuple[int, int]:
    """(filled, expected) for one field or table of a section, by values.blank's meaning:
    a field is filled when answered, a table cell when anything shows."""
    form = doc.form
    if item in form.fields:
        if not form.fields[item].applies(doc.role):
            return 0, 0
        return (0 if is_unanswered(doc.field(item)) else 1), 1
    table = form.tables[item]
    if table.is_fixed:
        keys = [(r.key, c.id) for r in table.fixed_rows for c in table.columns]
        return sum(1 for k, c in keys if not is_blank(doc.fixed(table.id, k, c))), len(keys)
    rows = doc.rows[table.id]
    return sum(1 for r in rows if _row_has_content(r)), max(1, len(rows))


def section_state(doc: Document, section: SectionDef, problems: Iterable[Problem],
                  owed: Iterable[Problem] | None = None) -> str:
    """A section's state: an error among `problems` there (a screen in calm mode passes the
    ones it shows) first; then any owed place there still empty — among `owed`, every problem
    found, shown or not — keeps it in progress: calm mode never makes a section look complete."""
    items = set(section.items)
    here = [p for p in problems if p.ref.root in items]
    if any(p.severity == "error" for p in here):
        return HAS_ERRORS
    if owed is not None:
        here = [p for p in owed if p.ref.root in items]
    filled = expected = 0
    for item in section.items:
        f, e = _filled(doc, item)
        filled, expected = filled + f, expected + e
    if filled == 0:
        return EMPTY
    if any(is_gap(p) for p in here):
        return IN_PROGRESS
    return COMPLETE if filled >= expected else IN_PROGRESS


def section_states(doc: Document, problems: list[Problem], owed: list[Problem] | None = None) -> dict[str, str]:
    return {s.id: section_state(doc, s, problems, owed) for s in doc.form.sections}


def _untouched(doc: Document) -> bool:
    """Nothing typed anywhere yet (stops at the first value: a big report answers at once)."""
    form = doc.form
    for section in form.sections:
        for item in section.items:
            if item in form.fields:
                if form.fields[item].applies(doc.role) and not is_unanswered(doc.field(item)):
                    return False
            elif form.tables[item].is_fixed:
                table = form.tables[item]
                if any(not is_blank(doc.fixed(table.id, r.key, c.id)) for r in table.fixed_rows for c in table.columns):
                    return False
            elif any(_row_has_content(r) for r in doc.rows[item]):
                return False
    return True
