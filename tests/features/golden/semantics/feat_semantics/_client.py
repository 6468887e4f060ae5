"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from .resources.catalog import (
    AsyncCatalog,
    AsyncCatalogWithRawResponse,
    AsyncCatalogWithStreamingResponse,
    Catalog,
    CatalogWithRawResponse,
    CatalogWithStreamingResponse,
)
from .resources.groups import (
    AsyncGroups,
    AsyncGroupsWithRawResponse,
    AsyncGroupsWithStreamingResponse,
    Groups,
    GroupsWithRawResponse,
    GroupsWithStreamingResponse,
)
from .resources.labels import (
    AsyncLabels,
    AsyncLabelsWithRawResponse,
    AsyncLabelsWithStreamingResponse,
    Labels,
    LabelsWithRawResponse,
    LabelsWithStreamingResponse,
)
from .resources.messages import (
    AsyncMessages,
    AsyncMessagesWithRawResponse,
    AsyncMessagesWithStreamingResponse,
    Messages,
    MessagesWithRawResponse,
    MessagesWithStreamingResponse,
)
from .resources.pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)
from .resources.products import (
    AsyncProducts,
    AsyncProductsWithRawResponse,
    AsyncProductsWithStreamingResponse,
    Products,
    ProductsWithRawResponse,
    ProductsWithStreamingResponse,
)
from .resources.shapes import (
    AsyncShapes,
    AsyncShapesWithRawResponse,
    AsyncShapesWithStreamingResponse,
    Shapes,
    ShapesWithRawResponse,
    ShapesWithStreamingResponse,
)
from .resources.users import (
    AsyncUsers,
    AsyncUsersWithRawResponse,
    AsyncUsersWithStreamingResponse,
    Users,
    UsersWithRawResponse,
    UsersWithStreamingResponse,
)

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
    def catalog(self) -> Catalog:
        """Catalog"""
        return Catalog(self)

    @property
    def groups(self) -> Groups:
        """Groups"""
        return Groups(self)

    @property
    def labels(self) -> Labels:
        """Labels"""
        return Labels(self)

    @property
    def messages(self) -> Messages:
        """Messages"""
        return Messages(self)

    @property
    def pets(self) -> Pets:
        """Pets"""
        return Pets(self)

    @property
    def products(self) -> Products:
        """Products"""
        return Products(self)

    @property
    def shapes(self) -> Shapes:
        """Shapes"""
        return Shapes(self)

    @property
    def users(self) -> Users:
        """Users"""
        return Users(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def catalog(self) -> CatalogWithRawResponse:
        return CatalogWithRawResponse(self._client.catalog)

    @property
    def groups(self) -> GroupsWithRawResponse:
        return GroupsWithRawResponse(self._client.groups)

    @property
    def labels(self) -> LabelsWithRawResponse:
        return LabelsWithRawResponse(self._client.labels)

    @property
    def messages(self) -> MessagesWithRawResponse:
        return MessagesWithRawResponse(self._client.messages)

    @property
    def pets(self) -> PetsWithRawResponse:
        return PetsWithRawResponse(self._client.pets)

    @property
    def products(self) -> ProductsWithRawResponse:
        return ProductsWithRawResponse(self._client.products)

    @property
    def shapes(self) -> ShapesWithRawResponse:
        return ShapesWithRawResponse(self._client.shapes)

    @property
    def users(self) -> UsersWithRawResponse:
        return UsersWithRawResponse(self._client.users)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def catalog(self) -> CatalogWithStreamingResponse:
        return CatalogWithStreamingResponse(self._client.catalog)

    @property
    def groups(self) -> GroupsWithStreamingResponse:
        return GroupsWithStreamingResponse(self._client.groups)

    @property
    def labels(self) -> LabelsWithStreamingResponse:
        return LabelsWithStreamingResponse(self._client.labels)

    @property
    def messages(self) -> MessagesWithStreamingResponse:
        return MessagesWithStreamingResponse(self._client.messages)

    @property
    def pets(self) -> PetsWithStreamingResponse:
        return PetsWithStreamingResponse(self._client.pets)

    @property
    def products(self) -> ProductsWithStreamingResponse:
        return ProductsWithStreamingResponse(self._client.products)

    @property
    def shapes(self) -> ShapesWithStreamingResponse:
        return ShapesWithStreamingResponse(self._client.shapes)

    @property
    def users(self) -> UsersWithStreamingResponse:
        return UsersWithStreamingResponse(self._client.users)


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
    def catalog(self) -> AsyncCatalog:
        """Catalog"""
        return AsyncCatalog(self)

    @property
    def groups(self) -> AsyncGroups:
        """Groups"""
        return AsyncGroups(self)

    @property
    def labels(self) -> AsyncLabels:
        """Labels"""
        return AsyncLabels(self)

    @property
    def messages(self) -> AsyncMessages:
        """Messages"""
        return AsyncMessages(self)

    @property
    def pets(self) -> AsyncPets:
        """Pets"""
        return AsyncPets(self)

    @property
    def products(self) -> AsyncProducts:
        """Products"""
        return AsyncProducts(self)

    @property
    def shapes(self) -> AsyncShapes:
        """Shapes"""
        return AsyncShapes(self)

    @property
    def users(self) -> AsyncUsers:
        """Users"""
        return AsyncUsers(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def catalog(self) -> AsyncCatalogWithRawResponse:
        return AsyncCatalogWithRawResponse(self._client.catalog)

    @property
    def groups(self) -> AsyncGroupsWithRawResponse:
        return AsyncGroupsWithRawResponse(self._client.groups)

    @property
    def labels(self) -> AsyncLabelsWithRawResponse:
        return AsyncLabelsWithRawResponse(self._client.labels)

    @property
    def messages(self) -> AsyncMessagesWithRawResponse:
        return AsyncMessagesWithRawResponse(self._client.messages)

    @property
    def pets(self) -> AsyncPetsWithRawResponse:
        return AsyncPetsWithRawResponse(self._client.pets)

    @property
    def products(self) -> AsyncProductsWithRawResponse:
        return AsyncProductsWithRawResponse(self._client.products)

    @property
    def shapes(self) -> AsyncShapesWithRawResponse:
        return AsyncShapesWithRawResponse(self._client.shapes)

    @property
    def users(self) -> AsyncUsersWithRawResponse:
        return AsyncUsersWithRawResponse(self._client.users)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def catalog(self) -> AsyncCatalogWithStreamingResponse:
        return AsyncCatalogWithStreamingResponse(self._client.catalog)

    @property
    def groups(self) -> AsyncGroupsWithStreamingResponse:
        return AsyncGroupsWithStreamingResponse(self._client.groups)

    @property
    def labels(self) -> AsyncLabelsWithStreamingResponse:
        return AsyncLabelsWithStreamingResponse(self._client.labels)

    @property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        return AsyncMessagesWithStreamingResponse(self._client.messages)

    @property
    def pets(self) -> AsyncPetsWithStreamingResponse:
        return AsyncPetsWithStreamingResponse(self._client.pets)

    @property
    def products(self) -> AsyncProductsWithStreamingResponse:
        return AsyncProductsWithStreamingResponse(self._client.products)

    @property
    def shapes(self) -> AsyncShapesWithStreamingResponse:
        return AsyncShapesWithStreamingResponse(self._client.shapes)

    @property
    def users(self) -> AsyncUsersWithStreamingResponse:
        return AsyncUsersWithStreamingResponse(self._client.users)
