"""What the app hands down to its windows, explicitly (no module-level globals)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..settings import Settings

if TYPE_CHECKING:
    from ..forms import FormRegistry


class AppContext:
    """The form definitions, the settings, the app's language (not the report's) and its
    translators (ui.i18n.Translators; None where no translation is loaded: tests).

    The app's start passes no registry: the definitions are read on first use, once the
    window is on screen (issue 21, window first)."""

    def __init__(self, registry: FormRegistry | None, settings: Settings, ui_lang: str, translators: Any = None):
        self._registry = registry
        self.settings = settings
        self.ui_lang = ui_lang  # "kk" | "ru" | "en"
        self.translators = translators

    @property
    def registry(self) -> FormRegistry:
        if self._registry is None:
            from ..forms import default_registry

            self._registry = default_registry()
        return self._registry

    @registry.setter
    def registry(self, registry: FormRegistry) -> None:
        self._registry = registry
