"""Documents"""

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
from ..models import Json, parse_json

__all__ = ["Documents", "AsyncDocuments"]


class Documents(SyncAPIResource):
    """Documents"""

    @property
    def with_raw_response(self) -> DocumentsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return DocumentsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> DocumentsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return DocumentsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Json | None:
        """getDocument"""
        answer: Json | None = self._request(
            "GET",
            expand_path("/documents/{id}", {"id": id}),
            cast=parse_json,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class DocumentsWithRawResponse:
    """The methods of ``Documents``, returning the raw response."""

    def __init__(self, resource: Documents) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class DocumentsWithStreamingResponse:
    """The methods of ``Documents``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Documents) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncDocuments(AsyncAPIResource):
    """Documents"""

    @property
    def with_raw_response(self) -> AsyncDocumentsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncDocumentsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncDocumentsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncDocumentsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Json | None:
        """getDocument"""
        answer: Json | None = await self._request(
            "GET",
            expand_path("/documents/{id}", {"id": id}),
            cast=parse_json,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncDocumentsWithRawResponse:
    """The methods of ``AsyncDocuments``, returning the raw response."""

    def __init__(self, resource: AsyncDocuments) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncDocumentsWithStreamingResponse:
    """The methods of ``AsyncDocuments``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncDocuments) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
