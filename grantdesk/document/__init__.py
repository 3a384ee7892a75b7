"""The filled documents of a project: values, rows, plan links, change events, JSON (pure)."""

from .events import (
    Change, LanguageChanged, RowAdded, RowRemoved, RowsReordered, RowUnlinked, ValueChanged, ValuesCarried,
)
from .jsonio import (
    FORMAT, FORMAT_VERSION, PROJECT_FORMAT, PROJECT_FORMAT_VERSION, ReportFormatError, document_from_json,
    document_to_json, from_json, project_from_json, project_to_json, to_json,
)
from .model import REPORT_LANGUAGES, Document, DocumentError, Row, new_row_id
from .project import Project
from .refs import Ref

__all__ = [
    "FORMAT", "FORMAT_VERSION", "PROJECT_FORMAT", "PROJECT_FORMAT_VERSION", "REPORT_LANGUAGES", "Change",
    "Document", "DocumentError", "LanguageChanged", "Project", "Ref", "ReportFormatError", "Row", "RowAdded",
    "RowRemoved", "RowUnlinked", "RowsReordered", "ValueChanged", "ValuesCarried", "document_from_json", "document_to_json",
    "from_json", "new_row_id", "project_from_json", "project_to_json", "to_json",
]
