"""Several PDFs of this printer joined into one, written as it goes.

The operator's Annex 4 of a thousand projects is seven thousand pages. reportlab keeps
every page of a document until the file is written, and the joining libraries tried
(pdfium, qpdf through pikepdf) keep every part they join: memory grew with the number of
projects either way (bench/RESULTS.md). So Annex 4 is printed in bounded parts, each a
small PDF of its own on disk, and joined here one part at a time: a part's objects are
renumbered and copied to the output, its pages hung under one new page tree, and nothing
is kept of it but its objects' offsets (eight bytes each) and its page tree's number.

Only PDFs written by this package's reportlab are joined (their layout is known: a
classic cross-reference table, objects one after another, one flat page tree, a catalog
holding the page tree and the language): anything else is refused (JoinError), never
half-read. Page content streams are copied byte for byte; only the dictionaries' object
numbers change.
"""

from __future__ import annotations

import hashlib
import re
from array import array
from pathlib import Path
from typing import BinaryIO, Iterable


class JoinError(ValueError):
    """A part is not a PDF of the layout this joiner reads."""


_REF = re.compile(rb"(\d+) 0 R\b")
_HEADER = re.compile(rb"(\d+) 0 obj\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER_REF = {key: re.compile(rb"/" + key + rb" (\d+) 0 R") for key in (b"Root", b"Info")}
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_COUNT = re.compile(rb"/Count (\d+)")


def _renumber(body: bytes, shift: int) -> bytes:
    """A dictionary's references `N 0 R` moved by `shift`; literal strings, where such text
    may be typed (a link), left as they are."""
    out = bytearray()
    pos = 0
    n = len(body)
    while pos < n:
        start = body.find(b"(", pos)
        end = n if start < 0 else start
        out += _REF.sub(lambda m: b"%d 0 R" % (int(m.group(1)) + shift), body[pos:end])
        if start < 0:
            break
        # a literal string: balanced parentheses, backslash escapes
        depth, i = 0, start
        while i < n:
            ch = body[i]
            if ch == 0x5C:  # backslash: the next byte is escaped
                i += 2
                continue
            if ch == 0x28:
                depth += 1
            elif ch == 0x29:
                depth -= 1
                if depth == 0:
                    break
            i += 1
        out += body[start:i + 1]
        pos = i + 1
    return bytes(out)


class _Part:
    """One part read: its objects' byte ranges, its catalog, info and page tree."""

    def __init__(self, data: bytes, name: str):
        self.data = data
        self.name = name
        found = _STARTXREF.search(data[-64:])
        if not data.startswith(b"%PDF-") or found is None:
            raise JoinError(f"{name}: not a whole PDF")
        xref = int(found.group(1))
        head = data[xref:xref + 64].split(b"\n")
        if len(head) < 3 or head[0].strip() != b"xref":
            raise JoinError(f"{name}: no cross-reference table")
        first, count = (int(x) for x in head[1].split())
        table_at = xref + len(head[0]) + len(head[1]) + 2
        offsets: dict[int, int] = {}
        for k in range(count):
            entry = data[table_at + 20 * k: table_at + 20 * k + 20]
            if entry[17:18] == b"n":
                offsets[first + k] = int(entry[:10])
        if len(offsets) != count - 1 or first != 0:
            raise JoinError(f"{name}: an unexpected cross-reference table")
        trailer = data[table_at + 20 * count:]
        refs = {key: rx.search(trailer) for key, rx in _TRAILER_REF.items()}
        if refs[b"Root"] is None or refs[b"Info"] is None:
            raise JoinError(f"{name}: no catalog or document information")
        self.root, self.info = (int(refs[key].group(1)) for key in (b"Root", b"Info"))
        self.size = count
        order = sorted(offsets.items(), key=lambda kv: kv[1])
        ends = [off for _, off in order[1:]] + [xref]
        self.spans = {num: (off, end) for (num, off), end in zip(order, ends)}
        catalog = self.body(self.root)
        pages = _PAGES.search(catalog)
        if b"/Catalog" not in catalog or pages is None or b"/Outlines" in catalog or b"/Names" in catalog:
            raise JoinError(f"{name}: a catalog this joiner does not know")
        self.catalog = catalog
        self.pages = int(pages.group(1))
        counted = _COUNT.search(self.body(self.pages))
        if counted is None:
            raise JoinError(f"{name}: no page count")
        self.page_count = int(counted.group(1))

    def body(self, num: int) -> bytes:
        """Object `num` without its `N 0 obj` header and `endobj`."""
        off, end = self.spans[num]
        chunk = self.data[off:end]
        header = _HEADER.match(chunk)
        if header is None or int(header.group(1)) != num:
            raise JoinError(f"{self.name}: object {num} is not where the table says")
        chunk = chunk[header.end():].rstrip()
        if not chunk.endswith(b"endobj"):
            raise JoinError(f"{self.name}: object {num} is cut")
        return chunk[:-len(b"endobj")]


class JoinedPdf:
    """The output being written: parts appended in order, then `close()` writes the page
    tree, the catalog, the information and the cross-reference table."""

    def __init__(self, out: BinaryIO):
        self._out = out
        self._written = 0
        self._offsets = array("Q", [0])  # object 0: the free list's head
        self._kids: list[int] = []
        self._pages = 0
        self._first: tuple[bytes, bytes] | None = None  # the first part's catalog and info, renumbered
        self._digest = hashlib.md5(usedforsecurity=False)
        self._put(b"%PDF-1.4\n%\x93\x8c\x8b\x9e GrantDesk\n")
        # the new page tree's number, known before any part is copied: every part's tree hangs under it
        self._root_pages = self._reserve()

    def _put(self, data: bytes) -> None:
        self._out.write(data)
        self._written += len(data)

    def _reserve(self) -> int:
        self._offsets.append(0)
        return len(self._offsets) - 1

    def _object(self, num: int, body: bytes) -> None:
        self._offsets[num] = self._written
        self._put(b"%d 0 obj\n" % num + body + b"\nendobj\n")

    @property
    def pages(self) -> int:
        return self._pages

    def add(self, data: bytes, name: str = "part") -> int:
        """Append the pages of one part (a whole PDF's bytes); returns its page count."""
        part = _Part(data, name)
        shift = len(self._offsets) - 1
        for _ in range(1, part.size):
            self._offsets.append(0)
        for num in range(1, part.size):
            if num in (part.root, part.info):
                # a part's catalog and information are not copied (the first part's stand
                # for the whole, below); their numbers hold an empty object
                self._object(num + shift, b"null")
                continue
            body = part.body(num)
            stream = _STREAM.search(body)
            if stream is not None:  # the dictionary renumbered, the stream's bytes as they are
                body = _renumber(body[:stream.start()], shift) + body[stream.start():]
            else:
                body = _renumber(body, shift)
            if num == part.pages:
                if b"/Parent" in body:
                    raise JoinError(f"{name}: a nested page tree")
                body = body.replace(b"<<", b"<<\n/Parent %d 0 R" % self._root_pages, 1)
            self._object(num + shift, body)
        if self._first is None:
            self._first = (_renumber(part.catalog, shift), _renumber(part.body(part.info), shift))
        self._kids.append(part.pages + shift)
        self._pages += part.page_count
        self._digest.update(hashlib.md5(data, usedforsecurity=False).digest())
        return part.page_count

    def close(self) -> int:
        """Write what ties the parts together; returns the page count."""
        if self._first is None:
            raise JoinError("nothing to join")
        catalog, info = self._first
        kids = b" ".join(b"%d 0 R" % k for k in self._kids)
        self._object(self._root_pages, b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>" % (self._pages, kids))
        root = self._reserve()
        self._object(root, _PAGES.sub(b"/Pages %d 0 R" % self._root_pages, catalog))
        info_num = self._reserve()
        self._object(info_num, info)
        xref = self._written
        lines = [b"xref\n0 %d\n" % len(self._offsets), b"0000000000 65535 f \n"]
        lines += [b"%010d 00000 n \n" % off for off in self._offsets[1:]]
        self._put(b"".join(lines))
        ident = self._digest.hexdigest().encode()
        self._put(b"trailer\n<<\n/ID [<%s><%s>] /Info %d 0 R /Root %d 0 R /Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
                  % (ident, ident, info_num, root, len(self._offsets), xref))
        return self._pages


def join_files(parts: Iterable[Path], out: BinaryIO) -> int:
    """The PDFs at `parts` joined in order into `out`, one part in memory at a time; the
    page count."""
    joined = JoinedPdf(out)
    for path in parts:
        joined.add(Path(path).read_bytes(), Path(path).name)
    return joined.close()
