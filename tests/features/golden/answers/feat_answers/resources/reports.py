"""Reports"""

from __future__ import annotations

from typing import Any, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    json_body,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Problem

__all__ = ["Reports", "AsyncReports"]


class Reports(SyncAPIResource):
    """Reports"""

    @property
    def with_raw_response(self) -> ReportsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ReportsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReportsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ReportsWithStreamingResponse(self)

    def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> bytes:
        """getReport"""
        answer: bytes = self._request(
            "GET",
            expand_path("/reports/{id}", {"id": id}),
            answer="binary",
            errors={"404": Problem._parse},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def get_csv(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """getReportCsv"""
        answer: str = self._request(
            "GET",
            expand_path("/reports/{id}/csv", {"id": id}),
            answer="text",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def download(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """downloadReport"""
        return self._request(
            "GET",
            expand_path("/reports/{id}/download", {"id": id}),
            redirects=("302",),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class ReportsWithRawResponse:
    """The methods of ``Reports``, returning the raw response."""

    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)
        self.get_csv = to_raw_response(resource.get_csv)
        self.download = to_raw_response(resource.download)


class ReportsWithStreamingResponse:
    """The methods of ``Reports``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)
        self.get_csv = to_streamed_response(resource.get_csv)
        self.download = to_streamed_response(resource.download)


class AsyncReports(AsyncAPIResource):
    """Reports"""

    @property
    def with_raw_response(self) -> AsyncReportsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncReportsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReportsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncReportsWithStreamingResponse(self)

    async def get(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> bytes:
        """getReport"""
        answer: bytes = await self._request(
            "GET",
            expand_path("/reports/{id}", {"id": id}),
            answer="binary",
            errors={"404": Problem._parse},
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def get_csv(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """getReportCsv"""
        answer: str = await self._request(
            "GET",
            expand_path("/reports/{id}/csv", {"id": id}),
            answer="text",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def download(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """downloadReport"""
        return await self._request(
            "GET",
            expand_path("/reports/{id}/download", {"id": id}),
            redirects=("302",),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncReportsWithRawResponse:
    """The methods of ``AsyncReports``, returning the raw response."""

    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)
        self.get_csv = async_to_raw_response(resource.get_csv)
        self.download = async_to_raw_response(resource.download)


class AsyncReportsWithStreamingResponse:
    """The methods of ``AsyncReports``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
        self.get_csv = async_to_streamed_response(resource.get_csv)
        self.download = async_to_streamed_response(resource.download)
