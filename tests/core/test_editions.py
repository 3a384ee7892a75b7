"""A new form edition is one file: checked like the shipped ones, kept, offered, used, still
there after a restart; a broken one refused item by item; documents copied between editions
with exactly what had no place listed."""

from __future__ import annotations

import copy
import subprocess
import sys

import pytest
import yaml

from grantdesk.document import Document, Project, Ref, to_json
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
    problems = [p.text("en") for p in caught.value.problems]
    assert len(problems) == 4
    assert any("unknown rule 'R99'" in p for p in problems)
    assert any("has no column 'all'" in p for p in problems)
    assert any("unknown block 'hologram'" in p for p in problems)
    assert any("has no column 'heading'" in p for p in problems)
    # item by item in the reader's language: the place as the file names it, then the words
    kk = [p.text("kk") for p in caught.value.problems]
    ru = [p.text("ru") for p in caught.value.problems]
    assert any(p.startswith("fr25: checks[13] R99: «R99» деген тексеру ережесі жоқ; бары: R1, R2, R3") for p in kk)
    assert any(p.startswith("fr25: checks[14] R2: total: ") and "«all» деген баған жоқ" in p for p in kk)
    assert any(p.startswith("broken.yaml: print[") and "нет блока печати «hologram»" in p for p in ru)
    assert any("нет столбца «heading»" in p for p in ru)
    for text in kk + ru:
        assert not {"unknown", "has no", "expected", "missing"} & set(text.replace(":", " ").split()), text
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
    assert "bad.yaml: top: missing 'title'" in bad.stderr
    assert bad.stderr.count("  - ") == 2  # each problem once
    assert "bad.yaml: kind: unknown kind 'nothing'; known: plan, report, derived" in bad.stderr
    in_russian = run_in("ru", "add-edition", tmp_path / "bad.yaml")
    assert in_russian.returncode == 2
    assert "нельзя добавить" in in_russian.stderr
    assert "bad.yaml: top: нет «title»" in in_russian.stderr
    assert "bad.yaml: kind: неизвестный вид «nothing»; известные: plan, report, derived" in in_russian.stderr
    (tmp_path / "torn.yaml").write_text("id: x\nkind: [report\n", encoding="utf-8")
    in_kazakh = run_in("kk", "add-edition", tmp_path / "torn.yaml")
    assert in_kazakh.returncode == 2
    assert "torn.yaml: файл YAML ережесіне сай емес: 3-жол, 1-баған" in in_kazakh.stderr, in_kazakh.stderr


def run_in(lang, *args):
    return subprocess.run([sys.executable, "-m", "grantdesk.cli.main", *map(str, args), "--ui-lang", lang],
                          capture_output=True, text=True, encoding="utf-8")


def test_no_broken_print_block_gets_past_the_edition_check(tmp_path, fresh_registry):
    """Print blocks bent out of shape, a sample of them: each edition is refused with its
    problems or kept, and a kept one prints; nothing else ever comes out of add_edition."""
    import random

    from tests.core.test_definition_problems import HOSTILE, _paths, _replaced

    data = yaml.safe_load(_fr25(tmp_path).read_text(encoding="utf-8"))
    paths = [p for p in _paths(data) if p and p[0] == "print" and len(p) >= 3]
    cases = random.Random(3).sample([(p, v) for p in paths for v in HOSTILE], 30)
    kept = refused = 0
    for i, (path, value) in enumerate(cases):
        bent = _replaced(data, path, value)
        bent["id"] = f"fx{i}"
        file = tmp_path / f"fx{i}.yaml"
        file.write_text(yaml.safe_dump(bent, allow_unicode=True), encoding="utf-8")
        try:
            form = add_edition(file, default_registry())
        except EditionError as exc:
            refused += 1
            assert exc.problems and all(p.text("kk") and p.text("ru") for p in exc.problems)
            continue
        kept += 1
        render_pdf(Document.new(form))
    assert refused >= 10
    last = caught_widths(tmp_path, data)
    assert "trial_print" in {p.key for p in last} or "widths" in {p.key for p in last}


def caught_widths(tmp_path, data):
    """A `widths` list one short for its table: said before the edition is kept."""
    bent = copy.deepcopy(data)
    block = next(b for b in bent["print"] if b.get("block") == "fixed_table" and "widths" in b)
    block["widths"] = block["widths"][:-1]
    bent["id"] = "fxw"
    file = tmp_path / "fxw.yaml"
    file.write_text(yaml.safe_dump(bent, allow_unicode=True), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        add_edition(file, default_registry())
    return caught.value.problems
