"""What the Windows build reads from pyproject.toml: the version, and the pinned requirements
(the app's dependencies plus the `build` and `windows-build` extras: PyInstaller and what it
needs on Windows), one per line."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def project() -> dict:
    with PYPROJECT.open("rb") as fh:
        return tomllib.load(fh)["project"]


def version() -> str:
    return project()["version"]


def requirements() -> list[str]:
    meta = project()
    extras = meta["optional-dependencies"]
    return list(meta["dependencies"]) + list(extras["build"]) + list(extras["windows-build"])


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else ""
    if what == "version":
        print(version())
    elif what == "requirements":
        print("\n".join(requirements()))
    else:
        sys.exit("usage: project_info.py version|requirements")
