"""Things"""

from __future__ import annotations

import datetime
from typing import Any, Literal, Mapping, Tuple

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Thing, ThingParam

__all__ = ["Things", "AsyncThings"]


class Things(SyncAPIResource):
    """Things"""

    @property
    def with_raw_response(self) -> ThingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ThingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ThingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ThingsWithStreamingResponse(self)

    def get(
        self,
        id: str | int,
        *,
        on: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Thing:
        """getThing

        Args:
            on: A parameter whose YAML 1.1 reading would be True.
        """
        return self._request(
            "GET",
            expand_path("/things/{id}", {"id": id}),
            params={"on": on},
            cast=Thing.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def put(
        self,
        id: str,
        *,
        setting: None,
        label: str | int,
        point: Tuple[float, float],
        anything: Any,
        kind: Literal["thing"] = "thing",
        maybe: str | None | NotGiven = NOT_GIVEN,
        tagged: Tuple[str | int, ...] | NotGiven = NOT_GIVEN,
        when: datetime.datetime | str | None | NotGiven = NOT_GIVEN,
        parent: ThingParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Thing:
        """putThing

        Args:
            point: x and y.
            parent: A $ref with a sibling description (3.1).
        """
        return self._request(
            "PUT",
            expand_path("/things/{id}", {"id": id}),
            json={
                "kind": kind,
                "setting": setting,
                "label": label,
                "maybe": maybe,
                "point": point,
                "tagged": tagged,
                "anything": anything,
                "when": when,
                "parent": parent,
            },
            cast=Thing.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ThingsWithRawResponse:
    """The methods of ``Things``, returning the raw response."""

    def __init__(self, resource: Things) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.put = to_raw_response(resource.put)


class ThingsWithStreamingResponse:
    """The methods of ``Things``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Things) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.put = to_streamed_response(resource.put)


class AsyncThings(AsyncAPIResource):
    """Things"""

    @property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncThingsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncThingsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncThingsWithStreamingResponse(self)

    async def get(
        self,
        id: str | int,
        *,
        on: bool | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Thing:
        """getThing

        Args:
            on: A parameter whose YAML 1.1 reading would be True.
        """
        return await self._request(
            "GET",
            expand_path("/things/{id}", {"id": id}),
            params={"on": on},
            cast=Thing.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def put(
        self,
        id: str,
        *,
        setting: None,
        label: str | int,
        point: Tuple[float, float],
        anything: Any,
        kind: Literal["thing"] = "thing",
        maybe: str | None | NotGiven = NOT_GIVEN,
        tagged: Tuple[str | int, ...] | NotGiven = NOT_GIVEN,
        when: datetime.datetime | str | None | NotGiven = NOT_GIVEN,
        parent: ThingParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Thing:
        """putThing

        Args:
            point: x and y.
            parent: A $ref with a sibling description (3.1).
        """
        return await self._request(
            "PUT",
            expand_path("/things/{id}", {"id": id}),
            json={
                "kind": kind,
                "setting": setting,
                "label": label,
                "maybe": maybe,
                "point": point,
                "tagged": tagged,
                "anything": anything,
                "when": when,
                "parent": parent,
            },
            cast=Thing.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncThingsWithRawResponse:
    """The methods of ``AsyncThings``, returning the raw response."""

    def __init__(self, resource: AsyncThings) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.put = async_to_raw_response(resource.put)


class AsyncThingsWithStreamingResponse:
    """The methods of ``AsyncThings``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncThings) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.put = async_to_streamed_response(resource.put)
