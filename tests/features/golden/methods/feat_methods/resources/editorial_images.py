"""Editorial images"""

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

__all__ = ["EditorialImages", "AsyncEditorialImages"]


class EditorialImages(SyncAPIResource):
    """Editorial images"""

    @property
    def with_raw_response(self) -> EditorialImagesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return EditorialImagesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> EditorialImagesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return EditorialImagesWithStreamingResponse(self)

    def search_editorial(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """searchEditorial"""
        return self._request(
            "GET",
            "/editorial/search",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """searchEditorialImages"""
        return self._request(
            "GET",
            "/editorial/images/search",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class EditorialImagesWithRawResponse:
    """The methods of ``EditorialImages``, returning the raw response."""

    def __init__(self, resource: EditorialImages) -> None:
        self._resource = resource
        self.search_editorial = to_raw_response(resource.search_editorial)
        self.search = to_raw_response(resource.search)


class EditorialImagesWithStreamingResponse:
    """The methods of ``EditorialImages``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: EditorialImages) -> None:
        self._resource = resource
        self.search_editorial = to_streamed_response(resource.search_editorial)
        self.search = to_streamed_response(resource.search)


class AsyncEditorialImages(AsyncAPIResource):
    """Editorial images"""

    @property
    def with_raw_response(self) -> AsyncEditorialImagesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncEditorialImagesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncEditorialImagesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncEditorialImagesWithStreamingResponse(self)

    async def search_editorial(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """searchEditorial"""
        return await self._request(
            "GET",
            "/editorial/search",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def search(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """searchEditorialImages"""
        return await self._request(
            "GET",
            "/editorial/images/search",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncEditorialImagesWithRawResponse:
    """The methods of ``AsyncEditorialImages``, returning the raw response."""

    def __init__(self, resource: AsyncEditorialImages) -> None:
        self._resource = resource
        self.search_editorial = async_to_raw_response(resource.search_editorial)
        self.search = async_to_raw_response(resource.search)


class AsyncEditorialImagesWithStreamingResponse:
    """The methods of ``AsyncEditorialImages``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncEditorialImages) -> None:
        self._resource = resource
        self.search_editorial = async_to_streamed_response(resource.search_editorial)
        self.search = async_to_streamed_response(resource.search)
