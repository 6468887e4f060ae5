"""Events"""

from __future__ import annotations

from typing import Any, Mapping

from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Item

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

    def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit_: int | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Item]:
        """Pages by a cursor (the operation's x-pagination).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return SyncPager(
            self._client,
            PageRequest(
                "/events",
                params={"cursor": cursor, "limit": limit_},
                items_key="events",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("limit", 50),
                profile="cursor",
                next_path=("next_cursor",),
                cursor_param="cursor",
            ),
            limit,
        )


class EventsWithRawResponse:
    """The methods of ``Events``, returning the raw response."""

    def __init__(self, resource: Events) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)


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

    def list(
        self,
        *,
        cursor: str | NotGiven = NOT_GIVEN,
        limit_: int | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Item]:
        """Pages by a cursor (the operation's x-pagination).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return AsyncPager(
            self._client,
            PageRequest(
                "/events",
                params={"cursor": cursor, "limit": limit_},
                items_key="events",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("limit", 50),
                profile="cursor",
                next_path=("next_cursor",),
                cursor_param="cursor",
            ),
            limit,
        )


class AsyncEventsWithRawResponse:
    """The methods of ``AsyncEvents``, returning the raw response."""

    def __init__(self, resource: AsyncEvents) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)


class AsyncEventsWithStreamingResponse:
    """The methods of ``AsyncEvents``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncEvents) -> None:
        self._resource = resource
