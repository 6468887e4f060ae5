"""Lazy pagination over Twilio list envelopes.

A list answers ``{<key>: [...], "meta": {"key": <key>, "next_page_url": ...}}``.
Items are read from ``meta.key``; ``next_page_url`` is followed as given,
with the same headers (and credentials) as the first page. Only one page is
held at a time, so listing any number of items takes flat memory.
"""

from __future__ import annotations

from dataclasses import dataclass
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
    from ._base_client import AsyncAPIClient, PageRequest, SyncAPIClient

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

    @property
    def next_page_url(self) -> str | None:
        url = self.meta.get("next_page_url")
        return url if isinstance(url, str) and url else None


def parse_page(response: httpx.Response, items_key: str, cast: Callable[[Any], T]) -> Page[T]:
    body = response.json()
    if not isinstance(body, dict):
        body = {}
    meta = body.get("meta")
    if not isinstance(meta, dict):
        meta = {}
    key = meta.get("key")
    raw_items = body.get(key) if isinstance(key, str) and key in body else body.get(items_key)
    items = [cast(item) for item in raw_items] if isinstance(raw_items, list) else []
    return Page(items, meta, response.status_code, response.headers)


class SyncPager(Generic[T]):
    """Iterate to get items; no request is made until iteration starts.

    ``limit`` caps the number of items; ``pages()`` yields whole pages.
    """

    def __init__(
        self, client: SyncAPIClient, request: PageRequest[T], limit: int | None = None
    ) -> None:
        self._client = client
        self._request = request
        self._limit = limit

    def pages(self) -> Iterator[Page[T]]:
        url: str | None = None
        while True:
            page = self._client._fetch_page(self._request, url)
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
        self._request = request
        self._limit = limit

    async def pages(self) -> AsyncIterator[Page[T]]:
        url: str | None = None
        while True:
            page = await self._client._fetch_page(self._request, url)
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
