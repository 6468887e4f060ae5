"""globals"""

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

__all__ = ["Globals", "AsyncGlobals"]


class Globals(SyncAPIResource):
    """globals"""

    @property
    def with_raw_response(self) -> GlobalsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return GlobalsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> GlobalsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return GlobalsWithStreamingResponse(self)

    def get_shadow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getShadowGlobals"""
        return self._request(
            "GET",
            "/shadows/globals",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class GlobalsWithRawResponse:
    """The methods of ``Globals``, returning the raw response."""

    def __init__(self, resource: Globals) -> None:
        self._resource = resource
        self.get_shadow = to_raw_response(resource.get_shadow)


class GlobalsWithStreamingResponse:
    """The methods of ``Globals``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Globals) -> None:
        self._resource = resource
        self.get_shadow = to_streamed_response(resource.get_shadow)


class AsyncGlobals(AsyncAPIResource):
    """globals"""

    @property
    def with_raw_response(self) -> AsyncGlobalsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncGlobalsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncGlobalsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncGlobalsWithStreamingResponse(self)

    async def get_shadow(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """getShadowGlobals"""
        return await self._request(
            "GET",
            "/shadows/globals",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncGlobalsWithRawResponse:
    """The methods of ``AsyncGlobals``, returning the raw response."""

    def __init__(self, resource: AsyncGlobals) -> None:
        self._resource = resource
        self.get_shadow = async_to_raw_response(resource.get_shadow)


class AsyncGlobalsWithStreamingResponse:
    """The methods of ``AsyncGlobals``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncGlobals) -> None:
        self._resource = resource
        self.get_shadow = async_to_streamed_response(resource.get_shadow)
