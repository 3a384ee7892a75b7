"""Fixed rows with sub-rows («оның ішінде»): read from a definition, numbered as the form
numbers them, refused when malformed. FR23's socio-economic table is the real case."""

from __future__ import annotations

import pytest
import yaml

from grantdesk.forms import FormError, parse_form
from grantdesk.resources import forms_dir


def _raw(name: str = "fr23"):
    return yaml.safe_load((forms_dir() / f"{name}.yaml").read_text(encoding="utf-8"))


def test_fr23_sub_rows_follow_their_parent_unnumbered(registry):
    socio = registry.get("fr23").table("socio")
    assert [(r.key, r.parent) for r in socio.fixed_rows] == [
        ("direct", None), ("direct_vulnerable", "direct"), ("indirect", None), ("staff", None),
        ("specialists", None), ("specialists_vulnerable", "specialists"), ("ngos", None),
        ("payroll", None), ("taxes", None), ("economy", None), ("partners", None)]
    numbers = socio.fixed_numbers()
    assert [numbers[r.key] for r in socio.fixed_rows] == ["1", None, "2", "3", "4", None, "5", "6", "7", "8", "9"]
    assert socio.fixed_row("direct_vulnerable").label("ru") == "из социально уязвимых слоев населения"
    assert socio.cell_type("direct_vulnerable", "fact") == "count"


def test_a_table_without_sub_rows_numbers_every_row(fr24):
    socio = fr24.table("socio")
    assert list(socio.fixed_numbers().values()) == [str(n) for n in range(1, 10)]
    assert all(r.parent is None for r in socio.fixed_rows)


def test_fr23_is_fr24_where_forms_md_says_so(registry):
    fr23, fr24 = registry.get("fr23"), registry.get("fr24")
    assert fr23.kind == fr24.kind == "report"
    assert fr23.plan_links.tables.keys() == fr24.plan_links.tables.keys()
    assert [c.id for c in fr23.table("tasks").columns] == ["title"]
    assert [c.id for c in fr23.table("tasks.activities").columns][-1] == "efficiency"
    assert fr23.table("tasks.activities").column("efficiency").label("kk") == "Тиімділік"
    s3 = next(s for s in fr23.sections if s.id == "s3")
    assert s3.help("kk").startswith("«Табыс тарихы» - бұл")
    assert [s.id for s in fr23.sections][-2:] == ["proposals", "closing"]
    # a new report still starts in the newest edition
    assert [f.id for f in registry.editions("report")] == ["fr24", "fr23"]


@pytest.mark.parametrize("mutate, message", [
    (lambda rows: rows[0]["sub_rows"][0].update(sub_rows=[dict(rows[0]["sub_rows"][0], key="x")]),
     "a sub-row cannot have sub-rows"),
    (lambda rows: rows[0]["sub_rows"][0].update(key="indirect"), "row key 'indirect' used twice"),
    (lambda rows: rows[0].update(sub_rows={"key": "x"}), "expected a list of rows"),
    (lambda rows: rows[0]["sub_rows"][0]["label"].pop("ru"), "missing language(s) ru"),
])
def test_malformed_sub_rows_are_refused_with_the_place(mutate, message):
    data = _raw()
    mutate(data["tables"]["socio"]["fixed_rows"])
    with pytest.raises(FormError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_form(data, "broken.yaml")
