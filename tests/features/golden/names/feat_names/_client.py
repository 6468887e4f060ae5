"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from .resources.async_jobs import (
    AsyncAsyncJobs,
    AsyncAsyncJobsWithRawResponse,
    AsyncAsyncJobsWithStreamingResponse,
    AsyncJobs,
    AsyncJobsWithRawResponse,
    AsyncJobsWithStreamingResponse,
)
from .resources.jobs import (
    AsyncJobs2,
    AsyncJobs2WithRawResponse,
    AsyncJobs2WithStreamingResponse,
    Jobs2,
    Jobs2WithRawResponse,
    Jobs2WithStreamingResponse,
)
from .resources.pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)
from .resources.replies import (
    AsyncReplies,
    AsyncRepliesWithRawResponse,
    AsyncRepliesWithStreamingResponse,
    Replies,
    RepliesWithRawResponse,
    RepliesWithStreamingResponse,
)
from .resources.retries import (
    AsyncRetries,
    AsyncRetriesWithRawResponse,
    AsyncRetriesWithStreamingResponse,
    Retries,
    RetriesWithRawResponse,
    RetriesWithStreamingResponse,
)
from .resources.things import (
    AsyncThings,
    AsyncThingsWithRawResponse,
    AsyncThingsWithStreamingResponse,
    Things,
    ThingsWithRawResponse,
    ThingsWithStreamingResponse,
)
from .resources.with_options_ import (
    AsyncWithOptions,
    AsyncWithOptionsWithRawResponse,
    AsyncWithOptionsWithStreamingResponse,
    WithOptions,
    WithOptionsWithRawResponse,
    WithOptionsWithStreamingResponse,
)
from .resources.with_raw_response_ import (
    AsyncWithRawResponse,
    AsyncWithRawResponseWithRawResponse,
    AsyncWithRawResponseWithStreamingResponse,
    WithRawResponse,
    WithRawResponseWithRawResponse,
    WithRawResponseWithStreamingResponse,
)
from .resources.with_streaming_response_ import (
    AsyncWithStreamingResponse,
    AsyncWithStreamingResponseWithRawResponse,
    AsyncWithStreamingResponseWithStreamingResponse,
    WithStreamingResponse,
    WithStreamingResponseWithRawResponse,
    WithStreamingResponseWithStreamingResponse,
)

__all__ = ["Client", "AsyncClient"]

