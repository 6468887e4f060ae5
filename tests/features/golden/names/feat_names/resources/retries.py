"""Retries"""

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
from ..models import CreateRetryResponse

__all__ = ["Retries", "AsyncRetries"]


class Retries(SyncAPIResource):
    """Retries"""

    @property
    def with_raw_response(self) -> RetriesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return RetriesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RetriesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return RetriesWithStreamingResponse(self)

    def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRetryResponse:
        """createRetry"""
        return self._request(
            "POST",
            "/retries",
            cast=CreateRetryResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class RetriesWithRawResponse:
    """The methods of ``Retries``, returning the raw response."""

    def __init__(self, resource: Retries) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class RetriesWithStreamingResponse:
    """The methods of ``Retries``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Retries) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncRetries(AsyncAPIResource):
    """Retries"""

    @property
    def with_raw_response(self) -> AsyncRetriesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncRetriesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRetriesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncRetriesWithStreamingResponse(self)

    async def create(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateRetryResponse:
        """createRetry"""
        return await self._request(
            "POST",
            "/retries",
            cast=CreateRetryResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncRetriesWithRawResponse:
    """The methods of ``AsyncRetries``, returning the raw response."""

    def __init__(self, resource: AsyncRetries) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncRetriesWithStreamingResponse:
    """The methods of ``AsyncRetries``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncRetries) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
