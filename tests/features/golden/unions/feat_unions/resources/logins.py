"""Logins"""

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
from ..models import (
    LogInBodyVariant1Param,
    LogInBodyVariant2Param,
    LogInResponse,
    parse_log_in_response,
)

__all__ = ["Logins", "AsyncLogins"]


class Logins(SyncAPIResource):
    """Logins"""

    @property
    def with_raw_response(self) -> LoginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return LoginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> LoginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return LoginsWithStreamingResponse(self)

    def log_in(
        self,
        *,
        body: LogInBodyVariant1Param | LogInBodyVariant2Param | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogInResponse:
        """logIn"""
        answer: LogInResponse = self._request(
            "POST",
            "/logins",
            form=body,
            cast=parse_log_in_response,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class LoginsWithRawResponse:
    """The methods of ``Logins``, returning the raw response."""

    def __init__(self, resource: Logins) -> None:
        self._resource = resource
        self.log_in = to_raw_response(resource.log_in)


class LoginsWithStreamingResponse:
    """The methods of ``Logins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Logins) -> None:
        self._resource = resource
        self.log_in = to_streamed_response(resource.log_in)


class AsyncLogins(AsyncAPIResource):
    """Logins"""

    @property
    def with_raw_response(self) -> AsyncLoginsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncLoginsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncLoginsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncLoginsWithStreamingResponse(self)

    async def log_in(
        self,
        *,
        body: LogInBodyVariant1Param | LogInBodyVariant2Param | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> LogInResponse:
        """logIn"""
        answer: LogInResponse = await self._request(
            "POST",
            "/logins",
            form=body,
            cast=parse_log_in_response,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncLoginsWithRawResponse:
    """The methods of ``AsyncLogins``, returning the raw response."""

    def __init__(self, resource: AsyncLogins) -> None:
        self._resource = resource
        self.log_in = async_to_raw_response(resource.log_in)


class AsyncLoginsWithStreamingResponse:
    """The methods of ``AsyncLogins``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncLogins) -> None:
        self._resource = resource
        self.log_in = async_to_streamed_response(resource.log_in)