CONFIG = ClientConfig(
    servers=(Server("https://api.example.com"),),
    user_agent=f"feat_names/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_NAMES_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Names that collide.

    Args:
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com).
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.Client (proxies, certificates, event hooks); it
            is left open.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={},
            credentials={},
            settings={},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: Client = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return ClientWithStreamingResponse(self)

    @property
    def async_jobs(self) -> AsyncJobs:
        """Async Jobs"""
        return AsyncJobs(self)

    @property
    def jobs(self) -> Jobs2:
        """Jobs"""
        return Jobs2(self)

    @property
    def pets(self) -> Pets:
        """Pets"""
        return Pets(self)

    @property
    def replies(self) -> Replies:
        """Replies"""
        return Replies(self)

    @property
    def retries(self) -> Retries:
        """Retries"""
        return Retries(self)

    @property
    def things(self) -> Things:
        """Things"""
        return Things(self)

    @property
    def with_options_(self) -> WithOptions:
        """with_options"""
        return WithOptions(self)

    @property
    def with_raw_response_(self) -> WithRawResponse:
        """with_raw_response"""
        return WithRawResponse(self)

    @property
    def with_streaming_response_(self) -> WithStreamingResponse:
        """with_streaming_response"""
        return WithStreamingResponse(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def async_jobs(self) -> AsyncJobsWithRawResponse:
        return AsyncJobsWithRawResponse(self._client.async_jobs)

    @property
    def jobs(self) -> Jobs2WithRawResponse:
        return Jobs2WithRawResponse(self._client.jobs)

    @property
    def pets(self) -> PetsWithRawResponse:
        return PetsWithRawResponse(self._client.pets)

    @property
    def replies(self) -> RepliesWithRawResponse:
        return RepliesWithRawResponse(self._client.replies)

    @property
    def retries(self) -> RetriesWithRawResponse:
        return RetriesWithRawResponse(self._client.retries)

    @property
    def things(self) -> ThingsWithRawResponse:
        return ThingsWithRawResponse(self._client.things)

    @property
    def with_options_(self) -> WithOptionsWithRawResponse:
        return WithOptionsWithRawResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> WithRawResponseWithRawResponse:
        return WithRawResponseWithRawResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> WithStreamingResponseWithRawResponse:
        return WithStreamingResponseWithRawResponse(self._client.with_streaming_response_)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def async_jobs(self) -> AsyncJobsWithStreamingResponse:
        return AsyncJobsWithStreamingResponse(self._client.async_jobs)

    @property
    def jobs(self) -> Jobs2WithStreamingResponse:
        return Jobs2WithStreamingResponse(self._client.jobs)

    @property
    def pets(self) -> PetsWithStreamingResponse:
        return PetsWithStreamingResponse(self._client.pets)

    @property
    def replies(self) -> RepliesWithStreamingResponse:
        return RepliesWithStreamingResponse(self._client.replies)

    @property
    def retries(self) -> RetriesWithStreamingResponse:
        return RetriesWithStreamingResponse(self._client.retries)

    @property
    def things(self) -> ThingsWithStreamingResponse:
        return ThingsWithStreamingResponse(self._client.things)

    @property
    def with_options_(self) -> WithOptionsWithStreamingResponse:
        return WithOptionsWithStreamingResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> WithRawResponseWithStreamingResponse:
        return WithRawResponseWithStreamingResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> WithStreamingResponseWithStreamingResponse:
        return WithStreamingResponseWithStreamingResponse(self._client.with_streaming_response_)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Names that collide.

    Args:
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com).
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (proxies, certificates, event
            hooks); it is left open.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={},
            credentials={},
            settings={},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncClient:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: AsyncClient = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return AsyncClientWithStreamingResponse(self)

    @property
    def async_jobs(self) -> AsyncAsyncJobs:
        """Async Jobs"""
        return AsyncAsyncJobs(self)

    @property
    def jobs(self) -> AsyncJobs2:
        """Jobs"""
        return AsyncJobs2(self)

    @property
    def pets(self) -> AsyncPets:
        """Pets"""
        return AsyncPets(self)

    @property
    def replies(self) -> AsyncReplies:
        """Replies"""
        return AsyncReplies(self)

    @property
    def retries(self) -> AsyncRetries:
        """Retries"""
        return AsyncRetries(self)

    @property
    def things(self) -> AsyncThings:
        """Things"""
        return AsyncThings(self)

    @property
    def with_options_(self) -> AsyncWithOptions:
        """with_options"""
        return AsyncWithOptions(self)

    @property
    def with_raw_response_(self) -> AsyncWithRawResponse:
        """with_raw_response"""
        return AsyncWithRawResponse(self)

    @property
    def with_streaming_response_(self) -> AsyncWithStreamingResponse:
        """with_streaming_response"""
        return AsyncWithStreamingResponse(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def async_jobs(self) -> AsyncAsyncJobsWithRawResponse:
        return AsyncAsyncJobsWithRawResponse(self._client.async_jobs)

    @property
    def jobs(self) -> AsyncJobs2WithRawResponse:
        return AsyncJobs2WithRawResponse(self._client.jobs)

    @property
    def pets(self) -> AsyncPetsWithRawResponse:
        return AsyncPetsWithRawResponse(self._client.pets)

    @property
    def replies(self) -> AsyncRepliesWithRawResponse:
        return AsyncRepliesWithRawResponse(self._client.replies)

    @property
    def retries(self) -> AsyncRetriesWithRawResponse:
        return AsyncRetriesWithRawResponse(self._client.retries)

    @property
    def things(self) -> AsyncThingsWithRawResponse:
        return AsyncThingsWithRawResponse(self._client.things)

    @property
    def with_options_(self) -> AsyncWithOptionsWithRawResponse:
        return AsyncWithOptionsWithRawResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> AsyncWithRawResponseWithRawResponse:
        return AsyncWithRawResponseWithRawResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> AsyncWithStreamingResponseWithRawResponse:
        return AsyncWithStreamingResponseWithRawResponse(self._client.with_streaming_response_)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def async_jobs(self) -> AsyncAsyncJobsWithStreamingResponse:
        return AsyncAsyncJobsWithStreamingResponse(self._client.async_jobs)

    @property
    def jobs(self) -> AsyncJobs2WithStreamingResponse:
        return AsyncJobs2WithStreamingResponse(self._client.jobs)

    @property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        return AsyncPetsWithStreamingResponse(self._client.pets)

    @property
    def replies(self) -> AsyncRepliesWithStreamingResponse:
        return AsyncRepliesWithStreamingResponse(self._client.replies)

    @property
    def retries(self) -> AsyncRetriesWithStreamingResponse:
        return AsyncRetriesWithStreamingResponse(self._client.retries)

    @property
    def things(self) -> AsyncThingsWithStreamingResponse:
        return AsyncThingsWithStreamingResponse(self._client.things)

    @property
    def with_options_(self) -> AsyncWithOptionsWithStreamingResponse:
        return AsyncWithOptionsWithStreamingResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> AsyncWithRawResponseWithStreamingResponse:
        return AsyncWithRawResponseWithStreamingResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> AsyncWithStreamingResponseWithStreamingResponse:
        return AsyncWithStreamingResponseWithStreamingResponse(
            self._client.with_streaming_response_
        )
