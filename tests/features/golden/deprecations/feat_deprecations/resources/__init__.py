"""One module per resource (an OpenAPI tag)."""

from .reports import AsyncReports, Reports

__all__ = [
    "Reports",
    "AsyncReports",
]
