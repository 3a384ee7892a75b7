"""The print chrome now lives in grantdesk.layout (the PDF and the Word file share it)."""

from ..layout.chrome import Chrome, chrome

__all__ = ["Chrome", "chrome"]
