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
    user_agent=f"feat_methods/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_METHODS_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Method names a person would choose.

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
    def bookings(self) -> _resources.Bookings:
        """Bookings"""
        return _resources.Bookings(self)

    @property
    def editorial_images(self) -> _resources.EditorialImages:
        """Editorial images"""
        return _resources.EditorialImages(self)

    @property
    def keys(self) -> _resources.Keys:
        """Keys"""
        return _resources.Keys(self)

    @property
    def payments(self) -> _resources.Payments:
        """Payments"""
        return _resources.Payments(self)

    @property
    def support(self) -> _resources.Support:
        """Support"""
        return _resources.Support(self)

    @property
    def default(self) -> _resources.Default:
        """default"""
        return _resources.Default(self)

    @property
    def private_registries(self) -> _resources.PrivateRegistries:
        """private-registries"""
        return _resources.PrivateRegistries(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def bookings(self) -> _resources.BookingsWithRawResponse:
        return _resources.BookingsWithRawResponse(self._client.bookings)

    @property
    def editorial_images(self) -> _resources.EditorialImagesWithRawResponse:
        return _resources.EditorialImagesWithRawResponse(self._client.editorial_images)

    @property
    def keys(self) -> _resources.KeysWithRawResponse:
        return _resources.KeysWithRawResponse(self._client.keys)

    @property
    def payments(self) -> _resources.PaymentsWithRawResponse:
        return _resources.PaymentsWithRawResponse(self._client.payments)

    @property
    def support(self) -> _resources.SupportWithRawResponse:
        return _resources.SupportWithRawResponse(self._client.support)

    @property
    def default(self) -> _resources.DefaultWithRawResponse:
        return _resources.DefaultWithRawResponse(self._client.default)

    @property
    def private_registries(self) -> _resources.PrivateRegistriesWithRawResponse:
        return _resources.PrivateRegistriesWithRawResponse(self._client.private_registries)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def bookings(self) -> _resources.BookingsWithStreamingResponse:
        return _resources.BookingsWithStreamingResponse(self._client.bookings)

    @property
    def editorial_images(self) -> _resources.EditorialImagesWithStreamingResponse:
        return _resources.EditorialImagesWithStreamingResponse(self._client.editorial_images)

    @property
    def keys(self) -> _resources.KeysWithStreamingResponse:
        return _resources.KeysWithStreamingResponse(self._client.keys)

    @property
    def payments(self) -> _resources.PaymentsWithStreamingResponse:
        return _resources.PaymentsWithStreamingResponse(self._client.payments)

    @property
    def support(self) -> _resources.SupportWithStreamingResponse:
        return _resources.SupportWithStreamingResponse(self._client.support)

    @property
    def default(self) -> _resources.DefaultWithStreamingResponse:
        return _resources.DefaultWithStreamingResponse(self._client.default)

    @property
    def private_registries(self) -> _resources.PrivateRegistriesWithStreamingResponse:
        return _resources.PrivateRegistriesWithStreamingResponse(self._client.private_registries)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Method names a person would choose.

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
    def bookings(self) -> _resources.AsyncBookings:
        """Bookings"""
        return _resources.AsyncBookings(self)

    @property
    def editorial_images(self) -> _resources.AsyncEditorialImages:
        """Editorial images"""
        return _resources.AsyncEditorialImages(self)

    @property
    def keys(self) -> _resources.AsyncKeys:
        """Keys"""
        return _resources.AsyncKeys(self)

    @property
    def payments(self) -> _resources.AsyncPayments:
        """Payments"""
        return _resources.AsyncPayments(self)

    @property
    def support(self) -> _resources.AsyncSupport:
        """Support"""
        return _resources.AsyncSupport(self)

    @property
    def default(self) -> _resources.AsyncDefault:
        """default"""
        return _resources.AsyncDefault(self)

    @property
    def private_registries(self) -> _resources.AsyncPrivateRegistries:
        """private-registries"""
        return _resources.AsyncPrivateRegistries(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def bookings(self) -> _resources.AsyncBookingsWithRawResponse:
        return _resources.AsyncBookingsWithRawResponse(self._client.bookings)

    @property
    def editorial_images(self) -> _resources.AsyncEditorialImagesWithRawResponse:
        return _resources.AsyncEditorialImagesWithRawResponse(self._client.editorial_images)

    @property
    def keys(self) -> _resources.AsyncKeysWithRawResponse:
        return _resources.AsyncKeysWithRawResponse(self._client.keys)

    @property
    def payments(self) -> _resources.AsyncPaymentsWithRawResponse:
        return _resources.AsyncPaymentsWithRawResponse(self._client.payments)

    @property
    def support(self) -> _resources.AsyncSupportWithRawResponse:
        return _resources.AsyncSupportWithRawResponse(self._client.support)

    @property
    def default(self) -> _resources.AsyncDefaultWithRawResponse:
        return _resources.AsyncDefaultWithRawResponse(self._client.default)

    @property
    def private_registries(self) -> _resources.AsyncPrivateRegistriesWithRawResponse:
        return _resources.AsyncPrivateRegistriesWithRawResponse(self._client.private_registries)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def bookings(self) -> _resources.AsyncBookingsWithStreamingResponse:
        return _resources.AsyncBookingsWithStreamingResponse(self._client.bookings)

    @property
    def editorial_images(self) -> _resources.AsyncEditorialImagesWithStreamingResponse:
        return _resources.AsyncEditorialImagesWithStreamingResponse(self._client.editorial_images)

    @property
    def keys(self) -> _resources.AsyncKeysWithStreamingResponse:
        return _resources.AsyncKeysWithStreamingResponse(self._client.keys)

    @property
    def payments(self) -> _resources.AsyncPaymentsWithStreamingResponse:
        return _resources.AsyncPaymentsWithStreamingResponse(self._client.payments)

    @property
    def support(self) -> _resources.AsyncSupportWithStreamingResponse:
        return _resources.AsyncSupportWithStreamingResponse(self._client.support)

    @property
    def default(self) -> _resources.AsyncDefaultWithStreamingResponse:
        return _resources.AsyncDefaultWithStreamingResponse(self._client.default)

    @property
    def private_registries(self) -> _resources.AsyncPrivateRegistriesWithStreamingResponse:
        return _resources.AsyncPrivateRegistriesWithStreamingResponse(
            self._client.private_registries
        )
