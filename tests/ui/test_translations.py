"""Every string the Qt layer passes to tr() is translated, finished, in kk and ru, and the
compiled translation really relabels the app."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "grantdesk" / "ui"


def _tr_strings() -> dict[tuple[str, str], str]:
    """(context class, source text) -> file:line for every self.tr("…") call in the Qt layer."""
    found = {}
    for path in sorted(UI.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for node in ast.walk(cls):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
                        and node.args and isinstance(node.args[0], ast.Constant)):
                    found[(cls.name, node.args[0].value)] = f"{path.name}:{node.lineno}"
    return found


def _ts(lang: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    root = ET.parse(ROOT / "i18n" / f"grantdesk_{lang}.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            out[(name, msg.findtext("source"))] = (tr.text or "", tr.get("type"))
    return out


def test_the_scan_finds_the_app_strings():
    strings = _tr_strings()
    assert ("MainWindow", "&File") in strings and len(strings) > 50


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_ui_string_is_translated(lang):
    ts = _ts(lang)
    missing = [f"{where}: {src!r}" for (ctx, src), where in _tr_strings().items() if (ctx, src) not in ts]
    unfinished = [src for (ctx, src), (text, kind) in ts.items() if kind in ("unfinished", "vanished", "obsolete") or not text.strip()]
    assert missing == [], "run pyside6-lupdate and translate"
    assert unfinished == []


def test_placeholders_survive_translation():
    for lang in ("kk", "ru"):
        for (_ctx, src), (text, _kind) in _ts(lang).items():
            for ph in ("%1", "%2"):
                assert (ph in src) == (ph in text), (lang, src, text)


def test_switching_the_app_language_relabels_the_menus(qapp):
    from grantdesk.ui.i18n import Translators
    from PySide6.QtCore import QCoreApplication

    translators = Translators(qapp)
    assert translators.switch("kk")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Файл"
    assert translators.switch("ru")
    assert QCoreApplication.translate("ReportWizard", "Next →") == "Далее →"
    translators.switch("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_a_frozen_build_uses_its_shipped_translations(tmp_path, monkeypatch):
    import sys

    from grantdesk.ui import i18n

    shipped = tmp_path / "grantdesk_ru.qm"
    shipped.write_bytes(b"compiled")
    (tmp_path / "grantdesk_ru.ts").write_text("<TS/>")  # copied later, so newer: must not matter
    monkeypatch.setattr(i18n, "i18n_dir", lambda: tmp_path)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)  # a frozen app has no lrelease
    assert i18n.qm_path("ru") == shipped


def test_a_source_checkout_compiles_translations_on_first_use(tmp_path, monkeypatch):
    from grantdesk.ui import i18n

    monkeypatch.setattr(i18n, "user_cache_dir", lambda *a, **k: str(tmp_path / "cache"))
    qm = i18n.qm_path("kk")
    assert qm is not None and qm.exists() and qm.stat().st_size > 1000
