"""The .grantdesk project file (SQLite). The only package that touches SQLite."""

from .errors import StoreError
from .project import ProjectFile, ReportInfo
from .schema import APPLICATION_ID, SCHEMA_VERSION
from .writer import DocumentWriter

__all__ = ["APPLICATION_ID", "SCHEMA_VERSION", "DocumentWriter", "ProjectFile", "ReportInfo", "StoreError"]
