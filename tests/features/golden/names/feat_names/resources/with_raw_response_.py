"""with_raw_response"""

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

__all__ = ["WithRawResponse", "AsyncWithRawResponse"]


class WithRawResponse(SyncAPIResource):
    """with_raw_response"""

    @property
    def with_raw_response(self) -> WithRawResponseWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return WithRawResponseWithRawResponse(self)

    @property
    def with_streaming_response(self) -> WithRawResponseWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return WithRawResponseWithStreamingResponse(self)

    def list_raw(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listRaw"""
        return self._request(
            "GET",
            "/raw",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class WithRawResponseWithRawResponse:
    """The methods of ``WithRawResponse``, returning the raw response."""

    def __init__(self, resource: WithRawResponse) -> None:
        self._resource = resource
        self.list_raw = to_raw_response(resource.list_raw)


class WithRawResponseWithStreamingResponse:
    """The methods of ``WithRawResponse``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: WithRawResponse) -> None:
        self._resource = resource
        self.list_raw = to_streamed_response(resource.list_raw)


class AsyncWithRawResponse(AsyncAPIResource):
    """with_raw_response"""

    @property
    def with_raw_response(self) -> AsyncWithRawResponseWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncWithRawResponseWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncWithRawResponseWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncWithRawResponseWithStreamingResponse(self)

    async def list_raw(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """listRaw"""
        return await self._request(
            "GET",
            "/raw",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncWithRawResponseWithRawResponse:
    """The methods of ``AsyncWithRawResponse``, returning the raw response."""

    def __init__(self, resource: AsyncWithRawResponse) -> None:
        self._resource = resource
        self.list_raw = async_to_raw_response(resource.list_raw)


class AsyncWithRawResponseWithStreamingResponse:
    """The methods of ``AsyncWithRawResponse``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncWithRawResponse) -> None:
        self._resource = resource
        self.list_raw = async_to_streamed_response(resource.list_raw)
