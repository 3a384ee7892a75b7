"""Form definitions: every bundled definition loads and lints clean; bad ones are refused."""

from __future__ import annotations

import pytest
import yaml

from grantdesk.checks import KNOWN_RULES, lint_form
from grantdesk.forms import FIELD_TYPES, LANGUAGES, FormError, default_registry, parse_form
from grantdesk.resources import forms_dir

PRINT_BLOCKS = {"contract_line", "title", "task_tables", "numbered_fields", "heading", "instruction", "narrative", "paragraph",
                "label_values", "tree_table", "field", "fixed_table", "grid", "closing", "activity_summary", "fixed_sentence"}


def test_every_declared_print_block_is_built_into_the_print_model():
    from grantdesk.forms.print_blocks import BLOCK_SPECS
    from grantdesk.layout.build import BLOCKS

    # one registry: both the PDF and the Word file write the model it builds
    assert set(BLOCK_SPECS) == set(BLOCKS) == PRINT_BLOCKS


def _raw():
    return yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))


def test_every_definition_lints_clean():
    for form in default_registry():
        assert lint_form(form) == []
        for f in form.fields.values():
            assert f.type in FIELD_TYPES
            assert all(f.label(lang).strip() for lang in LANGUAGES)
        for t in form.all_tables():
            assert all(c.label(l).strip() for c in t.columns for l in LANGUAGES)
        assert {c.rule for c in form.checks} <= KNOWN_RULES
        assert {b["block"] for b in form.print_blocks} <= PRINT_BLOCKS


def _shown_texts(form):
    """Every text of a definition that the wizard shows (print blocks and contract lines aside)."""
    yield "title", form.title
    yield "short_title", form.short_title
    for role, r in form.role_defs.items():
        for name in ("title", "short_title"):
            if getattr(r, name, None) is not None:
                yield f"roles.{role}.{name}", getattr(r, name)
    for f in form.fields.values():
        yield f"fields.{f.id}", f.label
    for t in form.all_tables():
        yield f"tables.{t.path}", t.label
        for name in ("note", "row_label"):
            if getattr(t, name, None) is not None:
                yield f"tables.{t.path}.{name}", getattr(t, name)
        for c in t.columns:
            yield f"tables.{t.path}.{c.id}", c.label
        for key, text in t.header.items():
            yield f"tables.{t.path}.header.{key}", text
        for key, text in t.standard_rows.items():
            yield f"tables.{t.path}.standard_rows.{key}", text
        for row in t.fixed_rows:
            yield f"tables.{t.path}.{row.key}", row.label
            yield f"tables.{t.path}.{row.key}.unit", row.unit
    for s in form.sections:
        yield f"sections.{s.id}", s.title
        if s.help is not None:
            yield f"sections.{s.id}.help", s.help


def test_every_shown_text_has_the_apps_english_and_en_is_never_official():
    """The screens speak the app's language: English too, from the definition's own `en`."""
    missing = []
    for form in default_registry():
        for where, text in _shown_texts(form):
            if "en" not in text.by_lang:
                missing.append(f"{form.id}: {where}")
            assert not text.official("en")
        assert form.title.official("kk") and form.title.official("ru") or form.id == "op4"
    assert missing == []


def test_fr24_has_every_section_of_the_form(fr24):
    assert [s.id for s in fr24.sections] == [
        "general", "tasks", "goal", "deviation", "socio", "s2", "s3", "s4", "s5", "s6", "closing"]
    assert [r.key for r in fr24.table("socio").fixed_rows] == [
        "direct", "indirect", "staff", "specialists", "ngos", "payroll", "taxes", "economy", "partners"]
    assert fr24.table("tasks.activities.indicators").column("plan").label("kk") == "жоспар"
    assert set(fr24.table("tasks").standard_rows) == {"presentation", "information"}
    assert {c.rule for c in fr24.checks} == {f"R{i}" for i in range(1, 13)} | {"R14"}


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["fields"]["achieved"].update(type="colour"), "unknown type 'colour'"),
    (lambda d: d["fields"]["goal"].update(type="money"), "project field 'goal' is 'longtext'"),
    (lambda d: d["fields"]["achieved"].update(scope="project"), "'achieved' is not a project field"),
    (lambda d: d["fields"]["goal"]["label"].pop("ru"), "missing language(s) ru"),
    (lambda d: d["fields"]["achieved"]["label"].update({"привлекаемые по договорам": None}), "quote a text that holds a comma"),
    (lambda d: d["sections"][0]["items"].append("nowhere"), "unknown item 'nowhere'"),
    (lambda d: d["sections"][1]["items"].append("org_name"), "on two sections"),
    (lambda d: d["sections"][-1]["items"].remove("fill_date"), "on no section"),
])
def test_malformed_definitions_are_refused_with_the_place(mutate, message):
    data = _raw()
    mutate(data)
    with pytest.raises(FormError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_form(data, "broken.yaml")


def test_a_new_edition_is_a_new_file(tmp_path):
    data = _raw()
    data["id"] = "fr25"
    data["title"] = {"kk": "Жаңа есеп", "ru": "Новый отчет"}
    for name in ("fr24.yaml", "pd.yaml"):
        (tmp_path / name).write_text((forms_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "fr25.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    from grantdesk.forms import FormRegistry

    reg = FormRegistry(tmp_path)
    assert sorted(reg.ids()) == ["fr24", "fr25", "pd"]
    assert reg.get("fr25").title("ru") == "Новый отчет"
