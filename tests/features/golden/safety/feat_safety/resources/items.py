"""Items"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Item

__all__ = ["Items", "AsyncItems"]


class Items(SyncAPIResource):
    """Items"""

    @property
    def with_raw_response(self) -> ItemsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ItemsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ItemsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ItemsWithStreamingResponse(self)

    def list(
        self,
        *,
        prefs: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Item]:
        """listItems

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return SyncPager(
            self._client,
            PageRequest(
                "/items",
                cookies={"prefs": prefs},
                items_key="data",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                profile="next-link",
                next_path=("next",),
            ),
            limit,
        )

    def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """Carries an idempotency key, so a failed try is sent again with the same key.

        Args:
            idempotency_key: Left out, the client makes a fresh key; every retry of
                this call sends the same one, so the API applies the call at most
                once.
        """
        return self._request(
            "POST",
            "/items",
            headers={"Idempotency-Key": idempotency_key},
            json={"name": name},
            idempotency_header="Idempotency-Key",
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """getItem"""
        return self._request(
            "GET",
            expand_path("/items/{id}", {"id": id}),
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def replace(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """replaceItem

        Safe to repeat (the spec says so): retried after a failure like a read.
        """
        return self._request(
            "PUT",
            expand_path("/items/{id}", {"id": id}),
            json={"name": name},
            idempotent=True,
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """deleteItem"""
        return self._request(
            "DELETE",
            expand_path("/items/{id}", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ItemsWithRawResponse:
    """The methods of ``Items``, returning the raw response."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)
        self.create = to_raw_response(resource.create)
        self.get = to_raw_response(resource.get)
        self.replace = to_raw_response(resource.replace)
        self.delete = to_raw_response(resource.delete)


class ItemsWithStreamingResponse:
    """The methods of ``Items``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)
        self.get = to_streamed_response(resource.get)
        self.replace = to_streamed_response(resource.replace)
        self.delete = to_streamed_response(resource.delete)


class AsyncItems(AsyncAPIResource):
    """Items"""

    @property
    def with_raw_response(self) -> AsyncItemsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncItemsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncItemsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncItemsWithStreamingResponse(self)

    def list(
        self,
        *,
        prefs: str | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Item]:
        """listItems

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return AsyncPager(
            self._client,
            PageRequest(
                "/items",
                cookies={"prefs": prefs},
                items_key="data",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                profile="next-link",
                next_path=("next",),
            ),
            limit,
        )

    async def create(
        self,
        *,
        name: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """Carries an idempotency key, so a failed try is sent again with the same key.

        Args:
            idempotency_key: Left out, the client makes a fresh key; every retry of
                this call sends the same one, so the API applies the call at most
                once.
        """
        return await self._request(
            "POST",
            "/items",
            headers={"Idempotency-Key": idempotency_key},
            json={"name": name},
            idempotency_header="Idempotency-Key",
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """getItem"""
        return await self._request(
            "GET",
            expand_path("/items/{id}", {"id": id}),
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def replace(
        self,
        id: str,
        *,
        name: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Item:
        """replaceItem

        Safe to repeat (the spec says so): retried after a failure like a read.
        """
        return await self._request(
            "PUT",
            expand_path("/items/{id}", {"id": id}),
            json={"name": name},
            idempotent=True,
            cast=Item.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """deleteItem"""
        return await self._request(
            "DELETE",
            expand_path("/items/{id}", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncItemsWithRawResponse:
    """The methods of ``AsyncItems``, returning the raw response."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)
        self.create = async_to_raw_response(resource.create)
        self.get = async_to_raw_response(resource.get)
        self.replace = async_to_raw_response(resource.replace)
        self.delete = async_to_raw_response(resource.delete)


class AsyncItemsWithStreamingResponse:
    """The methods of ``AsyncItems``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
        self.get = async_to_streamed_response(resource.get)
        self.replace = async_to_streamed_response(resource.replace)
        self.delete = async_to_streamed_response(resource.delete)
