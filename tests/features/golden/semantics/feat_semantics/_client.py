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
    user_agent=f"feat_semantics/{__version__}",
    schemes=(),
    security=(),
    settings=(),
    request_id_header="x-request-id",
    log_env="FEAT_SEMANTICS_LOG",
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the OpenAPI's meaning beside JSON Schema's.

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
    def catalog(self) -> _resources.Catalog:
        """Catalog"""
        return _resources.Catalog(self)

    @property
    def groups(self) -> _resources.Groups:
        """Groups"""
        return _resources.Groups(self)

    @property
    def labels(self) -> _resources.Labels:
        """Labels"""
        return _resources.Labels(self)

    @property
    def messages(self) -> _resources.Messages:
        """Messages"""
        return _resources.Messages(self)

    @property
    def pets(self) -> _resources.Pets:
        """Pets"""
        return _resources.Pets(self)

    @property
    def products(self) -> _resources.Products:
        """Products"""
        return _resources.Products(self)

    @property
    def shapes(self) -> _resources.Shapes:
        """Shapes"""
        return _resources.Shapes(self)

    @property
    def users(self) -> _resources.Users:
        """Users"""
        return _resources.Users(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def catalog(self) -> _resources.CatalogWithRawResponse:
        return _resources.CatalogWithRawResponse(self._client.catalog)

    @property
    def groups(self) -> _resources.GroupsWithRawResponse:
        return _resources.GroupsWithRawResponse(self._client.groups)

    @property
    def labels(self) -> _resources.LabelsWithRawResponse:
        return _resources.LabelsWithRawResponse(self._client.labels)

    @property
    def messages(self) -> _resources.MessagesWithRawResponse:
        return _resources.MessagesWithRawResponse(self._client.messages)

    @property
    def pets(self) -> _resources.PetsWithRawResponse:
        return _resources.PetsWithRawResponse(self._client.pets)

    @property
    def products(self) -> _resources.ProductsWithRawResponse:
        return _resources.ProductsWithRawResponse(self._client.products)

    @property
    def shapes(self) -> _resources.ShapesWithRawResponse:
        return _resources.ShapesWithRawResponse(self._client.shapes)

    @property
    def users(self) -> _resources.UsersWithRawResponse:
        return _resources.UsersWithRawResponse(self._client.users)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def catalog(self) -> _resources.CatalogWithStreamingResponse:
        return _resources.CatalogWithStreamingResponse(self._client.catalog)

    @property
    def groups(self) -> _resources.GroupsWithStreamingResponse:
        return _resources.GroupsWithStreamingResponse(self._client.groups)

    @property
    def labels(self) -> _resources.LabelsWithStreamingResponse:
        return _resources.LabelsWithStreamingResponse(self._client.labels)

    @property
    def messages(self) -> _resources.MessagesWithStreamingResponse:
        return _resources.MessagesWithStreamingResponse(self._client.messages)

    @property
    def pets(self) -> _resources.PetsWithStreamingResponse:
        return _resources.PetsWithStreamingResponse(self._client.pets)

    @property
    def products(self) -> _resources.ProductsWithStreamingResponse:
        return _resources.ProductsWithStreamingResponse(self._client.products)

    @property
    def shapes(self) -> _resources.ShapesWithStreamingResponse:
        return _resources.ShapesWithStreamingResponse(self._client.shapes)

    @property
    def users(self) -> _resources.UsersWithStreamingResponse:
        return _resources.UsersWithStreamingResponse(self._client.users)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the OpenAPI's meaning beside JSON Schema's.

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
    def catalog(self) -> _resources.AsyncCatalog:
        """Catalog"""
        return _resources.AsyncCatalog(self)

    @property
    def groups(self) -> _resources.AsyncGroups:
        """Groups"""
        return _resources.AsyncGroups(self)

    @property
    def labels(self) -> _resources.AsyncLabels:
        """Labels"""
        return _resources.AsyncLabels(self)

    @property
    def messages(self) -> _resources.AsyncMessages:
        """Messages"""
        return _resources.AsyncMessages(self)

    @property
    def pets(self) -> _resources.AsyncPets:
        """Pets"""
        return _resources.AsyncPets(self)

    @property
    def products(self) -> _resources.AsyncProducts:
        """Products"""
        return _resources.AsyncProducts(self)

    @property
    def shapes(self) -> _resources.AsyncShapes:
        """Shapes"""
        return _resources.AsyncShapes(self)

    @property
    def users(self) -> _resources.AsyncUsers:
        """Users"""
        return _resources.AsyncUsers(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def catalog(self) -> _resources.AsyncCatalogWithRawResponse:
        return _resources.AsyncCatalogWithRawResponse(self._client.catalog)

    @property
    def groups(self) -> _resources.AsyncGroupsWithRawResponse:
        return _resources.AsyncGroupsWithRawResponse(self._client.groups)

    @property
    def labels(self) -> _resources.AsyncLabelsWithRawResponse:
        return _resources.AsyncLabelsWithRawResponse(self._client.labels)

    @property
    def messages(self) -> _resources.AsyncMessagesWithRawResponse:
        return _resources.AsyncMessagesWithRawResponse(self._client.messages)

    @property
    def pets(self) -> _resources.AsyncPetsWithRawResponse:
        return _resources.AsyncPetsWithRawResponse(self._client.pets)

    @property
    def products(self) -> _resources.AsyncProductsWithRawResponse:
        return _resources.AsyncProductsWithRawResponse(self._client.products)

    @property
    def shapes(self) -> _resources.AsyncShapesWithRawResponse:
        return _resources.AsyncShapesWithRawResponse(self._client.shapes)

    @property
    def users(self) -> _resources.AsyncUsersWithRawResponse:
        return _resources.AsyncUsersWithRawResponse(self._client.users)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def catalog(self) -> _resources.AsyncCatalogWithStreamingResponse:
        return _resources.AsyncCatalogWithStreamingResponse(self._client.catalog)

    @property
    def groups(self) -> _resources.AsyncGroupsWithStreamingResponse:
        return _resources.AsyncGroupsWithStreamingResponse(self._client.groups)

    @property
    def labels(self) -> _resources.AsyncLabelsWithStreamingResponse:
        return _resources.AsyncLabelsWithStreamingResponse(self._client.labels)

    @property
    def messages(self) -> _resources.AsyncMessagesWithStreamingResponse:
        return _resources.AsyncMessagesWithStreamingResponse(self._client.messages)

    @property
    def pets(self) -> _resources.AsyncPetsWithStreamingResponse:
        return _resources.AsyncPetsWithStreamingResponse(self._client.pets)

    @property
    def products(self) -> _resources.AsyncProductsWithStreamingResponse:
        return _resources.AsyncProductsWithStreamingResponse(self._client.products)

    @property
    def shapes(self) -> _resources.AsyncShapesWithStreamingResponse:
        return _resources.AsyncShapesWithStreamingResponse(self._client.shapes)

    @property
    def users(self) -> _resources.AsyncUsersWithStreamingResponse:
        return _resources.AsyncUsersWithStreamingResponse(self._client.users)
