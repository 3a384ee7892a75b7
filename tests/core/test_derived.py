"""Derived definitions (OP4): what they name in their source is resolved against every
edition they are derived from when the definitions load; a wrong name is refused with its
place; they hold nothing of their own; their unofficial wording is marked."""

from __future__ import annotations

import copy
import re

import pytest
import yaml

from grantdesk.forms import FormError, FormRegistry, Text, default_registry, parse_form
from grantdesk.resources import forms_dir


@pytest.fixture(scope="module")
def op4_data() -> dict:
    return yaml.safe_load((forms_dir() / "op4.yaml").read_text(encoding="utf-8"))


def _folder(tmp_path, op4: dict):
    """The bundled definitions with op4.yaml replaced."""
    for path in forms_dir().glob("*.yaml"):
        if path.name != "op4.yaml":
            (tmp_path / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "op4.yaml").write_text(yaml.safe_dump(op4, allow_unicode=True), encoding="utf-8")
    return tmp_path


def _block(data: dict, kind: str, **match) -> dict:
    return next(b for b in data["print"] if b["block"] == kind and all(b.get(k) == v for k, v in match.items()))


def test_op4_is_derived_from_final_reports_and_resolves(op4_data, tmp_path):
    reg = FormRegistry(_folder(tmp_path, op4_data))
    op4 = reg.get("op4")
    assert (op4.kind, op4.derived_from.role, op4.derived_from.editions) == ("derived", "final", ("fr24",))
    assert op4.fields == {} and op4.tables == {} and op4.sections == ()
    assert reg.problems() == []
    assert default_registry().get("op4").title("kk") == op4.title("kk")


@pytest.mark.parametrize("mutate, message", [
    (lambda d: _block(d, "field", field="deviation").update(field="deviaton"),
     "op4: fr24: print[6].field: no field 'deviaton'"),
    (lambda d: _block(d, "grid", table="stats_age").update(table="stats_ages"),
     "op4: fr24: print[11].table: no table 'stats_ages'"),
    (lambda d: _block(d, "fixed_sentence").update(column="facts"),
     "op4: fr24: print[5].column: socio has no column 'facts'"),
    (lambda d: _block(d, "fixed_sentence")["text"].update(kk="тікелей қамту – {direkt} адам"),
     "op4: fr24: print[5].text.kk: {direkt}: socio has no row 'direkt'"),
    (lambda d: _block(d, "activity_summary")["levels"][1]["lines"][1].update(ru="Дата: {data}"),
     "op4: fr24: print[4].levels[1].lines[1].ru: {data}: tasks.activities has no column 'data'"),
    (lambda d: _block(d, "activity_summary")["levels"][2].update(table="tasks.indicators"),
     "op4: fr24: print[4].levels[2].table: no table 'tasks.indicators'"),
    (lambda d: _block(d, "activity_summary")["levels"].pop(1),
     "tasks.activities.indicators is not a child table of tasks"),
    (lambda d: d["derived_from"].update(editions=["fr24", "pd"]),
     "op4: derived_from.editions: 'pd' is not a definition of a final document"),
    (lambda d: d["derived_from"].update(editions=["fr99"]),
     "op4: derived_from.editions: 'fr99' is not a definition of a final document"),
])
def test_a_wrong_name_in_a_derived_definition_is_refused_with_its_place(op4_data, tmp_path, mutate, message):
    data = copy.deepcopy(op4_data)
    mutate(data)
    with pytest.raises(FormError) as refused:
        FormRegistry(_folder(tmp_path, data))
    assert message in str(refused.value)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d.update(fields={"note": {"type": "text", "label": {"kk": "Ескерту", "ru": "Примечание"}}}),
     "a derived definition has no fields of its own"),
    (lambda d: d.update(sections=[{"id": "x", "title": {"kk": "x", "ru": "x"}, "items": []}]),
     "a derived definition has no sections of its own"),
    (lambda d: d.pop("derived_from"), "derived_from: expected {role: final"),
    (lambda d: d["derived_from"].update(role="derived"), "derived_from.role"),
    (lambda d: d["print"][0]["text"].update(unofficial=["en"]), "print[0].text.unofficial: expected a list of languages"),
    (lambda d: d["print"][3].update(text={"kk": "Тек қазақша"}), "print[3].text: missing language(s) ru"),
])
def test_a_malformed_derived_definition_is_refused(op4_data, mutate, message):
    data = copy.deepcopy(op4_data)
    mutate(data)
    with pytest.raises(FormError, match=message.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")
                       .replace("]", r"\]").replace("{", r"\{")):
        parse_form(data, "op4.yaml")


def test_only_a_derived_definition_is_derived_from_another():
    data = yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))
    data["derived_from"] = {"role": "final", "editions": ["fr24"]}
    with pytest.raises(FormError, match="only a definition of kind derived"):
        parse_form(data, "fr24.yaml")


def _texts(node):
    if isinstance(node, Text):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)


def test_every_ru_wording_of_op4_is_official_or_marked_unofficial():
    """FORMS.md: the seeds hold no Russian OP4, so ru wording not taken from an official text
    is marked. Unmarked ru wording is the title or words of the final report's own ru labels."""
    registry = default_registry()
    op4, fr24 = registry.get("op4"), registry.get("fr24")
    official = [f.label("ru") for f in fr24.fields.values()]
    official += [c.label("ru") for t in fr24.all_tables() for c in t.columns]
    official = " ".join(official).lower()
    texts = list(_texts(list(op4.print_blocks)))
    assert texts and op4.short_title.unofficial == ("ru",)
    marked = [t for t in texts if "ru" in t.unofficial]
    assert len(marked) >= 9  # the annex line, the name line, every numbered heading and item
    for text in texts:
        if "ru" in text.unofficial:
            continue
        words = [w for w in re.sub(r"\{\w+\}|\d\)|[–:;.,()-]", " ", text("ru")).lower().split()]
        assert all(w in official for w in words), (text("ru"), [w for w in words if w not in official])
