"""private-registries"""

from __future__ import annotations

from typing import Any, Mapping

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

__all__ = ["PrivateRegistries", "AsyncPrivateRegistries"]


class PrivateRegistries(SyncAPIResource):
    """private-registries"""

    @property
    def with_raw_response(self) -> PrivateRegistriesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PrivateRegistriesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PrivateRegistriesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PrivateRegistriesWithStreamingResponse(self)

    def create(
        self,
        org: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """private-registries/create-org-private-registry"""
        return self._request(
            "POST",
            expand_path("/orgs/{org}/private-registries", {"org": org}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PrivateRegistriesWithRawResponse:
    """The methods of ``PrivateRegistries``, returning the raw response."""

    def __init__(self, resource: PrivateRegistries) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class PrivateRegistriesWithStreamingResponse:
    """The methods of ``PrivateRegistries``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: PrivateRegistries) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncPrivateRegistries(AsyncAPIResource):
    """private-registries"""

    @property
    def with_raw_response(self) -> AsyncPrivateRegistriesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPrivateRegistriesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPrivateRegistriesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPrivateRegistriesWithStreamingResponse(self)

    async def create(
        self,
        org: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """private-registries/create-org-private-registry"""
        return await self._request(
            "POST",
            expand_path("/orgs/{org}/private-registries", {"org": org}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPrivateRegistriesWithRawResponse:
    """The methods of ``AsyncPrivateRegistries``, returning the raw response."""

    def __init__(self, resource: AsyncPrivateRegistries) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncPrivateRegistriesWithStreamingResponse:
    """The methods of ``AsyncPrivateRegistries``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPrivateRegistries) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
