""".docx → the text of its paragraphs and tables, in reading order, as plain data.

Real files are untidy; this step undoes what Word's layout hides and keeps nothing of it:
a cell merged across columns is one cell, a cell merged down rows is written once (the
rows under it hold None there), a table nested in a cell becomes rows of the table it
sits in, and a cell's paragraphs are lines (an empty paragraph is an empty line, which
the plan reader uses to tell indicators apart).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO

from docx import Document as open_docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from .docx_parts import NO_BREAK_STYLE

_P, _TBL, _TR, _TC, _SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")


class TooLarge(ValueError):
    """A .docx whose parts would unpack to more than limits.DOCX_PARTS_BYTES (a zip bomb)."""

    def __init__(self, what: str, got: int, limit: int):
        super().__init__(f"{what}: {got} > {limit}")
        self.what, self.got, self.limit = what, got, limit


def check_parts(archive: zipfile.ZipFile) -> None:
    """The parts' uncompressed sizes as the zip's directory states them, summed before any
    is unpacked. A part that unpacks to more than it states is stopped by zipfile itself
    (it checks the stated size and CRC while reading)."""
    from .. import limits

    infos = archive.infolist()
    if len(infos) > limits.DOCX_PARTS:
        raise TooLarge("parts", len(infos), limits.DOCX_PARTS)
    total = sum(i.file_size for i in infos)
    if total > limits.DOCX_PARTS_BYTES:
        raise TooLarge("bytes unpacked", total, limits.DOCX_PARTS_BYTES)


class NotReadable(ValueError):
    """The file is not a Word document python-docx can open (damaged, or another format)."""


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Grid:
    """A table's rows, one entry per grid column: the text of the cell starting there, ""
    in the further columns of a cell merged across, None under a cell merged down; a row
    may be shorter than the grid (the missing columns count as None)."""

    rows: tuple[tuple[str | None, ...], ...]


Item = Para | Grid


# A no-break space GrantDesk's Word writer set inside a date or number (NO_BREAK_STYLE)
# was a plain space when typed; its zero-width spaces mark where a long word may end a
# line and were never typed.


def _no_break(t) -> bool:
    run = t.getparent()
    rpr = run.find(qn("w:rPr")) if run is not None else None
    style = rpr.find(qn("w:rStyle")) if rpr is not None else None
    return style is not None and style.get(qn("w:val")) == NO_BREAK_STYLE


def _text(p) -> str:
    """A paragraph's text; a line break inside it (w:br, w:cr) is a new line."""
    out = []
    for el in p.iter(qn("w:t"), qn("w:br"), qn("w:cr"), qn("w:tab")):
        if el.tag == qn("w:t"):
            text = (el.text or "").replace("\u200b", "")
            out.append(text.replace("\u00a0", " ") if _no_break(el) else text)
        elif el.tag == qn("w:tab"):
            out.append(" ")
        else:
            out.append("\n")
    return "".join(out)


def _block_children(el):
    """Paragraphs and tables directly inside `el`, content controls opened up."""
    for child in el.iterchildren():
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag == _SDT:
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _block_children(content)


def _span(tc) -> int:
    pr = tc.find(qn("w:tcPr"))
    span = pr.find(qn("w:gridSpan")) if pr is not None else None
    try:
        return max(1, int(span.get(qn("w:val")))) if span is not None else 1
    except (TypeError, ValueError):
        return 1


def _continues(tc) -> bool:
    pr = tc.find(qn("w:tcPr"))
    merge = pr.find(qn("w:vMerge")) if pr is not None else None
    return merge is not None and merge.get(qn("w:val"), "continue") == "continue"


def _grid(tbl) -> list[Grid]:
    """A table as rows of texts; a nested table's rows follow the row holding it, from that
    cell's column on."""
    rows: list[tuple[str | None, ...]] = []
    for tr in tbl.iterchildren(_TR):
        cells: list[str | None] = []
        nested: list[tuple[int, list[tuple[str | None, ...]]]] = []
        for tc in tr.iterchildren(_TC):
            lines = []
            for child in _block_children(tc):
                if child.tag == _P:
                    lines.append(_text(child))
                else:
                    for inner in _grid(child):
                        nested.append((len(cells), list(inner.rows)))
            cells.append(None if _continues(tc) else "\n".join(lines))
            # the grid columns a merged-across cell covers hold nothing of their own
            cells.extend([None if _continues(tc) else ""] * (_span(tc) - 1))
        rows.append(tuple(cells))
        for column, inner_rows in nested:
            for inner in inner_rows:
                rows.append(tuple([None] * column) + inner)
    return [Grid(tuple(rows))] if rows else []


def read_docx(data: bytes) -> list[Item]:
    """The document's body, paragraph by paragraph and table by table."""
    if not zipfile.is_zipfile(BytesIO(data)):
        raise NotReadable("not a .docx (zip) file")
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            check_parts(archive)
    except zipfile.BadZipFile as exc:
        raise NotReadable(str(exc)) from exc
    try:
        doc = open_docx(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise NotReadable(str(exc)) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged part
        raise NotReadable(str(exc)) from exc
    items: list[Item] = []
    for child in _block_children(doc.element.body):
        if child.tag == _P:
            items.append(Para(_text(child)))
        else:
            items.extend(_grid(child))
    return items
