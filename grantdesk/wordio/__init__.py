"""Word in and out: every document as a .docx in its official layout. The only package
that imports python-docx (tests/core/test_dependency_rule.py)."""

from .export import export_docx

__all__ = ["export_docx"]
