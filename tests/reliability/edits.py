"""A deterministic stream of real edits, shared by the killed editor and the test checking it.

Edit number `n` depends only on (seed, n) and the document it is applied to, never on
anything kept in memory between edits. So the checker can replay the stream from the
state it found on disk, and a restarted editor can carry on from there.

The mix is what people do: typing into fields and cells (one character at a time, so
the writer's coalescing is exercised), Kazakh and Russian text, numbers as people type
them, and adding, removing and moving rows at every level of the nested tables.
"""

from __future__ import annotations

import hashlib
import json
import random

from grantdesk.document import Document, Ref, to_json

TYPING_BURST = 8  # edits n with the same n // TYPING_BURST type into one value
MAX_ROWS = 60  # beyond this the stream prefers removing rows, so documents stay small

TEXTS = (
    "Қазақстан Республикасы, Өскемен қ., «Рухтан» қоғамдық қоры",
    "Жобаның мақсаты — жастардың әлеуметтік белсенділігін арттыру",
    "Іс-шара өтті: 2-3.11.24, Ақтөбе облысы, Қарғалы ауданы",
    "Общественный фонд «Шаңырақ», г. Алматы, ул. Абая 10",
    "Кемінде 500 адам", "80 %", "1 234 567,89", "12.05.2024", "сәуір-қараша 2024",
    "+7 (701) 123-45-67", "ұйым ғимараты; үш қабат\nекінші жол", "😀 emoji ✓", "שלום עולם", "مرحبا",
    "<b>bold</b> & <i>x</i>", "tab\there", "nul\x00byte", "",
)


def digest(doc: Document) -> str:
    """What must survive: the whole report as the JSON format sees it."""
    data = json.dumps(to_json(doc), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _rows(doc: Document) -> list[tuple[str, object]]:
    """Every (table path, row) in a fixed order."""
    out = []
    for tdef in doc.form.all_tables():
        if not tdef.is_fixed:
            out.extend((tdef.path, row) for row, _ in doc.iter_rows(tdef.path))
    return out


def _value_refs(doc: Document) -> list[Ref]:
    refs = [Ref.field(f) for f in doc.form.fields]
    for tdef in doc.form.tables.values():
        if tdef.is_fixed:
            refs.extend(Ref.fixed(tdef.id, r.key, c.id) for r in tdef.fixed_rows for c in tdef.columns)
    for path, row in _rows(doc):
        refs.extend(Ref.cell(path, row.id, c.id) for c in doc.form.table(path).columns)
    return refs


def _parent_choices(doc: Document, path: str) -> list[str | None]:
    """Where a row of `path` may be added: None for a root table, else every parent row."""
    if "." not in path:
        return [None]
    parent_path = path.rsplit(".", 1)[0]
    return [row.id for row, _ in doc.iter_rows(parent_path)]


def apply_edit(doc: Document, seed: int, n: int) -> str:
    """Apply edit number `n` (0-based) to `doc`; returns a short name of what it did."""
    block = random.Random(f"{seed}:block:{n // TYPING_BURST}")
    rng = random.Random(f"{seed}:edit:{n}")
    if block.random() < 0.45:
        # a burst of typing: the block picks the value, each edit adds one character
        refs = _value_refs(doc)
        ref = refs[block.randrange(len(refs))]
        text = block.choice(TEXTS) + f" {n // TYPING_BURST}"
        keep = (n % TYPING_BURST) + 1
        doc.set(ref, text[: keep * max(1, len(text) // TYPING_BURST)] if keep < TYPING_BURST else text)
        return "type"
    rows = _rows(doc)
    roll = rng.random()
    if roll < 0.35:
        refs = _value_refs(doc)
        doc.set(refs[rng.randrange(len(refs))], rng.choice(TEXTS))
        return "set"
    if roll < 0.60 and len(rows) < MAX_ROWS:
        tables = [t for t in doc.form.all_tables() if not t.is_fixed]
        tdef = tables[rng.randrange(len(tables))]
        parents = _parent_choices(doc, tdef.path)
        if parents:
            parent = parents[rng.randrange(len(parents))]
            count = len(doc.siblings(tdef.path, parent))
            cells = {}
            if rng.random() < 0.5:
                col = tdef.columns[rng.randrange(len(tdef.columns))]
                cells[col.id] = rng.choice(TEXTS)
            doc.add_row(tdef.path, parent, index=rng.randrange(count + 1), cells=cells, row_id=f"n{seed}x{n}")
            return "add_row"
    if roll < 0.80 and rows:
        path, row = rows[rng.randrange(len(rows))]
        doc.remove_row(row.id)
        return "remove_row"
    if roll < 0.97 and rows:
        path, row = rows[rng.randrange(len(rows))]
        parent = doc.parent_of(row.id)
        count = len(doc.siblings(path, parent.id if parent else None))
        doc.move_row(row.id, rng.randrange(count))
        return "move_row"
    doc.set_lang("ru" if doc.lang == "kk" else "kk")
    return "set_lang"
