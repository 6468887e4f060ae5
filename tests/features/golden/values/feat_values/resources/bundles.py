"""Bundles"""

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
from ..models import Bundle

__all__ = ["Bundles", "AsyncBundles"]


class Bundles(SyncAPIResource):
    """Bundles"""

    @property
    def with_raw_response(self) -> BundlesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return BundlesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BundlesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return BundlesWithStreamingResponse(self)

    def get(
        self,
        name: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bundle:
        """getBundle"""
        return self._request(
            "GET",
            expand_path("/bundles/{name}", {"name": name}),
            cast=Bundle.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class BundlesWithRawResponse:
    """The methods of ``Bundles``, returning the raw response."""

    def __init__(self, resource: Bundles) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class BundlesWithStreamingResponse:
    """The methods of ``Bundles``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Bundles) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncBundles(AsyncAPIResource):
    """Bundles"""

    @property
    def with_raw_response(self) -> AsyncBundlesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncBundlesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncBundlesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncBundlesWithStreamingResponse(self)

    async def get(
        self,
        name: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Bundle:
        """getBundle"""
        return await self._request(
            "GET",
            expand_path("/bundles/{name}", {"name": name}),
            cast=Bundle.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncBundlesWithRawResponse:
    """The methods of ``AsyncBundles``, returning the raw response."""

    def __init__(self, resource: AsyncBundles) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncBundlesWithStreamingResponse:
    """The methods of ``AsyncBundles``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncBundles) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
