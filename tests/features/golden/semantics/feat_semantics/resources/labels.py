"""Labels"""

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
from ..models import GetLabelResponse

__all__ = ["Labels", "AsyncLabels"]


class Labels(SyncAPIResource):
    """Labels"""

    @property
    def with_raw_response(self) -> LabelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return LabelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> LabelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return LabelsWithStreamingResponse(self)

    def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetLabelResponse:
        """getLabel"""
        return self._request(
            "GET",
            "/labels",
            cast=GetLabelResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class LabelsWithRawResponse:
    """The methods of ``Labels``, returning the raw response."""

    def __init__(self, resource: Labels) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class LabelsWithStreamingResponse:
    """The methods of ``Labels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Labels) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncLabels(AsyncAPIResource):
    """Labels"""

    @property
    def with_raw_response(self) -> AsyncLabelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncLabelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncLabelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncLabelsWithStreamingResponse(self)

    async def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetLabelResponse:
        """getLabel"""
        return await self._request(
            "GET",
            "/labels",
            cast=GetLabelResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncLabelsWithRawResponse:
    """The methods of ``AsyncLabels``, returning the raw response."""

    def __init__(self, resource: AsyncLabels) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncLabelsWithStreamingResponse:
    """The methods of ``AsyncLabels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncLabels) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
