"""Async Jobs"""

from __future__ import annotations

from typing import Any, List, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .. import _models
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Client2

__all__ = ["AsyncJobs", "AsyncAsyncJobs"]


class AsyncJobs(SyncAPIResource):
    """Async Jobs"""

    @property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncJobsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncJobsWithStreamingResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Client2]:
        """listAsyncJobs"""
        answer: List[Client2] = self._request(
            "GET",
            "/async-jobs",
            cast=_models.list_of(Client2._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncJobsWithRawResponse:
    """The methods of ``AsyncJobs``, returning the raw response."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class AsyncJobsWithStreamingResponse:
    """The methods of ``AsyncJobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)


class AsyncAsyncJobs(AsyncAPIResource):
    """Async Jobs"""

    @property
    def with_raw_response(self) -> AsyncAsyncJobsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncAsyncJobsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAsyncJobsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncAsyncJobsWithStreamingResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Client2]:
        """listAsyncJobs"""
        answer: List[Client2] = await self._request(
            "GET",
            "/async-jobs",
            cast=_models.list_of(Client2._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncAsyncJobsWithRawResponse:
    """The methods of ``AsyncAsyncJobs``, returning the raw response."""

    def __init__(self, resource: AsyncAsyncJobs) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)


class AsyncAsyncJobsWithStreamingResponse:
    """The methods of ``AsyncAsyncJobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncAsyncJobs) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
