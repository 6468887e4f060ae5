"""Jobs"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    json_body,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Problem, Result, Ticket

__all__ = ["Jobs", "AsyncJobs"]


class Jobs(SyncAPIResource):
    """Jobs"""

    @property
    def with_raw_response(self) -> JobsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return JobsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> JobsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return JobsWithStreamingResponse(self)

    def start(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Result | Ticket | None:
        """startJob"""
        answer: Result | Ticket | None = self._request(
            "POST",
            "/jobs",
            casts={"200": Result._parse, "202": Ticket._parse, "204": no_content},
            errors={"default": Problem._parse},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class JobsWithRawResponse:
    """The methods of ``Jobs``, returning the raw response."""

    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.start = to_raw_response(resource.start)


class JobsWithStreamingResponse:
    """The methods of ``Jobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.start = to_streamed_response(resource.start)


class AsyncJobs(AsyncAPIResource):
    """Jobs"""

    @property
    def with_raw_response(self) -> AsyncJobsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncJobsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncJobsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncJobsWithStreamingResponse(self)

    async def start(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Result | Ticket | None:
        """startJob"""
        answer: Result | Ticket | None = await self._request(
            "POST",
            "/jobs",
            casts={"200": Result._parse, "202": Ticket._parse, "204": no_content},
            errors={"default": Problem._parse},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncJobsWithRawResponse:
    """The methods of ``AsyncJobs``, returning the raw response."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.start = async_to_raw_response(resource.start)


class AsyncJobsWithStreamingResponse:
    """The methods of ``AsyncJobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.start = async_to_streamed_response(resource.start)
