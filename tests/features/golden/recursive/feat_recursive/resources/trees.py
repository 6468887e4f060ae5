"""Trees"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Node, NodeParam

__all__ = ["Trees", "AsyncTrees"]


class Trees(SyncAPIResource):
    """Trees"""

    @property
    def with_raw_response(self) -> TreesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return TreesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> TreesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return TreesWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Node:
        """getTree"""
        return self._request(
            "GET",
            expand_path("/trees/{id}", {"id": id}),
            cast=Node.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def plant(
        self,
        id: str,
        *,
        name: str,
        children: Sequence[NodeParam],
        parent: NodeParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """plantTree"""
        return self._request(
            "POST",
            expand_path("/trees/{id}", {"id": id}),
            json={"name": name, "children": children, "parent": parent},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class TreesWithRawResponse:
    """The methods of ``Trees``, returning the raw response."""

    def __init__(self, resource: Trees) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.plant = to_raw_response(resource.plant)


class TreesWithStreamingResponse:
    """The methods of ``Trees``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Trees) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.plant = to_streamed_response(resource.plant)


class AsyncTrees(AsyncAPIResource):
    """Trees"""

    @property
    def with_raw_response(self) -> AsyncTreesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncTreesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncTreesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncTreesWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Node:
        """getTree"""
        return await self._request(
            "GET",
            expand_path("/trees/{id}", {"id": id}),
            cast=Node.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def plant(
        self,
        id: str,
        *,
        name: str,
        children: Sequence[NodeParam],
        parent: NodeParam | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """plantTree"""
        return await self._request(
            "POST",
            expand_path("/trees/{id}", {"id": id}),
            json={"name": name, "children": children, "parent": parent},
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncTreesWithRawResponse:
    """The methods of ``AsyncTrees``, returning the raw response."""

    def __init__(self, resource: AsyncTrees) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.plant = async_to_raw_response(resource.plant)


class AsyncTreesWithStreamingResponse:
    """The methods of ``AsyncTrees``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncTrees) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.plant = async_to_streamed_response(resource.plant)
