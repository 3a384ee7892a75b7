"""A definition's problems are said item by item in kk, ru and en, and no malformed file,
whatever its shape, does more than refuse itself with such a list."""

from __future__ import annotations

import ast
import copy
import random
import string
from pathlib import Path

import pytest
import yaml

import grantdesk
from grantdesk.checks import lint_form
from grantdesk.forms import DEFINITION_MESSAGES, FIELD_TYPES, FormError, parse_form, plan_link_problems
from grantdesk.forms.problems import DefinitionProblem
from grantdesk.resources import forms_dir

CODE = Path(grantdesk.__file__).parent
READERS = [CODE / "forms" / "loader.py", CODE / "forms" / "derived.py", CODE / "forms" / "files.py",
           CODE / "forms" / "print_blocks.py",
           CODE / "checks" / "lint.py", CODE / "editions.py"]


def _keys_used() -> set[str]:
    """Every message key the readers raise: the last plain text given to fail/problem/say
    (a place is a name or an f-string before it), and YamlError's first argument."""
    found = set()
    for path in READERS:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
            if name in ("fail", "problem", "say") and texts:
                found.add(texts[-1])
            if name == "YamlError" and texts:
                found.add(texts[0])
    return found


def test_every_problem_the_readers_raise_has_words_in_every_language():
    used = _keys_used()
    assert len(used) > 50  # the scan sees the readers' calls
    assert used <= set(DEFINITION_MESSAGES), used - set(DEFINITION_MESSAGES)
    source = "".join(path.read_text(encoding="utf-8") for path in READERS)
    unused = [key for key in DEFINITION_MESSAGES if f'"{key}"' not in source]
    assert unused == []  # no words kept for a problem nothing raises


@pytest.mark.parametrize("key", sorted(DEFINITION_MESSAGES))
def test_each_message_reads_in_kk_ru_and_en_with_its_names_quoted(key):
    texts = DEFINITION_MESSAGES[key]
    assert set(texts) == {"kk", "ru", "en"}
    parsed = {lang: {(f, c) for _, f, _, c in string.Formatter().parse(texts[lang]) if f} for lang in texts}
    assert parsed["kk"] == parsed["ru"] == parsed["en"], key  # the same parameters in every language
    lists = ("known", "names", "langs", "odd", "what")
    params = {f: ["a", "b"] if f in lists else "final" if c == "o" else f"x_{f}" for f, c in parsed["en"]}
    p = DefinitionProblem("fr25.yaml: tables.x", key, params)
    kk, ru, en = p.text("kk"), p.text("ru"), p.text("en")
    assert kk.startswith("fr25.yaml: tables.x: ") and kk != en and ru != en and kk != ru
    for f, c in parsed["en"]:
        if c == "q" and f not in lists:
            assert f"'x_{f}'" in en and f"«x_{f}»" in kk and f"«x_{f}»" in ru
    for text in (kk, ru):
        assert any("\u0400" <= ch <= "\u04ff" for ch in text), text  # Cyrillic words, not English


def _fr24():
    return yaml.safe_load((forms_dir() / "fr24.yaml").read_text(encoding="utf-8"))


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*path, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*path, i))


def _replaced(data, path, value):
    changed = copy.deepcopy(data)
    node = changed
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return changed


HOSTILE = [None, "x", 7, True, [], ["x"], [[]], {"x": 1}, {7: "x"}]


@pytest.mark.parametrize("name", ["fr24", "op4"])
def test_no_shape_of_a_definition_crashes_the_reader(name):
    """Each node of a definition (fr24: all near the top, a fixed sample deeper; OP4, a
    derived one: all) replaced by each hostile value: the definition loads, or is refused
    with problems that read in every language."""
    data = yaml.safe_load((forms_dir() / f"{name}.yaml").read_text(encoding="utf-8"))
    paths = [p for p in _paths(data) if p]
    shallow = [p for p in paths if len(p) <= 3 or name == "op4"]
    rest = [p for p in paths if p not in shallow]
    deep = random.Random(12).sample(rest, min(120, len(rest)))
    refused = 0
    for path in shallow + deep:
        for value in HOSTILE:
            try:
                form = parse_form(_replaced(data, path, value), "hostile.yaml")
            except FormError as exc:
                refused += 1
                assert exc.problems, path
                for p in exc.problems:
                    assert p.key in DEFINITION_MESSAGES and p.place.startswith("hostile.yaml")
                    p.text("kk"), p.text("ru"), p.text("en")
                continue
            # what loads is then checked like an edition: that must not crash either
            for p in lint_form(form) + plan_link_problems(form, {}):
                p.text("kk"), p.text("ru")
    assert refused > 50


def test_every_broken_part_is_listed_not_only_the_first():
    data = _fr24()
    data["fields"]["achieved"]["type"] = "colour"
    data["fields"]["goal"]["label"] = {"kk": "Мақсат"}
    data["tables"]["socio"]["default_rows"] = "many"
    data["checks"].append("R1")
    with pytest.raises(FormError) as refused:
        parse_form(data, "broken.yaml")
    assert sorted(p.text("ru") for p in refused.value.problems) == [
        f"broken.yaml: checks[{len(data['checks']) - 1}]: у проверки должно быть `rule`",
        "broken.yaml: fields.achieved: неизвестный тип значения «colour»; известные: " + ", ".join(sorted(FIELD_TYPES)),
        "broken.yaml: fields.goal.label: нет текста на языке: ru",
        "broken.yaml: tables.socio.default_rows: здесь нужно целое число, а не «many»",
    ]
