"""Reports"""

# The raw and streaming wrappers below name the deprecated methods; a type
# checker reports that to the code that calls them, not here.
# mypy: disable-error-code="deprecated"
# pyright: reportDeprecated=false

from __future__ import annotations

import sys
from typing import Any, List, Literal, Mapping, TYPE_CHECKING

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    json_body,
    no_content,
    to_raw_response,
    to_streamed_response,
)
from .._deprecation import deprecated_argument
from .._encoding import expand_path
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import CreateReportResponse

if sys.version_info >= (3, 13):
    from warnings import deprecated
elif TYPE_CHECKING:
    from typing_extensions import deprecated
else:
    from .._deprecation import deprecated

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

    @deprecated("reports.list_v1() is deprecated: Use GET /v2/reports instead.")
    def list_v1(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[str]:
        """Lists reports the old way. Use GET /v2/reports instead.

        Deprecated.
        """
        answer: List[str] = self._request(
            "GET",
            "/v1/reports",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def create(
        self,
        *,
        format: Literal["pdf", "csv"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        owner: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateReportResponse:
        """createReport

        Args:
            format: Ignored since 2024; the report's own format is used instead.
                Deprecated.
            owner: Who asked. Deprecated.
        """
        if not isinstance(format, NotGiven):
            deprecated_argument(
                "reports.create(): the argument format is deprecated: Ignored since 2024; the report's own format is used instead."
            )
        if not isinstance(owner, NotGiven):
            deprecated_argument("reports.create(): the argument owner is deprecated")
        return self._request(
            "POST",
            "/v1/reports",
            params={"format": format},
            json={"title": title, "owner": owner},
            cast=CreateReportResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    @deprecated(
        "reports.delete() is deprecated: It is replaced by DELETE /v2/reports/{id}, which also removes the report's exports and schedules."
    )
    def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deletes a report. It is replaced by DELETE /v2/reports/{id}, which also removes
        the report's exports and schedules.

        Deprecated.
        """
        return self._request(
            "DELETE",
            expand_path("/v1/reports/{id}", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[str]:
        """listReports"""
        answer: List[str] = self._request(
            "GET",
            "/v2/reports",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class ReportsWithRawResponse:
    """The methods of ``Reports``, returning the raw response."""

    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.list_v1 = to_raw_response(resource.list_v1)
        self.create = to_raw_response(resource.create)
        self.delete = to_raw_response(resource.delete)
        self.list = to_raw_response(resource.list)


class ReportsWithStreamingResponse:
    """The methods of ``Reports``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Reports) -> None:
        self._resource = resource
        self.list_v1 = to_streamed_response(resource.list_v1)
        self.create = to_streamed_response(resource.create)
        self.delete = to_streamed_response(resource.delete)
        self.list = to_streamed_response(resource.list)


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

    @deprecated("reports.list_v1() is deprecated: Use GET /v2/reports instead.")
    async def list_v1(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[str]:
        """Lists reports the old way. Use GET /v2/reports instead.

        Deprecated.
        """
        answer: List[str] = await self._request(
            "GET",
            "/v1/reports",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def create(
        self,
        *,
        format: Literal["pdf", "csv"] | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        owner: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> CreateReportResponse:
        """createReport

        Args:
            format: Ignored since 2024; the report's own format is used instead.
                Deprecated.
            owner: Who asked. Deprecated.
        """
        if not isinstance(format, NotGiven):
            deprecated_argument(
                "reports.create(): the argument format is deprecated: Ignored since 2024; the report's own format is used instead."
            )
        if not isinstance(owner, NotGiven):
            deprecated_argument("reports.create(): the argument owner is deprecated")
        return await self._request(
            "POST",
            "/v1/reports",
            params={"format": format},
            json={"title": title, "owner": owner},
            cast=CreateReportResponse.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    @deprecated(
        "reports.delete() is deprecated: It is replaced by DELETE /v2/reports/{id}, which also removes the report's exports and schedules."
    )
    async def delete(
        self,
        id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> None:
        """Deletes a report. It is replaced by DELETE /v2/reports/{id}, which also removes
        the report's exports and schedules.

        Deprecated.
        """
        return await self._request(
            "DELETE",
            expand_path("/v1/reports/{id}", {"id": id}),
            cast=no_content,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> List[str]:
        """listReports"""
        answer: List[str] = await self._request(
            "GET",
            "/v2/reports",
            cast=json_body,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncReportsWithRawResponse:
    """The methods of ``AsyncReports``, returning the raw response."""

    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.list_v1 = async_to_raw_response(resource.list_v1)
        self.create = async_to_raw_response(resource.create)
        self.delete = async_to_raw_response(resource.delete)
        self.list = async_to_raw_response(resource.list)


class AsyncReportsWithStreamingResponse:
    """The methods of ``AsyncReports``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncReports) -> None:
        self._resource = resource
        self.list_v1 = async_to_streamed_response(resource.list_v1)
        self.create = async_to_streamed_response(resource.create)
        self.delete = async_to_streamed_response(resource.delete)
        self.list = async_to_streamed_response(resource.list)
