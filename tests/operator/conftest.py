"""Project files as an operator receives them: seed 001 corrected (no errors) under other
organisations' names, the seeds as they are, a damaged file and a stray one."""

from __future__ import annotations

import copy
import json

import pytest

from grantdesk.document import project_from_json
from grantdesk.forms import default_registry
from grantdesk.store import ProjectFile
from tests.conftest import FIXTURES, fill_owed_places


def seed_json(name: str) -> dict:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def clean_001(org: str | None = None, project: str | None = None, period: str | None = None) -> dict:
    """Seed 001 with its real slips corrected and the places it left empty filled (as
    tests/cli/test_cli_op4.py does): no error, nothing owed."""
    data = copy.deepcopy(seed_json("seed_001"))
    data["tables"]["socio"]["partners"] = {"plan": "4", "fact": "4"}
    data["project"]["contract_date"] = "30.03.2024"
    fill_owed_places(data)
    if org is not None:
        data["project"]["org_name"] = org
    if project is not None:
        data["project"]["project_name"] = project
    if period is not None:
        data["project"]["period"] = period
    return data


def write_project(path, data: dict):
    project = project_from_json(data, default_registry())
    with ProjectFile.create(path) as pf:
        pf.create_project(project)
    return path


@pytest.fixture
def operator_folder(tmp_path):
    """A folder as an operator's USB stick holds it: three projects with final reports
    (one ending in 2023), a plan-only project, a report with errors, an FR23 report (no
    Annex 4 entry), a damaged file and a stray text file."""
    folder = tmp_path / "received"
    (folder / "south").mkdir(parents=True)
    write_project(folder / "zeta.grantdesk", clean_001("«Ясный путь» ҚБ", "Жасыл ауыл"))
    write_project(folder / "south" / "alpha.grantdesk", clean_001("«Айналайын» қоғамдық қоры", "Балалар үйірмесі"))
    write_project(folder / "old.grantdesk", clean_001("«Ескі» ҚҚ", "Өткен жоба", "01.03.2023 – 30.11.2023"))
    write_project(folder / "plan.grantdesk", seed_json("seed_002"))
    write_project(folder / "errors.grantdesk", seed_json("seed_001"))
    write_project(folder / "fr23.grantdesk", seed_json("seed_003"))
    damaged = folder / "damaged.grantdesk"
    damaged.write_bytes((folder / "zeta.grantdesk").read_bytes()[:3000])
    (folder / "readme.txt").write_text("Жобалар тізімі", encoding="utf-8")
    return folder
