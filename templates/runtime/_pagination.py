"""Lazy pagination: a list's pages fetched one at a time, as you iterate.

How a list says where its next page is depends on the API (its profile):

twilio       ``{<key>: [...], "meta": {"key": <key>, "next_page_url": ...}}``:
             items from ``meta.key``, ``next_page_url`` followed as given
next-link    a URL in the body (at ``next_path``), followed
link-header  ``Link: <url>; rel="next"`` (GitHub's way), followed
cursor       a cursor in the body (at ``next_path``), sent back as the query
             parameter ``cursor_param`` with the first page's other parameters

Every page carries the same headers (and credentials) as the first. Only one
page is held at a time, so listing any number of items takes flat memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Generic,
    Iterator,
    List,
    Mapping,
    Sequence,
    TypeVar,
)
from urllib.parse import urljoin

import httpx

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, PageRequest, RawResponse, SyncAPIClient

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page of a list: its items, its ``meta`` (Twilio's), and the
    response's status and headers. (The response itself is not kept: httpx
    responses are reference cycles, and dropping them at once keeps long lists
    flat.)"""

    items: List[T]
    meta: Mapping[str, Any]
    status_code: int
    headers: httpx.Headers
    _pager: Any = field(default=None, repr=False, compare=False)
    next_page_url: str | None = None
    next_cursor: str | None = None

    def has_next_page(self) -> bool:
        return self.next_page_url is not None or self.next_cursor is not None

    def get_next_page(self) -> Page[T]:
        """The next page (sync pagers only; ``await page.aget_next_page()`` for async)."""
        if not self.has_next_page() or not isinstance(self._pager, SyncPager):
            raise LookupError(
                "use aget_next_page()" if self.has_next_page() else "this is the last page"
            )
        page: Page[T] = self._pager._after(self)
        return page

    async def aget_next_page(self) -> Page[T]:
        if not self.has_next_page() or not isinstance(self._pager, AsyncPager):
            raise LookupError(
                "use get_next_page()" if self.has_next_page() else "this is the last page"
            )
        page: Page[T] = await self._pager._after(self)
        return page


def _at(body: Any, path: Sequence[str]) -> Any:
    for key in path:
        if not isinstance(body, dict):
            return None
        body = body.get(key)
    return body


def parse_page(response: httpx.Response, request: PageRequest[T], pager: Any = None) -> Page[T]:
    body = response.json()
    meta: Mapping[str, Any] = {}
    next_url: str | None = None
    next_cursor: str | None = None
    path = tuple(request.items_key.split(".")) if request.items_key else ()
    if request.profile == "twilio":
        found = body.get("meta") if isinstance(body, dict) else None
        meta = found if isinstance(found, dict) else {}
        key = meta.get("key")
        raw_items = (
            body.get(key)
            if isinstance(key, str) and isinstance(body, dict) and key in body
            else _at(body, path)
        )
        link = meta.get("next_page_url")
        next_url = link if isinstance(link, str) and link else None
    else:
        raw_items = _at(body, path)
        if request.profile == "link-header":
            link = response.links.get("next", {}).get("url")
            next_url = urljoin(str(response.request.url), link) if link else None
        elif request.profile == "next-link":
            link = _at(body, request.next_path)
            next_url = (
                urljoin(str(response.request.url), link) if isinstance(link, str) and link else None
            )
        elif request.profile == "cursor":
            cursor = _at(body, request.next_path)
            next_cursor = str(cursor) if cursor not in (None, "", False) else None
    items = [request.cast(item) for item in raw_items] if isinstance(raw_items, list) else []
    if not items:
        next_url = next_cursor = None  # an empty page ends a list, whatever it says
    return Page(items, meta, response.status_code, response.headers, pager, next_url, next_cursor)


class SyncPager(Generic[T]):
    """Iterate to get items; no request is made until iteration starts.

    ``limit`` caps the number of items; ``pages()`` yields whole pages;
    ``first_page()`` and ``get_page(url)`` fetch one page each.
    """

    def __init__(
        self, client: SyncAPIClient, request: PageRequest[T], limit: int | None = None
    ) -> None:
        self._client = client
        self._request = request.for_limit(limit)
        self._limit = limit

    def first_page(self) -> Page[T]:
        return self._client._fetch_page(self._request, None, self)

    def get_page(self, url: str | None = None, *, cursor: str | None = None) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``), or after ``cursor``, with
        this list's headers."""
        return self._client._fetch_page(self._request, url, self, cursor)

    def raw_first_page(self) -> RawResponse[Page[T]]:
        return self._client._fetch_raw_page(self._request, self)

    def _after(self, page: Page[T]) -> Page[T]:
        return self._client._fetch_page(self._request, page.next_page_url, self, page.next_cursor)

    def pages(self) -> Iterator[Page[T]]:
        page = self.first_page()
        seen: set[str | None] = set()
        while True:
            yield page
            position = page.next_page_url or page.next_cursor
            if position is None or position in seen:
                return  # the last page, or one that would lead back
            seen.add(position)
            page = self._after(page)

    def __iter__(self) -> Iterator[T]:
        remaining = self._limit
        if remaining is not None and remaining <= 0:
            return
        for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    def to_list(self) -> List[T]:
        return list(self)


class AsyncPager(Generic[T]):
    """``async for`` to get items; no request is made until iteration starts."""

    def __init__(
        self, client: AsyncAPIClient, request: PageRequest[T], limit: int | None = None
    ) -> None:
        self._client = client
        self._request = request.for_limit(limit)
        self._limit = limit

    async def first_page(self) -> Page[T]:
        return await self._client._fetch_page(self._request, None, self)

    async def get_page(self, url: str | None = None, *, cursor: str | None = None) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``), or after ``cursor``, with
        this list's headers."""
        return await self._client._fetch_page(self._request, url, self, cursor)

    async def raw_first_page(self) -> RawResponse[Page[T]]:
        return await self._client._fetch_raw_page(self._request, self)

    async def _after(self, page: Page[T]) -> Page[T]:
        return await self._client._fetch_page(
            self._request, page.next_page_url, self, page.next_cursor
        )

    async def pages(self) -> AsyncIterator[Page[T]]:
        page = await self.first_page()
        seen: set[str | None] = set()
        while True:
            yield page
            position = page.next_page_url or page.next_cursor
            if position is None or position in seen:
                return  # the last page, or one that would lead back
            seen.add(position)
            page = await self._after(page)

    async def __aiter__(self) -> AsyncIterator[T]:
        remaining = self._limit
        if remaining is not None and remaining <= 0:
            return
        async for page in self.pages():
            for item in page.items:
                yield item
                if remaining is not None:
                    remaining -= 1
                    if remaining == 0:
                        return

    async def to_list(self) -> List[T]:
        return [item async for item in self]
