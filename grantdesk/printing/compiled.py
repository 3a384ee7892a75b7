"""One PDF of many documents: the operator's Annex 4 compiled from every project's OP4 entry.

The list of projects first, then each entry from a new page exactly as OP4 prints it (its
own print tree), its pages numbered on their own as the entry printed alone is, then the
appendix of the files left out (layout/compiled.py). The entries come from an iterator
that opens one project at a time, pulled by the layout as it fills pages (StreamingStory),
so only the entry being laid out is in memory; each entry's finished pages are handed to
the PDF as soon as the next entry starts (CountingCanvas.flush_counted), compressed. What
stays until the end is reportlab's own: each page's PDF objects, until the file is written.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import ActionFlowable

from ..document import Document
from ..forms import FormDef, ensure_derived_from
from ..layout.build import print_tree
from ..layout.compiled import CompiledText, appendix_nodes, compiled_printout, front_nodes
from .build import build_pdf
from .write import flowables


class StreamingStory(list):
    """A story that fills itself from an iterator as the layout consumes it.

    reportlab's build loop reads len(story), story[0] and `del story[0]`, and puts split
    parts back at the front; topping the list up whenever its length is asked keeps a
    window of flowables ahead of the layout and nothing more.
    """

    def __init__(self, source: Iterable[Flowable], ahead: int = 100):
        super().__init__()
        self._source: Iterator[Flowable] | None = iter(source)
        self._ahead = ahead

    def __len__(self) -> int:
        if self._source is not None and list.__len__(self) < self._ahead:
            for flowable in self._source:
                self.append(flowable)
                if list.__len__(self) >= 2 * self._ahead:
                    break
            else:
                self._source = None
        return list.__len__(self)


class _PartStart(ActionFlowable):
    """A new part (an entry, the appendix) starts on this page: the pages before it are
    complete, so they are numbered among themselves and written."""

    def apply(self, doc) -> None:
        doc.canv.flush_counted()


def render_compiled(text: CompiledText, entries: Iterable[tuple[FormDef, Document]], lang: str) -> tuple[bytes, int]:
    """The compiled PDF and its page count. `entries` (derived definition, source report)
    is consumed lazily, one entry at a time, in the order given."""

    def story() -> Iterator[Flowable]:
        yield from flowables(front_nodes(text))
        for form, source in entries:
            ensure_derived_from(form, source)
            yield PageBreak()
            yield _PartStart()
            yield from flowables(print_tree(form, source, lang).body)
        yield PageBreak()
        yield _PartStart()
        yield from flowables(appendix_nodes(text))

    return build_pdf(compiled_printout(text, lang), StreamingStory(story()))
