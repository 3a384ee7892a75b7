"""First start: the language is guessed from the system (Kazakh when unsure) and asked once."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QPushButton

from grantdesk.settings import Settings
from grantdesk.ui import i18n
from grantdesk.ui.first_start import LanguageDialog, ask_language


def test_system_language_guess(monkeypatch):
    for name, expected in (("ru_RU", "ru"), ("kk_KZ", "kk"), ("en_US", "en"), ("de_DE", "kk"), ("C", "kk")):
        monkeypatch.setattr(QLocale, "system", staticmethod(lambda n=name: QLocale(n)))
        monkeypatch.setattr(i18n.locale, "getlocale", lambda: (None, None))
        assert i18n.system_language() == expected, name


def test_the_dialog_offers_three_languages_and_returns_the_choice(qtbot):
    dialog = LanguageDialog("ru")
    qtbot.addWidget(dialog)
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Қазақша", "Русский", "English"]
    assert buttons[1].isDefault()
    buttons[0].click()
    assert dialog.choice == "kk"


def test_ask_language_returns_the_guess_when_just_confirmed(qtbot):
    def press_enter():
        from PySide6.QtWidgets import QApplication

        dialog = QApplication.activeModalWidget()
        next(b for b in dialog.findChildren(QPushButton) if b.isDefault()).click()

    QTimer.singleShot(50, press_enter)
    assert ask_language("ru") == "ru"


def test_the_choice_is_remembered(tmp_path):
    s = Settings.load()
    assert s.ui_lang == ""  # not chosen yet: the app asks
    s.ui_lang = "ru"
    s.save()
    assert Settings.load().ui_lang == "ru"
