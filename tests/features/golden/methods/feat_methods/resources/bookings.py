"""Bookings"""

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
from ..models import Booking, GetBookingsResponse

__all__ = ["Bookings", "AsyncBookings"]


class Bookings(SyncAPIResource):
    """Bookings"""

    @property
    def with_raw_response(self) -> BookingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return BookingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> BookingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return BookingsWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBookingsResponse:
        """get-bookings"""
        return self._request(
            "GET",
            "/bookings",
            params={"limit": limit},
            cast=GetBookingsResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        booking_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Booking:
        """get-booking"""
        return self._request(
            "GET",
            expand_path("/bookings/{bookingId}", {"bookingId": booking_id}),
            cast=Booking.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class BookingsWithRawResponse:
    """The methods of ``Bookings``, returning the raw response."""

    def __init__(self, resource: Bookings) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.get = to_raw_response(resource.get)


class BookingsWithStreamingResponse:
    """The methods of ``Bookings``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Bookings) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.get = to_streamed_response(resource.get)


class AsyncBookings(AsyncAPIResource):
    """Bookings"""

    @property
    def with_raw_response(self) -> AsyncBookingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncBookingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncBookingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncBookingsWithStreamingResponse(self)

    async def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> GetBookingsResponse:
        """get-bookings"""
        return await self._request(
            "GET",
            "/bookings",
            params={"limit": limit},
            cast=GetBookingsResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        booking_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Booking:
        """get-booking"""
        return await self._request(
            "GET",
            expand_path("/bookings/{bookingId}", {"bookingId": booking_id}),
            cast=Booking.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncBookingsWithRawResponse:
    """The methods of ``AsyncBookings``, returning the raw response."""

    def __init__(self, resource: AsyncBookings) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.get = async_to_raw_response(resource.get)


class AsyncBookingsWithStreamingResponse:
    """The methods of ``AsyncBookings``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncBookings) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.get = async_to_streamed_response(resource.get)
