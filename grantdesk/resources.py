"""One place that finds bundled resources, from a source checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resource_root() -> Path:
    """The folder holding `resources/` and `i18n/`.

    A frozen build unpacks them under `sys._MEIPASS`; from source they sit next to the package.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath("resources", *parts)


def forms_dir() -> Path:
    return resource_path("forms")


def fonts_dir() -> Path:
    return resource_path("fonts")


def i18n_dir() -> Path:
    return resource_root() / "i18n"


def app_icon_path() -> Path:
    """The app's icon (resources/icons, drawn by packaging/make_icon.py)."""
    return resource_path("icons", "grantdesk.png")
