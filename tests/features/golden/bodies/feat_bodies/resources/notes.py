"""Notes"""

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
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import PatchNoteResponse

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

    def add(
        self,
        *,
        body: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """addNote"""
        return self._request(
            "POST",
            "/notes",
            text=body,
            content_type="text/plain",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def patch(
        self,
        id: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PatchNoteResponse:
        """patchNote"""
        return self._request(
            "PATCH",
            expand_path("/notes/{id}", {"id": id}),
            json={"title": title},
            content_type="application/merge-patch+json",
            cast=PatchNoteResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class NotesWithRawResponse:
    """The methods of ``Notes``, returning the raw response."""

    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.add = to_raw_response(resource.add)
        self.patch = to_raw_response(resource.patch)


class NotesWithStreamingResponse:
    """The methods of ``Notes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Notes) -> None:
        self._resource = resource
        self.add = to_streamed_response(resource.add)
        self.patch = to_streamed_response(resource.patch)


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

    async def add(
        self,
        *,
        body: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """addNote"""
        return await self._request(
            "POST",
            "/notes",
            text=body,
            content_type="text/plain",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def patch(
        self,
        id: str,
        *,
        title: str | None | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> PatchNoteResponse:
        """patchNote"""
        return await self._request(
            "PATCH",
            expand_path("/notes/{id}", {"id": id}),
            json={"title": title},
            content_type="application/merge-patch+json",
            cast=PatchNoteResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncNotesWithRawResponse:
    """The methods of ``AsyncNotes``, returning the raw response."""

    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.add = async_to_raw_response(resource.add)
        self.patch = async_to_raw_response(resource.patch)


class AsyncNotesWithStreamingResponse:
    """The methods of ``AsyncNotes``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncNotes) -> None:
        self._resource = resource
        self.add = async_to_streamed_response(resource.add)
        self.patch = async_to_streamed_response(resource.patch)
