"""One PDF of many documents: the operator's Annex 4 compiled from every project's OP4 entry.

The list of projects first, then each entry from a new page exactly as OP4 prints it (its
own print tree), its pages numbered on their own as the entry printed alone is, then the
appendix of the files left out (layout/compiled.py). A thousand entries are printed as
bounded parts (operator/annex4.py), each a PDF of its own made here and joined on disk
(joined.py): reportlab keeps a document's pages until its file is written, so a part,
not the whole, is what is ever held. Within a part the entries come from an iterator that
opens one project at a time, pulled by the layout as it fills pages (build.LazyStory, as a single report's); each
entry's finished pages are written as the next one starts (CountingCanvas.flush_counted).
"""

from __future__ import annotations

from typing import Iterable, Iterator

from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import ActionFlowable

from ..layout.model import Node, Printout
from .build import LazyStory, build_pdf
from .write import flowables


class _PartStart(ActionFlowable):
    """A new part (an entry, the appendix) starts on this page: the pages before it are
    complete, so they are numbered among themselves and written."""

    def apply(self, doc) -> None:
        doc.canv.flush_counted()


def render_parts(printout: Printout, parts: Iterable[Iterable[Node]]) -> tuple[bytes, int]:
    """One PDF of `parts` (each the nodes of one: the list of projects, an entry, the
    appendix), each from a new page and numbered on its own; and its page count. `parts`
    is consumed lazily, one at a time, as the layout reaches it."""

    def story() -> Iterator[Flowable]:
        for i, nodes in enumerate(parts):
            if i:
                yield PageBreak()
                yield _PartStart()
            yield from flowables(nodes)

    return build_pdf(printout, LazyStory(story()))
