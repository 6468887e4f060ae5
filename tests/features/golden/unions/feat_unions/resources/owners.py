"""Owners"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Owner

__all__ = ["Owners", "AsyncOwners"]


class Owners(SyncAPIResource):
    """Owners"""

    @property
    def with_raw_response(self) -> OwnersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return OwnersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OwnersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return OwnersWithStreamingResponse(self)

    def get(
        self,
        id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Owner:
        """getOwner"""
        return self._request(
            "GET",
            expand_path("/owners/{id}", {"id": id}),
            cast=Owner.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class OwnersWithRawResponse:
    """The methods of ``Owners``, returning the raw response."""

    def __init__(self, resource: Owners) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class OwnersWithStreamingResponse:
    """The methods of ``Owners``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Owners) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncOwners(AsyncAPIResource):
    """Owners"""

    @property
    def with_raw_response(self) -> AsyncOwnersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncOwnersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOwnersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncOwnersWithStreamingResponse(self)

    async def get(
        self,
        id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Owner:
        """getOwner"""
        return await self._request(
            "GET",
            expand_path("/owners/{id}", {"id": id}),
            cast=Owner.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncOwnersWithRawResponse:
    """The methods of ``AsyncOwners``, returning the raw response."""

    def __init__(self, resource: AsyncOwners) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncOwnersWithStreamingResponse:
    """The methods of ``AsyncOwners``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncOwners) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
