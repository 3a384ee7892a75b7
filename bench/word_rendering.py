"""A Word rendering of a report, for the side-by-side measurement against LibreOffice.

`python bench/word_rendering.py REPORT.json -o REPORT.docx` writes the report's content in
the printed form's order: the general information, the narratives, the activity table
(one row per indicator, as a plain Word table), the other tables and the text fields,
with the form's own labels in the report's language. It only has to be the same amount
of text in the same shapes as the PDF GrantDesk prints, so LibreOffice converting it is
a fair yardstick (bench/run.py). Needs the `bench` extra: `pip install -e '.[bench]'`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from docx import Document as WordDocument
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grantdesk.document import from_json  # noqa: E402
from grantdesk.forms import default_registry  # noqa: E402


def _table(word, header: list[str], rows: list[list[str]]) -> None:
    table = word.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text or ""


def write_docx(report_json: Path, out: Path) -> Path:
    doc = from_json(json.loads(report_json.read_text(encoding="utf-8")), default_registry())
    form, lang = doc.form, doc.lang
    word = WordDocument()
    word.styles["Normal"].font.name = "DejaVu Serif Condensed"
    word.styles["Normal"].font.size = Pt(10)
    word.add_heading(form.title(lang), level=1)
    for fdef in form.fields.values():  # general information and the text fields, labelled
        value = doc.field(fdef.id)
        if value.strip():
            para = word.add_paragraph()
            para.add_run(fdef.label(lang) + ": ").bold = True
            para.add_run(value)
    tasks = form.table("tasks")
    activities = tasks.child("activities")
    indicators = activities.child("indicators")
    for task in doc.siblings(tasks.path):
        word.add_heading(task.get("title") or "", level=2)
        for act in task.children.get("activities", []):
            if act.get("narrative").strip():
                word.add_paragraph(act.get("narrative"))
    header = [tasks.column("title").label(lang)] + [c.label(lang) for c in activities.columns if c.id != "narrative"]
    header += [c.label(lang) for c in indicators.columns] + [tasks.column("longterm").label(lang)]
    rows = []
    for task in doc.siblings(tasks.path):
        for act in task.children.get("activities", []) or [None]:
            inds = (act.children.get("indicators", []) if act else []) or [None]
            for ind in inds:
                rows.append([task.get("title")]
                            + [act.get(c.id) if act else "" for c in activities.columns if c.id != "narrative"]
                            + [ind.get(c.id) if ind else "" for c in indicators.columns] + [task.get("longterm")])
    _table(word, header, rows)
    for tdef in form.tables.values():
        if tdef.id == "tasks":
            continue
        word.add_paragraph(tdef.label(lang))
        if tdef.fixed_rows:
            _table(word, [""] + [c.label(lang) for c in tdef.columns],
                   [[r.label(lang)] + [doc.fixed(tdef.id, r.key, c.id) for c in tdef.columns] for r in tdef.fixed_rows])
        else:
            _table(word, [c.label(lang) for c in tdef.columns],
                   [[row.get(c.id) for c in tdef.columns] for row in doc.siblings(tdef.path)])
    word.save(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("report", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    args = ap.parse_args(argv)
    write_docx(args.report, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
