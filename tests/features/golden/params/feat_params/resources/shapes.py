"""Shapes"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import PutShapeShapeParam, PutShapeShapePrefParam, PutShapeXShapeParam

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

    def put(
        self,
        shape: PutShapeShapeParam,
        *,
        x_shape: PutShapeXShapeParam | NotGiven = NOT_GIVEN,
        shape_pref: PutShapeShapePrefParam | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Objects in a path, a header and a cookie (simple and form styles), and a
        multipart body of text fields only.
        """
        return self._request(
            "PUT",
            expand_path("/shapes/{shape}", {"shape": shape}),
            headers={"X-Shape": x_shape},
            cookies={"shape_pref": shape_pref},
            multipart={"label": label, "tags": tags},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ShapesWithRawResponse:
    """The methods of ``Shapes``, returning the raw response."""

    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.put = to_raw_response(resource.put)


class ShapesWithStreamingResponse:
    """The methods of ``Shapes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Shapes) -> None:
        self._resource = resource
        self.put = to_streamed_response(resource.put)


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

    async def put(
        self,
        shape: PutShapeShapeParam,
        *,
        x_shape: PutShapeXShapeParam | NotGiven = NOT_GIVEN,
        shape_pref: PutShapeShapePrefParam | NotGiven = NOT_GIVEN,
        label: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Objects in a path, a header and a cookie (simple and form styles), and a
        multipart body of text fields only.
        """
        return await self._request(
            "PUT",
            expand_path("/shapes/{shape}", {"shape": shape}),
            headers={"X-Shape": x_shape},
            cookies={"shape_pref": shape_pref},
            multipart={"label": label, "tags": tags},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncShapesWithRawResponse:
    """The methods of ``AsyncShapes``, returning the raw response."""

    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.put = async_to_raw_response(resource.put)


class AsyncShapesWithStreamingResponse:
    """The methods of ``AsyncShapes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncShapes) -> None:
        self._resource = resource
        self.put = async_to_streamed_response(resource.put)
