"""Articles"""

from __future__ import annotations

from typing import Any, Mapping

from .._pagination import AsyncPager, PageRequest, SyncPager, async_to_raw_page, to_raw_page
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, Timeout, request_options
from ..models import Item

__all__ = ["Articles", "AsyncArticles"]


class Articles(SyncAPIResource):
    """Articles"""

    @property
    def with_raw_response(self) -> ArticlesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return ArticlesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ArticlesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return ArticlesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> SyncPager[Item]:
        """Pages by a next link in the body (the document's x-pagination).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return SyncPager(
            self._client,
            PageRequest(
                "/articles",
                items_key="data",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                profile="next-link",
                next_path=("links", "next"),
            ),
            limit,
        )


class ArticlesWithRawResponse:
    """The methods of ``Articles``, returning the raw response."""

    def __init__(self, resource: Articles) -> None:
        self._resource = resource
        self.list = to_raw_page(resource.list)


class ArticlesWithStreamingResponse:
    """The methods of ``Articles``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: Articles) -> None:
        self._resource = resource


class AsyncArticles(AsyncAPIResource):
    """Articles"""

    @property
    def with_raw_response(self) -> AsyncArticlesWithRawResponse:
        """These methods, returning the raw response (status, headers, body)."""
        return AsyncArticlesWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncArticlesWithStreamingResponse:
        """These methods, giving the answer unread in a ``with`` block."""
        return AsyncArticlesWithStreamingResponse(self)

    def list(
        self,
        *,
        limit: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str | None] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AsyncPager[Item]:
        """Pages by a next link in the body (the document's x-pagination).

        Returns a lazy iterator over every item, fetching pages as needed; `limit` caps
        the number of items.
        """
        return AsyncPager(
            self._client,
            PageRequest(
                "/articles",
                items_key="data",
                cast=Item._parse,
                options=request_options(
                    timeout, max_retries, extra_headers, extra_query, extra_body
                ),
                profile="next-link",
                next_path=("links", "next"),
            ),
            limit,
        )


class AsyncArticlesWithRawResponse:
    """The methods of ``AsyncArticles``, returning the raw response."""

    def __init__(self, resource: AsyncArticles) -> None:
        self._resource = resource
        self.list = async_to_raw_page(resource.list)


class AsyncArticlesWithStreamingResponse:
    """The methods of ``AsyncArticles``, giving the answer unread in a ``with`` block."""

    def __init__(self, resource: AsyncArticles) -> None:
        self._resource = resource
