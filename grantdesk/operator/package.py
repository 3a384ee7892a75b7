"""The submission package: one zip to hand over (FORMS.md, "A submission package").

It holds the document's PDF and .docx (each page with its code, the print recorded), a
consistent snapshot of the project file (SQLite's backup API, done by the store), and a
checklist in the document's language: what the document owes (its empty required
places), its problems, its page count and content hash. Deflate only, ASCII names and a
UTF-8 text file with a byte-order mark: Windows' own zip support and Notepad open it.
Refused while the document is a draft (errors, or owed places still empty: progress.assess),
unless asked for a draft (then every page says so).
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..checks import is_gap, render_message
from ..progress import assess
from ..document import Document
from ..forms import FormRegistry
from ..store import ProjectFile
from ..texts import role_text
from . import page_code

# The checklist's words, in the document's language (kk or ru).
CHECKLIST = {
    "kk": {"title": "Тапсыру тізімі", "project": "Жоба", "organisation": "Ұйым", "document": "Құжат",
           "pages": "Беттер саны", "hash": "Мазмұнның хэші (SHA-256)", "files": "Пакеттегі файлдар",
           "owes": "Толтырылмаған міндетті орындар", "problems": "Мәселелер", "none": "жоқ",
           "error": "ҚАТЕ", "warning": "ЕСКЕРТУ", "draft": "НОБАЙ: есепте түзетілмеген қателер бар",
           "pdf": "басып шығаруға және қол қоюға", "docx": "Word көшірмесі", "snapshot": "жоба файлының көшірмесі"},
    "ru": {"title": "Перечень для сдачи", "project": "Проект", "organisation": "Организация", "document": "Документ",
           "pages": "Количество страниц", "hash": "Хэш содержания (SHA-256)", "files": "Файлы в пакете",
           "owes": "Незаполненные обязательные места", "problems": "Проблемы", "none": "нет",
           "error": "ОШИБКА", "warning": "ПРЕДУПРЕЖДЕНИЕ", "draft": "ЧЕРНОВИК: в отчёте есть неисправленные ошибки",
           "pdf": "для печати и подписи", "docx": "копия в Word", "snapshot": "копия файла проекта"},
}


class PackageRefused(Exception):
    """The document is still a draft (errors, owed places empty) and no draft was asked for."""

    def __init__(self, errors: int, owed: int = 0):
        super().__init__(f"{errors} errors, {owed} owed places empty")
        self.errors = errors
        self.owed = owed


@dataclass(frozen=True)
class Package:
    path: Path
    size: int  # bytes
    pages: int
    names: tuple[str, ...]
    draft: bool


def choose_document(documents: list[Document], number: int | None) -> Document:
    """The document `number`; without one, the final report, else the only document."""
    if number is not None:
        for doc in documents:
            if doc.doc_id == number:
                return doc
        raise LookupError(number)
    finals = [d for d in documents if d.role == "final"]
    if len(finals) == 1:
        return finals[0]
    if len(documents) == 1:
        return documents[0]
    raise LookupError(None)


def checklist(doc: Document, problems: list, pages: int, digest: str, names: dict[str, str], draft: bool) -> str:
    """The checklist's text (Markdown read as plain text) in the document's language."""
    lang = doc.lang if doc.lang in CHECKLIST else "ru"
    w = CHECKLIST[lang]
    lines = [f"# {w['title']}", ""]
    if draft:
        lines += [f"**{w['draft']}**", ""]
    lines += [f"- {w['organisation']}: {' '.join(doc.field('org_name').split())}" if "org_name" in doc.form.fields else "",
              f"- {w['project']}: {' '.join(doc.field('project_name').split())}" if "project_name" in doc.form.fields else "",
              f"- {w['document']}: {doc.doc_id}, {role_text(doc.role, lang)}, {doc.form.id}, {doc.lang}",
              f"- {w['pages']}: {pages}", f"- {w['hash']}: {digest}", "", f"## {w['files']}", ""]
    lines += [f"- {name} — {w[kind]}" for kind, name in names.items()]
    owed = [p for p in problems if is_gap(p)]  # what it owes: R1, R14, the plan's R13 gaps
    rest = [p for p in problems if p not in owed]
    for heading, listed in (("owes", owed), ("problems", rest)):
        lines += ["", f"## {w[heading]} ({len(listed)})", ""]
        lines += [f"- {w[p.severity]} {p.rule}: {render_message(p, doc, lang)}" for p in listed] or [f"- {w['none']}"]
    return "\n".join(line for line in lines if line is not None) + "\n"


def make_package(project_path: Path, out: Path, registry: FormRegistry, number: int | None = None,
                 draft: bool = False) -> Package:
    """Write the package of one document of a project file into `out` (.zip), whole or not
    at all. Raises PackageRefused (errors remain, no draft asked), LookupError (no such
    document, or several and no number), StoreError (the project does not open)."""
    with ProjectFile.open(project_path, read_only=True) as pf:
        doc = choose_document(pf.load_project(registry).documents, number)
        done = package_document(pf, doc, out, draft, record=False)
    stamp = page_code.stamp_for_file(project_path, doc)
    page_code.record(project_path, stamp, doc.lang, done.pages)  # the file was open read-only above
    return done


def package_document(pf: ProjectFile, doc: Document, out: Path, draft: bool = False, record: bool = True) -> Package:
    """The package of `doc`, a document of the open project `pf` (the app's, or one
    opened for the command); `record` keeps the print's record in it."""
    from ..printing import render_pdf
    from ..wordio import export_docx

    state = assess(doc)  # the one document state: errors or owed places empty make it a draft
    problems = list(state.problems)
    if state.draft and not draft:
        raise PackageRefused(state.errors, state.owed)
    marked = draft or state.draft
    stamp = page_code.stamp(pf.project_id, doc)
    result = render_pdf(doc, draft=marked, page_code=stamp.page_code())
    word = export_docx(doc, draft=marked, page_code=stamp.page_code(word=True))
    base = f"{doc.form.id}-{doc.doc_id}"
    names = {"pdf": f"{base}.pdf", "docx": f"{base}.docx", "snapshot": "project.grantdesk"}
    part = out.with_name(out.name + ".part")
    with tempfile.TemporaryDirectory(prefix="gd-package-") as tmp:
        snapshot = Path(tmp) / "project.grantdesk"
        pf.save_copy(snapshot)
        text = checklist(doc, problems, result.pages, stamp.content_hash, names, marked)
        try:
            with zipfile.ZipFile(part, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as z:
                z.writestr(names["pdf"], result.pdf)
                z.writestr(names["docx"], word)
                z.write(snapshot, names["snapshot"])
                z.writestr("checklist.txt", "\ufeff" + text.replace("\n", "\r\n"))
            os.replace(part, out)
        finally:
            part.unlink(missing_ok=True)
    if record:
        page_code.record(pf, stamp, doc.lang, result.pages)
    return Package(out, out.stat().st_size, result.pages, tuple(names.values()) + ("checklist.txt",), marked)
