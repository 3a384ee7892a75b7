"""Definition files parsed once per version, then read from the cache (forms/files.py)."""

from __future__ import annotations

import pytest

from grantdesk.forms import FormRegistry
from grantdesk.forms.files import YamlError, cache_dir, read_yaml
from grantdesk.resources import forms_dir


def _cached() -> list:
    folder = cache_dir() / "yaml"
    return sorted(folder.glob("*.json")) if folder.exists() else []


def test_a_cached_read_returns_what_parsing_returns(tmp_path):
    import yaml

    path = forms_dir() / "fr24.yaml"
    first = read_yaml(path)
    assert len(_cached()) == 1
    again = read_yaml(path)  # from the cache
    assert again == first == yaml.safe_load(path.read_text(encoding="utf-8"))


def test_an_edited_file_is_parsed_again(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("a: 1\nb: [x, y]\n", encoding="utf-8")
    assert read_yaml(path) == {"a": 1, "b": ["x", "y"]}
    path.write_text("a: 2\n", encoding="utf-8")
    assert read_yaml(path) == {"a": 2}
    assert len(_cached()) == 2


def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("words: {kk: сөз, ru: слово}\n", encoding="utf-8")
    read_yaml(path)
    (entry,) = _cached()
    entry.write_text("{not json", encoding="utf-8")
    assert read_yaml(path) == {"words": {"kk": "сөз", "ru": "слово"}}
    assert read_yaml(path) == {"words": {"kk": "сөз", "ru": "слово"}}


def test_what_json_cannot_hold_is_parsed_every_time(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("1: one\nday: 2024-05-01\n", encoding="utf-8")
    data = read_yaml(path)
    assert list(data) == [1, "day"] and data["day"].year == 2024
    assert _cached() == []
    assert read_yaml(path) == data


def test_bad_yaml_is_a_yaml_error(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(YamlError):
        read_yaml(path)


def test_the_registry_loads_the_same_forms_from_the_cache():
    fresh = FormRegistry()
    cached = FormRegistry()  # every file now comes from the cache
    assert fresh.ids() == cached.ids()
    for form in fresh:
        assert cached.get(form.id) == form
