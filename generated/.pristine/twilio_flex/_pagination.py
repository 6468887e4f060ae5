"""Lazy pagination: a list's pages fetched one at a time, as you iterate.

How a list says where its next page is depends on the API (its profile):

twilio       ``{<key>: [...], "meta": {"key": <key>, "next_page_url": ...}}``:
             items from ``meta.key``, ``next_page_url`` followed as given
next-link    a URL in the body (at ``next_path``), followed
link-header  ``Link: <url>; rel="next"`` (GitHub's way), followed
cursor       a cursor in the body (at ``next_path``), sent back as the query
             parameter ``cursor_param`` with the first page's other parameters

Every page carries the same headers (and credentials) as the first. A next
link is resolved against the URL of the page that gave it, as a browser
would, and followed only on the client's own origin. Only one page is held at
a time, so listing any number of items takes flat memory.

This module depends on the client (``_base_client``), never the reverse.
"""

from __future__ import annotations

import copy
import functools
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    List,
    Mapping,
    ParamSpec,
    Sequence,
    TypeVar,
)

import httpx

from ._base_client import DEFAULT_SECURITY, AsyncAPIClient, Call, RawResponse, SyncAPIClient
from ._types import NOT_GIVEN, NotGiven, PageProfile, Record, RequestOptions

__all__ = ["Page", "PageRequest", "SyncPager", "AsyncPager", "to_raw_page", "async_to_raw_page"]

T = TypeVar("T")
P = ParamSpec("P")


class PageRequest(Record, Generic[T]):
    """What a list call needs to fetch any of its pages.

    items_key  a key of the body, dotted for a nested one; "" for the body itself
    page_size  the page-size query parameter and the largest size the API allows
    errors     the documented error bodies
    """

    __slots__ = (
        "path", "items_key", "cast", "options", "params", "headers", "cookies", "page_size",
        "profile", "next_path", "cursor_param", "security", "server", "errors",
    )  # fmt: skip

    def __init__(
        self,
        path: str,
        items_key: str,
        cast: Callable[[Any], T],
        options: RequestOptions,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        page_size: tuple[str, int] | None = None,
        profile: PageProfile = "twilio",
        next_path: tuple[str, ...] = (),
        cursor_param: str = "",
        security: Any = DEFAULT_SECURITY,
        server: str | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
    ) -> None:
        self.path = path
        self.items_key = items_key
        self.cast = cast
        self.options = options
        self.params: Mapping[str, Any] = {} if params is None else params
        self.headers: Mapping[str, Any] = {} if headers is None else headers
        self.cookies = cookies
        self.page_size = page_size
        self.profile = profile
        self.next_path = next_path
        self.cursor_param = cursor_param
        self.security = security
        self.server = server
        self.errors = errors

    @property
    def items_path(self) -> tuple[str, ...]:
        """The keys leading to the items in a page's body."""
        return tuple(self.items_key.split(".")) if self.items_key else ()

    def for_limit(self, limit: int | None) -> PageRequest[T]:
        """Ask for no bigger pages than ``limit`` needs, when no size was given."""
        if limit is None or limit <= 0 or self.page_size is None:
            return self
        name, largest = self.page_size
        if not isinstance(self.params.get(name, NOT_GIVEN), NotGiven):
            return self
        smaller: PageRequest[T] = copy.copy(self)
        smaller.params = {**self.params, name: min(limit, largest)}
        return smaller

    def call(self, url: str | httpx.URL | None, cursor: str | None) -> Call:
        """The call that fetches the first page, the page at ``url`` (absolute),
        or the page after ``cursor``."""
        if url is not None:
            # A next-page URL carries its own query: only the headers are sent again.
            options = {k: v for k, v in self.options.items() if k != "extra_query"}
            return Call(
                "GET", "", None, self.headers, self.cookies, security=self.security,
                options=options, url=url,  # type: ignore[arg-type]
            )  # fmt: skip
        params = self.params if cursor is None else {**self.params, self.cursor_param: cursor}
        return Call(
            "GET", self.path, params, self.headers, self.cookies, security=self.security,
            server=self.server, options=self.options,
        )  # fmt: skip


