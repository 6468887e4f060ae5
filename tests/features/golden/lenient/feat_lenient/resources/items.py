"""items"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import GetItemResponse

__all__ = ["Items", "AsyncItems"]


class Items(SyncAPIResource):
    """items"""

    @property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ItemsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ItemsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetItemResponse:
        """getItem"""
        return self._request(
            "GET",
            expand_path("/items/{id}", {"id": id}),
            cast=GetItemResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def copy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """copyItem"""
        return self._request(
            "POST",
            expand_path("/items/{id}/copy", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ItemsWithRawResponse:
    """The methods of ``Items``, returning the raw response."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.copy = to_raw_response(resource.copy)


class ItemsWithStreamingResponse:
    """The methods of ``Items``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.copy = to_streamed_response(resource.copy)


class AsyncItems(AsyncAPIResource):
    """items"""

    @property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncItemsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncItemsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetItemResponse:
        """getItem"""
        return await self._request(
            "GET",
            expand_path("/items/{id}", {"id": id}),
            cast=GetItemResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def copy(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """copyItem"""
        return await self._request(
            "POST",
            expand_path("/items/{id}/copy", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncItemsWithRawResponse:
    """The methods of ``AsyncItems``, returning the raw response."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.copy = async_to_raw_response(resource.copy)


class AsyncItemsWithStreamingResponse:
    """The methods of ``AsyncItems``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.copy = async_to_streamed_response(resource.copy)
