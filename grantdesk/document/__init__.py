"""The filled document: values, rows, change events, JSON exchange (pure)."""

from .events import Change, LanguageChanged, RowAdded, RowRemoved, RowsReordered, ValueChanged
from .jsonio import FORMAT, FORMAT_VERSION, ReportFormatError, from_json, to_json
from .model import REPORT_LANGUAGES, Document, DocumentError, Row, new_row_id
from .refs import Ref

__all__ = [
    "FORMAT", "FORMAT_VERSION", "REPORT_LANGUAGES", "Change", "Document", "DocumentError",
    "LanguageChanged", "Ref", "ReportFormatError", "Row", "RowAdded", "RowRemoved",
    "RowsReordered", "ValueChanged", "from_json", "new_row_id", "to_json",
]
