"""Word in and out: every document as a .docx in its official layout, and the plan read
from its Annex 3 .docx. The only package that imports python-docx
(tests/core/test_dependency_rule.py).

Its names are imported on first use (PEP 562), so a command that writes no Word file
(`grantdesk print -o X.pdf`) never loads python-docx.
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "export_docx": ".export", "export_derived_docx": ".export", "export_parts_docx": ".export", "write_docx": ".export",
    "import_text": ".messages", "PlanImportError": ".plan_import", "PreparedPlan": ".plan_import",
    "join_project": ".plan_import", "prepare_import": ".plan_import",
}


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = import_module(_WHERE[name], __name__)
    value = getattr(module, "text" if name == "import_text" else name)
    globals()[name] = value
    return value


__all__ = ["PlanImportError", "PreparedPlan", "export_derived_docx", "export_docx", "export_parts_docx", "import_text", "join_project",
           "prepare_import", "write_docx"]
