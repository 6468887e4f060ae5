"""Expressions"""

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
from ..models import Expression, ExpressionParam, parse_expression

__all__ = ["Expressions", "AsyncExpressions"]


class Expressions(SyncAPIResource):
    """Expressions"""

    @property
    def with_raw_response(self) -> ExpressionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ExpressionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ExpressionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ExpressionsWithStreamingResponse(self)

    def evaluate(
        self,
        *,
        body: ExpressionParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expression:
        """evaluate"""
        answer: Expression = self._request(
            "POST",
            "/expressions",
            json=body,
            cast=parse_expression,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class ExpressionsWithRawResponse:
    """The methods of ``Expressions``, returning the raw response."""

    def __init__(self, resource: Expressions) -> None:
        self._resource = resource
        self.evaluate = to_raw_response(resource.evaluate)


class ExpressionsWithStreamingResponse:
    """The methods of ``Expressions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Expressions) -> None:
        self._resource = resource
        self.evaluate = to_streamed_response(resource.evaluate)


class AsyncExpressions(AsyncAPIResource):
    """Expressions"""

    @property
    def with_raw_response(self) -> AsyncExpressionsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncExpressionsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncExpressionsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncExpressionsWithStreamingResponse(self)

    async def evaluate(
        self,
        *,
        body: ExpressionParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Expression:
        """evaluate"""
        answer: Expression = await self._request(
            "POST",
            "/expressions",
            json=body,
            cast=parse_expression,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncExpressionsWithRawResponse:
    """The methods of ``AsyncExpressions``, returning the raw response."""

    def __init__(self, resource: AsyncExpressions) -> None:
        self._resource = resource
        self.evaluate = async_to_raw_response(resource.evaluate)


class AsyncExpressionsWithStreamingResponse:
    """The methods of ``AsyncExpressions``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncExpressions) -> None:
        self._resource = resource
        self.evaluate = async_to_streamed_response(resource.evaluate)
