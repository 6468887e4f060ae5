"""Support"""

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

__all__ = ["Support", "AsyncSupport"]


class Support(SyncAPIResource):
    """Support"""

    @property
    def with_raw_response(self) -> SupportWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return SupportWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SupportWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return SupportWithStreamingResponse(self)

    def get_ip_address(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """get_/ip-address"""
        return self._request(
            "GET",
            "/ip-address",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_support_ip_address(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """get_/support/ip-address"""
        return self._request(
            "GET",
            "/support/ip-address",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class SupportWithRawResponse:
    """The methods of ``Support``, returning the raw response."""

    def __init__(self, resource: Support) -> None:
        self._resource = resource
        self.get_ip_address = to_raw_response(resource.get_ip_address)
        self.get_support_ip_address = to_raw_response(resource.get_support_ip_address)


class SupportWithStreamingResponse:
    """The methods of ``Support``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Support) -> None:
        self._resource = resource
        self.get_ip_address = to_streamed_response(resource.get_ip_address)
        self.get_support_ip_address = to_streamed_response(resource.get_support_ip_address)


class AsyncSupport(AsyncAPIResource):
    """Support"""

    @property
    def with_raw_response(self) -> AsyncSupportWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncSupportWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSupportWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncSupportWithStreamingResponse(self)

    async def get_ip_address(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """get_/ip-address"""
        return await self._request(
            "GET",
            "/ip-address",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_support_ip_address(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """get_/support/ip-address"""
        return await self._request(
            "GET",
            "/support/ip-address",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncSupportWithRawResponse:
    """The methods of ``AsyncSupport``, returning the raw response."""

    def __init__(self, resource: AsyncSupport) -> None:
        self._resource = resource
        self.get_ip_address = async_to_raw_response(resource.get_ip_address)
        self.get_support_ip_address = async_to_raw_response(resource.get_support_ip_address)


class AsyncSupportWithStreamingResponse:
    """The methods of ``AsyncSupport``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncSupport) -> None:
        self._resource = resource
        self.get_ip_address = async_to_streamed_response(resource.get_ip_address)
        self.get_support_ip_address = async_to_streamed_response(resource.get_support_ip_address)
