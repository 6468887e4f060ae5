"""Products"""

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
from ..models import ListProductsResponse

__all__ = ["Products", "AsyncProducts"]


class Products(SyncAPIResource):
    """Products"""

    @property
    def with_raw_response(self) -> ProductsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ProductsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ProductsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ProductsWithStreamingResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListProductsResponse:
        """Open Banking's envelope: a meta of totals beside one array, which is not
        Twilio's paging; and closed schemas made of allOf parts.
        """
        return self._request(
            "GET",
            "/products",
            cast=ListProductsResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ProductsWithRawResponse:
    """The methods of ``Products``, returning the raw response."""

    def __init__(self, resource: Products) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class ProductsWithStreamingResponse:
    """The methods of ``Products``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Products) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)


class AsyncProducts(AsyncAPIResource):
    """Products"""

    @property
    def with_raw_response(self) -> AsyncProductsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncProductsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncProductsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncProductsWithStreamingResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> ListProductsResponse:
        """Open Banking's envelope: a meta of totals beside one array, which is not
        Twilio's paging; and closed schemas made of allOf parts.
        """
        return await self._request(
            "GET",
            "/products",
            cast=ListProductsResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncProductsWithRawResponse:
    """The methods of ``AsyncProducts``, returning the raw response."""

    def __init__(self, resource: AsyncProducts) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)


class AsyncProductsWithStreamingResponse:
    """The methods of ``AsyncProducts``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncProducts) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
