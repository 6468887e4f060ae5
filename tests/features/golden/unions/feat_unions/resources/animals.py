"""Animals"""

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
from ..models import Animal2, parse_animal2

__all__ = ["Animals", "AsyncAnimals"]


class Animals(SyncAPIResource):
    """Animals"""

    @property
    def with_raw_response(self) -> AnimalsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AnimalsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AnimalsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AnimalsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Animal2:
        """getAnimal"""
        answer: Animal2 = self._request(
            "GET",
            expand_path("/animals/{id}", {"id": id}),
            cast=parse_animal2,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AnimalsWithRawResponse:
    """The methods of ``Animals``, returning the raw response."""

    def __init__(self, resource: Animals) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class AnimalsWithStreamingResponse:
    """The methods of ``Animals``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Animals) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncAnimals(AsyncAPIResource):
    """Animals"""

    @property
    def with_raw_response(self) -> AsyncAnimalsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncAnimalsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncAnimalsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncAnimalsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Animal2:
        """getAnimal"""
        answer: Animal2 = await self._request(
            "GET",
            expand_path("/animals/{id}", {"id": id}),
            cast=parse_animal2,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncAnimalsWithRawResponse:
    """The methods of ``AsyncAnimals``, returning the raw response."""

    def __init__(self, resource: AsyncAnimals) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncAnimalsWithStreamingResponse:
    """The methods of ``AsyncAnimals``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncAnimals) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
