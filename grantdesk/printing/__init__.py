"""The one PDF of a report: what the preview shows, the printer prints and "Save PDF" writes.

render_pdf walks the definition's `print:` list and hands each block to the renderer of
its kind (blocks.BLOCKS), so a new form edition is a new YAML file, not new code.
render_derived does the same for a derived definition (OP4) over its source report.
The only package that imports reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import layout
from ..document import Document
from ..forms import FormDef, ensure_derived_from
from .blocks import BLOCKS
from .build import PagePayload, build_pdf
from .context import PrintContext
from .markup import printable
from .styles import make_styles


@dataclass(frozen=True)
class PrintResult:
    pdf: bytes
    pages: int


def render_pdf(doc: Document, lang: str | None = None, draft: bool = False,
               page_code: PagePayload | None = None) -> PrintResult:
    """Print `doc` in `lang` (default: the report's language); `draft` marks every page.

    Raises ValueError for an unknown language or a print block kind with no renderer
    (a definition error, caught by the definition tests); never for what users typed.
    """
    return _render(doc.form, doc, lang, draft, page_code)


def render_derived(form: FormDef, source: Document, lang: str | None = None, draft: bool = False,
                   page_code: PagePayload | None = None) -> PrintResult:
    """Print a derived definition (OP4) over its source document (a final report): its
    own title and wording, the source's values, computed now and stored nowhere. Its
    problems are the source's (run_checks(source)); `draft` follows them as for a report.
    """
    ensure_derived_from(form, source)
    return _render(form, source, lang, draft, page_code)


def form_story(form: FormDef, doc: Document, lang: str | None) -> tuple[PrintContext, list]:
    """The context and flowables of `form`'s print blocks over `doc`'s values (the same
    form, or a derived one): one document's part of a PDF (compiled.py joins many)."""
    lang = layout.print_language(doc, lang)
    ctx = PrintContext(doc=doc, lang=lang, chrome=layout.chrome(lang), styles=make_styles(),
                       printed=None if form is doc.form else form)
    story = []
    for block in layout.printed_blocks(form, doc):
        story.extend(BLOCKS[block["block"]](ctx, block))
    return ctx, story


def _render(form: FormDef, doc: Document, lang: str | None, draft: bool,
            page_code: PagePayload | None = None) -> PrintResult:
    ctx, story = form_story(form, doc, lang)
    pdf, pages = build_pdf(ctx, story, draft, title=layout.title(ctx), author=printable(layout.author(ctx)),
                           page_code=page_code)
    return PrintResult(pdf=pdf, pages=pages)


__all__ = ["PagePayload", "PrintResult", "form_story", "render_derived", "render_pdf"]
