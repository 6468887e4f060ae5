"""Things"""

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
from ..models import Any2, CreateFooBarBodyBazParam, CreateFooBodyBarBazParam, Model2

__all__ = ["Things", "AsyncThings"]


class Things(SyncAPIResource):
    """Things"""

    @property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ThingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ThingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ThingsWithStreamingResponse(self)

    def create_foo(
        self,
        *,
        bar_baz: CreateFooBodyBarBazParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any2:
        """createFoo"""
        return self._request(
            "POST",
            "/foo",
            json={"barBaz": bar_baz},
            cast=Any2.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def create_foo_bar(
        self,
        *,
        baz: CreateFooBarBodyBazParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Model2:
        """createFooBar"""
        return self._request(
            "POST",
            "/foo-bar",
            json={"baz": baz},
            cast=Model2.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ThingsWithRawResponse:
    """The methods of ``Things``, returning the raw response."""

    def __init__(self, resource: Things) -> None:
        self._resource = resource
        self.create_foo = to_raw_response(resource.create_foo)
        self.create_foo_bar = to_raw_response(resource.create_foo_bar)


class ThingsWithStreamingResponse:
    """The methods of ``Things``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Things) -> None:
        self._resource = resource
        self.create_foo = to_streamed_response(resource.create_foo)
        self.create_foo_bar = to_streamed_response(resource.create_foo_bar)


class AsyncThings(AsyncAPIResource):
    """Things"""

    @property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncThingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncThingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncThingsWithStreamingResponse(self)

    async def create_foo(
        self,
        *,
        bar_baz: CreateFooBodyBarBazParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any2:
        """createFoo"""
        return await self._request(
            "POST",
            "/foo",
            json={"barBaz": bar_baz},
            cast=Any2.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def create_foo_bar(
        self,
        *,
        baz: CreateFooBarBodyBazParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Model2:
        """createFooBar"""
        return await self._request(
            "POST",
            "/foo-bar",
            json={"baz": baz},
            cast=Model2.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncThingsWithRawResponse:
    """The methods of ``AsyncThings``, returning the raw response."""

    def __init__(self, resource: AsyncThings) -> None:
        self._resource = resource
        self.create_foo = async_to_raw_response(resource.create_foo)
        self.create_foo_bar = async_to_raw_response(resource.create_foo_bar)


class AsyncThingsWithStreamingResponse:
    """The methods of ``AsyncThings``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncThings) -> None:
        self._resource = resource
        self.create_foo = async_to_streamed_response(resource.create_foo)
        self.create_foo_bar = async_to_streamed_response(resource.create_foo_bar)
