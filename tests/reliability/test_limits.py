"""Issue 19 item 6: hostile inputs are refused before the work starts, with a message in the
user's language, never a traceback, a RecursionError or unbounded memory (bench/hostile.py
measures each refusal's time and peak memory; here each is refused and said)."""

from __future__ import annotations

import json

import pytest

from bench.make_hostile_inputs import alias_bomb, deep_json, deep_yaml, wide_yaml, write_docx_bomb
from grantdesk import limits
from grantdesk.cli.main import main
from grantdesk.operations.limits import json_depth
from tests.conftest import FIXTURES


def run(capsys, *args) -> tuple[int, str]:
    code = main(["--ui-lang", "ru", *map(str, args)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name, data, said", [
    ("bomb.yaml", alias_bomb(), "слишком велик или сложен"),
    ("deep.yaml", deep_yaml(), "слишком велик или сложен"),
    ("wide.yaml", wide_yaml(), "слишком велик или сложен"),  # 50 000 fields: too many nodes already
    ("fields.yaml", wide_yaml(limits.DEFINITION_FIELDS + 1), "fields"),  # few nodes, too many fields
    ("big.yaml", b"id: big\n" + b"# " + b"x" * limits.DEFINITION_BYTES + b"\n", "слишком велик или сложен"),
])
def test_a_hostile_edition_is_refused_with_a_message(tmp_path, capsys, name, data, said):
    path = tmp_path / name
    path.write_bytes(data)
    code, err = run(capsys, "add-edition", path)
    assert code == 2 and said in err and "Traceback" not in err
    from grantdesk.settings import editions_dir

    assert not list(editions_dir().glob("*.yaml"))  # nothing kept


def test_a_deep_json_is_refused_not_a_recursion_error(tmp_path, capsys):
    path = tmp_path / "deep.json"
    path.write_bytes(deep_json())
    code, err = run(capsys, "import", path, "-o", tmp_path / "p.grantdesk")
    assert code == 2 and "слишком велик" in err and "100,000" in err
    assert not (tmp_path / "p.grantdesk").exists()


def test_json_depth_is_measured_without_parsing_and_strings_do_not_count():
    assert json_depth(b'{"a": [1, {"b": "[[[[{{{{"}]}') == 3
    assert json_depth(b'"\\"[[["') == 0
    seed = (FIXTURES / "seed_001.json").read_bytes()
    assert json_depth(seed) <= limits.JSON_DEPTH  # a real report is far within the limit


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, capsys):
    path = tmp_path / "bomb.docx"
    write_docx_bomb(path, unpacked=limits.DOCX_PARTS_BYTES + 1_000_000)
    code, err = run(capsys, "import-plan", path, "--dry-run")
    assert code == 2 and "слишком велик для плана" in err and "Traceback" not in err


def test_a_print_larger_than_the_page_limit_is_refused_before_layout(tmp_path, capsys):
    data = json.loads((FIXTURES / "seed_001.json").read_text(encoding="utf-8"))
    from grantdesk.layout.limits import CHARS_PER_LINE, LINES_PER_PAGE, PAGE_LIMIT

    data["values"]["goal"] = "ә" * (PAGE_LIMIT * LINES_PER_PAGE * CHARS_PER_LINE + 1)
    source = tmp_path / "huge.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    project = tmp_path / "huge.grantdesk"
    assert run(capsys, "import", source, "-o", project)[0] == 0
    code, err = run(capsys, "print", project, "-o", tmp_path / "huge.pdf")
    assert code == 2 and "предел печати" in err and "Traceback" not in err
    assert not (tmp_path / "huge.pdf").exists()
