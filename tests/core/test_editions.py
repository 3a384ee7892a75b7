"""A new form edition is one file: checked like the shipped ones, kept, offered, used, still
there after a restart; a broken one refused item by item; documents copied between editions
with exactly what had no place listed."""

from __future__ import annotations

import subprocess
import sys

import pytest
import yaml

from grantdesk.document import Project, Ref, to_json
from grantdesk.document.project import copy_into
from grantdesk.editions import EditionError, add_edition
from grantdesk.forms import FormRegistry, default_registry
from grantdesk.printing import render_pdf
from grantdesk.resources import forms_dir
from grantdesk.settings import editions_dir
from tests.printing.conftest import PdfText


def _fr25(tmp_path):
    data = yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))
    data["id"] = "fr25"
    data["title"] = {"kk": "Қорытынды есеп, 2025 жылғы нысан", "ru": "Итоговый отчет, форма 2025 года"}
    data["short_title"] = {"kk": "Қорытынды есеп (2025)", "ru": "Итоговый отчет (2025)", "en": "Final report (2025)"}
    data["fields"]["volunteers"] = {"type": "count", "label": {"kk": "Еріктілер саны", "ru": "Количество волонтеров"}}
    data["sections"][-1]["items"].append("volunteers")
    data["print"].insert(-1, {"block": "field", "field": "volunteers"})
    path = tmp_path / "fr25.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def fresh_registry():
    yield default_registry(reload=True)
    default_registry(reload=True)  # the next test starts from its own (empty) editions folder


def test_an_added_edition_is_kept_offered_used_and_there_after_a_restart(tmp_path, fresh_registry, seed_001):
    form = add_edition(_fr25(tmp_path), fresh_registry)
    assert form.id == "fr25" and (editions_dir() / "fr25.yaml").is_file()
    registry = default_registry()
    assert "fr25" in registry.user_ids and registry.editions("report")[0].id == "fr25"  # the newest first
    project = Project()
    doc = project.new_document(registry.get("fr25"), "final", "ru")
    doc.set(Ref.field("volunteers"), "12")
    text = PdfText(render_pdf(doc).pdf)
    assert text.has("Итоговый отчет, форма 2025 года") and text.has("Количество волонтеров") and text.has("12")
    # a document keeps the edition it was made with
    assert seed_001.form.id == "fr24" and registry.get("fr24") is not None
    restarted = FormRegistry(user_folder=editions_dir())
    assert restarted.get("fr25").fields["volunteers"].type == "count"


def test_a_broken_edition_is_refused_with_each_problem(tmp_path, fresh_registry):
    data = yaml.safe_load(_fr25(tmp_path).read_text(encoding="utf-8"))
    data["checks"].append({"rule": "R99"})
    data["checks"].append({"rule": "R2", "table": "stats_gender", "total": "all", "parts": ["men", "women"]})
    data["print"].append({"block": "hologram"})
    data["plan"]["tables"]["tasks"]["columns"] = {"title": "heading"}
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        add_edition(broken, fresh_registry)
    problems = caught.value.problems
    assert any("unknown rule 'R99'" in p for p in problems)
    assert any("has no column 'all'" in p for p in problems)
    assert any("unknown block 'hologram'" in p for p in problems)
    assert any("has no column 'heading'" in p for p in problems)
    assert not (editions_dir() / "fr25.yaml").exists()
    # a file that is not even a definition, and one reusing a shipped id
    (tmp_path / "junk.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(EditionError, match="a definition is a mapping"):
        add_edition(tmp_path / "junk.yaml", fresh_registry)
    data = yaml.safe_load(_fr25(tmp_path).read_text(encoding="utf-8"))
    data["id"] = "fr24"
    (tmp_path / "again.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(EditionError, match="exists already"):
        add_edition(tmp_path / "again.yaml", fresh_registry)


def test_copying_into_another_edition_keeps_every_value_and_lists_what_has_no_place(tmp_path, fresh_registry, seed_001):
    add_edition(_fr25(tmp_path), fresh_registry)
    registry = default_registry()
    project = Project()
    project.values.update(seed_001.project)
    seed_001.project = project.values
    project.add(seed_001)
    copy, unplaced = copy_into(project, seed_001, registry.get("fr25"))
    assert unplaced == []
    mine, theirs = to_json(seed_001), to_json(copy)
    assert theirs["form"] == "fr25"
    strip = lambda d: {k: v for k, v in d.items() if k not in ("form",)}  # noqa: E731
    def no_ids(value):
        if isinstance(value, dict):
            return {k: no_ids(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return [no_ids(v) for v in value]
        return value
    assert no_ids(strip(theirs)) == {**no_ids(strip(mine)), "values": {**mine["values"], "volunteers": ""}}
    # and back: the field fr24 does not have is listed, not dropped silently
    copy.set(Ref.field("volunteers"), "12")
    back, unplaced = copy_into(project, copy, registry.get("fr24"))
    assert unplaced == ["volunteers: 12"] and "volunteers" not in back.values


def test_the_command_line_adds_and_lists_editions(tmp_path, fresh_registry):
    run = lambda *a: subprocess.run([sys.executable, "-m", "grantdesk.cli.main", *map(str, a), "--ui-lang", "en"],  # noqa: E731
                                    capture_output=True, text=True)
    done = run("add-edition", _fr25(tmp_path))
    assert done.returncode == 0, done.stderr
    assert "fr25" in done.stdout
    listing = run("editions")
    assert listing.returncode == 0 and "fr25" in listing.stdout and "added" in listing.stdout and "shipped" in listing.stdout
    (tmp_path / "bad.yaml").write_text("id: x\nkind: nothing\n", encoding="utf-8")
    bad = run("add-edition", tmp_path / "bad.yaml")
    assert bad.returncode == 2 and "cannot be added" in bad.stderr
