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
    servers=(Server("https://api.example.com/v1"),),
    user_agent=f"feat_unions/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_UNIONS_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Unions.

    Args:
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com/v1).
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
    def pets(self) -> _resources.Pets:
        """Pets"""
        return _resources.Pets(self)

    @property
    def animals(self) -> _resources.Animals:
        """Animals"""
        return _resources.Animals(self)

    @property
    def logins(self) -> _resources.Logins:
        """Logins"""
        return _resources.Logins(self)

    @property
    def owners(self) -> _resources.Owners:
        """Owners"""
        return _resources.Owners(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def pets(self) -> _resources.PetsWithRawResponse:
        return _resources.PetsWithRawResponse(self._client.pets)

    @property
    def animals(self) -> _resources.AnimalsWithRawResponse:
        return _resources.AnimalsWithRawResponse(self._client.animals)

    @property
    def logins(self) -> _resources.LoginsWithRawResponse:
        return _resources.LoginsWithRawResponse(self._client.logins)

    @property
    def owners(self) -> _resources.OwnersWithRawResponse:
        return _resources.OwnersWithRawResponse(self._client.owners)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def pets(self) -> _resources.PetsWithStreamingResponse:
        return _resources.PetsWithStreamingResponse(self._client.pets)

    @property
    def animals(self) -> _resources.AnimalsWithStreamingResponse:
        return _resources.AnimalsWithStreamingResponse(self._client.animals)

    @property
    def logins(self) -> _resources.LoginsWithStreamingResponse:
        return _resources.LoginsWithStreamingResponse(self._client.logins)

    @property
    def owners(self) -> _resources.OwnersWithStreamingResponse:
        return _resources.OwnersWithStreamingResponse(self._client.owners)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Unions.

    Args:
        base_url: The API's URL, instead of the spec's server
            (https://api.example.com/v1).
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
    def pets(self) -> _resources.AsyncPets:
        """Pets"""
        return _resources.AsyncPets(self)

    @property
    def animals(self) -> _resources.AsyncAnimals:
        """Animals"""
        return _resources.AsyncAnimals(self)

    @property
    def logins(self) -> _resources.AsyncLogins:
        """Logins"""
        return _resources.AsyncLogins(self)

    @property
    def owners(self) -> _resources.AsyncOwners:
        """Owners"""
        return _resources.AsyncOwners(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def pets(self) -> _resources.AsyncPetsWithRawResponse:
        return _resources.AsyncPetsWithRawResponse(self._client.pets)

    @property
    def animals(self) -> _resources.AsyncAnimalsWithRawResponse:
        return _resources.AsyncAnimalsWithRawResponse(self._client.animals)

    @property
    def logins(self) -> _resources.AsyncLoginsWithRawResponse:
        return _resources.AsyncLoginsWithRawResponse(self._client.logins)

    @property
    def owners(self) -> _resources.AsyncOwnersWithRawResponse:
        return _resources.AsyncOwnersWithRawResponse(self._client.owners)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def pets(self) -> _resources.AsyncPetsWithStreamingResponse:
        return _resources.AsyncPetsWithStreamingResponse(self._client.pets)

    @property
    def animals(self) -> _resources.AsyncAnimalsWithStreamingResponse:
        return _resources.AsyncAnimalsWithStreamingResponse(self._client.animals)

    @property
    def logins(self) -> _resources.AsyncLoginsWithStreamingResponse:
        return _resources.AsyncLoginsWithStreamingResponse(self._client.logins)

    @property
    def owners(self) -> _resources.AsyncOwnersWithStreamingResponse:
        return _resources.AsyncOwnersWithStreamingResponse(self._client.owners)
