"""Lazy pagination over Twilio list envelopes.

A list answers ``{<key>: [...], "meta": {"key": <key>, "next_page_url": ...}}``.
Items are read from ``meta.key``; ``next_page_url`` is followed as given,
with the same headers (and credentials) as the first page. Only one page is
held at a time, so listing any number of items takes flat memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import (
    TYPE_CHECKING,
    Any,
    AsyncIterator,
    Callable,
    Generic,
    Iterator,
    List,
    Mapping,
    TypeVar,
)

import httpx

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, PageRequest, RawResponse, SyncAPIClient

T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page of a list: its items, its ``meta``, and the response's status
    and headers. (The response itself is not kept: httpx responses are
    reference cycles, and dropping them at once keeps long lists flat.)"""

    items: List[T]
    meta: Mapping[str, Any]
    status_code: int
    headers: httpx.Headers
    _pager: Any = field(default=None, repr=False, compare=False)

    @property
    def next_page_url(self) -> str | None:
        url = self.meta.get("next_page_url")
        return url if isinstance(url, str) and url else None

    def has_next_page(self) -> bool:
        return self.next_page_url is not None

    def get_next_page(self) -> Page[T]:
        """The next page (sync pagers only; ``await page.aget_next_page()`` for async)."""
        url = self.next_page_url
        if url is None or not isinstance(self._pager, SyncPager):
            raise LookupError("this is the last page" if url is None else "use aget_next_page()")
        page: Page[T] = self._pager.get_page(url)
        return page

    async def aget_next_page(self) -> Page[T]:
        url = self.next_page_url
        if url is None or not isinstance(self._pager, AsyncPager):
            raise LookupError("this is the last page" if url is None else "use get_next_page()")
        page: Page[T] = await self._pager.get_page(url)
        return page


def parse_page(
    response: httpx.Response, items_key: str, cast: Callable[[Any], T], pager: Any = None
) -> Page[T]:
    body = response.json()
    if not isinstance(body, dict):
        body = {}
    meta = body.get("meta")
    if not isinstance(meta, dict):
        meta = {}
    key = meta.get("key")
    raw_items = body.get(key) if isinstance(key, str) and key in body else body.get(items_key)
    items = [cast(item) for item in raw_items] if isinstance(raw_items, list) else []
    return Page(items, meta, response.status_code, response.headers, pager)


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

    def get_page(self, url: str) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``), with this list's headers."""
        return self._client._fetch_page(self._request, url, self)

    def raw_first_page(self) -> RawResponse[Page[T]]:
        return self._client._fetch_raw_page(self._request, self)

    def pages(self) -> Iterator[Page[T]]:
        url: str | None = None
        while True:
            page = self._client._fetch_page(self._request, url, self)
            yield page
            url = page.next_page_url
            if url is None:
                return

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

    async def get_page(self, url: str) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``), with this list's headers."""
        return await self._client._fetch_page(self._request, url, self)

    async def raw_first_page(self) -> RawResponse[Page[T]]:
        return await self._client._fetch_raw_page(self._request, self)

    async def pages(self) -> AsyncIterator[Page[T]]:
        url: str | None = None
        while True:
            page = await self._client._fetch_page(self._request, url, self)
            yield page
            url = page.next_page_url
            if url is None:
                return

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
