"""The .grantdesk project file (SQLite). The only package that touches SQLite."""

from .backups import BackupInfo, BackupPolicy, EditBackups, due, list_backups, restore, snapshot
from .errors import StoreError
from .project import ProjectFile, DocumentInfo
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .summary import ProjectSummary, read_summary
from .writer import DocumentWriter

__all__ = [
    "APPLICATION_ID", "SCHEMA_VERSION", "BackupInfo", "BackupPolicy", "DocumentWriter", "EditBackups",
    "ProjectFile", "DocumentInfo", "ProjectSummary", "StoreError", "due", "list_backups", "read_summary", "restore",
    "snapshot",
]
