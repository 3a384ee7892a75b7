"""The user's settings and recent files, in a small JSON file in the user's config folder.

Shared by the app and the command line; written atomically so a power cut never leaves
half a file. `GRANTDESK_CONFIG_DIR` points it elsewhere (tests, portable installs).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_documents_dir

from .languages import LANGUAGE_NAMES, UI_LANGUAGES  # noqa: F401 (the settings' importers use them)

MAX_RECENT = 10


def config_dir() -> Path:
    override = os.environ.get("GRANTDESK_CONFIG_DIR")
    return Path(override) if override else Path(user_config_dir("GrantDesk", appauthor=False))


def documents_dir() -> Path:
    override = os.environ.get("GRANTDESK_DOCUMENTS_DIR")
    return Path(override) if override else Path(user_documents_dir())


def editions_dir() -> Path:
    """Where form editions the user added are kept (File → Add a form edition…)."""
    override = os.environ.get("GRANTDESK_EDITIONS_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("GrantDesk", appauthor=False)) / "forms"


@dataclass
class Settings:
    """The user's settings: the interface language and the recent projects."""

    ui_lang: str = ""  # empty until the user has chosen (first start asks)
    recent: list[str] = field(default_factory=list)

    @classmethod
    def load(cls) -> "Settings":
        path = config_dir() / "settings.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()  # a missing or damaged settings file must never stop the app
        if not isinstance(data, dict):
            return cls()
        lang = data.get("ui_lang") if data.get("ui_lang") in UI_LANGUAGES else ""
        recent = [p for p in data.get("recent", []) if isinstance(p, str)][:MAX_RECENT]
        return cls(ui_lang=lang, recent=recent)

    def save(self) -> None:
        folder = config_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / "settings.json.tmp"
            tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, folder / "settings.json")
        except OSError:
            pass  # settings are a convenience; failing to save them must not interrupt work

    def add_recent(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        self.recent = [p] + [r for r in self.recent if r != p]
        del self.recent[MAX_RECENT:]

    def remove_recent(self, path: Path | str) -> None:
        p = str(Path(path).resolve())
        self.recent = [r for r in self.recent if r != p]
