"""default"""

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
from ..models import Booking

__all__ = ["Default", "AsyncDefault"]


class Default(SyncAPIResource):
    """default"""

    @property
    def with_raw_response(self) -> DefaultWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return DefaultWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DefaultWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return DefaultWithStreamingResponse(self)

    def get_root(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Booking:
        """getRoot"""
        return self._request(
            "GET",
            "/",
            cast=Booking.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class DefaultWithRawResponse:
    """The methods of ``Default``, returning the raw response."""

    def __init__(self, resource: Default) -> None:
        self._resource = resource
        self.get_root = to_raw_response(resource.get_root)


class DefaultWithStreamingResponse:
    """The methods of ``Default``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Default) -> None:
        self._resource = resource
        self.get_root = to_streamed_response(resource.get_root)


class AsyncDefault(AsyncAPIResource):
    """default"""

    @property
    def with_raw_response(self) -> AsyncDefaultWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncDefaultWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDefaultWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncDefaultWithStreamingResponse(self)

    async def get_root(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Booking:
        """getRoot"""
        return await self._request(
            "GET",
            "/",
            cast=Booking.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncDefaultWithRawResponse:
    """The methods of ``AsyncDefault``, returning the raw response."""

    def __init__(self, resource: AsyncDefault) -> None:
        self._resource = resource
        self.get_root = async_to_raw_response(resource.get_root)


class AsyncDefaultWithStreamingResponse:
    """The methods of ``AsyncDefault``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncDefault) -> None:
        self._resource = resource
        self.get_root = async_to_streamed_response(resource.get_root)
