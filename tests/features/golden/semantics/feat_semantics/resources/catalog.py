"""Catalog"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Level1

__all__ = ["Catalog", "AsyncCatalog"]


class Catalog(SyncAPIResource):
    """Catalog"""

    @property
    def with_raw_response(self) -> CatalogWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return CatalogWithRawResponse(self)

    @property
    def with_streaming_response(self) -> CatalogWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return CatalogWithStreamingResponse(self)

    def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Level1:
        """Open Banking's products, nested twenty levels deep, every level required."""
        return self._request(
            "GET",
            "/catalog",
            cast=Level1.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class CatalogWithRawResponse:
    """The methods of ``Catalog``, returning the raw response."""

    def __init__(self, resource: Catalog) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class CatalogWithStreamingResponse:
    """The methods of ``Catalog``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Catalog) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncCatalog(AsyncAPIResource):
    """Catalog"""

    @property
    def with_raw_response(self) -> AsyncCatalogWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncCatalogWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncCatalogWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncCatalogWithStreamingResponse(self)

    async def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Level1:
        """Open Banking's products, nested twenty levels deep, every level required."""
        return await self._request(
            "GET",
            "/catalog",
            cast=Level1.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncCatalogWithRawResponse:
    """The methods of ``AsyncCatalog``, returning the raw response."""

    def __init__(self, resource: AsyncCatalog) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncCatalogWithStreamingResponse:
    """The methods of ``AsyncCatalog``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncCatalog) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
