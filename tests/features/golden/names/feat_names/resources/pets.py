"""Pets"""

from __future__ import annotations

from typing import Any, List, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    json_body,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Pet, parse_pet

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

    def create_a(
        self,
        a: str,
        *,
        a_2: str,
        a_3: str,
        a_4: str,
        parse_pet_: str | NotGiven = NOT_GIVEN,
        answer_: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet | List[str]:
        """One name in the path, the query, a header and a cookie, and names the method
        body uses.
        """
        answer: Pet | List[str] = self._request(
            "POST",
            expand_path("/pets/{a}", {"a": a}),
            params={
                "a": a_2,
                "parse_pet": parse_pet_,
                "answer": answer_,
                "request_options": request_options_,
            },
            headers={"a": a_3},
            cookies={"a": a_4},
            casts={"200": parse_pet, "201": json_body},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class PetsWithRawResponse:
    """The methods of ``Pets``, returning the raw response."""

    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.create_a = to_raw_response(resource.create_a)


class PetsWithStreamingResponse:
    """The methods of ``Pets``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Pets) -> None:
        self._resource = resource
        self.create_a = to_streamed_response(resource.create_a)


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

    async def create_a(
        self,
        a: str,
        *,
        a_2: str,
        a_3: str,
        a_4: str,
        parse_pet_: str | NotGiven = NOT_GIVEN,
        answer_: str | NotGiven = NOT_GIVEN,
        request_options_: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Pet | List[str]:
        """One name in the path, the query, a header and a cookie, and names the method
        body uses.
        """
        answer: Pet | List[str] = await self._request(
            "POST",
            expand_path("/pets/{a}", {"a": a}),
            params={
                "a": a_2,
                "parse_pet": parse_pet_,
                "answer": answer_,
                "request_options": request_options_,
            },
            headers={"a": a_3},
            cookies={"a": a_4},
            casts={"200": parse_pet, "201": json_body},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncPetsWithRawResponse:
    """The methods of ``AsyncPets``, returning the raw response."""

    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.create_a = async_to_raw_response(resource.create_a)


class AsyncPetsWithStreamingResponse:
    """The methods of ``AsyncPets``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncPets) -> None:
        self._resource = resource
        self.create_a = async_to_streamed_response(resource.create_a)
