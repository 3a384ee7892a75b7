"""Form definitions: the official documents as data (pure, no Qt, no SQLite)."""

from .loader import (
    FormError, FormRegistry, ProjectDef, default_project, default_registry, load_form_file, parse_form,
    plan_link_problems,
)
from .model import (
    KINDS, LANGUAGES, ROLES, CheckDef, ColumnDef, FieldDef, FixedRowDef, FormDef, PlanFixedLink, PlanLinks,
    PlanTableLink, SectionDef, TableDef, Text,
)
from .types import FIELD_TYPES, TypeSpec, type_spec

__all__ = [
    "FIELD_TYPES", "KINDS", "LANGUAGES", "ROLES", "PlanFixedLink", "PlanLinks", "PlanTableLink", "ProjectDef",
    "default_project", "plan_link_problems", "CheckDef", "ColumnDef", "FieldDef", "FixedRowDef", "FormDef",
    "FormError", "FormRegistry", "SectionDef", "TableDef", "Text", "TypeSpec",
    "default_registry", "load_form_file", "parse_form", "type_spec",
]
