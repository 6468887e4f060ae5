"""Notes"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import CreateNoteResponse

__all__ = ["Notes", "AsyncNotes"]


class Notes(SyncAPIResource):
    """Notes"""

    @property
    def with_raw_response(self) -> NotesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return NotesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> NotesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return NotesWithStreamingResponse(self)

    def create(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateNoteResponse:
        """createNote"""
        return self._request(
            "POST",
            "/notes",
            json={"text": text},
            security=(("headerKey",),),
            cast=CreateNoteResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class NotesWithRawResponse:
    """The methods of ``Notes``, returning the raw response."""

    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.create = to_raw_response(resource.create)


class NotesWithStreamingResponse:
    """The methods of ``Notes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.create = to_streamed_response(resource.create)


class AsyncNotes(AsyncAPIResource):
    """Notes"""

    @property
    def with_raw_response(self) -> AsyncNotesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncNotesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncNotesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncNotesWithStreamingResponse(self)

    async def create(
        self,
        *,
        text: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateNoteResponse:
        """createNote"""
        return await self._request(
            "POST",
            "/notes",
            json={"text": text},
            security=(("headerKey",),),
            cast=CreateNoteResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncNotesWithRawResponse:
    """The methods of ``AsyncNotes``, returning the raw response."""

    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.create = async_to_raw_response(resource.create)


class AsyncNotesWithStreamingResponse:
    """The methods of ``AsyncNotes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.create = async_to_streamed_response(resource.create)
