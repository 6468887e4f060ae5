"""__getattr__"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options

__all__ = ["Getattr", "AsyncGetattr"]


class Getattr(SyncAPIResource):
    """__getattr__"""

    @property
    def with_raw_response(self) -> GetattrWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return GetattrWithRawResponse(self)

    @property
    def with_streaming_response(self) -> GetattrWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return GetattrWithStreamingResponse(self)

    def get_shadow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getShadowGetattr"""
        return self._request(
            "GET",
            "/shadows/getattr",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class GetattrWithRawResponse:
    """The methods of ``Getattr``, returning the raw response."""

    def __init__(self, resource: Getattr) -> None:
        self._resource = resource
        self.get_shadow = to_raw_response(resource.get_shadow)


class GetattrWithStreamingResponse:
    """The methods of ``Getattr``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Getattr) -> None:
        self._resource = resource
        self.get_shadow = to_streamed_response(resource.get_shadow)


class AsyncGetattr(AsyncAPIResource):
    """__getattr__"""

    @property
    def with_raw_response(self) -> AsyncGetattrWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncGetattrWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncGetattrWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncGetattrWithStreamingResponse(self)

    async def get_shadow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getShadowGetattr"""
        return await self._request(
            "GET",
            "/shadows/getattr",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncGetattrWithRawResponse:
    """The methods of ``AsyncGetattr``, returning the raw response."""

    def __init__(self, resource: AsyncGetattr) -> None:
        self._resource = resource
        self.get_shadow = async_to_raw_response(resource.get_shadow)


class AsyncGetattrWithStreamingResponse:
    """The methods of ``AsyncGetattr``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncGetattr) -> None:
        self._resource = resource
        self.get_shadow = async_to_streamed_response(resource.get_shadow)
