"""One language per screen: in each app language, no visible text of the wizard (its chrome,
the definitions' labels, guidance and headings, the problem list) is in another language,
whatever language the report prints in. The printed labels named beside («In the report: …»)
are the one deliberate exception, and they are checked to be there."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
import yaml
from PySide6.QtWidgets import (
    QAbstractButton, QLabel, QListWidget, QTableWidget, QTreeWidget, QWidget,
)

from grantdesk.ui.editors import FieldEditor
from grantdesk.ui.grid import _TableBase
from grantdesk.ui.i18n import Translators

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"
KAZAKH_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
# Names shown the same in every language (the language switch names each language in itself).
NAMES = ("GrantDesk", "Қазақша", "Русский", "English", "Word", "PDF", "Annex", "docs/checks.md", "Ctrl", "Shift",
         "Alt", "Enter", "Delete", "PgUp", "PgDown", "Tab")


def foreign(text: str, ui_lang: str) -> bool:
    """Is `text` (chrome or a definition's words) in another language than `ui_lang`?"""
    for name in NAMES:
        text = text.replace(name, "")
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"\b[IVXL]+\b", " ", text)  # Roman numerals («Блок III») are no English
    if ui_lang == "en":
        return bool(CYRILLIC.search(text))
    if LATIN_WORD.search(text):
        return True  # English words left untranslated
    if ui_lang == "ru":
        return bool(KAZAKH_LETTERS.search(text))
    # Kazakh uses every Russian letter too: a phrase of four words or more without one Kazakh
    # letter is Russian, and so is any of the definitions' own Russian wording.
    if len(CYRILLIC_WORD.findall(text)) >= 4 and not KAZAKH_LETTERS.search(text):
        return True
    return any(ru in text for ru in _definition_russian())


@functools.cache
def _definition_russian() -> frozenset[str]:
    """Every Russian text of the shipped definitions that differs from its Kazakh one."""
    found = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("ru"), str) and isinstance(value.get("kk"), str):
                if value["ru"] != value["kk"] and len(value["ru"]) >= 6:
                    found.add(value["ru"].rstrip(" :"))
                return
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
    for path in sorted(FORMS.glob("*.yaml")) + [FORMS.parent / "project.yaml"]:
        walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return frozenset(found)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(what, text) for every piece of wording on screen under `root`, the printed notes aside."""
    found = []
    printed = set()
    for ed in root.findChildren(FieldEditor):
        printed.add(id(ed.printed))
    for t in root.findChildren(_TableBase):
        printed.add(id(t.printed))
    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root) and w.text() and id(w) not in printed:
            found.append(("label", w.text()))
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text():
            found.append(("button", w.text()))
    for grid in root.findChildren(QTableWidget):
        if not grid.isVisibleTo(root):
            continue
        for c in range(grid.columnCount()):
            item = grid.horizontalHeaderItem(c)
            if item is not None and item.text():
                found.append(("heading", item.text()))
        for r in range(grid.rowCount()):
            for c in range(grid.columnCount()):
                item = grid.item(r, c)
                if item is not None and item.text() and not item.flags() & item.flags().ItemIsEditable:
                    found.append(("row label", item.text()))
    for lst in root.findChildren(QListWidget):
        if lst.isVisibleTo(root):
            found += [("list", lst.item(i).text()) for i in range(lst.count())]
    return found


def _walk_wizard(window):
    """Every section, and in a tree every row's detail pane, shown in turn."""
    for section in window.session.doc.form.sections:
        page = window.wizard.show_section(section.id)
        yield section.id, page
        for tree in page.tables.values():
            if hasattr(tree, "tree") and isinstance(tree.tree, QTreeWidget):
                items = []

                def collect(parent):
                    for i in range(parent.childCount()):
                        items.append(parent.child(i))
                        collect(parent.child(i))
                collect(tree.tree.invisibleRootItem())
                for item in items:
                    tree.tree.setCurrentItem(item)
                    yield f"{section.id} / {item.text(0)[:20]}", page


@pytest.mark.parametrize("role", ["final", "plan"])
@pytest.mark.parametrize("ui_lang, print_lang", [("ru", "kk"), ("kk", "ru"), ("en", "kk"), ("en", "ru")])
def test_every_screen_speaks_the_apps_language(qtbot, window, tmp_path, qapp, ui_lang, print_lang, role):
    window.ctx.translators = Translators(qapp)
    try:
        window.resize(1366, 738)
        window.create_project(tmp_path / "one.grantdesk", role=role)
        window.set_report_lang(print_lang)
        window.ctx.translators.switch(ui_lang)
        window.ctx.ui_lang = ui_lang
        window.retranslate()
        window.wizard.problems.check_all()  # the problem list shows every empty field
        wrong, notes = [], 0
        for where, page in _walk_wizard(window):
            for what, text in visible_texts(window.wizard) + visible_texts(page):
                if foreign(text, ui_lang):
                    wrong.append(f"{where}: {what}: {text[:90]!r}")
            notes += sum(ed.printed.isVisibleTo(page) and ed.printed.text() != "" for ed in page.findChildren(FieldEditor))
        for action in window.menuBar().actions():
            if foreign(action.text(), ui_lang):
                wrong.append(f"menu: {action.text()!r}")
            for sub in action.menu().actions():
                if sub.text() and foreign(sub.text(), ui_lang):
                    wrong.append(f"menu: {sub.text()!r}")
        assert not wrong, "\n".join(sorted(set(wrong)))
        assert notes > 0  # the printed labels are named beside, in the report's language
    finally:
        window.ctx.translators.switch("en")  # no translator left for other tests
        window.ctx.ui_lang = "en"


def test_the_language_detector_tells_them_apart():
    assert foreign("Дата проведения", "kk")  # a definition's Russian label
    assert not foreign("II блок. Жоба командасы", "kk")  # Kazakh without a Kazakh-only letter
    assert foreign("Количество прямых бенефициаров", "kk")
    assert foreign("Тікелей бенефициарлардың саны", "ru")
    assert foreign("Add row", "ru") and foreign("Қосу", "en")
    assert not foreign("Тікелей бенефициарлардың саны", "kk") and not foreign("Add row", "en")
