"""Orders"""

from __future__ import annotations

import datetime
from typing import Any, Literal, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Order

__all__ = ["Orders", "AsyncOrders"]


class Orders(SyncAPIResource):
    """Orders"""

    @property
    def with_raw_response(self) -> OrdersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return OrdersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> OrdersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return OrdersWithStreamingResponse(self)

    def create(
        self,
        *,
        order_id: str,
        tag: str,
        x_amz_target: Literal["Shop.CreateOrder"] = "Shop.CreateOrder",
        placed: datetime.datetime | str | NotGiven = NOT_GIVEN,
        side: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        notes: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """AWS style, told apart by a header of one value and a fragment never sent."""
        return self._request(
            "POST",
            "/",
            headers={"X-Amz-Target": x_amz_target},
            json={
                "OrderId": order_id,
                "Tag": tag,
                "Placed": placed,
                "Side": side,
                "Name": name,
                "Code": code,
                "Path": path,
                "Notes": notes,
            },
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class OrdersWithRawResponse:
    """The methods of ``Orders``, returning the raw response."""

    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class OrdersWithStreamingResponse:
    """The methods of ``Orders``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncOrders(AsyncAPIResource):
    """Orders"""

    @property
    def with_raw_response(self) -> AsyncOrdersWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncOrdersWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncOrdersWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncOrdersWithStreamingResponse(self)

    async def create(
        self,
        *,
        order_id: str,
        tag: str,
        x_amz_target: Literal["Shop.CreateOrder"] = "Shop.CreateOrder",
        placed: datetime.datetime | str | NotGiven = NOT_GIVEN,
        side: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        code: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN,
        notes: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """AWS style, told apart by a header of one value and a fragment never sent."""
        return await self._request(
            "POST",
            "/",
            headers={"X-Amz-Target": x_amz_target},
            json={
                "OrderId": order_id,
                "Tag": tag,
                "Placed": placed,
                "Side": side,
                "Name": name,
                "Code": code,
                "Path": path,
                "Notes": notes,
            },
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncOrdersWithRawResponse:
    """The methods of ``AsyncOrders``, returning the raw response."""

    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncOrdersWithStreamingResponse:
    """The methods of ``AsyncOrders``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
