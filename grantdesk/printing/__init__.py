"""The one PDF of a report: what the preview shows, the printer prints and "Save PDF" writes.

The print model (grantdesk.layout.print_tree) decides every text, width, merge and break;
this package only writes that tree with reportlab (write.py: one writer per node kind),
so a new form edition is a new YAML file, not new code. render_derived does the same for
a derived definition (OP4) over its source report. The only package that imports reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from . import lazy_patterns

lazy_patterns.install()  # before anything here imports reportlab: two of its patterns compiled when used

from ..document import Document  # noqa: E402
from ..forms import FormDef, ensure_derived_from  # noqa: E402
from ..layout.build import print_stream  # noqa: E402
from ..layout.model import Node, PageCode, Printout  # noqa: E402


# Told the number of pages laid out so far, after each page. An exception it raises stops
# the build there and reaches the caller (the preview's Cancel, a closed window).
Progress = Callable[[int], None]


@dataclass(frozen=True)
class PrintResult:
    """A PDF and its page count."""

    pdf: bytes
    pages: int


def render_pdf(doc: Document, lang: str | None = None, draft: bool = False,
               page_code: PageCode | None = None, progress: Progress | None = None) -> PrintResult:
    """Print `doc` in `lang` (default: the report's language); `draft` marks every page;
    `page_code` fills the footer's page-code slot; `progress` follows the pages.

    Raises ValueError for an unknown language or a print block kind with no renderer
    (a definition error, caught by the definition tests); never for what users typed.
    """
    return _write_stream(*print_stream(doc.form, doc, lang, draft, page_code), progress)


def render_derived(form: FormDef, source: Document, lang: str | None = None, draft: bool = False,
                   page_code: PageCode | None = None, progress: Progress | None = None) -> PrintResult:
    """Print a derived definition (OP4) over its source document (a final report): its
    own title and wording, the source's values, computed now and stored nowhere. Its
    problems are the source's (run_checks(source)); `draft` follows them as for a report.
    """
    ensure_derived_from(form, source)
    return _write_stream(*print_stream(form, source, lang, draft, page_code), progress)


def write_pdf(printout: Printout, progress: Progress | None = None) -> PrintResult:
    """The PDF of a print model. Its nodes become flowables only as the build reaches
    them (LazyStory), and each node is let go once it is flowables: a long report's text
    is held once, not as the model and as flowables and as laid-out lines at once."""
    from dataclasses import replace

    nodes = list(reversed(printout.body))
    printout = replace(printout, body=())  # the caller's tree, if it keeps none, goes node by node
    return _write_stream(printout, _taken(nodes), progress)


def _taken(nodes: list[Node]) -> Iterator[Node]:
    """The nodes of a reversed list, each let go by the list once given."""
    while nodes:
        yield nodes.pop()


def _write_stream(frame: Printout, nodes: Iterator[Node], progress: Progress | None) -> PrintResult:
    """The PDF of a print model given as its frame and its body's nodes (print_stream),
    each node made, written and let go as the build reaches it."""
    from .build import LazyStory, build_pdf
    from .write import node_flowables

    pdf, pages = build_pdf(frame, LazyStory(f for node in nodes for f in node_flowables(node)), progress)
    return PrintResult(pdf=pdf, pages=pages)


__all__ = ["Progress", "PrintResult", "render_derived", "render_pdf", "write_pdf"]
