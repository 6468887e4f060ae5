"""with_streaming_response"""

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

__all__ = ["WithStreamingResponse", "AsyncWithStreamingResponse"]


class WithStreamingResponse(SyncAPIResource):
    """with_streaming_response"""

    @property
    def with_raw_response(self) -> WithStreamingResponseWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return WithStreamingResponseWithRawResponse(self)

    @property
    def with_streaming_response(self) -> WithStreamingResponseWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return WithStreamingResponseWithStreamingResponse(self)

    def list_streaming(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listStreaming"""
        return self._request(
            "GET",
            "/streaming",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class WithStreamingResponseWithRawResponse:
    """The methods of ``WithStreamingResponse``, returning the raw response."""

    def __init__(self, resource: WithStreamingResponse) -> None:
        self._resource = resource
        self.list_streaming = to_raw_response(resource.list_streaming)


class WithStreamingResponseWithStreamingResponse:
    """The methods of ``WithStreamingResponse``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: WithStreamingResponse) -> None:
        self._resource = resource
        self.list_streaming = to_streamed_response(resource.list_streaming)


class AsyncWithStreamingResponse(AsyncAPIResource):
    """with_streaming_response"""

    @property
    def with_raw_response(self) -> AsyncWithStreamingResponseWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncWithStreamingResponseWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncWithStreamingResponseWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncWithStreamingResponseWithStreamingResponse(self)

    async def list_streaming(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listStreaming"""
        return await self._request(
            "GET",
            "/streaming",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncWithStreamingResponseWithRawResponse:
    """The methods of ``AsyncWithStreamingResponse``, returning the raw response."""

    def __init__(self, resource: AsyncWithStreamingResponse) -> None:
        self._resource = resource
        self.list_streaming = async_to_raw_response(resource.list_streaming)


class AsyncWithStreamingResponseWithStreamingResponse:
    """The methods of ``AsyncWithStreamingResponse``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncWithStreamingResponse) -> None:
        self._resource = resource
        self.list_streaming = async_to_streamed_response(resource.list_streaming)
