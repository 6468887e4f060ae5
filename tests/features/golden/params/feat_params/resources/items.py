"""Items"""

from __future__ import annotations

from typing import Any, List, Mapping, Sequence

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path, styled
from .. import _models
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import FindItemsFilterParam, FindItemsResponseItem, FindItemsWhereParam

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

    def find(
        self,
        ids: Sequence[int],
        label: Sequence[str],
        matrix: str,
        *,
        session: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        range: Sequence[int] | NotGiven = NOT_GIVEN,
        words: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: FindItemsFilterParam | NotGiven = NOT_GIVEN,
        where: FindItemsWhereParam | NotGiven = NOT_GIVEN,
        x_trace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        theme: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[FindItemsResponseItem]:
        """findItems"""
        answer: List[FindItemsResponseItem] = self._request(
            "GET",
            expand_path(
                "/items/{ids}/{label}/{matrix}",
                {
                    "ids": ids,
                    "label": styled(label, "label", True),
                    "matrix": styled(matrix, "matrix", False),
                },
            ),
            params={
                "tags": styled(tags, "form", False),
                "range": styled(range, "pipeDelimited", False),
                "words": styled(words, "spaceDelimited", False),
                "filter": styled(filter, "deepObject", True),
                "where": styled(where, "", False, "application/json"),
            },
            headers={"X-Trace-Ids": x_trace_ids},
            cookies={"session": session, "theme": theme},
            cast=_models.list_of(FindItemsResponseItem._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def start_upload(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """startUpload"""
        return self._request(
            "POST",
            "/uploads",
            server="https://uploads.example.com/v2beta",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ItemsWithRawResponse:
    """The methods of ``Items``, returning the raw response."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.find = to_raw_response(resource.find)
        self.start_upload = to_raw_response(resource.start_upload)


class ItemsWithStreamingResponse:
    """The methods of ``Items``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Items) -> None:
        self._resource = resource
        self.find = to_streamed_response(resource.find)
        self.start_upload = to_streamed_response(resource.start_upload)


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

    async def find(
        self,
        ids: Sequence[int],
        label: Sequence[str],
        matrix: str,
        *,
        session: str,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        range: Sequence[int] | NotGiven = NOT_GIVEN,
        words: Sequence[str] | NotGiven = NOT_GIVEN,
        filter: FindItemsFilterParam | NotGiven = NOT_GIVEN,
        where: FindItemsWhereParam | NotGiven = NOT_GIVEN,
        x_trace_ids: Sequence[str] | NotGiven = NOT_GIVEN,
        theme: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[FindItemsResponseItem]:
        """findItems"""
        answer: List[FindItemsResponseItem] = await self._request(
            "GET",
            expand_path(
                "/items/{ids}/{label}/{matrix}",
                {
                    "ids": ids,
                    "label": styled(label, "label", True),
                    "matrix": styled(matrix, "matrix", False),
                },
            ),
            params={
                "tags": styled(tags, "form", False),
                "range": styled(range, "pipeDelimited", False),
                "words": styled(words, "spaceDelimited", False),
                "filter": styled(filter, "deepObject", True),
                "where": styled(where, "", False, "application/json"),
            },
            headers={"X-Trace-Ids": x_trace_ids},
            cookies={"session": session, "theme": theme},
            cast=_models.list_of(FindItemsResponseItem._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def start_upload(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """startUpload"""
        return await self._request(
            "POST",
            "/uploads",
            server="https://uploads.example.com/v2beta",
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncItemsWithRawResponse:
    """The methods of ``AsyncItems``, returning the raw response."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.find = async_to_raw_response(resource.find)
        self.start_upload = async_to_raw_response(resource.start_upload)


class AsyncItemsWithStreamingResponse:
    """The methods of ``AsyncItems``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncItems) -> None:
        self._resource = resource
        self.find = async_to_streamed_response(resource.find)
        self.start_upload = async_to_streamed_response(resource.start_upload)
