"""A printed page against its project: read the code from a scan or a photo and say
whether the paper matches the file now (FORMS.md, "A page code").

Scans and photos are PNG or JPEG (Pillow) or PDF (each page rendered with pypdfium2);
codes are read with zxing-cpp, which finds a QR code turned any way and copes with a
phone's blur and perspective. A page whose code is not found at first is tried again
in grey, enlarged, and in its lower quarter (where the footer is).

Outcome per page: `match` (the file holds exactly what was printed), `changed` (with the
values that differ from the print's record, when the project has it), `other` (the page
belongs to another project or document), `unreadable` (no GrantDesk code found).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..forms import FormRegistry
from ..store import ProjectFile
from .page_code import PageCode, parse, printed_values, content_hash, project_key, HASH_DIGITS

MATCH, CHANGED, OTHER, UNREADABLE = "match", "changed", "other", "unreadable"
EXIT = {MATCH: 0, CHANGED: 1, OTHER: 1, UNREADABLE: 2}
RENDER_DPI = 200


@dataclass
class PageVerdict:
    scan: str  # the file, and its page for a PDF ("scan.pdf, page 2")
    outcome: str
    code: PageCode | None = None
    printed_at: str | None = None  # when the print this page came from was made, if recorded
    changes: list[tuple[str, str, str]] = field(default_factory=list)  # (key, printed, now)
    recorded: bool = True  # False: changed, but the print's record is not in this file


def _images(path: Path):
    """(label, PIL image) of each page of a scan: one for an image, every page of a PDF."""
    from PIL import Image, ImageOps

    if path.suffix.lower() == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            for i in range(len(pdf)):
                yield f"{path.name}, {i + 1}", pdf[i].render(scale=RENDER_DPI / 72).to_pil()
        finally:
            pdf.close()
        return
    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image)  # a phone's photo, the way it was held
        yield path.name, image.convert("RGB")


def _decode(image) -> list[str]:
    import zxingcpp

    def read(img) -> list[str]:
        found = zxingcpp.read_barcodes(img, formats=zxingcpp.BarcodeFormat.QRCode, try_rotate=True,
                                       try_downscale=True)
        return [r.text for r in found if r.valid]

    texts = read(image)
    if not any(parse(t) for t in texts):
        grey = image.convert("L")
        w, h = grey.size
        for attempt in (grey, grey.crop((0, h * 3 // 4, w, h)), grey.crop((w // 2, h * 3 // 4, w, h)).resize(
                (w, h // 2)), grey.resize((w * 2, h * 2))):
            texts = read(attempt)
            if any(parse(t) for t in texts):
                break
    return texts


def read_codes(scan: Path) -> list[tuple[str, PageCode | None]]:
    """Each page of a scan with the GrantDesk code found on it (None: none found)."""
    out = []
    for label, image in _images(scan):
        codes = [c for c in (parse(t) for t in _decode(image)) if c is not None]
        out.append((label, codes[0] if codes else None))
    return out


def _judge(project: ProjectFile, project_id: str, loaded, label: str, code: PageCode) -> PageVerdict:
    if code.project != project_key(project_id):
        return PageVerdict(label, OTHER, code)
    doc = next((d for d in loaded.documents if d.doc_id == code.document), None)
    if doc is None or doc.form.id != code.edition:
        return PageVerdict(label, OTHER, code)
    now = printed_values(doc)
    if content_hash(doc.form.id, now)[:HASH_DIGITS] == code.content:
        record = project.find_print(code.document, code.content)
        return PageVerdict(label, MATCH, code, printed_at=record[0] if record else None)
    record = project.find_print(code.document, code.content)
    if record is None:
        return PageVerdict(label, CHANGED, code, recorded=False)
    at, _full, printed = record
    then = json.loads(printed)
    changes = [(k, then.get(k, ""), now.get(k, "")) for k in sorted(set(then) | set(now))
               if then.get(k, "") != now.get(k, "")]
    return PageVerdict(label, CHANGED, code, printed_at=at, changes=changes)


def verify(project: Path | ProjectFile, scans: list[Path], registry: FormRegistry) -> list[PageVerdict]:
    """Every page of every scan against the project: a file (opened read-only, never
    changed; StoreError when it does not open) or one already open in the app."""
    if isinstance(project, ProjectFile):
        return _verify(project, scans, registry)
    with ProjectFile.open(project, read_only=True) as opened:
        return _verify(opened, scans, registry)


def _verify(project: ProjectFile, scans: list[Path], registry: FormRegistry) -> list[PageVerdict]:
    loaded = project.load_project(registry)
    verdicts = []
    for scan in scans:
        try:
            pages = read_codes(scan)
        except Exception as exc:  # not an image, a damaged PDF (OSError, PdfiumError, Pillow's own)
            verdicts.append(PageVerdict(f"{scan.name}: {type(exc).__name__}", UNREADABLE))
            continue
        for label, code in pages:
            verdicts.append(PageVerdict(label, UNREADABLE) if code is None
                            else _judge(project, project.project_id, loaded, label, code))
    return verdicts


def exit_code(verdicts: list[PageVerdict]) -> int:
    """0 every page matches; 1 some page does not (changed, or another document's); 2 no
    code could be read (on some page, and none differs)."""
    outcomes = {v.outcome for v in verdicts}
    if outcomes & {CHANGED, OTHER}:
        return 1
    if UNREADABLE in outcomes or not verdicts:
        return 2
    return 0


