"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from .resources.bookings import (
    AsyncBookings,
    AsyncBookingsWithRawResponse,
    AsyncBookingsWithStreamingResponse,
    Bookings,
    BookingsWithRawResponse,
    BookingsWithStreamingResponse,
)
from .resources.editorial_images import (
    AsyncEditorialImages,
    AsyncEditorialImagesWithRawResponse,
    AsyncEditorialImagesWithStreamingResponse,
    EditorialImages,
    EditorialImagesWithRawResponse,
    EditorialImagesWithStreamingResponse,
)
from .resources.keys import (
    AsyncKeys,
    AsyncKeysWithRawResponse,
    AsyncKeysWithStreamingResponse,
    Keys,
    KeysWithRawResponse,
    KeysWithStreamingResponse,
)
from .resources.payments import (
    AsyncPayments,
    AsyncPaymentsWithRawResponse,
    AsyncPaymentsWithStreamingResponse,
    Payments,
    PaymentsWithRawResponse,
    PaymentsWithStreamingResponse,
)
from .resources.support import (
    AsyncSupport,
    AsyncSupportWithRawResponse,
    AsyncSupportWithStreamingResponse,
    Support,
    SupportWithRawResponse,
    SupportWithStreamingResponse,
)
from .resources.default import (
    AsyncDefault,
    AsyncDefaultWithRawResponse,
    AsyncDefaultWithStreamingResponse,
    Default,
    DefaultWithRawResponse,
    DefaultWithStreamingResponse,
)
from .resources.private_registries import (
    AsyncPrivateRegistries,
    AsyncPrivateRegistriesWithRawResponse,
    AsyncPrivateRegistriesWithStreamingResponse,
    PrivateRegistries,
    PrivateRegistriesWithRawResponse,
    PrivateRegistriesWithStreamingResponse,
)

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
    def bookings(self) -> Bookings:
        """Bookings"""
        return Bookings(self)

    @property
    def editorial_images(self) -> EditorialImages:
        """Editorial images"""
        return EditorialImages(self)

    @property
    def keys(self) -> Keys:
        """Keys"""
        return Keys(self)

    @property
    def payments(self) -> Payments:
        """Payments"""
        return Payments(self)

    @property
    def support(self) -> Support:
        """Support"""
        return Support(self)

    @property
    def default(self) -> Default:
        """default"""
        return Default(self)

    @property
    def private_registries(self) -> PrivateRegistries:
        """private-registries"""
        return PrivateRegistries(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def bookings(self) -> BookingsWithRawResponse:
        return BookingsWithRawResponse(self._client.bookings)

    @property
    def editorial_images(self) -> EditorialImagesWithRawResponse:
        return EditorialImagesWithRawResponse(self._client.editorial_images)

    @property
    def keys(self) -> KeysWithRawResponse:
        return KeysWithRawResponse(self._client.keys)

    @property
    def payments(self) -> PaymentsWithRawResponse:
        return PaymentsWithRawResponse(self._client.payments)

    @property
    def support(self) -> SupportWithRawResponse:
        return SupportWithRawResponse(self._client.support)

    @property
    def default(self) -> DefaultWithRawResponse:
        return DefaultWithRawResponse(self._client.default)

    @property
    def private_registries(self) -> PrivateRegistriesWithRawResponse:
        return PrivateRegistriesWithRawResponse(self._client.private_registries)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def bookings(self) -> BookingsWithStreamingResponse:
        return BookingsWithStreamingResponse(self._client.bookings)

    @property
    def editorial_images(self) -> EditorialImagesWithStreamingResponse:
        return EditorialImagesWithStreamingResponse(self._client.editorial_images)

    @property
    def keys(self) -> KeysWithStreamingResponse:
        return KeysWithStreamingResponse(self._client.keys)

    @property
    def payments(self) -> PaymentsWithStreamingResponse:
        return PaymentsWithStreamingResponse(self._client.payments)

    @property
    def support(self) -> SupportWithStreamingResponse:
        return SupportWithStreamingResponse(self._client.support)

    @property
    def default(self) -> DefaultWithStreamingResponse:
        return DefaultWithStreamingResponse(self._client.default)

    @property
    def private_registries(self) -> PrivateRegistriesWithStreamingResponse:
        return PrivateRegistriesWithStreamingResponse(self._client.private_registries)


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
    def bookings(self) -> AsyncBookings:
        """Bookings"""
        return AsyncBookings(self)

    @property
    def editorial_images(self) -> AsyncEditorialImages:
        """Editorial images"""
        return AsyncEditorialImages(self)

    @property
    def keys(self) -> AsyncKeys:
        """Keys"""
        return AsyncKeys(self)

    @property
    def payments(self) -> AsyncPayments:
        """Payments"""
        return AsyncPayments(self)

    @property
    def support(self) -> AsyncSupport:
        """Support"""
        return AsyncSupport(self)

    @property
    def default(self) -> AsyncDefault:
        """default"""
        return AsyncDefault(self)

    @property
    def private_registries(self) -> AsyncPrivateRegistries:
        """private-registries"""
        return AsyncPrivateRegistries(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def bookings(self) -> AsyncBookingsWithRawResponse:
        return AsyncBookingsWithRawResponse(self._client.bookings)

    @property
    def editorial_images(self) -> AsyncEditorialImagesWithRawResponse:
        return AsyncEditorialImagesWithRawResponse(self._client.editorial_images)

    @property
    def keys(self) -> AsyncKeysWithRawResponse:
        return AsyncKeysWithRawResponse(self._client.keys)

    @property
    def payments(self) -> AsyncPaymentsWithRawResponse:
        return AsyncPaymentsWithRawResponse(self._client.payments)

    @property
    def support(self) -> AsyncSupportWithRawResponse:
        return AsyncSupportWithRawResponse(self._client.support)

    @property
    def default(self) -> AsyncDefaultWithRawResponse:
        return AsyncDefaultWithRawResponse(self._client.default)

    @property
    def private_registries(self) -> AsyncPrivateRegistriesWithRawResponse:
        return AsyncPrivateRegistriesWithRawResponse(self._client.private_registries)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def bookings(self) -> AsyncBookingsWithStreamingResponse:
        return AsyncBookingsWithStreamingResponse(self._client.bookings)

    @property
    def editorial_images(self) -> AsyncEditorialImagesWithStreamingResponse:
        return AsyncEditorialImagesWithStreamingResponse(self._client.editorial_images)

    @property
    def keys(self) -> AsyncKeysWithStreamingResponse:
        return AsyncKeysWithStreamingResponse(self._client.keys)

    @property
    def payments(self) -> AsyncPaymentsWithStreamingResponse:
        return AsyncPaymentsWithStreamingResponse(self._client.payments)

    @property
    def support(self) -> AsyncSupportWithStreamingResponse:
        return AsyncSupportWithStreamingResponse(self._client.support)

    @property
    def default(self) -> AsyncDefaultWithStreamingResponse:
        return AsyncDefaultWithStreamingResponse(self._client.default)

    @property
    def private_registries(self) -> AsyncPrivateRegistriesWithStreamingResponse:
        return AsyncPrivateRegistriesWithStreamingResponse(self._client.private_registries)
