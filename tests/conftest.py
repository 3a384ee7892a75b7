"""Test set-up shared by every test: no display, no real user folders, seed fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_user_dirs(tmp_path_factory, monkeypatch):
    # Settings, recent files, Documents and backups of the test user, never the real ones.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("GRANTDESK_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("GRANTDESK_DOCUMENTS_DIR", str(home / "Documents"))
    monkeypatch.setenv("GRANTDESK_BACKUP_DIR", str(home / "backups"))
    monkeypatch.setenv("GRANTDESK_EDITIONS_DIR", str(home / "editions"))
    monkeypatch.setenv("GRANTDESK_CACHE_DIR", str(home / "cache"))
    (home / "Documents").mkdir()


@pytest.fixture
def registry():
    from grantdesk.forms import default_registry

    return default_registry()


@pytest.fixture
def fr24(registry):
    return registry.get("fr24")


def fill_owed_places(data: dict) -> dict:
    """Seed 001's JSON with the places its real report left empty filled in (R14: every
    activity's date, place, participants and short-term result; socio facts of rows 7, 8)."""
    for task in data["tables"]["tasks"]:
        for activity in task.get("activities", []):
            for column, value in (("date", "2-3.11.24"), ("place", "Ақтау қаласы"), ("participants", "40"),
                                  ("shortterm", "Өтті.")):
                if not activity.get(column, "").strip():
                    activity[column] = value
    for key in ("taxes", "economy"):
        data["tables"]["socio"][key]["fact"] = data["tables"]["socio"][key]["fact"] or "0"
    return data


def load_seed(name: str):
    from grantdesk.document import from_json
    from grantdesk.forms import default_registry

    return from_json(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")), default_registry())


@pytest.fixture
def seed_001():
    return load_seed("seed_001")


@pytest.fixture
def seed_003():
    """Seed 003 as it was filled: an FR23 (2023 edition) report."""
    return load_seed("seed_003")


@pytest.fixture
def seed_003_fr24():
    """Seed 003's values in the FR24 edition (its efficiency texts kept as the tasks'
    long-term results), so FR24's checks are tested on a second real report."""
    return load_seed("seed_003_fr24")