class Page(Record, Generic[T]):
    """One page of a list: its items, its ``meta`` (Twilio's), and the
    response's status and headers. (The response itself is not kept: httpx
    responses are reference cycles, and dropping them at once keeps long lists
    flat.)"""

    __slots__ = (
        "items", "meta", "status_code", "headers", "_pager", "next_page_url", "next_cursor",
        "_next", "_url",
    )  # fmt: skip
    __match_args__ = (
        "items", "meta", "status_code", "headers", "_pager", "next_page_url", "next_cursor",
        "_next", "_url",
    )  # fmt: skip

    def __init__(
        self,
        items: List[T],
        meta: Mapping[str, Any],
        status_code: int,
        headers: httpx.Headers,
        _pager: Any = None,
        next_page_url: str | None = None,
        next_cursor: str | None = None,
        _next: httpx.URL | None = None,
        _url: str | None = None,
    ) -> None:
        self.items = items
        self.meta = meta
        self.status_code = status_code
        self.headers = headers
        self._pager = _pager
        self.next_page_url = next_page_url
        self.next_cursor = next_cursor
        # next_page_url as parsed when the page was read: followed without parsing it again.
        self._next = _next
        self._url = _url  # where the page was read from: a next link back here ends the list

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


def _checked_limit(limit: int | None) -> int | None:
    if limit is not None and (type(limit) is not int or limit < 0):
        raise ValueError(f"limit must be a whole number, 0 or more, or None, not {limit!r}")
    return limit


# What the items are when the answer is not an object where they are looked
# for: never a page with none.
_NOT_AN_OBJECT = object()


def _at(body: Any, path: Sequence[str], not_an_object: Any = None) -> Any:
    for key in path:
        if not isinstance(body, dict):
            return not_an_object
        body = body.get(key)
    return body


def _items_at(body: Any, path: Sequence[str]) -> Any:
    return _at(body, path, _NOT_AN_OBJECT)


def _link(response: httpx.Response, link: Any) -> httpx.URL | None:
    """A next link as an absolute URL, resolved against the page's own (RFC 3986)."""
    if not isinstance(link, str) or not link:
        return None
    try:
        if link.startswith(("https://", "http://")):
            return httpx.URL(link)  # absolute already: parsed once, not joined
        return response.request.url.join(link)
    except httpx.InvalidURL:
        raise ValueError(f"the next link {link!r} is not a URL") from None


class _Found:
    """What a page's answer says: its items, Twilio's meta, where the next page is."""

    __slots__ = ("items", "meta", "next_url", "next_cursor")

    def __init__(
        self,
        items: Any,
        meta: Mapping[str, Any] | None = None,
        next_url: httpx.URL | None = None,
        next_cursor: str | None = None,
    ) -> None:
        self.items = items
        self.meta: Mapping[str, Any] = {} if meta is None else meta
        self.next_url = next_url
        self.next_cursor = next_cursor


class _TwilioPages:
    """``{<key>: [...], "meta": {"key": <key>, "next_page_url": ...}}``."""

    @staticmethod
    def read(response: httpx.Response, body: Any, request: PageRequest[Any]) -> _Found:
        found = body.get("meta") if isinstance(body, dict) else None
        meta = found if isinstance(found, dict) else {}
        key = meta.get("key")
        if isinstance(key, str) and isinstance(body, dict) and key in body:
            items = body.get(key)
        else:
            items = _items_at(body, request.items_path)
        return _Found(items, meta, _link(response, meta.get("next_page_url")))


class _LinkHeaderPages:
    """``Link: <url>; rel="next"`` (GitHub's way)."""

    @staticmethod
    def read(response: httpx.Response, body: Any, request: PageRequest[Any]) -> _Found:
        next_url = _link(response, response.links.get("next", {}).get("url"))
        return _Found(_items_at(body, request.items_path), next_url=next_url)


class _NextLinkPages:
    """A URL in the body, at ``next_path``."""

    @staticmethod
    def read(response: httpx.Response, body: Any, request: PageRequest[Any]) -> _Found:
        next_url = _link(response, _at(body, request.next_path))
        return _Found(_items_at(body, request.items_path), next_url=next_url)


class _CursorPages:
    """A cursor in the body, at ``next_path``, sent back as ``cursor_param``."""

    @staticmethod
    def read(response: httpx.Response, body: Any, request: PageRequest[Any]) -> _Found:
        cursor = _at(body, request.next_path)
        next_cursor = str(cursor) if cursor not in (None, "", False) else None
        return _Found(_items_at(body, request.items_path), next_cursor=next_cursor)


# Each profile's reader of a page.
_PROFILES: Mapping[str, Callable[[httpx.Response, Any, PageRequest[Any]], _Found]] = {
    "twilio": _TwilioPages.read,
    "link-header": _LinkHeaderPages.read,
    "next-link": _NextLinkPages.read,
    "cursor": _CursorPages.read,
}


