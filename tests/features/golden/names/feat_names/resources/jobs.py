"""Jobs"""

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
from ..models import Required2

__all__ = ["Jobs2", "AsyncJobs2"]


class Jobs2(SyncAPIResource):
    """Jobs"""

    @property
    def with_raw_response(self) -> Jobs2WithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return Jobs2WithRawResponse(self)

    @property
    def with_streaming_response(self) -> Jobs2WithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return Jobs2WithStreamingResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Required2]:
        """listJobs"""
        answer: List[Required2] = self._request(
            "GET",
            "/jobs",
            cast=_models.list_of(Required2._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class Jobs2WithRawResponse:
    """The methods of ``Jobs2``, returning the raw response."""

    def __init__(self, resource: Jobs2) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)


class Jobs2WithStreamingResponse:
    """The methods of ``Jobs2``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Jobs2) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)


class AsyncJobs2(AsyncAPIResource):
    """Jobs"""

    @property
    def with_raw_response(self) -> AsyncJobs2WithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncJobs2WithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncJobs2WithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncJobs2WithStreamingResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Required2]:
        """listJobs"""
        answer: List[Required2] = await self._request(
            "GET",
            "/jobs",
            cast=_models.list_of(Required2._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncJobs2WithRawResponse:
    """The methods of ``AsyncJobs2``, returning the raw response."""

    def __init__(self, resource: AsyncJobs2) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)


class AsyncJobs2WithStreamingResponse:
    """The methods of ``AsyncJobs2``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncJobs2) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
