"""Labels"""

from __future__ import annotations

from typing import Any, Dict, Literal, Mapping

from .._base_client import (
    async_to_raw_response,
    async_to_streamed_response,
    to_raw_response,
    to_streamed_response,
)
from .. import _models
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Label

__all__ = ["Labels", "AsyncLabels"]


class Labels(SyncAPIResource):
    """Labels"""

    @property
    def with_raw_response(self) -> LabelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return LabelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> LabelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return LabelsWithStreamingResponse(self)

    def list(
        self,
        *,
        sort: Literal["name", "created"] | NotGiven = NOT_GIVEN,
        priority: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dict[str, Label]:
        """listLabels

        Args:
            sort: Defaults to ``"name"``.
            priority: Values: 1 (LOW), 2 (MEDIUM), 3 (HIGH).
        """
        answer: Dict[str, Label] = self._request(
            "GET",
            "/labels",
            params={"sort": sort, "priority": priority},
            cast=_models.map_of(Label._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    def list_groups(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dict[str, Dict[str, Label]]:
        """listLabelGroups"""
        answer: Dict[str, Dict[str, Label]] = self._request(
            "GET",
            "/labels/groups",
            cast=_models.map_of(_models.map_of(Label._parse)),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class LabelsWithRawResponse:
    """The methods of ``Labels``, returning the raw response."""

    def __init__(self, resource: Labels) -> None:
        self._resource = resource
        self.list = to_raw_response(resource.list)
        self.list_groups = to_raw_response(resource.list_groups)


class LabelsWithStreamingResponse:
    """The methods of ``Labels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Labels) -> None:
        self._resource = resource
        self.list = to_streamed_response(resource.list)
        self.list_groups = to_streamed_response(resource.list_groups)


class AsyncLabels(AsyncAPIResource):
    """Labels"""

    @property
    def with_raw_response(self) -> AsyncLabelsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncLabelsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncLabelsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncLabelsWithStreamingResponse(self)

    async def list(
        self,
        *,
        sort: Literal["name", "created"] | NotGiven = NOT_GIVEN,
        priority: Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dict[str, Label]:
        """listLabels

        Args:
            sort: Defaults to ``"name"``.
            priority: Values: 1 (LOW), 2 (MEDIUM), 3 (HIGH).
        """
        answer: Dict[str, Label] = await self._request(
            "GET",
            "/labels",
            params={"sort": sort, "priority": priority},
            cast=_models.map_of(Label._parse),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer

    async def list_groups(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Dict[str, Dict[str, Label]]:
        """listLabelGroups"""
        answer: Dict[str, Dict[str, Label]] = await self._request(
            "GET",
            "/labels/groups",
            cast=_models.map_of(_models.map_of(Label._parse)),
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )
        return answer


class AsyncLabelsWithRawResponse:
    """The methods of ``AsyncLabels``, returning the raw response."""

    def __init__(self, resource: AsyncLabels) -> None:
        self._resource = resource
        self.list = async_to_raw_response(resource.list)
        self.list_groups = async_to_raw_response(resource.list_groups)


class AsyncLabelsWithStreamingResponse:
    """The methods of ``AsyncLabels``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncLabels) -> None:
        self._resource = resource
        self.list = async_to_streamed_response(resource.list)
        self.list_groups = async_to_streamed_response(resource.list_groups)
