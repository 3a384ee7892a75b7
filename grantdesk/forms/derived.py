"""Derived definitions (kind `derived`, e.g. OP4): what they name in their source, resolved.

A derived document is never stored or typed: it is its source document (a final report)
printed through the derived definition. Its print blocks are the blocks every definition
uses (forms/print_blocks.py), naming the source's fields, tables, columns and fixed rows;
`{slot}` in a text names a column of the mapping's table of rows (`{n}` is the row's
number) or a row key of its fixed-row table (its cell in `column`).

derived_link_problems resolves every name against every edition of `derived_from`, so a
wrong one fails when the definitions load (and in the definitions test), not on paper.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from .model import FormDef
from .print_blocks import ROW_NUMBER, SLOT, print_name_problems
from .problems import DefinitionProblem, problem

__all__ = ["ROW_NUMBER", "SLOT", "derived_editions", "derived_link_problems", "derived_views", "ensure_derived_from"]


def derived_editions(registry: Iterable[FormDef], source_doc: Any) -> list[FormDef]:
    """The derived definitions of a registry that apply to a document (anything with `.form`
    and `.role`), newest (last by id) first: what the documents screen lists for a final report."""
    found = [
        f for f in registry
        if f.derived_from is not None and source_doc.role == f.derived_from.role
        and source_doc.form.id in f.derived_from.editions
    ]
    return sorted(found, key=lambda f: f.id, reverse=True)


def ensure_derived_from(form: FormDef, source_doc: Any) -> None:
    """Raise ValueError unless `form` is a derived definition that applies to `source_doc`
    (its edition and role): what the PDF and the Word file check before printing one."""
    link = form.derived_from
    if link is None:
        raise ValueError(f"{form.id}: not a derived definition")
    if source_doc.form.id not in link.editions or source_doc.role != link.role:
        raise ValueError(f"{form.id} is derived from a {link.role} report of {', '.join(link.editions)}, "
                         f"not a {source_doc.role} of {source_doc.form.id}")


def derived_views(registry: Iterable[FormDef], documents: Iterable[Any]) -> list[tuple[FormDef, Any]]:
    """Every (derived definition, source document) pair of a project's documents, in the
    documents' order: the OP4 entries a documents screen shows, each opened, checked
    (run_checks(source)) and printed (render_derived) through its source."""
    forms = list(registry)
    return [(form, doc) for doc in documents for form in derived_editions(forms, doc)]


def derived_link_problems(form: FormDef, forms: Mapping[str, FormDef]) -> list[DefinitionProblem]:
    """What a derived definition names that an edition it is derived from lacks (empty when fine)."""
    link = form.derived_from
    if link is None:
        return []
    out: list[DefinitionProblem] = []
    for edition in link.editions:
        source = forms.get(edition)
        if source is None or source.kind == "derived" or link.role not in source.roles:
            out.append(problem(f"{form.id}: derived_from.editions", "not_a_source", edition=edition, role=link.role))
            continue
        out += [p.within(f"{form.id}: {edition}") for p in print_name_problems(form, source)]
    return out
