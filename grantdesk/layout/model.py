"""The print model: one format-neutral tree of a printed document (pure).

`layout.build.print_tree` makes it from a definition's `print:` blocks and a document;
the PDF writer (grantdesk.printing.write) and the Word writer (grantdesk.wordio.export)
each walk it and only decide how a node is drawn. Everything the two formats must agree
on is decided here, once: the wording, which text is bold or italic, styles (styles.py),
column widths in points (computed from the content), merged cells, repeated header rows,
where a too-long word may break (breaking.py), keeping, the page number and count, the
draft mark and the page-code slot.

Node kinds (NODE_KINDS): Para, Table, Spacer, KeepTogether. A Para holds Runs; a Table
holds Cells, each holding Paras.

Text in a Run is printable (only what the fonts draw; line breaks as "\\n") and already
prepared for its line: BREAK (U+200B) marks where a line may end with nothing shown,
SOFT (U+00AD) where it may end with a hyphen shown, and the inner spaces of a date,
number or phone that fits its line are JOIN (U+E000), a no-break space of the model's.
The PDF writer turns BREAK into a space reportlab breaks at, SOFT into «-» and that
space, JOIN into a no-break space; the Word writer writes a zero-width space, Word's
optional hyphen (w:softHyphen) and a no-break space in the "GD no-break" character style
(which tells docx_read to read it back as the space that was typed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

BREAK = "\u200b"
SOFT = "\u00ad"
JOIN = "\ue000"


@dataclass(frozen=True)
class Run:
    """Text set one way (bold, italic, typed), or a page field."""

    text: str
    bold: bool = False
    italic: bool = False
    typed: bool = False  # as a user typed it (a link in it is made clickable in the PDF)
    field: str | None = None  # "page" / "pages": the page number or count, filled in by the writer


@dataclass(frozen=True)
class Para:
    """A paragraph: runs in a style."""

    runs: tuple[Run, ...]
    style: str = "body"  # a name in styles.STYLES
    size: float | None = None  # the style's size changed (a table's one header size)
    indent: float = 0.0  # more left indent than the style's (a sub-row's label)
    before: float | None = None  # the style's space before / after, changed
    after: float | None = None

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass(frozen=True)
class Cell:
    """A table cell: its paragraphs and how far it is merged."""

    paras: tuple[Para, ...] = ()
    rows: int = 1  # merged down over this many rows
    cols: int = 1  # merged across this many columns
    rule_below: bool = False  # a rule under the cell in an unruled table (a signature line)
    valign: str = "top"  # "top", "middle", "bottom"

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paras)


# A grid slot covered by a merged cell (above it, or to its left).
COVERED = None
Row = tuple[Union[Cell, None], ...]


@dataclass(frozen=True)
class Table:
    """A table: column widths, header rows, body rows of cells."""

    widths: tuple[float, ...]  # each column's width in points, from the content, computed once
    header: tuple[Row, ...]  # rows repeated at the top of every page, never split
    body: tuple[Row, ...]
    ruled: bool = True  # a full grid; else only the cells' rule_below
    align: str = "center"  # "left", "center", "right"
    keep_together: bool = False  # never split across pages (the signature block)
    space_before: float = 2
    space_after: float = 8
    pad: float = 1.5  # left and right cell padding

    @property
    def width(self) -> float:
        return sum(self.widths)


@dataclass(frozen=True)
class Spacer:
    """Vertical space, in points."""

    height: float


@dataclass(frozen=True)
class KeepTogether:
    """Its nodes on one page, unless they are longer than a page."""

    nodes: tuple["Node", ...]


Node = Union[Para, Table, Spacer, KeepTogether]
NODE_KINDS = (Para, Table, Spacer, KeepTogether)


@dataclass(frozen=True)
class PageCode:
    """The page-code slot: what identifies each printed page (grantdesk/operator/page_code.py).
    `template` holds `{page}` and `{pages}`; the PDF writer fills it in for every page and
    draws it as a QR code at the footer's right (printing/pagecode.py: draw_page_code).
    A Word file's pages are numbered by Word as it prints, so no writer can draw a code per
    page there: `static_png` is the code without the page part, as a QR image made once,
    which the Word writer puts at the footer's right beside `template`'s text (PAGE and
    NUMPAGES fields in place of `{page}` and `{pages}`)."""

    template: str
    size_mm: float = 14.0
    static_png: bytes | None = None


@dataclass(frozen=True)
class Footer:
    """What every page's footer carries."""

    page_number: str  # "{page} / {pages}" wording, centred at the bottom of every page
    page_code: PageCode | None = None  # the page-code slot (see PageCode)


@dataclass(frozen=True)
class DraftMark:
    """The draft mark every page of a draft carries."""

    mark: str  # across every page, faint («НОБАЙ»)
    note: str  # at every page's top: why


@dataclass(frozen=True)
class Printout:
    """A whole printed document: its nodes and what every page carries."""

    title: str
    author: str
    lang: str  # the print language
    typed_lang: str  # the language its values were typed in (the document's)
    body: tuple[Node, ...]
    footer: Footer
    draft: DraftMark | None = None
