"""The dependency rule of DESIGN.md, enforced: the core imports no Qt, reportlab or SQLite;
only the Qt layer imports PySide6, only wordio python-docx; the operator's libraries
(sqlite-utils, XlsxWriter, zxing-cpp) only the operator module that needs each; nothing
imports the Qt layer or the CLI."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "grantdesk"

# module prefix -> imports it must never make
FORBIDDEN = {
    "grantdesk.forms": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.printing", "grantdesk.checks", "grantdesk.document", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.values": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "grantdesk.ui", "grantdesk.cli", "grantdesk.store"},
    "grantdesk.document": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.printing", "grantdesk.checks", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.checks": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.printing", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.progress": {"PySide6", "reportlab", "sqlite3", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.layout": {"PySide6", "reportlab", "docx", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.printing", "grantdesk.wordio", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.wordio": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.printing", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.printing": {"PySide6", "sqlite3", "pypdfium2", "grantdesk.store", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.store": {"PySide6", "reportlab", "pypdfium2", "grantdesk.printing", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.cli": {"PySide6", "pypdfium2", "grantdesk.ui", "grantdesk.app"},
    "grantdesk.settings": {"PySide6", "reportlab", "sqlite3", "grantdesk.ui"},
    "grantdesk.texts": {"PySide6", "reportlab", "sqlite3", "grantdesk.ui"},
    # the one catalog mechanism, under every core catalog: it imports nothing of the app
    "grantdesk.catalog": {"PySide6", "reportlab", "sqlite3", "docx", "grantdesk.forms", "grantdesk.document",
                          "grantdesk.checks", "grantdesk.store", "grantdesk.printing", "grantdesk.wordio",
                          "grantdesk.ui", "grantdesk.cli"},
    # constants only: the window's menus use them before anything of the core is loaded
    "grantdesk.languages": {"PySide6", "reportlab", "sqlite3", "platformdirs", "grantdesk.forms", "grantdesk.document",
                            "grantdesk.settings", "grantdesk.store", "grantdesk.ui", "grantdesk.cli"},
    # imports one module of a library without its package's __init__: the standard library only
    "grantdesk.submodules": {"PySide6", "reportlab", "sqlite3", "docx", "num2words", "grantdesk.forms",
                             "grantdesk.document", "grantdesk.checks", "grantdesk.store", "grantdesk.printing",
                             "grantdesk.wordio", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.resources": {"PySide6", "reportlab", "sqlite3", "grantdesk.ui"},
    "grantdesk.ui": {"grantdesk.cli", "grantdesk.app", "sqlite3", "reportlab"},
    # the use cases shared by the CLI and the window: pure, through the store and the core
    "grantdesk.operations": {"PySide6", "reportlab", "sqlite3", "pypdfium2", "docx", "grantdesk.ui", "grantdesk.cli",
                             "grantdesk.app"},
    "grantdesk.limits": {"PySide6", "reportlab", "sqlite3", "grantdesk.ui", "grantdesk.cli"},
    "grantdesk.operator": {"PySide6", "reportlab", "sqlite3", "docx", "grantdesk.ui", "grantdesk.cli", "grantdesk.app"},
}
# The only importers of each heavy library.
ONLY = {"PySide6": ("grantdesk.ui", "grantdesk.app"), "reportlab": ("grantdesk.printing",),
        "sqlite3": ("grantdesk.store",), "pypdfium2": ("grantdesk.ui", "grantdesk.operator.verify"),
        "docx": ("grantdesk.wordio",),
        # the operator's libraries, each in the one module whose job needs it, never on start-up
        "sqlite_utils": ("grantdesk.operator.register",), "xlsxwriter": ("grantdesk.operator.register",),
        "zxingcpp": ("grantdesk.operator.verify",)}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                name = ".".join(base + ([node.module] if node.module else []))
                found.add(name)
                found.update(f"{name}.{a.name}" for a in node.names)
            else:
                found.add(node.module)
    return found


def _matches(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_every_module_keeps_the_dependency_rule():
    violations = []
    for path in PACKAGE.rglob("*.py"):
        module = _module_name(path)
        imports = _imports(path)
        for owner, banned in FORBIDDEN.items():
            if _matches(module, owner):
                for name in imports:
                    if any(_matches(name, b) for b in banned):
                        violations.append(f"{module} imports {name}")
        for lib, allowed in ONLY.items():
            if not any(_matches(module, a) for a in allowed):
                violations.extend(f"{module} imports {n}" for n in imports if _matches(n, lib))
    assert violations == []


def test_the_rule_catches_a_violation(tmp_path, monkeypatch):
    # A core module that imported PySide6 would be reported: the test can fail.
    fake = PACKAGE / "checks" / "_dependency_probe.py"
    fake.write_text("from PySide6 import QtCore\n", encoding="utf-8")
    try:
        with __import__("pytest").raises(AssertionError):
            test_every_module_keeps_the_dependency_rule()
    finally:
        fake.unlink()
