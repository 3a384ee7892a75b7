"""An Annex 3 Word file → the project's plan document: read, recognise, summarise.

`prepare_import` never writes anything: it reads the file (a legacy .doc converted by
LibreOffice into a temporary folder first, when LibreOffice is there), recognises its
blocks and builds the plan document in memory, with the summary the user confirms. The
caller writes it (CLI, app) only then. The source file is only ever read.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..document import Document, Ref
from ..forms import FormDef
from . import messages

if TYPE_CHECKING:  # python-docx is loaded only when a plan is read
    from .plan_read import PlanText
from .plan_words import PlanWords

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a legacy .doc (and .xls, .ppt) file
NOTE_FIELD = "note"


class PlanImportError(Exception):
    """Why a file cannot be imported; `message(lang)` says it in the user's language."""

    def __init__(self, key: str, **params):
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str) -> str:
        return messages.text(self.key, lang, **self.params)


@dataclass
class PreparedPlan:
    doc: Document  # the plan, not yet written anywhere
    text: PlanText
    source: Path

    def summary(self, lang: str) -> str:
        return summarise(self.text, self.doc.form, lang)

    def verdict(self, lang: str) -> str:
        """One plain sentence: everything was recognised, or what was not (counted)."""
        return verdict(self.text, self.doc.form, lang)


def _gaps(text: PlanText, form: FormDef) -> dict[str, int]:
    """What the file did not fill: Block I lines not found, Block IV values not found, the
    lines to confirm and the text that found no place (counts; none of them: all is in)."""
    words = PlanWords.from_form(form)
    gaps = {
        "fields": sum(1 for f in words.general if not text.fields.get(f, "").strip()),
        "effect": (len(words.effect.rows) - len(text.effect)) if words.effect is not None else 0,
        "empty_cells": len(_activities_without(text, ("place", "deadline"))),
        "to_confirm": len(text.to_confirm),
        "unplaced": len(text.unplaced),
    }
    return {k: n for k, n in gaps.items() if n > 0}


def verdict(text: PlanText, form: FormDef, lang: str) -> str:
    gaps = _gaps(text, form)
    if not gaps:
        return messages.text("all_recognised", lang)
    parts = [messages.text(f"gap_{k}", lang, n=n) for k, n in gaps.items()]
    return messages.text("not_all_recognised", lang, gaps="; ".join(parts))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _docx_bytes(path: Path) -> bytes:
    """The file's bytes as .docx: a .doc converted by LibreOffice in a temporary folder."""
    from .. import limits

    try:
        with path.open("rb") as fh:
            data = fh.read(limits.DOCX_PARTS_BYTES + 1)  # never more than the limit into memory
    except OSError as exc:
        raise PlanImportError("not_found", path=path, detail=exc.strerror or exc) from exc
    if len(data) > limits.DOCX_PARTS_BYTES:
        raise PlanImportError("too_large", path=path, what="bytes", got=f"> {limits.DOCX_PARTS_BYTES:,}",
                              limit=f"{limits.DOCX_PARTS_BYTES:,}")
    if not data.startswith(OLE_MAGIC):
        return data
    office = soffice()
    if office is None:
        raise PlanImportError("legacy_doc", path=path)
    with tempfile.TemporaryDirectory(prefix="grantdesk-doc-") as tmp:
        # A private profile: a LibreOffice the user has open does not take the job over.
        copy = Path(tmp) / "plan.doc"
        copy.write_bytes(data)
        try:
            done = subprocess.run(
                [office, f"-env:UserInstallation=file://{Path(tmp) / 'profile'}", "--headless",
                 "--convert-to", "docx", "--outdir", tmp, str(copy)],
                capture_output=True, text=True, timeout=180)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PlanImportError("legacy_failed", path=path, detail=exc) from exc
        out = Path(tmp) / "plan.docx"
        if done.returncode != 0 or not out.exists():
            raise PlanImportError("legacy_failed", path=path, detail=(done.stderr or done.stdout).strip()[:200])
        return out.read_bytes()


