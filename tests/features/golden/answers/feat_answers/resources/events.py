"""Events"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import async_to_raw_response, json_body, to_raw_response
from .._resource import AsyncAPIResource, SyncAPIResource
from .._streaming import AsyncStream, ServerSentEvent, Stream
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options

__all__ = ["Events", "AsyncEvents"]


class Events(SyncAPIResource):
    """Events"""

    @property
    def with_raw_response(self) -> EventsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return EventsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> EventsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return EventsWithStreamingResponse(self)

    def watch(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Stream[ServerSentEvent]:
        """watchEvents"""
        return self._request(
            "GET",
            "/events",
            answer="events",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class EventsWithRawResponse:
    """The methods of ``Events``, returning the raw response."""

    def __init__(self, resource: Events) -> None:
        self._resource = resource
        self.watch = to_raw_response(resource.watch)


class EventsWithStreamingResponse:
    """The methods of ``Events``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Events) -> None:
        self._resource = resource


class AsyncEvents(AsyncAPIResource):
    """Events"""

    @property
    def with_raw_response(self) -> AsyncEventsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncEventsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncEventsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncEventsWithStreamingResponse(self)

    async def watch(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncStream[ServerSentEvent]:
        """watchEvents"""
        return await self._request(
            "GET",
            "/events",
            answer="events",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncEventsWithRawResponse:
    """The methods of ``AsyncEvents``, returning the raw response."""

    def __init__(self, resource: AsyncEvents) -> None:
        self._resource = resource
        self.watch = async_to_raw_response(resource.watch)


class AsyncEventsWithStreamingResponse:
    """The methods of ``AsyncEvents``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncEvents) -> None:
        self._resource = resource
