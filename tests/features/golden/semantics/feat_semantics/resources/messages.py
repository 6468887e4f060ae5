"""Messages"""

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
from ..models import Message

__all__ = ["Messages", "AsyncMessages"]


class Messages(SyncAPIResource):
    """Messages"""

    @property
    def with_raw_response(self) -> MessagesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return MessagesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> MessagesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return MessagesWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """getMessage"""
        return self._request(
            "GET",
            expand_path("/messages/{id}", {"id": id}),
            cast=Message.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class MessagesWithRawResponse:
    """The methods of ``Messages``, returning the raw response."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class MessagesWithStreamingResponse:
    """The methods of ``Messages``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Messages) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncMessages(AsyncAPIResource):
    """Messages"""

    @property
    def with_raw_response(self) -> AsyncMessagesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncMessagesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncMessagesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncMessagesWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Message:
        """getMessage"""
        return await self._request(
            "GET",
            expand_path("/messages/{id}", {"id": id}),
            cast=Message.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncMessagesWithRawResponse:
    """The methods of ``AsyncMessages``, returning the raw response."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncMessagesWithStreamingResponse:
    """The methods of ``AsyncMessages``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncMessages) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
