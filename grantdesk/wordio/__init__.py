"""Word in and out: every document as a .docx in its official layout, and the plan read
from its Annex 3 .docx. The only package that imports python-docx
(tests/core/test_dependency_rule.py)."""

from .export import export_compiled_docx, export_derived_docx, export_docx
from .messages import text as import_text
from .plan_import import PlanImportError, PreparedPlan, join_project, prepare_import

__all__ = ["PlanImportError", "PreparedPlan", "export_compiled_docx", "export_derived_docx", "export_docx", "import_text", "join_project", "prepare_import"]
