"""Payments"""

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
from ..models import Payment

__all__ = ["Payments", "AsyncPayments"]


class Payments(SyncAPIResource):
    """Payments"""

    @property
    def with_raw_response(self) -> PaymentsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PaymentsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PaymentsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PaymentsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payment:
        """getPayment"""
        return self._request(
            "GET",
            expand_path("/payments/{id}", {"id": id}),
            cast=Payment.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class PaymentsWithRawResponse:
    """The methods of ``Payments``, returning the raw response."""

    def __init__(self, resource: Payments) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class PaymentsWithStreamingResponse:
    """The methods of ``Payments``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Payments) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncPayments(AsyncAPIResource):
    """Payments"""

    @property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPaymentsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPaymentsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPaymentsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Payment:
        """getPayment"""
        return await self._request(
            "GET",
            expand_path("/payments/{id}", {"id": id}),
            cast=Payment.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncPaymentsWithRawResponse:
    """The methods of ``AsyncPayments``, returning the raw response."""

    def __init__(self, resource: AsyncPayments) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncPaymentsWithStreamingResponse:
    """The methods of ``AsyncPayments``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPayments) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
