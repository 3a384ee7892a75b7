"""The operator's compiled Annex 4 around its entries, as print-model nodes (the same for
the PDF and the Word file): its title, the list of projects, the appendix of the files
left out. The words come from resources/print.yaml (`annex4`); the entries themselves are
each one's own print tree (print_tree over its final report)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .chrome import _raw, chrome
from .model import Cell, Footer, Node, Para, Printout, Run, Table
from .styles import FRAME_WIDTH


def annex4_words(lang: str) -> Mapping[str, Any]:
    """`projects`, `period`, `columns`, `skipped`, `skipped_columns`, `none` in `lang`."""
    return {key: value[lang] for key, value in _raw()["annex4"].items()}


@dataclass(frozen=True)
class CompiledText:
    """What the compiled document says around its entries (plain text, in its language)."""

    title: str
    period: str  # "" when the compilation has no period
    projects_heading: str
    columns: tuple[str, ...]  # of the list of projects
    projects: tuple[tuple[str, ...], ...]
    skipped_heading: str
    skipped_columns: tuple[str, ...]
    skipped: tuple[tuple[str, ...], ...]
    none: str  # said under a heading with nothing listed


def _table(columns: tuple[str, ...], rows: tuple[tuple[str, ...], ...], weights: tuple[float, ...]) -> Table:
    total = sum(weights)
    widths = tuple(FRAME_WIDTH * w / total for w in weights)
    head = (tuple(Cell((Para((Run(c, bold=True),), "header"),), valign="middle") for c in columns),)
    body = tuple(tuple(Cell((Para((Run(v, typed=i > 0),), "cell"),)) for i, v in enumerate(row)) for row in rows)
    return Table(widths=widths, header=head, body=body)


def _listing(heading: str, columns, rows, weights, none: str) -> list[Node]:
    out: list[Node] = [Para((Run(heading, bold=True),), "heading")]
    out.append(_table(columns, rows, weights) if rows else Para((Run(none),), "body"))
    return out


def front_nodes(text: CompiledText) -> list[Node]:
    """The title, the period, and the list of projects."""
    out: list[Node] = [Para((Run(text.title, bold=True),), "title")]
    if text.period:
        out.append(Para((Run(text.period),), "title"))
    return out + _listing(text.projects_heading, text.columns, text.projects, (1, 7, 9, 4), text.none)


def appendix_nodes(text: CompiledText) -> list[Node]:
    """Every file left out, and why."""
    return _listing(text.skipped_heading, text.skipped_columns, text.skipped, (1, 9, 10), text.none)


def compiled_printout(text: CompiledText, lang: str) -> Printout:
    """What every page of the compiled document carries (its body is streamed apart)."""
    return Printout(title=text.title, author="", lang=lang, typed_lang=lang, body=(),
                    footer=Footer(chrome(lang).page_number))


def entry_nodes(form, source, lang: str) -> list[Node]:
    """One project's entry in Annex 4: its final report `source` printed through the
    derived definition `form` (OP4), exactly as `grantdesk op4` prints it; the same nodes
    for the PDF and the Word file."""
    from ..forms import ensure_derived_from
    from .build import print_tree

    ensure_derived_from(form, source)
    return list(print_tree(form, source, lang).body)
