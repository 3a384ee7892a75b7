"""New document: the project's language proposed, editions named as the kind they make,
what the document starts from; the keyboard list follows a language switch."""

from __future__ import annotations

from grantdesk.ui.documents import NewDocumentDialog
from grantdesk.ui.i18n import Translators


def _dialog_of(window, monkeypatch) -> NewDocumentDialog:
    shown = []
    monkeypatch.setattr(NewDocumentDialog, "exec", lambda self: shown.append(self) or 0)
    window.new_document()
    [dialog] = shown
    return dialog


def test_the_dialog_proposes_the_plans_language_and_role_names(qtbot, window, tmp_path, monkeypatch):
    window.ctx.ui_lang = "ru"  # a Russian-speaking accountant, a Kazakh plan
    assert window.create_project(tmp_path / "p.grantdesk", role="plan", lang="kk")
    dialog = _dialog_of(window, monkeypatch)
    assert dialog.language() == "kk"
    dialog.kind.setCurrentIndex(dialog.kind.findData("interim"))
    names = [dialog.editions.item(i).text() for i in range(dialog.editions.count())]
    # in the app's language, as an interim report is named: never «Итоговый отчет (2024)»
    assert names == ["Промежуточный отчет (2024)", "Промежуточный отчет (2023)"]
    assert "plan" in dialog.starts_from.text() and "interim" not in dialog.starts_from.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("final"))
    assert all("Итоговый отчет" in dialog.editions.item(i).text() for i in range(dialog.editions.count()))
    assert "interim" not in dialog.starts_from.text()  # there is no interim report yet
    assert window.create_document("interim", "fr24", "kk")
    dialog = _dialog_of(window, monkeypatch)
    dialog.kind.setCurrentIndex(dialog.kind.findData("final"))
    assert "last interim report" in dialog.starts_from.text()  # a final report carries it over


def test_the_keyboard_list_follows_a_language_switch(qtbot, window, qapp):
    window.ctx.translators = Translators(qapp)
    try:
        window.ctx.translators.switch("en")
        window.ctx.ui_lang = "en"
        help_window = window.show_keyboard_help()
        qtbot.addWidget(help_window)
        assert help_window.windowTitle() == "Keyboard"
        window.set_ui_lang("ru")
        qtbot.waitUntil(lambda: help_window.windowTitle() == "Клавиатура")  # Qt posts LanguageChange
        assert help_window.table.horizontalHeaderItem(0).text() != "Keys"
        assert help_window.buttons.buttons()[0].text() == "Закрыть"
    finally:
        window.ctx.translators.switch("en")
        window.ctx.ui_lang = "en"
