"""The one PDF of a report: what the preview shows, the printer prints and "Save PDF" writes.

render_pdf walks the definition's `print:` list and hands each block to the renderer of
its kind (blocks.BLOCKS), so a new form edition is a new YAML file, not new code.
The only package that imports reportlab.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..document import REPORT_LANGUAGES, Document
from .blocks import BLOCKS
from .build import build_pdf
from .chrome import chrome
from .context import PrintContext
from .markup import printable
from .styles import make_styles


@dataclass(frozen=True)
class PrintResult:
    pdf: bytes
    pages: int


def render_pdf(doc: Document, lang: str | None = None, draft: bool = False) -> PrintResult:
    """Print `doc` in `lang` (default: the report's language); `draft` marks every page.

    Raises ValueError for an unknown language or a print block kind with no renderer
    (a definition error, caught by the definition tests); never for what users typed.
    """
    lang = lang or doc.lang
    if lang not in REPORT_LANGUAGES:
        raise ValueError(f"print language must be one of {', '.join(REPORT_LANGUAGES)}, not {lang!r}")
    ctx = PrintContext(doc=doc, lang=lang, chrome=chrome(lang), styles=make_styles())
    story = []
    for block in doc.form.print_blocks:
        kind = block.get("block")
        if kind not in BLOCKS:
            raise ValueError(f"{doc.form.id}: no renderer for print block {kind!r}")
        story.extend(BLOCKS[kind](ctx, block))
    # The PDF's author is the organisation (the first project field, its name, where the form has one).
    author = doc.field("org_name") if "org_name" in doc.form.fields else ""
    pdf, pages = build_pdf(ctx, story, draft, title=printable(doc.form.title(lang)), author=printable(author.strip()))
    return PrintResult(pdf=pdf, pages=pages)


__all__ = ["PrintResult", "render_pdf"]
