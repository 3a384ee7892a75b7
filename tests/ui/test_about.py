"""Help → About names the version and every bundled form edition, in the app's language."""

from __future__ import annotations

import tomllib
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from grantdesk.forms import default_registry
from grantdesk.ui.about import AboutDialog, HelpMenu, edition_lines

ROOT = Path(__file__).resolve().parents[2]


def _help_menu(window) -> HelpMenu:
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), HelpMenu)]
    assert len(menus) == 1
    return menus[0]


def test_about_shows_the_version_and_the_form_editions(window, qtbot):
    dialog = _help_menu(window).show_about()
    qtbot.addWidget(dialog)
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version in dialog.version_label.text()
    text = dialog.editions_label.text()
    forms = list(default_registry())
    assert forms
    for form in forms:
        assert f"{form.short_title('kk')} ({form.id})" in text  # the window's app language is kk


def test_the_help_menu_survives_a_language_switch_and_speaks_it(window, qapp):
    from grantdesk.ui.i18n import Translators

    window.ctx.translators = Translators(qapp)
    window.set_ui_lang("ru")
    try:
        menu = _help_menu(window)
        assert menu.title() == "&Справка"
        assert menu.act_about.text() == "&О программе GrantDesk…"
        assert QCoreApplication.translate("AboutDialog", "GrantDesk, version %1") == "GrantDesk, версия %1"
    finally:
        window.set_ui_lang("kk")
        window.ctx.translators.switch("en")


def test_an_english_screen_names_the_forms_in_english():
    lines = edition_lines(default_registry(), "en")
    assert lines == [f"{f.short_title('en')} ({f.id})" for f in default_registry()]
    assert "Final report (2024) (fr24)" in lines
    assert edition_lines(default_registry(), "ru") == [f"{f.short_title('ru')} ({f.id})" for f in default_registry()]
