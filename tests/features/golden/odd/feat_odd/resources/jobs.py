"""Jobs"""

from __future__ import annotations

from typing import Any, List, Literal, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .. import _models
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Job

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

    def list(
        self,
        *,
        op: Literal["LIST"] = "LIST",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Job]:
        """Azure style, a query written into the path.

        Args:
            op: Fixed by the path.
        """
        answer: List[Job] = self._request(
            "GET",
            "/jobs",
            params={"op": op},
            cast=_models.list_of(Job._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def post_batch(
        self,
        *,
        body: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """A form body that is a list, which no standard encodes."""
        return self._request(
            "POST",
            "/batches",
            text=body,
            content_type="application/x-www-form-urlencoded",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class JobsWithRawResponse:
    """The methods of ``Jobs``, returning the raw response."""

    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.post_batch = to_raw_response(resource.post_batch)


class JobsWithStreamingResponse:
    """The methods of ``Jobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Jobs) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.post_batch = to_streamed_response(resource.post_batch)


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

    async def list(
        self,
        *,
        op: Literal["LIST"] = "LIST",
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Job]:
        """Azure style, a query written into the path.

        Args:
            op: Fixed by the path.
        """
        answer: List[Job] = await self._request(
            "GET",
            "/jobs",
            params={"op": op},
            cast=_models.list_of(Job._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def post_batch(
        self,
        *,
        body: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """A form body that is a list, which no standard encodes."""
        return await self._request(
            "POST",
            "/batches",
            text=body,
            content_type="application/x-www-form-urlencoded",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncJobsWithRawResponse:
    """The methods of ``AsyncJobs``, returning the raw response."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.post_batch = async_to_raw_response(resource.post_batch)


class AsyncJobsWithStreamingResponse:
    """The methods of ``AsyncJobs``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncJobs) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.post_batch = async_to_streamed_response(resource.post_batch)
