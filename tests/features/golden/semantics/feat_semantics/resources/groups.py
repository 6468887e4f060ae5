"""Groups"""

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
from ..models import Group

__all__ = ["Groups", "AsyncGroups"]


class Groups(SyncAPIResource):
    """Groups"""

    @property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return GroupsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> GroupsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return GroupsWithStreamingResponse(self)

    def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Group:
        """GitHub's SCIM groups: a property two allOf parts define, which a value must fit
        both ways; the example (written with a typo, as GitHub's is) fits only one of
        them.
        """
        return self._request(
            "GET",
            "/groups",
            cast=Group.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class GroupsWithRawResponse:
    """The methods of ``Groups``, returning the raw response."""

    def __init__(self, resource: Groups) -> None:
        self._resource = resource
        self.get = to_raw_response(resource.get)


class GroupsWithStreamingResponse:
    """The methods of ``Groups``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Groups) -> None:
        self._resource = resource
        self.get = to_streamed_response(resource.get)


class AsyncGroups(AsyncAPIResource):
    """Groups"""

    @property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncGroupsWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncGroupsWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncGroupsWithStreamingResponse(self)

    async def get(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Group:
        """GitHub's SCIM groups: a property two allOf parts define, which a value must fit
        both ways; the example (written with a typo, as GitHub's is) fits only one of
        them.
        """
        return await self._request(
            "GET",
            "/groups",
            cast=Group.from_dict,
            options=request_options(timeout, max_retries, extra_headers, extra_query, extra_body),
        )


class AsyncGroupsWithRawResponse:
    """The methods of ``AsyncGroups``, returning the raw response."""

    def __init__(self, resource: AsyncGroups) -> None:
        self._resource = resource
        self.get = async_to_raw_response(resource.get)


class AsyncGroupsWithStreamingResponse:
    """The methods of ``AsyncGroups``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncGroups) -> None:
        self._resource = resource
        self.get = async_to_streamed_response(resource.get)
