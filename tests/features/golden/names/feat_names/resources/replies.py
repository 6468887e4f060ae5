"""Replies"""

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
from ..models import GetAnswers404Response, GetError404, GetResponse

__all__ = ["Replies", "AsyncReplies"]


class Replies(SyncAPIResource):
    """Replies"""

    @property
    def with_raw_response(self) -> RepliesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return RepliesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> RepliesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return RepliesWithStreamingResponse(self)

    def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetResponse:
        """get"""
        return self._request(
            "GET",
            "/answers",
            errors={"404": GetError404._parse},
            cast=GetResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get_answers_404(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetAnswers404Response:
        """get_answers_404"""
        return self._request(
            "GET",
            "/answers/404",
            cast=GetAnswers404Response.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class RepliesWithRawResponse:
    """The methods of ``Replies``, returning the raw response."""

    def __init__(self, resource: Replies) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.get_answers_404 = to_raw_response(resource.get_answers_404)


class RepliesWithStreamingResponse:
    """The methods of ``Replies``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Replies) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.get_answers_404 = to_streamed_response(resource.get_answers_404)


class AsyncReplies(AsyncAPIResource):
    """Replies"""

    @property
    def with_raw_response(self) -> AsyncRepliesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncRepliesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncRepliesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncRepliesWithStreamingResponse(self)

    async def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetResponse:
        """get"""
        return await self._request(
            "GET",
            "/answers",
            errors={"404": GetError404._parse},
            cast=GetResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get_answers_404(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetAnswers404Response:
        """get_answers_404"""
        return await self._request(
            "GET",
            "/answers/404",
            cast=GetAnswers404Response.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncRepliesWithRawResponse:
    """The methods of ``AsyncReplies``, returning the raw response."""

    def __init__(self, resource: AsyncReplies) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.get_answers_404 = async_to_raw_response(resource.get_answers_404)


class AsyncRepliesWithStreamingResponse:
    """The methods of ``AsyncReplies``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncReplies) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.get_answers_404 = async_to_streamed_response(resource.get_answers_404)
