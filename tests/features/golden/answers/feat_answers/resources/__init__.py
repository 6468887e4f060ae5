"""One module per resource (an OpenAPI tag)."""

from .events import AsyncEvents, Events
from .jobs import AsyncJobs, Jobs
from .reports import AsyncReports, Reports

__all__ = [
    "Events",
    "AsyncEvents",
    "Jobs",
    "AsyncJobs",
    "Reports",
    "AsyncReports",
]
