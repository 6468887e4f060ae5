"""Subscriptions"""

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
from ..models import SubscribeResponse

__all__ = ["Subscriptions", "AsyncSubscriptions"]


class Subscriptions(SyncAPIResource):
    """Subscriptions"""

    @property
    def with_raw_response(self) -> SubscriptionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return SubscriptionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> SubscriptionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return SubscriptionsWithStreamingResponse(self)

    def subscribe(
        self,
        *,
        callback_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscribeResponse:
        """subscribe"""
        return self._request(
            "POST",
            "/subscriptions",
            json={"callbackUrl": callback_url},
            cast=SubscribeResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class SubscriptionsWithRawResponse:
    """The methods of ``Subscriptions``, returning the raw response."""

    def __init__(self, resource: Subscriptions) -> None:
        self._resource = resource
        self.subscribe = to_raw_response(resource.subscribe)


class SubscriptionsWithStreamingResponse:
    """The methods of ``Subscriptions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Subscriptions) -> None:
        self._resource = resource
        self.subscribe = to_streamed_response(resource.subscribe)


class AsyncSubscriptions(AsyncAPIResource):
    """Subscriptions"""

    @property
    def with_raw_response(self) -> AsyncSubscriptionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncSubscriptionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncSubscriptionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncSubscriptionsWithStreamingResponse(self)

    async def subscribe(
        self,
        *,
        callback_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SubscribeResponse:
        """subscribe"""
        return await self._request(
            "POST",
            "/subscriptions",
            json={"callbackUrl": callback_url},
            cast=SubscribeResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncSubscriptionsWithRawResponse:
    """The methods of ``AsyncSubscriptions``, returning the raw response."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self._resource = resource
        self.subscribe = async_to_raw_response(resource.subscribe)


class AsyncSubscriptionsWithStreamingResponse:
    """The methods of ``AsyncSubscriptions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self._resource = resource
        self.subscribe = async_to_streamed_response(resource.subscribe)
