"""Orders"""

from __future__ import annotations

from typing import Any, List, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .. import _models
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Error, MoneyParam, Order

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

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Order]:
        """listOrders"""
        answer: List[Order] = self._request(
            "GET",
            "/orders",
            cast=_models.list_of(Order._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def create(
        self,
        *,
        sku: str,
        quantity: int,
        price: MoneyParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """createOrder"""
        return self._request(
            "POST",
            "/orders",
            json={"sku": sku, "quantity": quantity, "price": price},
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        order_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """getOrder"""
        return self._request(
            "GET",
            expand_path("/orders/{orderId}", {"orderId": order_id}),
            errors={"404": Error._parse},
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class OrdersWithRawResponse:
    """The methods of ``Orders``, returning the raw response."""

    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)


class OrdersWithStreamingResponse:
    """The methods of ``Orders``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Orders) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)


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

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[Order]:
        """listOrders"""
        answer: List[Order] = await self._request(
            "GET",
            "/orders",
            cast=_models.list_of(Order._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def create(
        self,
        *,
        sku: str,
        quantity: int,
        price: MoneyParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """createOrder"""
        return await self._request(
            "POST",
            "/orders",
            json={"sku": sku, "quantity": quantity, "price": price},
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        order_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Order:
        """getOrder"""
        return await self._request(
            "GET",
            expand_path("/orders/{orderId}", {"orderId": order_id}),
            errors={"404": Error._parse},
            cast=Order.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncOrdersWithRawResponse:
    """The methods of ``AsyncOrders``, returning the raw response."""

    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)


class AsyncOrdersWithStreamingResponse:
    """The methods of ``AsyncOrders``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncOrders) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
        self.get = async_to_streamed_response(resource.get)
