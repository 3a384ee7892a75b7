"""The one way the CLI and the window read or write a project (DESIGN.md, "Operations shared
by CLI and window"): opening, new documents and projects, imports, printing and export with
the draft rule, Save a copy, editions, restore. Pure: no Qt. It owns the error → message
mapping (OperationError.message(lang)), read-only, the output-path rule (outputs.py) and the
limits (limits.py, numbers in grantdesk/limits.py)."""

from .errors import OperationError
from .outputs import check_output
from .project import (
    PROJECT_STATE, OpenProject, Printed, SavedCopy, add_document, add_edition, close_project, create_project,
    export_json, import_json, listed, missing_edition_line, missing_edition_message, import_plan_into, import_plan_new, load_project, new_project_file, open_project,
    prepare_plan, print_document, print_with_code, repair_project, repair_question, repaired_text, restore_backup, save_copy, write_file,
)

__all__ = [
    "PROJECT_STATE", "OpenProject", "OperationError", "Printed", "SavedCopy", "add_document", "add_edition",
    "check_output", "close_project", "create_project", "export_json", "import_json", "import_plan_into",
    "import_plan_new", "listed", "load_project", "missing_edition_line", "missing_edition_message", "new_project_file", "open_project", "prepare_plan", "print_document", "print_with_code", "repair_project", "repair_question", "repaired_text",
    "restore_backup", "save_copy", "write_file",
]
