"""No user-visible wording in the Qt layer bypasses translation: a literal handed to a
widget's text must come through tr(). Names that are never translated are listed."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "grantdesk" / "ui"

# Calls whose string arguments people read.
TEXT_SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "addAction", "addMenu", "showMessage", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "QLabel", "QPushButton", "QAction", "QCheckBox", "QGroupBox", "QRadioButton", "QListWidgetItem",
    "QTreeWidgetItem", "warning", "information", "question", "critical", "getSaveFileName",
    "getOpenFileName", "QProgressDialog", "setLabelText",
}
# Proper names and language names, shown the same in every language.
NEVER_TRANSLATED = {"GrantDesk", "Қазақша", "Русский", "English"}


def _has_words(text: str) -> bool:
    text = re.sub(r"<[^>]*>?|^[^<]*>", "", text)  # markup (even split around data) is not wording
    for name in NEVER_TRANSLATED:
        text = text.replace(name, "")
    return bool(re.search(r"[^\W\d_]{2,}", text))


def _raw_literals(node: ast.AST):
    """String constants inside an argument that are not themselves inside a tr() call."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("tr", "translate"):
        return
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node
        return
    if isinstance(node, ast.Call):
        # Only string-building calls pass their literals on as wording; any other call
        # (QKeySequence("Ctrl+W"), a core catalog lookup by code) makes its own text.
        if not (isinstance(node.func, ast.Attribute) and node.func.attr in ("replace", "join", "format")):
            return
        children = [node.func.value, *node.args]
    else:
        children = list(ast.iter_child_nodes(node))
    for child in children:
        yield from _raw_literals(child)


def find_raw_strings(source: str, name: str = "<source>") -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        sink = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None
        if sink not in TEXT_SINKS:
            continue
        for arg in node.args:
            for lit in _raw_literals(arg):
                if _has_words(lit.value) and lit.value not in NEVER_TRANSLATED:
                    found.append(f"{name}:{lit.lineno}: {lit.value!r}")
    return found


def test_the_qt_layer_translates_every_literal():
    raw = []
    for path in sorted(UI.glob("*.py")):
        raw += find_raw_strings(path.read_text(encoding="utf-8"), path.name)
    assert raw == []


def test_the_scan_catches_a_bypass():
    assert find_raw_strings('QLabel("Save")') == ["<source>:1: 'Save'"]
    assert find_raw_strings('w.setToolTip("Remove the row")') != []
    assert find_raw_strings('QMessageBox.warning(self, "GrantDesk", "Could not save")') != []
    assert find_raw_strings('b.setText(f"<b>{name}</b>")') == []
    assert find_raw_strings('QPushButton(self.tr("Save"))') == []
    assert find_raw_strings('QLabel("GrantDesk")') == []
    assert find_raw_strings('m.addAction(self.tr("Close"), QKeySequence("Ctrl+W"), f)') == []
    assert find_raw_strings('lab.setText(self.tr("Saved: %1").replace("%1", "some words"))') != []
    assert find_raw_strings('lab.setText(" ".join(f\'<a href="{u}">{u}</a>\' for u in urls))') == []
