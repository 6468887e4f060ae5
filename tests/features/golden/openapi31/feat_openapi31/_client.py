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
    user_agent=f"feat_openapi31/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_OPENAPI31_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the OpenAPI 3.1 constructs.

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
    def documents(self) -> _resources.Documents:
        """Documents"""
        return _resources.Documents(self)

    @property
    def payments(self) -> _resources.Payments:
        """Payments"""
        return _resources.Payments(self)

    @property
    def things(self) -> _resources.Things:
        """Things"""
        return _resources.Things(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def documents(self) -> _resources.DocumentsWithRawResponse:
        return _resources.DocumentsWithRawResponse(self._client.documents)

    @property
    def payments(self) -> _resources.PaymentsWithRawResponse:
        return _resources.PaymentsWithRawResponse(self._client.payments)

    @property
    def things(self) -> _resources.ThingsWithRawResponse:
        return _resources.ThingsWithRawResponse(self._client.things)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def documents(self) -> _resources.DocumentsWithStreamingResponse:
        return _resources.DocumentsWithStreamingResponse(self._client.documents)

    @property
    def payments(self) -> _resources.PaymentsWithStreamingResponse:
        return _resources.PaymentsWithStreamingResponse(self._client.payments)

    @property
    def things(self) -> _resources.ThingsWithStreamingResponse:
        return _resources.ThingsWithStreamingResponse(self._client.things)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the OpenAPI 3.1 constructs.

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
    def documents(self) -> _resources.AsyncDocuments:
        """Documents"""
        return _resources.AsyncDocuments(self)

    @property
    def payments(self) -> _resources.AsyncPayments:
        """Payments"""
        return _resources.AsyncPayments(self)

    @property
    def things(self) -> _resources.AsyncThings:
        """Things"""
        return _resources.AsyncThings(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def documents(self) -> _resources.AsyncDocumentsWithRawResponse:
        return _resources.AsyncDocumentsWithRawResponse(self._client.documents)

    @property
    def payments(self) -> _resources.AsyncPaymentsWithRawResponse:
        return _resources.AsyncPaymentsWithRawResponse(self._client.payments)

    @property
    def things(self) -> _resources.AsyncThingsWithRawResponse:
        return _resources.AsyncThingsWithRawResponse(self._client.things)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def documents(self) -> _resources.AsyncDocumentsWithStreamingResponse:
        return _resources.AsyncDocumentsWithStreamingResponse(self._client.documents)

    @property
    def payments(self) -> _resources.AsyncPaymentsWithStreamingResponse:
        return _resources.AsyncPaymentsWithStreamingResponse(self._client.payments)

    @property
    def things(self) -> _resources.AsyncThingsWithStreamingResponse:
        return _resources.AsyncThingsWithStreamingResponse(self._client.things)
