"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .events import (
        Events as Events,
        EventsWithRawResponse as EventsWithRawResponse,
        EventsWithStreamingResponse as EventsWithStreamingResponse,
    )
    from .events import (
        AsyncEvents as AsyncEvents,
        AsyncEventsWithRawResponse as AsyncEventsWithRawResponse,
        AsyncEventsWithStreamingResponse as AsyncEventsWithStreamingResponse,
    )
    from .jobs import (
        Jobs as Jobs,
        JobsWithRawResponse as JobsWithRawResponse,
        JobsWithStreamingResponse as JobsWithStreamingResponse,
    )
    from .jobs import (
        AsyncJobs as AsyncJobs,
        AsyncJobsWithRawResponse as AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse,
    )
    from .reports import (
        Reports as Reports,
        ReportsWithRawResponse as ReportsWithRawResponse,
        ReportsWithStreamingResponse as ReportsWithStreamingResponse,
    )
    from .reports import (
        AsyncReports as AsyncReports,
        AsyncReportsWithRawResponse as AsyncReportsWithRawResponse,
        AsyncReportsWithStreamingResponse as AsyncReportsWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Events": "events",
    "EventsWithRawResponse": "events",
    "EventsWithStreamingResponse": "events",
    "AsyncEvents": "events",
    "AsyncEventsWithRawResponse": "events",
    "AsyncEventsWithStreamingResponse": "events",
    "Jobs": "jobs",
    "JobsWithRawResponse": "jobs",
    "JobsWithStreamingResponse": "jobs",
    "AsyncJobs": "jobs",
    "AsyncJobsWithRawResponse": "jobs",
    "AsyncJobsWithStreamingResponse": "jobs",
    "Reports": "reports",
    "ReportsWithRawResponse": "reports",
    "ReportsWithStreamingResponse": "reports",
    "AsyncReports": "reports",
    "AsyncReportsWithRawResponse": "reports",
    "AsyncReportsWithStreamingResponse": "reports",
}

__all__ = [
    "Events",
    "AsyncEvents",
    "Jobs",
    "AsyncJobs",
    "Reports",
    "AsyncReports",
]


def __getattr__(name: str) -> Any:
    # Only local names and dunders here: importing a resource's module sets
    # its name in this module's globals, and a tag may well be "getattr".
    import importlib
    import sys

    if name in _MODULES:
        value = importlib.import_module(f"{__name__}.{_MODULES[name]}").__dict__[name]
        sys.modules[__name__].__dict__[name] = value  # found directly from now on
        return value
    if name in _MODULES.values():
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
