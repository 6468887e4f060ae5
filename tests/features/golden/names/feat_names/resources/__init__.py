"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .async_jobs import (
        AsyncJobs as AsyncJobs,
        AsyncJobsWithRawResponse as AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse,
    )
    from .async_jobs import (
        AsyncAsyncJobs as AsyncAsyncJobs,
        AsyncAsyncJobsWithRawResponse as AsyncAsyncJobsWithRawResponse,
        AsyncAsyncJobsWithStreamingResponse as AsyncAsyncJobsWithStreamingResponse,
    )
    from .jobs import (
        Jobs2 as Jobs2,
        Jobs2WithRawResponse as Jobs2WithRawResponse,
        Jobs2WithStreamingResponse as Jobs2WithStreamingResponse,
    )
    from .jobs import (
        AsyncJobs2 as AsyncJobs2,
        AsyncJobs2WithRawResponse as AsyncJobs2WithRawResponse,
        AsyncJobs2WithStreamingResponse as AsyncJobs2WithStreamingResponse,
    )
    from .pets import (
        Pets as Pets,
        PetsWithRawResponse as PetsWithRawResponse,
        PetsWithStreamingResponse as PetsWithStreamingResponse,
    )
    from .pets import (
        AsyncPets as AsyncPets,
        AsyncPetsWithRawResponse as AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse as AsyncPetsWithStreamingResponse,
    )
    from .replies import (
        Replies as Replies,
        RepliesWithRawResponse as RepliesWithRawResponse,
        RepliesWithStreamingResponse as RepliesWithStreamingResponse,
    )
    from .replies import (
        AsyncReplies as AsyncReplies,
        AsyncRepliesWithRawResponse as AsyncRepliesWithRawResponse,
        AsyncRepliesWithStreamingResponse as AsyncRepliesWithStreamingResponse,
    )
    from .retries import (
        Retries as Retries,
        RetriesWithRawResponse as RetriesWithRawResponse,
        RetriesWithStreamingResponse as RetriesWithStreamingResponse,
    )
    from .retries import (
        AsyncRetries as AsyncRetries,
        AsyncRetriesWithRawResponse as AsyncRetriesWithRawResponse,
        AsyncRetriesWithStreamingResponse as AsyncRetriesWithStreamingResponse,
    )
    from .things import (
        Things as Things,
        ThingsWithRawResponse as ThingsWithRawResponse,
        ThingsWithStreamingResponse as ThingsWithStreamingResponse,
    )
    from .things import (
        AsyncThings as AsyncThings,
        AsyncThingsWithRawResponse as AsyncThingsWithRawResponse,
        AsyncThingsWithStreamingResponse as AsyncThingsWithStreamingResponse,
    )
    from .getattr import (
        Getattr as Getattr,
        GetattrWithRawResponse as GetattrWithRawResponse,
        GetattrWithStreamingResponse as GetattrWithStreamingResponse,
    )
    from .getattr import (
        AsyncGetattr as AsyncGetattr,
        AsyncGetattrWithRawResponse as AsyncGetattrWithRawResponse,
        AsyncGetattrWithStreamingResponse as AsyncGetattrWithStreamingResponse,
    )
    from .globals import (
        Globals as Globals,
        GlobalsWithRawResponse as GlobalsWithRawResponse,
        GlobalsWithStreamingResponse as GlobalsWithStreamingResponse,
    )
    from .globals import (
        AsyncGlobals as AsyncGlobals,
        AsyncGlobalsWithRawResponse as AsyncGlobalsWithRawResponse,
        AsyncGlobalsWithStreamingResponse as AsyncGlobalsWithStreamingResponse,
    )
    from .with_options_ import (
        WithOptions as WithOptions,
        WithOptionsWithRawResponse as WithOptionsWithRawResponse,
        WithOptionsWithStreamingResponse as WithOptionsWithStreamingResponse,
    )
    from .with_options_ import (
        AsyncWithOptions as AsyncWithOptions,
        AsyncWithOptionsWithRawResponse as AsyncWithOptionsWithRawResponse,
        AsyncWithOptionsWithStreamingResponse as AsyncWithOptionsWithStreamingResponse,
    )
    from .with_raw_response_ import (
        WithRawResponse as WithRawResponse,
        WithRawResponseWithRawResponse as WithRawResponseWithRawResponse,
        WithRawResponseWithStreamingResponse as WithRawResponseWithStreamingResponse,
    )
    from .with_raw_response_ import (
        AsyncWithRawResponse as AsyncWithRawResponse,
        AsyncWithRawResponseWithRawResponse as AsyncWithRawResponseWithRawResponse,
        AsyncWithRawResponseWithStreamingResponse as AsyncWithRawResponseWithStreamingResponse,
    )
    from .with_streaming_response_ import (
        WithStreamingResponse as WithStreamingResponse,
        WithStreamingResponseWithRawResponse as WithStreamingResponseWithRawResponse,
        WithStreamingResponseWithStreamingResponse as WithStreamingResponseWithStreamingResponse,
    )
    from .with_streaming_response_ import (
        AsyncWithStreamingResponse as AsyncWithStreamingResponse,
        AsyncWithStreamingResponseWithRawResponse as AsyncWithStreamingResponseWithRawResponse,
        AsyncWithStreamingResponseWithStreamingResponse as AsyncWithStreamingResponseWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "AsyncJobs": "async_jobs",
    "AsyncJobsWithRawResponse": "async_jobs",
    "AsyncJobsWithStreamingResponse": "async_jobs",
    "AsyncAsyncJobs": "async_jobs",
    "AsyncAsyncJobsWithRawResponse": "async_jobs",
    "AsyncAsyncJobsWithStreamingResponse": "async_jobs",
    "Jobs2": "jobs",
    "Jobs2WithRawResponse": "jobs",
    "Jobs2WithStreamingResponse": "jobs",
    "AsyncJobs2": "jobs",
    "AsyncJobs2WithRawResponse": "jobs",
    "AsyncJobs2WithStreamingResponse": "jobs",
    "Pets": "pets",
    "PetsWithRawResponse": "pets",
    "PetsWithStreamingResponse": "pets",
    "AsyncPets": "pets",
    "AsyncPetsWithRawResponse": "pets",
    "AsyncPetsWithStreamingResponse": "pets",
    "Replies": "replies",
    "RepliesWithRawResponse": "replies",
    "RepliesWithStreamingResponse": "replies",
    "AsyncReplies": "replies",
    "AsyncRepliesWithRawResponse": "replies",
    "AsyncRepliesWithStreamingResponse": "replies",
    "Retries": "retries",
    "RetriesWithRawResponse": "retries",
    "RetriesWithStreamingResponse": "retries",
    "AsyncRetries": "retries",
    "AsyncRetriesWithRawResponse": "retries",
    "AsyncRetriesWithStreamingResponse": "retries",
    "Things": "things",
    "ThingsWithRawResponse": "things",
    "ThingsWithStreamingResponse": "things",
    "AsyncThings": "things",
    "AsyncThingsWithRawResponse": "things",
    "AsyncThingsWithStreamingResponse": "things",
    "Getattr": "getattr",
    "GetattrWithRawResponse": "getattr",
    "GetattrWithStreamingResponse": "getattr",
    "AsyncGetattr": "getattr",
    "AsyncGetattrWithRawResponse": "getattr",
    "AsyncGetattrWithStreamingResponse": "getattr",
    "Globals": "globals",
    "GlobalsWithRawResponse": "globals",
    "GlobalsWithStreamingResponse": "globals",
    "AsyncGlobals": "globals",
    "AsyncGlobalsWithRawResponse": "globals",
    "AsyncGlobalsWithStreamingResponse": "globals",
    "WithOptions": "with_options_",
    "WithOptionsWithRawResponse": "with_options_",
    "WithOptionsWithStreamingResponse": "with_options_",
    "AsyncWithOptions": "with_options_",
    "AsyncWithOptionsWithRawResponse": "with_options_",
    "AsyncWithOptionsWithStreamingResponse": "with_options_",
    "WithRawResponse": "with_raw_response_",
    "WithRawResponseWithRawResponse": "with_raw_response_",
    "WithRawResponseWithStreamingResponse": "with_raw_response_",
    "AsyncWithRawResponse": "with_raw_response_",
    "AsyncWithRawResponseWithRawResponse": "with_raw_response_",
    "AsyncWithRawResponseWithStreamingResponse": "with_raw_response_",
    "WithStreamingResponse": "with_streaming_response_",
    "WithStreamingResponseWithRawResponse": "with_streaming_response_",
    "WithStreamingResponseWithStreamingResponse": "with_streaming_response_",
    "AsyncWithStreamingResponse": "with_streaming_response_",
    "AsyncWithStreamingResponseWithRawResponse": "with_streaming_response_",
    "AsyncWithStreamingResponseWithStreamingResponse": "with_streaming_response_",
}

__all__ = [
    "AsyncJobs",
    "AsyncAsyncJobs",
    "Jobs2",
    "AsyncJobs2",
    "Pets",
    "AsyncPets",
    "Replies",
    "AsyncReplies",
    "Retries",
    "AsyncRetries",
    "Things",
    "AsyncThings",
    "Getattr",
    "AsyncGetattr",
    "Globals",
    "AsyncGlobals",
    "WithOptions",
    "AsyncWithOptions",
    "WithRawResponse",
    "AsyncWithRawResponse",
    "WithStreamingResponse",
    "AsyncWithStreamingResponse",
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
