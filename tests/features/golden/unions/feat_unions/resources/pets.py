"""Pets"""

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
from ..models import AnyPet, Pet, PetParam, parse_any_pet, parse_pet

__all__ = ["Pets", "AsyncPets"]


class Pets(SyncAPIResource):
    """Pets"""

    @property
    def with_raw_response(self) -> PetsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return PetsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return PetsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet:
        """getPet"""
        answer: Pet = self._request(
            "GET",
            expand_path("/pets/{id}", {"id": id}),
            cast=parse_pet,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[AnyPet]:
        """listPets"""
        answer: List[AnyPet] = self._request(
            "GET",
            "/pets",
            cast=_models.list_of(parse_any_pet),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def create(
        self,
        *,
        body: PetParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet:
        """createPet"""
        answer: Pet = self._request(
            "POST",
            "/pets",
            json=body,
            cast=parse_pet,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class PetsWithRawResponse:
    """The methods of ``Pets``, returning the raw response."""

    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.list = to_raw_response(resource.list)
        self.create = to_raw_response(resource.create)


class PetsWithStreamingResponse:
    """The methods of ``Pets``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.list = to_streamed_response(resource.list)
        self.create = to_streamed_response(resource.create)


class AsyncPets(AsyncAPIResource):
    """Pets"""

    @property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncPetsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncPetsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet:
        """getPet"""
        answer: Pet = await self._request(
            "GET",
            expand_path("/pets/{id}", {"id": id}),
            cast=parse_pet,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[AnyPet]:
        """listPets"""
        answer: List[AnyPet] = await self._request(
            "GET",
            "/pets",
            cast=_models.list_of(parse_any_pet),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def create(
        self,
        *,
        body: PetParam,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet:
        """createPet"""
        answer: Pet = await self._request(
            "POST",
            "/pets",
            json=body,
            cast=parse_pet,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncPetsWithRawResponse:
    """The methods of ``AsyncPets``, returning the raw response."""

    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.list = async_to_raw_response(resource.list)
        self.create = async_to_raw_response(resource.create)


class AsyncPetsWithStreamingResponse:
    """The methods of ``AsyncPets``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.list = async_to_streamed_response(resource.list)
        self.create = async_to_streamed_response(resource.create)
