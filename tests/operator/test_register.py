"""The operator's register: one row per project, its columns read back from the SQLite
file and from the workbook (frozen header, widths, number formats)."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from xml.etree import ElementTree

from grantdesk.forms import default_registry
from grantdesk.operator.register import COLUMNS, write_register
from tests.cli.test_cli import grantdesk

NS = {"x": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def _sqlite_rows(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("SELECT * FROM projects ORDER BY id")]
    finally:
        conn.close()


def test_the_sqlite_register_has_a_row_per_project_with_its_figures(operator_folder, tmp_path):
    out = tmp_path / "register.sqlite"
    done = write_register([operator_folder], out, default_registry())
    assert {s.path.name for s in done.skipped} == {"damaged.grantdesk", "readme.txt"}
    rows = _sqlite_rows(out)
    by_file = {r["file_name"]: r for r in rows}
    assert set(by_file) == {"alpha.grantdesk", "errors.grantdesk", "fr23.grantdesk", "plan.grantdesk",
                            "old.grantdesk", "zeta.grantdesk"}
    zeta = by_file["zeta.grantdesk"]
    assert zeta["organisation"] == "«Ясный путь» ҚБ" and zeta["project"] == "Жасыл ауыл"
    assert (zeta["period_start"], zeta["period_end"]) == ("2024-04-01", "2024-11-30")
    assert zeta["grant_total"] == 10125000
    # seed 001: 19 activities, all with facts; 72 indicators with a plan, 71 met (R7's comparison)
    assert (zeta["activities_with_facts"], zeta["activities_planned"]) == (19, 19)
    assert (zeta["indicators_met"], zeta["indicators_planned"]) == (71, 72)
    assert (zeta["direct_beneficiaries"], zeta["indirect_beneficiaries"]) == (647, 1000)
    assert (zeta["errors"], zeta["owed"], zeta["warnings"]) == (0, 0, 0)
    # seed 001 as it was filled: its real slips, and the places it left empty (R14)
    assert (by_file["errors.grantdesk"]["errors"], by_file["errors.grantdesk"]["owed"]) == (2, 16)
    fr23 = by_file["fr23.grantdesk"]  # rows 1 and 2, not row 1's «оның ішінде» sub-row
    # seed 003's row 1 fact is not a number: kept as typed (R10 counts it among the errors)
    assert fr23["direct_beneficiaries"] == "778 жоба бойынша Шағын гранттар бойынша – 19 098"
    assert fr23["indirect_beneficiaries"] == 202500 and fr23["errors"] >= 1
    assert by_file["plan.grantdesk"]["territory"].startswith("Қазақстан Республикасы, Ұлытау облысы")
    assert re.fullmatch(r"[0-9a-f]{64}", zeta["sha256"])
    import hashlib
    assert zeta["sha256"] == hashlib.sha256((operator_folder / "zeta.grantdesk").read_bytes()).hexdigest()
    # in the operator's order: organisation, then project
    orgs = [r["organisation"] for r in rows]
    assert orgs.index("«Айналайын» қоғамдық қоры") < orgs.index("«Ескі» ҚҚ") < orgs.index("«Ясный путь» ҚБ")


def _cells(book: zipfile.ZipFile) -> list[list[str]]:
    sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    out = []
    for row in sheet.iterfind(".//x:sheetData/x:row", NS):
        values = []
        for c in row.iterfind("x:c", NS):
            inline = c.find("x:is/x:t", NS)
            value = c.find("x:v", NS)
            values.append(inline.text if inline is not None else (value.text if value is not None else ""))
        out.append(values)
    return out


def test_the_workbook_reads_back_with_frozen_header_widths_and_formats(operator_folder, tmp_path):
    out = tmp_path / "register.xlsx"
    done = grantdesk("register", operator_folder, "-o", out, "--ui-lang", "ru")
    assert done.returncode == 0, done.stderr
    assert "проектов 6" in done.stdout and "damaged.grantdesk" in done.stderr
    with zipfile.ZipFile(out) as book:
        rows = _cells(book)
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
        styles = book.read("xl/styles.xml").decode()
    assert rows[0][:3] == ["Неправительственная организация", "Социальный проект", "Территория реализации"]
    assert len(rows) == 7
    assert 'state="frozen"' in sheet and 'ySplit="1"' in sheet
    widths = {}
    for c in ElementTree.fromstring(sheet.encode()).iterfind(".//x:cols/x:col", NS):
        for i in range(int(c.get("min")), int(c.get("max")) + 1):
            widths[i] = float(c.get("width"))
    assert sorted(widths) == list(range(1, len(COLUMNS) + 1))
    assert [round(widths[i + 1]) for i in range(len(COLUMNS))] == [round(c.width + 0.71) for c in COLUMNS]
    assert 'formatCode="dd.mm.yyyy"' in styles and 'formatCode="#,##0"' in styles
    zeta = next(r for r in rows if "Жасыл ауыл" in r)
    assert "10125000" in zeta and "647" in zeta and "1000" in zeta


def test_the_register_refuses_an_output_it_cannot_write(operator_folder, tmp_path):
    done = grantdesk("register", operator_folder, "-o", tmp_path / "register.csv", "--ui-lang", "en")
    assert done.returncode == 2 and "must be .xlsx|.sqlite|.db" in done.stderr and "Traceback" not in done.stderr
