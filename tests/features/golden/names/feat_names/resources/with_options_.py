"""with_options"""

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

__all__ = ["WithOptions", "AsyncWithOptions"]


class WithOptions(SyncAPIResource):
    """with_options"""

    @property
    def with_raw_response(self) -> WithOptionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return WithOptionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> WithOptionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return WithOptionsWithStreamingResponse(self)

    def list_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listOptions"""
        return self._request(
            "GET",
            "/options",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class WithOptionsWithRawResponse:
    """The methods of ``WithOptions``, returning the raw response."""

    def __init__(self, resource: WithOptions) -> None:
        self._resource = resource
        self.list_options = to_raw_response(resource.list_options)


class WithOptionsWithStreamingResponse:
    """The methods of ``WithOptions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: WithOptions) -> None:
        self._resource = resource
        self.list_options = to_streamed_response(resource.list_options)


class AsyncWithOptions(AsyncAPIResource):
    """with_options"""

    @property
    def with_raw_response(self) -> AsyncWithOptionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncWithOptionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncWithOptionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncWithOptionsWithStreamingResponse(self)

    async def list_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listOptions"""
        return await self._request(
            "GET",
            "/options",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncWithOptionsWithRawResponse:
    """The methods of ``AsyncWithOptions``, returning the raw response."""

    def __init__(self, resource: AsyncWithOptions) -> None:
        self._resource = resource
        self.list_options = async_to_raw_response(resource.list_options)


class AsyncWithOptionsWithStreamingResponse:
    """The methods of ``AsyncWithOptions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncWithOptions) -> None:
        self._resource = resource
        self.list_options = async_to_streamed_response(resource.list_options)
