"""Repos"""

from __future__ import annotations

from typing import Any, Mapping

from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Item

__all__ = ["Repos", "AsyncRepos"]


class Repos(SyncAPIResource):
    """Repos"""

    @property
    def with_raw_response(self) -> ReposWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ReposWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ReposWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ReposWithStreamingResponse(self)

    def list(
        self,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Item]:
        """Pages by a Link header (GitHub's way).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return SyncPager(
            self._client,
            PageRequest(
                "/repos",
                params={"per_page": per_page, "page": page},
                items_key="",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("per_page", 100),
                profile="link-header",
            ),
            limit,
        )


class ReposWithRawResponse:
    """The methods of ``Repos``, returning the raw response."""

    def __init__(self, resource: Repos) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)


class ReposWithStreamingResponse:
    """The methods of ``Repos``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Repos) -> None:
        self._resource = resource


class AsyncRepos(AsyncAPIResource):
    """Repos"""

    @property
    def with_raw_response(self) -> AsyncReposWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncReposWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncReposWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncReposWithStreamingResponse(self)

    def list(
        self,
        *,
        per_page: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Item]:
        """Pages by a Link header (GitHub's way).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return AsyncPager(
            self._client,
            PageRequest(
                "/repos",
                params={"per_page": per_page, "page": page},
                items_key="",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                page_size=("per_page", 100),
                profile="link-header",
            ),
            limit,
        )


class AsyncReposWithRawResponse:
    """The methods of ``AsyncRepos``, returning the raw response."""

    def __init__(self, resource: AsyncRepos) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)


class AsyncReposWithStreamingResponse:
    """The methods of ``AsyncRepos``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncRepos) -> None:
        self._resource = resource
