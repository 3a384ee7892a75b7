"""Form definitions: the official documents as data (pure, no Qt, no SQLite)."""

from .derived import derived_editions, derived_link_problems, derived_views, ensure_derived_from
from .loader import (
    FormError, FormRegistry, ProjectDef, default_project, default_registry, load_form_file, parse_form,
    plan_link_problems,
)
from .model import (
    KINDS, LANGUAGES, ROLES, CheckDef, ColumnDef, DerivedFrom, FieldDef, FixedRowDef, FormDef, PlanFixedLink,
    PlanLinks, PlanTableLink, RoleDef, SectionDef, TableDef, Text,
)
from .problems import DEFINITION_MESSAGES, DefinitionProblem
from .types import FIELD_TYPES, TypeSpec, type_spec

__all__ = [
    "DEFINITION_MESSAGES", "DefinitionProblem", "DerivedFrom", "FIELD_TYPES", "KINDS", "LANGUAGES", "ROLES", "PlanFixedLink", "PlanLinks", "PlanTableLink",
    "ProjectDef", "RoleDef", "derived_editions", "derived_link_problems", "derived_views", "ensure_derived_from",
    "default_project", "plan_link_problems", "CheckDef", "ColumnDef", "FieldDef", "FixedRowDef", "FormDef",
    "FormError", "FormRegistry", "SectionDef", "TableDef", "Text", "TypeSpec",
    "default_registry", "load_form_file", "parse_form", "type_spec",
]
