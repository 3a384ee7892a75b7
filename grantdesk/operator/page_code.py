"""What the code on every printed page says, and the record each print leaves in the
project (FORMS.md, "A page code").

A page's code is one line of text, drawn as a QR code in the footer (printing/pagecode.py):

    GD1|<project>|<document>|<edition>|<page>/<pages>|<content>

`project` is 16 hex digits of the project's id (kept in the file, the same across copies
and renames), `document` the document's number in it, `edition` its form (fr24), and
`content` the first 12 hex digits of the SHA-256 of the values the document printed
(`printed_values`: every field, fixed cell and row cell the form has, plan values read
through their links, so an amendment to the plan changes the hash as it changes the
paper). The print language is not part of it: the same values in kk or ru are the same
content. Each print is recorded in the project (store: table `prints`) with those values,
so a paper read back later (verify.py) says which values changed since it was printed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from ..layout.model import PageCode as PrintedCode
from ..store import ProjectFile, StoreError
from ..store.backups import path_key, read_project_id

PREFIX = "GD1"
HASH_DIGITS = 12
SIZE_MM = 12.0  # 0.33 mm a module at version 4 (a 60-byte payload): a phone or a 200 dpi scan reads it
# the page part is absent from a Word file's code (Word numbers its own pages)
_PAYLOAD = re.compile(r"^GD1\|([0-9a-f]{16})\|(\d{1,9})\|([A-Za-z0-9_.-]{1,40})(?:\|(\d{1,5})/(\d{1,5}))?\|([0-9a-f]{12})$")


def printed_values(doc: Document) -> dict[str, str]:
    """Every value the document prints, by a readable key: a field by its id, a fixed
    cell as table.row.column, a row's cell by its position (tasks[2].activities[1].place)."""
    out: dict[str, str] = {}
    form = doc.form
    for fid in form.fields:
        out[fid] = doc.field(fid)
    for tdef in form.all_tables():
        if tdef.is_fixed:
            for r in tdef.fixed_rows:
                for c in tdef.columns:
                    out[f"{tdef.id}.{r.key}.{c.id}"] = doc.fixed(tdef.id, r.key, c.id)
            continue
        for row, _ in doc.iter_rows(tdef.path):
            where = doc.position_path(row.id)
            for c in tdef.columns:
                out[f"{where}.{c.id}"] = row.get(c.id)
    return out


def content_hash(edition: str, values: dict[str, str]) -> str:
    """The SHA-256 (hex) of a document's edition and printed values, in a canonical form."""
    canonical = json.dumps([edition, sorted(values.items())], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def project_key(project_id: str) -> str:
    """16 hex digits standing for a project id (a UUID's own digits, else a hash of it)."""
    digits = project_id.replace("-", "").lower()
    if re.fullmatch(r"[0-9a-f]{16,}", digits):
        return digits[:16]
    return hashlib.sha256(project_id.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class PageCode:
    """What a page's code says (parse gives one back from a scan)."""

    project: str
    document: int
    edition: str
    page: int | None
    pages: int | None
    content: str


def parse(text: str) -> PageCode | None:
    """The code's parts, or None for any other text (another program's QR code)."""
    match = _PAYLOAD.match(text.strip())
    if not match:
        return None
    project, document, edition, page, pages, content = match.groups()
    return PageCode(project, int(document), edition, int(page) if page else None, int(pages) if pages else None,
                    content)


@dataclass(frozen=True)
class Stamp:
    """One print of a document: its identity and content, the same on every page."""

    project: str
    document: int
    edition: str
    values: dict[str, str]
    content_hash: str

    def payload(self, page: int, pages: int) -> str:
        """The code of page `page` of `pages`."""
        return f"{PREFIX}|{self.project}|{self.document}|{self.edition}|{page}/{pages}|{self.content_hash[:HASH_DIGITS]}"

    def static_payload(self) -> str:
        """The code of a page whose number is not known when it is written (a Word file's:
        Word numbers its pages as it prints): identity, edition and content."""
        return f"{PREFIX}|{self.project}|{self.document}|{self.edition}|{self.content_hash[:HASH_DIGITS]}"

    def page_code(self, word: bool = False) -> PrintedCode:
        """The print model's page-code slot (layout.model.PageCode): the payload with the
        page and count left for the writer (the PDF draws it as a QR code on every page);
        for a Word file (`word`), also the code without them as the image its footer
        carries (made only then: a PDF never needs it)."""
        template = self.payload(0, 0).replace("|0/0|", "|{page}/{pages}|")
        if not word:
            return PrintedCode(template, size_mm=SIZE_MM)
        from ..printing.pagecode import qr_png

        return PrintedCode(template, size_mm=SIZE_MM, static_png=qr_png(self.static_payload()))


def stamp(project_id: str, doc: Document) -> Stamp:
    values = printed_values(doc)
    return Stamp(project_key(project_id), doc.doc_id, doc.form.id, values, content_hash(doc.form.id, values))


def stamp_for_file(path: Path, doc: Document) -> Stamp:
    """The stamp of a document of the project file at `path`. A file without an id yet (made
    by an older GrantDesk, never opened since) is given one first, as opening it in the app
    would; one that cannot be written is known by its path, as its backups are."""
    project_id = read_project_id(path)
    if project_id is None:
        try:
            with ProjectFile.open(path) as project:
                project_id = None if project.read_only else project.project_id
        except StoreError:
            project_id = None
    return stamp(project_id or path_key(path), doc)


def record(project: Path | ProjectFile, stamp_: Stamp, lang: str, pages: int) -> bool:
    """Keep the print's record in the project (a file, or one open in the app); False when
    it cannot be written now (read-only, open in GrantDesk, on a locked medium): the paper
    still carries its code."""
    try:
        if isinstance(project, ProjectFile):
            return _record(project, stamp_, lang, pages)
        with ProjectFile.open(project) as opened:
            return _record(opened, stamp_, lang, pages)
    except StoreError:
        return False


def _record(project: ProjectFile, stamp_: Stamp, lang: str, pages: int) -> bool:
    return project.record_print(stamp_.document, form=stamp_.edition, lang=lang, content_hash=stamp_.content_hash,
                                pages=pages, printed=json.dumps(stamp_.values, ensure_ascii=False)) is not None