def parse_page(response: httpx.Response, request: PageRequest[T], pager: Any = None) -> Page[T]:
    found = _PROFILES[request.profile](response, response.json(), request)
    raw_items = found.items
    if raw_items is None and request.profile != "twilio":
        raw_items = []  # left out when empty, as proto3's JSON does
    if not isinstance(raw_items, list):  # read as no items, a list would pass for empty
        where = f" at {request.items_key!r}" if request.items_key else ""
        raise ValueError(f"the page holds no list of items{where}")
    items = [request.cast(item) for item in raw_items]
    next_url, next_cursor = found.next_url, found.next_cursor
    if not items:
        next_url = next_cursor = None  # an empty page ends a list, whatever it says
    shown = str(next_url) if next_url is not None else None
    return Page(
        items,
        found.meta,
        response.status_code,
        response.headers,
        pager,
        shown,
        next_cursor,
        next_url,
        str(response.request.url),
    )


class SyncPager(Generic[T]):
    """Iterate to get items; no request is made until iteration starts.

    ``limit`` caps the number of items; ``pages()`` yields whole pages;
    ``first_page()`` and ``get_page(url)`` fetch one page each.
    """

    def __init__(
        self, client: SyncAPIClient, request: PageRequest[T], limit: int | None = None
    ) -> None:
        self._client = client
        self._request = request.for_limit(_checked_limit(limit))
        self._limit = limit

    def _fetch(self, url: str | httpx.URL | None, cursor: str | None = None) -> Page[T]:
        response = self._client._send_call(self._request.call(url, cursor), self._request.errors)
        return self._client._read(response, self._parse)

    def _parse(self, response: httpx.Response) -> Page[T]:
        return parse_page(response, self._request, self)

    def first_page(self) -> Page[T]:
        return self._fetch(None)

    def get_page(self, url: str | None = None, *, cursor: str | None = None) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``, absolute or relative to
        ``base_url``), or after ``cursor``, with this list's headers."""
        return self._fetch(_absolute(self._client, url), cursor)

    def raw_first_page(self) -> RawResponse[Page[T]]:
        response = self._client._send_call(self._request.call(None, None), self._request.errors)
        response.read()
        return RawResponse(
            response,
            functools.partial(self._client._read, parse=self._parse),
            self._client._config.request_id_header,
        )

    def _after(self, page: Page[T]) -> Page[T]:
        return self._fetch(page._next or page.next_page_url, page.next_cursor)

    def pages(self) -> Iterator[Page[T]]:
        page = self.first_page()
        seen: set[str | None] = {page._url}
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
        self._request = request.for_limit(_checked_limit(limit))
        self._limit = limit

    async def _fetch(self, url: str | httpx.URL | None, cursor: str | None = None) -> Page[T]:
        response = await self._client._send_call(
            self._request.call(url, cursor), self._request.errors
        )
        return self._client._read(response, self._parse)

    def _parse(self, response: httpx.Response) -> Page[T]:
        return parse_page(response, self._request, self)

    async def first_page(self) -> Page[T]:
        return await self._fetch(None)

    async def get_page(self, url: str | None = None, *, cursor: str | None = None) -> Page[T]:
        """The page at ``url`` (a ``next_page_url``, absolute or relative to
        ``base_url``), or after ``cursor``, with this list's headers."""
        return await self._fetch(_absolute(self._client, url), cursor)

    async def raw_first_page(self) -> RawResponse[Page[T]]:
        response = await self._client._send_call(
            self._request.call(None, None), self._request.errors
        )
        await response.aread()
        return RawResponse(
            response,
            functools.partial(self._client._read, parse=self._parse),
            self._client._config.request_id_header,
        )

    async def _after(self, page: Page[T]) -> Page[T]:
        return await self._fetch(page._next or page.next_page_url, page.next_cursor)

    async def pages(self) -> AsyncIterator[Page[T]]:
        page = await self.first_page()
        seen: set[str | None] = {page._url}
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


def _absolute(client: SyncAPIClient | AsyncAPIClient, url: str | None) -> str | None:
    """A page URL the caller gave, resolved against the client's base URL."""
    return None if url is None else str(httpx.URL(client.base_url + "/").join(url))


def to_raw_page(method: Callable[P, SyncPager[T]]) -> Callable[P, RawResponse[Page[T]]]:
    """Wrap a list method so it returns the first page's ``RawResponse``."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return method(*args, **kwargs).raw_first_page()

    return wrapped


def async_to_raw_page(
    method: Callable[P, AsyncPager[T]],
) -> Callable[P, Awaitable[RawResponse[Page[T]]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[Page[T]]:
        return await method(*args, **kwargs).raw_first_page()

    return wrapped