def prepare_import(path: Path, form: FormDef) -> PreparedPlan:
    """Read `path` and build the plan of `form` from it; raises PlanImportError."""
    from .docx_read import NotReadable, Para, TooLarge, read_docx  # python-docx, only when a plan is read
    from .plan_read import read_plan

    path = Path(path)
    data = _docx_bytes(path)
    try:
        items = read_docx(data)
    except TooLarge as exc:
        raise PlanImportError("too_large", path=path, what=exc.what, got=f"{exc.got:,}", limit=f"{exc.limit:,}") from exc
    except NotReadable as exc:
        raise PlanImportError("not_readable", path=path) from exc
    if not any(item.text.strip() if isinstance(item, Para) else any(
            c and c.strip() for row in item.rows for c in row) for item in items):
        raise PlanImportError("empty", path=path)
    text = read_plan(items, PlanWords.from_form(form))
    if text.recognised == 0:
        raise PlanImportError("not_a_plan", path=path)
    return PreparedPlan(build_plan(text, form), text, path)


def build_plan(text: PlanText, form: FormDef) -> Document:
    """The plan document holding what was recognised; the rest in its note."""
    words = PlanWords.from_form(form)
    doc = Document.new(form, text.lang, "plan")
    for fid, value in text.fields.items():
        if fid in form.fields:
            doc.set(Ref.field(fid), value)
    for table, rows in text.teams.items():
        tdef = form.table(table)
        known = {c.id for c in tdef.columns}
        for cells in rows:
            doc.add_row(table, cells={k: v for k, v in cells.items() if k in known})
    for task in text.tasks:
        _add_task(doc, form, words, task)
    for key, value in text.effect.items():
        doc.set(Ref.fixed(words.effect.table, key, words.effect.column), value)
    note = note_text(text)
    if note and NOTE_FIELD in form.fields:
        doc.set(Ref.field(NOTE_FIELD), note)
    return doc


def _add_task(doc: Document, form: FormDef, plan_words: PlanWords, task) -> None:
    words = plan_words.tasks
    root = form.table(words.table)
    activities, indicators = (f"{root.path}.{words.chain[0]}", f"{root.path}.{'.'.join(words.chain[:2])}")
    if task.kind is not None:
        row = next(r for r in doc.siblings(root.path) if r.kind == task.kind)
    else:
        row = doc.add_row(root.path, cells={root.title_column: task.title} if root.title_column else {})
    act_cols = {c.id for c in form.table(activities).columns}
    ind_cols = {c.id for c in form.table(indicators).columns}
    for a in task.activities:
        arow = doc.add_row(activities, row.id, cells={k: v for k, v in a.cells.items() if k in act_cols})
        for ind in a.indicators:
            doc.add_row(indicators, arow.id, cells={k: v for k, v in ind.items() if k in ind_cols})


def join_project(prepared: PreparedPlan, values: dict[str, str]) -> list[str]:
    """Make the plan share an existing project's values (`--into`): a value the project
    already holds stays; the file's differing value is kept in the plan's note. Returns the
    field ids whose value differed."""
    doc = prepared.doc
    differing = [k for k, v in doc.project.items() if values.get(k, "").strip() and values[k] != v]
    if differing:
        lines = [f"{doc.form.fields[k].label(doc.lang)}: {doc.project[k]}" for k in differing]
        kept = doc.values.get(NOTE_FIELD, "")
        extra = messages.text("note_differing", doc.lang) + "\n" + "\n".join(lines)
        if NOTE_FIELD in doc.form.fields:
            doc.set(Ref.field(NOTE_FIELD), f"{kept}\n\n{extra}" if kept else extra)
    merged = dict(doc.project)
    merged.update({k: v for k, v in values.items() if v.strip()})
    doc.project = merged
    return differing


