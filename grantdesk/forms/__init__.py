"""Form definitions: the official documents as data (pure, no Qt, no SQLite)."""

from .loader import FormError, FormRegistry, default_registry, load_form_file, parse_form
from .model import LANGUAGES, CheckDef, ColumnDef, FieldDef, FixedRowDef, FormDef, SectionDef, TableDef, Text
from .types import FIELD_TYPES, TypeSpec, type_spec

__all__ = [
    "FIELD_TYPES", "LANGUAGES", "CheckDef", "ColumnDef", "FieldDef", "FixedRowDef", "FormDef",
    "FormError", "FormRegistry", "SectionDef", "TableDef", "Text", "TypeSpec",
    "default_registry", "load_form_file", "parse_form", "type_spec",
]
