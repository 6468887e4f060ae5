"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from . import resources as _resources  # each resource's module is imported when first used
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__

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
    def async_jobs(self) -> _resources.AsyncJobs:
        """Async Jobs"""
        return _resources.AsyncJobs(self)

    @property
    def jobs(self) -> _resources.Jobs2:
        """Jobs"""
        return _resources.Jobs2(self)

    @property
    def pets(self) -> _resources.Pets:
        """Pets"""
        return _resources.Pets(self)

    @property
    def replies(self) -> _resources.Replies:
        """Replies"""
        return _resources.Replies(self)

    @property
    def retries(self) -> _resources.Retries:
        """Retries"""
        return _resources.Retries(self)

    @property
    def things(self) -> _resources.Things:
        """Things"""
        return _resources.Things(self)

    @property
    def getattr(self) -> _resources.Getattr:
        """__getattr__"""
        return _resources.Getattr(self)

    @property
    def globals(self) -> _resources.Globals:
        """globals"""
        return _resources.Globals(self)

    @property
    def with_options_(self) -> _resources.WithOptions:
        """with_options"""
        return _resources.WithOptions(self)

    @property
    def with_raw_response_(self) -> _resources.WithRawResponse:
        """with_raw_response"""
        return _resources.WithRawResponse(self)

    @property
    def with_streaming_response_(self) -> _resources.WithStreamingResponse:
        """with_streaming_response"""
        return _resources.WithStreamingResponse(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def async_jobs(self) -> _resources.AsyncJobsWithRawResponse:
        return _resources.AsyncJobsWithRawResponse(self._client.async_jobs)

    @property
    def jobs(self) -> _resources.Jobs2WithRawResponse:
        return _resources.Jobs2WithRawResponse(self._client.jobs)

    @property
    def pets(self) -> _resources.PetsWithRawResponse:
        return _resources.PetsWithRawResponse(self._client.pets)

    @property
    def replies(self) -> _resources.RepliesWithRawResponse:
        return _resources.RepliesWithRawResponse(self._client.replies)

    @property
    def retries(self) -> _resources.RetriesWithRawResponse:
        return _resources.RetriesWithRawResponse(self._client.retries)

    @property
    def things(self) -> _resources.ThingsWithRawResponse:
        return _resources.ThingsWithRawResponse(self._client.things)

    @property
    def getattr(self) -> _resources.GetattrWithRawResponse:
        return _resources.GetattrWithRawResponse(self._client.getattr)

    @property
    def globals(self) -> _resources.GlobalsWithRawResponse:
        return _resources.GlobalsWithRawResponse(self._client.globals)

    @property
    def with_options_(self) -> _resources.WithOptionsWithRawResponse:
        return _resources.WithOptionsWithRawResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> _resources.WithRawResponseWithRawResponse:
        return _resources.WithRawResponseWithRawResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> _resources.WithStreamingResponseWithRawResponse:
        return _resources.WithStreamingResponseWithRawResponse(
            self._client.with_streaming_response_
        )


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def async_jobs(self) -> _resources.AsyncJobsWithStreamingResponse:
        return _resources.AsyncJobsWithStreamingResponse(self._client.async_jobs)

    @property
    def jobs(self) -> _resources.Jobs2WithStreamingResponse:
        return _resources.Jobs2WithStreamingResponse(self._client.jobs)

    @property
    def pets(self) -> _resources.PetsWithStreamingResponse:
        return _resources.PetsWithStreamingResponse(self._client.pets)

    @property
    def replies(self) -> _resources.RepliesWithStreamingResponse:
        return _resources.RepliesWithStreamingResponse(self._client.replies)

    @property
    def retries(self) -> _resources.RetriesWithStreamingResponse:
        return _resources.RetriesWithStreamingResponse(self._client.retries)

    @property
    def things(self) -> _resources.ThingsWithStreamingResponse:
        return _resources.ThingsWithStreamingResponse(self._client.things)

    @property
    def getattr(self) -> _resources.GetattrWithStreamingResponse:
        return _resources.GetattrWithStreamingResponse(self._client.getattr)

    @property
    def globals(self) -> _resources.GlobalsWithStreamingResponse:
        return _resources.GlobalsWithStreamingResponse(self._client.globals)

    @property
    def with_options_(self) -> _resources.WithOptionsWithStreamingResponse:
        return _resources.WithOptionsWithStreamingResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> _resources.WithRawResponseWithStreamingResponse:
        return _resources.WithRawResponseWithStreamingResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> _resources.WithStreamingResponseWithStreamingResponse:
        return _resources.WithStreamingResponseWithStreamingResponse(
            self._client.with_streaming_response_
        )


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
    def async_jobs(self) -> _resources.AsyncAsyncJobs:
        """Async Jobs"""
        return _resources.AsyncAsyncJobs(self)

    @property
    def jobs(self) -> _resources.AsyncJobs2:
        """Jobs"""
        return _resources.AsyncJobs2(self)

    @property
    def pets(self) -> _resources.AsyncPets:
        """Pets"""
        return _resources.AsyncPets(self)

    @property
    def replies(self) -> _resources.AsyncReplies:
        """Replies"""
        return _resources.AsyncReplies(self)

    @property
    def retries(self) -> _resources.AsyncRetries:
        """Retries"""
        return _resources.AsyncRetries(self)

    @property
    def things(self) -> _resources.AsyncThings:
        """Things"""
        return _resources.AsyncThings(self)

    @property
    def getattr(self) -> _resources.AsyncGetattr:
        """__getattr__"""
        return _resources.AsyncGetattr(self)

    @property
    def globals(self) -> _resources.AsyncGlobals:
        """globals"""
        return _resources.AsyncGlobals(self)

    @property
    def with_options_(self) -> _resources.AsyncWithOptions:
        """with_options"""
        return _resources.AsyncWithOptions(self)

    @property
    def with_raw_response_(self) -> _resources.AsyncWithRawResponse:
        """with_raw_response"""
        return _resources.AsyncWithRawResponse(self)

    @property
    def with_streaming_response_(self) -> _resources.AsyncWithStreamingResponse:
        """with_streaming_response"""
        return _resources.AsyncWithStreamingResponse(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def async_jobs(self) -> _resources.AsyncAsyncJobsWithRawResponse:
        return _resources.AsyncAsyncJobsWithRawResponse(self._client.async_jobs)

    @property
    def jobs(self) -> _resources.AsyncJobs2WithRawResponse:
        return _resources.AsyncJobs2WithRawResponse(self._client.jobs)

    @property
    def pets(self) -> _resources.AsyncPetsWithRawResponse:
        return _resources.AsyncPetsWithRawResponse(self._client.pets)

    @property
    def replies(self) -> _resources.AsyncRepliesWithRawResponse:
        return _resources.AsyncRepliesWithRawResponse(self._client.replies)

    @property
    def retries(self) -> _resources.AsyncRetriesWithRawResponse:
        return _resources.AsyncRetriesWithRawResponse(self._client.retries)

    @property
    def things(self) -> _resources.AsyncThingsWithRawResponse:
        return _resources.AsyncThingsWithRawResponse(self._client.things)

    @property
    def getattr(self) -> _resources.AsyncGetattrWithRawResponse:
        return _resources.AsyncGetattrWithRawResponse(self._client.getattr)

    @property
    def globals(self) -> _resources.AsyncGlobalsWithRawResponse:
        return _resources.AsyncGlobalsWithRawResponse(self._client.globals)

    @property
    def with_options_(self) -> _resources.AsyncWithOptionsWithRawResponse:
        return _resources.AsyncWithOptionsWithRawResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> _resources.AsyncWithRawResponseWithRawResponse:
        return _resources.AsyncWithRawResponseWithRawResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(self) -> _resources.AsyncWithStreamingResponseWithRawResponse:
        return _resources.AsyncWithStreamingResponseWithRawResponse(
            self._client.with_streaming_response_
        )


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def async_jobs(self) -> _resources.AsyncAsyncJobsWithStreamingResponse:
        return _resources.AsyncAsyncJobsWithStreamingResponse(self._client.async_jobs)

    @property
    def jobs(self) -> _resources.AsyncJobs2WithStreamingResponse:
        return _resources.AsyncJobs2WithStreamingResponse(self._client.jobs)

    @property
    def pets(self) -> _resources.AsyncPetsWithStreamingResponse:
        return _resources.AsyncPetsWithStreamingResponse(self._client.pets)

    @property
    def replies(self) -> _resources.AsyncRepliesWithStreamingResponse:
        return _resources.AsyncRepliesWithStreamingResponse(self._client.replies)

    @property
    def retries(self) -> _resources.AsyncRetriesWithStreamingResponse:
        return _resources.AsyncRetriesWithStreamingResponse(self._client.retries)

    @property
    def things(self) -> _resources.AsyncThingsWithStreamingResponse:
        return _resources.AsyncThingsWithStreamingResponse(self._client.things)

    @property
    def getattr(self) -> _resources.AsyncGetattrWithStreamingResponse:
        return _resources.AsyncGetattrWithStreamingResponse(self._client.getattr)

    @property
    def globals(self) -> _resources.AsyncGlobalsWithStreamingResponse:
        return _resources.AsyncGlobalsWithStreamingResponse(self._client.globals)

    @property
    def with_options_(self) -> _resources.AsyncWithOptionsWithStreamingResponse:
        return _resources.AsyncWithOptionsWithStreamingResponse(self._client.with_options_)

    @property
    def with_raw_response_(self) -> _resources.AsyncWithRawResponseWithStreamingResponse:
        return _resources.AsyncWithRawResponseWithStreamingResponse(self._client.with_raw_response_)

    @property
    def with_streaming_response_(
        self,
    ) -> _resources.AsyncWithStreamingResponseWithStreamingResponse:
        return _resources.AsyncWithStreamingResponseWithStreamingResponse(
            self._client.with_streaming_response_
        )