def note_text(text: PlanText) -> str:
    """What the plan's note keeps: the pairings to confirm and the text that found no place."""
    parts = []
    if text.to_confirm:
        parts.append(messages.text("note_to_confirm", text.lang) + "\n" + "\n".join(f"- {c}" for c in text.to_confirm))
    if text.unplaced:
        parts.append(messages.text("note_unplaced", text.lang) + "\n" + "\n".join(text.unplaced))
    return "\n\n".join(parts)


def summarise(text: PlanText, form: FormDef, lang: str) -> str:
    """What was recognised, block by block, in `lang` (the user's), with every piece of
    text that found no place."""
    words = PlanWords.from_form(form)
    say = messages.text
    out = [say("language", lang, name={"kk": "қазақша", "ru": "русский"}.get(text.lang, text.lang))]
    if "contract_number" in text.fields:
        out.append(say("contract", lang, number=text.fields["contract_number"], date=text.fields.get("contract_date", "")))
    general = [f for f in words.general]
    found = [f for f in general if text.fields.get(f, "").strip()]
    out.append(say("block1", lang, n=len(found), total=len(general)))
    doc_lang = lang if lang in ("kk", "ru", "en") else text.lang  # labels as the reader's screens name them
    for fid in found:
        out.append(f"  {form.fields[fid].label(doc_lang)}: {_short(text.fields[fid], 240)}")  # wraps on screen
    missing = [form.fields[f].label(doc_lang) for f in general if f not in found]
    if missing:
        out.append("  " + say("missing", lang, labels="; ".join(missing)))
    out.append(say("block2", lang))
    for team in words.teams:
        out.append(f"  {form.table(team.table).label(doc_lang)}: "
                   + say("rows", lang, n=len(text.teams.get(team.table, []))))
    if words.tasks is not None:
        root = form.table(words.tasks.table)
        n_act = sum(len(t.activities) for t in text.tasks)
        n_ind = sum(len(a.indicators) for t in text.tasks for a in t.activities)
        out.append(say("block3", lang, tasks=len(text.tasks), activities=n_act, indicators=n_ind))
        number = 0
        for t in text.tasks:
            if t.kind is None:
                number += 1
                head = f"{root.row_label(doc_lang).replace('{n}', str(number))}. {_short(t.title, 70)}"
            else:
                head = _short(root.standard_rows[t.kind](doc_lang), 70)
            out.append(f"  {head}: " + say("task", lang, activities=len(t.activities),
                                              indicators=sum(len(a.indicators) for a in t.activities)))
    if words.effect is not None:
        out.append(say("block4", lang, n=len(text.effect), total=len(words.effect.rows)))
        tdef = form.table(words.effect.table)
        for r in tdef.fixed_rows:
            if r.key in text.effect:
                out.append(f"  {_short(r.label(doc_lang), 70)}: {text.effect[r.key]}")
    gaps = _activities_without(text, ("place", "deadline"))
    if gaps:
        out.append(say("empty_cells", lang, n=len(gaps), where=", ".join(gaps)))
    if text.to_confirm:
        out.append(say("to_confirm", lang, n=len(text.to_confirm)))
        out.extend(f"  {_short(c, 200)}" for c in text.to_confirm)
    if text.unplaced:
        out.append(say("unplaced", lang, n=len(text.unplaced)))
        out.extend(f"  {line}" for u in text.unplaced for line in u.split("\n"))
    out.append(verdict(text, form, lang))  # the plain answer, said once (the dialog shows it on top)
    return "\n".join(out)


def _activities_without(text: PlanText, columns: tuple[str, ...]) -> list[str]:
    """`1.4`, `2.1`: the activities (numbered task.activity, standard blocks by their
    activity number) with any of `columns` empty."""
    out, number = [], 0
    for t in text.tasks:
        number += t.kind is None
        for i, a in enumerate(t.activities, start=1):
            if any(not a.cells.get(c, "").strip() for c in columns):
                out.append(f"{number if t.kind is None else '•'}.{i}")
    return out


def _short(value: str, limit: int = 90) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
