"""What the app hands down to its windows, explicitly (no module-level globals)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..forms import FormRegistry
from ..settings import Settings


@dataclass
class AppContext:
    registry: FormRegistry
    settings: Settings
    ui_lang: str  # "kk" | "ru" | "en": the app's own language, not the report's
    translators: Any = None  # ui.i18n.Translators; None where no translation is loaded (tests)
