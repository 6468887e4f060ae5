"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from .resources.accounts import (
    AsyncAccounts,
    AsyncAccountsWithRawResponse,
    AsyncAccountsWithStreamingResponse,
    Accounts,
    AccountsWithRawResponse,
    AccountsWithStreamingResponse,
)
from .resources.bundles import (
    AsyncBundles,
    AsyncBundlesWithRawResponse,
    AsyncBundlesWithStreamingResponse,
    Bundles,
    BundlesWithRawResponse,
    BundlesWithStreamingResponse,
)
from .resources.labels import (
    AsyncLabels,
    AsyncLabelsWithRawResponse,
    AsyncLabelsWithStreamingResponse,
    Labels,
    LabelsWithRawResponse,
    LabelsWithStreamingResponse,
)

__all__ = ["Client", "AsyncClient"]

CONFIG = ClientConfig(
    servers=(Server("https://api.example.com"),),
    user_agent=f"feat_values/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_VALUES_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Values.

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
    def accounts(self) -> Accounts:
        """Accounts"""
        return Accounts(self)

    @property
    def bundles(self) -> Bundles:
        """Bundles"""
        return Bundles(self)

    @property
    def labels(self) -> Labels:
        """Labels"""
        return Labels(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def accounts(self) -> AccountsWithRawResponse:
        return AccountsWithRawResponse(self._client.accounts)

    @property
    def bundles(self) -> BundlesWithRawResponse:
        return BundlesWithRawResponse(self._client.bundles)

    @property
    def labels(self) -> LabelsWithRawResponse:
        return LabelsWithRawResponse(self._client.labels)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def accounts(self) -> AccountsWithStreamingResponse:
        return AccountsWithStreamingResponse(self._client.accounts)

    @property
    def bundles(self) -> BundlesWithStreamingResponse:
        return BundlesWithStreamingResponse(self._client.bundles)

    @property
    def labels(self) -> LabelsWithStreamingResponse:
        return LabelsWithStreamingResponse(self._client.labels)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Values.

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
    def accounts(self) -> AsyncAccounts:
        """Accounts"""
        return AsyncAccounts(self)

    @property
    def bundles(self) -> AsyncBundles:
        """Bundles"""
        return AsyncBundles(self)

    @property
    def labels(self) -> AsyncLabels:
        """Labels"""
        return AsyncLabels(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def accounts(self) -> AsyncAccountsWithRawResponse:
        return AsyncAccountsWithRawResponse(self._client.accounts)

    @property
    def bundles(self) -> AsyncBundlesWithRawResponse:
        return AsyncBundlesWithRawResponse(self._client.bundles)

    @property
    def labels(self) -> AsyncLabelsWithRawResponse:
        return AsyncLabelsWithRawResponse(self._client.labels)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def accounts(self) -> AsyncAccountsWithStreamingResponse:
        return AsyncAccountsWithStreamingResponse(self._client.accounts)

    @property
    def bundles(self) -> AsyncBundlesWithStreamingResponse:
        return AsyncBundlesWithStreamingResponse(self._client.bundles)

    @property
    def labels(self) -> AsyncLabelsWithStreamingResponse:
        return AsyncLabelsWithStreamingResponse(self._client.labels)
