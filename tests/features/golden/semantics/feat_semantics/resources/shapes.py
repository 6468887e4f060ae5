"""Shapes"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import GetShapeResponse, parse_get_shape_response

__all__ = ["Shapes", "AsyncShapes"]


class Shapes(SyncAPIResource):
    """Shapes"""

    @property
    def with_raw_response(self) -> ShapesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ShapesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ShapesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ShapesWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetShapeResponse:
        """getShape"""
        answer: GetShapeResponse = self._request(
            "GET",
            expand_path("/shapes/{id}", {"id": id}),
            cast=parse_get_shape_response,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class ShapesWithRawResponse:
    """The methods of ``Shapes``, returning the raw response."""

    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class ShapesWithStreamingResponse:
    """The methods of ``Shapes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncShapes(AsyncAPIResource):
    """Shapes"""

    @property
    def with_raw_response(self) -> AsyncShapesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncShapesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncShapesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncShapesWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetShapeResponse:
        """getShape"""
        answer: GetShapeResponse = await self._request(
            "GET",
            expand_path("/shapes/{id}", {"id": id}),
            cast=parse_get_shape_response,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncShapesWithRawResponse:
    """The methods of ``AsyncShapes``, returning the raw response."""

    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncShapesWithStreamingResponse:
    """The methods of ``AsyncShapes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
