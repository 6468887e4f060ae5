"""One module per resource (an OpenAPI tag)."""

from .async_jobs import AsyncAsyncJobs, AsyncJobs
from .jobs import AsyncJobs2, Jobs2
from .pets import AsyncPets, Pets
from .replies import AsyncReplies, Replies
from .retries import AsyncRetries, Retries
from .things import AsyncThings, Things
from .with_options_ import AsyncWithOptions, WithOptions
from .with_raw_response_ import AsyncWithRawResponse, WithRawResponse
from .with_streaming_response_ import AsyncWithStreamingResponse, WithStreamingResponse

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
    "WithOptions",
    "AsyncWithOptions",
    "WithRawResponse",
    "AsyncWithRawResponse",
    "WithStreamingResponse",
    "AsyncWithStreamingResponse",
]
