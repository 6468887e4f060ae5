"""The request pipeline every generated resource hands its calls to.

One ``BaseClient`` holds what sync and async share: configuration, request
building, retry decisions and error mapping. ``SyncAPIClient`` and
``AsyncAPIClient`` only add the I/O loop.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import functools
import logging
import os
import platform
import random
import time
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Awaitable, Callable, Generic, Mapping, ParamSpec, TypeVar
from urllib.parse import urlsplit

import httpx

from ._encoding import encode_form, encode_headers, encode_json, encode_query
from ._exceptions import ApiConnectionError, ApiError, ApiTimeoutError, error_for_response
from ._pagination import AsyncPager, Page, SyncPager, parse_page
from ._types import NOT_GIVEN, NotGiven, Timeout

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "RawResponse",
    "to_raw_response",
    "async_to_raw_response",
]

T = TypeVar("T")
P = ParamSpec("P")

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
# Statuses that say a request was not processed, so even a POST may be resent.
NOT_PROCESSED_STATUSES = frozenset({429, 503})

_RAW_RESPONSE: ContextVar[bool] = ContextVar("raw_response", default=False)


def no_content(_: Any) -> None:
    """Cast for operations that answer without a body."""
    return None


def json_body(body: Any) -> Any:
    """Cast for operations whose answer the spec does not describe."""
    return body


class RawResponse(Generic[T]):
    """A response with its status, headers and body; ``parse()`` gives the model."""

    def __init__(self, response: httpx.Response, cast: Callable[[Any], T]) -> None:
        self.http_response = response
        self._cast = cast

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        return self._cast(_decode(self.http_response))

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}]>"


def to_raw_response(method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
    """Wrap a resource method so it returns the ``RawResponse`` instead."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW_RESPONSE.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def async_to_raw_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, Awaitable[RawResponse[T]]]:
    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = _RAW_RESPONSE.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _RAW_RESPONSE.reset(token)

    return wrapped


def _decode(response: httpx.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        raise ApiError(
            f"the {response.status_code} response is not valid JSON",
            method=response.request.method,
            url=str(response.request.url),
        ) from None


class _Credentials:
    """HTTP Basic credentials that never show in a repr, a log or a pickle."""

    __slots__ = ("username", "header")

    def __init__(self, username: str, password: str) -> None:
        self.username = username
        token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
        self.header = f"Basic {token}"

    def __repr__(self) -> str:
        return "<credentials hidden>"

    def __reduce__(self) -> Any:
        raise TypeError("credentials cannot be pickled")


@dataclass(frozen=True)
class PageRequest(Generic[T]):
    """What a list call needs to fetch any of its pages."""

    path: str
    params: Mapping[str, Any]
    headers: Mapping[str, Any]
    items_key: str
    cast: Callable[[Any], T]
    timeout: Timeout | NotGiven
    max_retries: int | NotGiven


class BaseClient:
    _owns_http: bool

    def __init__(
        self,
        *,
        base_url: str,
        auth: tuple[str, str] | None,
        auth_env: tuple[str, str] | None,
        timeout: Timeout,
        max_retries: int,
        headers: Mapping[str, str] | None,
        user_agent: str,
    ) -> None:
        if auth is None and auth_env is not None:
            username, password = os.environ.get(auth_env[0]), os.environ.get(auth_env[1])
            if username and password:
                auth = (username, password)
        if auth is not None and not (
            isinstance(auth, tuple)
            and len(auth) == 2
            and all(isinstance(part, str) for part in auth)
        ):
            raise TypeError("auth must be a (username, password) tuple of strings")
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("put credentials in auth=, not in base_url")
        self.base_url = base_url.rstrip("/")
        self._origin = (parts.scheme, parts.netloc.lower())
        self._credentials = _Credentials(*auth) if auth else None
        self.timeout = timeout
        self.max_retries = max_retries
        self._headers: dict[str, str] = {
            "User-Agent": f"{user_agent} python/{platform.python_version()} httpx/{httpx.__version__}",
            "Accept": "application/json",
        }
        if headers:
            self._headers.update(headers)

    @property
    def username(self) -> str | None:
        """The user name of the client's credentials (a Twilio Account SID)."""
        return self._credentials.username if self._credentials else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def __reduce__(self) -> Any:
        raise TypeError(
            f"{type(self).__name__} cannot be pickled (it holds credentials and connections)"
        )

    def _copy(
        self,
        timeout: Timeout | NotGiven,
        max_retries: int | NotGiven,
        headers: Mapping[str, str] | None,
    ) -> Any:
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        if not isinstance(timeout, NotGiven):
            new.timeout = timeout
        if not isinstance(max_retries, NotGiven):
            new.max_retries = max_retries
        new._headers = {**self._headers, **(headers or {})}
        new._owns_http = False  # the copy shares, and never closes, the connection pool
        return new

    # -- building requests --------------------------------------------------

    def _url(self, path_or_url: str) -> str:
        if "://" not in path_or_url:
            return self.base_url + path_or_url
        parts = urlsplit(path_or_url)
        if (parts.scheme, parts.netloc.lower()) != self._origin:
            # Never send credentials to a host the caller did not choose.
            raise ApiError(
                f"refusing to follow a URL outside {self.base_url}: {parts.scheme}://{parts.netloc}"
            )
        return path_or_url

    def _headers_for(self, headers: Mapping[str, Any] | None) -> dict[str, str]:
        merged = dict(self._headers)
        if headers:
            merged.update(encode_headers(headers))
        if self._credentials is not None:
            merged["Authorization"] = self._credentials.header
        return merged

    def _timeout_for(self, timeout: Timeout | NotGiven) -> Timeout:
        return self.timeout if isinstance(timeout, NotGiven) else timeout

    def _build(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        form: Mapping[str, Any] | None,
        json: Any,
        timeout: Timeout | NotGiven,
    ) -> httpx.Request:
        all_headers = self._headers_for(headers)
        content: bytes | None = None
        if form is not None:
            content = encode_form(form)
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif not isinstance(json, NotGiven):
            content = encode_json(json)
            all_headers["Content-Type"] = "application/json"
        # A Request of our own rather than http.build_request(): the headers
        # are merged once at start-up, which halves the per-call cost.
        return httpx.Request(
            method,
            self._url(path),
            params=encode_query(params) if params else None,
            headers=all_headers,
            content=content,
            extensions={"timeout": httpx.Timeout(self._timeout_for(timeout)).as_dict()},
        )

    # -- retries --------------------------------------------------------------

    def _retries(self, max_retries: int | NotGiven) -> int:
        return self.max_retries if isinstance(max_retries, NotGiven) else max_retries

    def _delay_after_error(
        self, error: httpx.TransportError, request: httpx.Request, attempt: int, max_retries: int
    ) -> float | None:
        """Seconds to wait before trying again after ``error``, or None to give up.

        A refused or timed-out connection never reached the server, so even a
        POST is sent again; other failures only for idempotent methods."""
        idempotent = request.method in IDEMPOTENT_METHODS
        if attempt >= max_retries or not (
            idempotent or isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout))
        ):
            return None
        delay = _backoff(attempt)
        log.info(
            "%s %s failed (%s); retrying in %.2fs",
            request.method,
            request.url,
            type(error).__name__,
            delay,
        )
        return delay

    def _delay_after_response(
        self, response: httpx.Response, attempt: int, max_retries: int
    ) -> float | None:
        """Seconds to wait before trying again after ``response``, or None to keep it."""
        request = response.request
        if log.isEnabledFor(logging.DEBUG):
            log.debug(
                "%s %s -> %d (attempt %d)",
                request.method,
                request.url,
                response.status_code,
                attempt + 1,
            )
        status = response.status_code
        if status < 400 or attempt >= max_retries:
            return None
        idempotent = request.method in IDEMPOTENT_METHODS
        if not (
            status in NOT_PROCESSED_STATUSES or idempotent and (status == 408 or status >= 500)
        ):
            return None
        retry_after = _retry_after(response.headers.get("Retry-After"))
        delay = _backoff(attempt) if retry_after is None else min(retry_after, MAX_RETRY_AFTER)
        log.info("%s %s -> %d; retrying in %.2fs", request.method, request.url, status, delay)
        return delay

    def _page_request(self, page_request: PageRequest[T], url: str | None) -> httpx.Request:
        if url is None:
            return self._build(
                "GET",
                page_request.path,
                page_request.params,
                page_request.headers,
                None,
                NOT_GIVEN,
                page_request.timeout,
            )
        return self._build(
            "GET", url, None, page_request.headers, None, NOT_GIVEN, page_request.timeout
        )

    @staticmethod
    def _page(response: httpx.Response, page_request: PageRequest[T]) -> Page[T]:
        return parse_page(_checked(response), page_request.items_key, page_request.cast)

    @staticmethod
    def _connection_error(
        error: httpx.TransportError, request: httpx.Request
    ) -> ApiConnectionError:
        cls = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
        reason = (
            "the request timed out"
            if cls is ApiTimeoutError
            else f"connection failed: {type(error).__name__}"
        )
        return cls(reason, method=request.method, url=str(request.url))

    def _finish(self, response: httpx.Response, cast: Callable[[Any], T]) -> T:
        _checked(response)
        if _RAW_RESPONSE.get():
            return RawResponse(response, cast)  # type: ignore[return-value]
        return cast(_decode(response))


def _checked(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 400:
        raise error_for_response(response)
    return response


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s... up to 8 s."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number or an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, float(when.timestamp()) - time.time())


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._headers = {**self._http.headers, **self._headers}

    def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self: _SyncSelf) -> _SyncSelf:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _send(self, request: httpx.Request, max_retries: int) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = self._delay_after_response(response, attempt, max_retries)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            attempt += 1

    def _request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[Any], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        request = self._build(method, path, params, headers, form, json, timeout)
        return self._finish(self._send(request, self._retries(max_retries)), cast)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> SyncPager[T]:
        return SyncPager(self, page_request, limit)

    def _fetch_page(self, page_request: PageRequest[T], url: str | None) -> Page[T]:
        request = self._page_request(page_request, url)
        return self._page(
            self._send(request, self._retries(page_request.max_retries)), page_request
        )

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Call any endpoint, described by the spec or not, with the client's
        credentials, retries and error handling. ``path`` is relative to
        ``base_url``; the response is returned as it came (4xx/5xx raise)."""
        request = self._build(method.upper(), path, params, headers, form, json, timeout)
        return _checked(self._send(request, self._retries(max_retries)))


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        super().__init__(**options)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._headers = {**self._http.headers, **self._headers}

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self: _AsyncSelf) -> _AsyncSelf:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def _send(self, request: httpx.Request, max_retries: int) -> httpx.Response:
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                delay = self._delay_after_response(response, attempt, max_retries)
                if delay is None:
                    return response
                await response.aclose()
            await asyncio.sleep(delay)
            attempt += 1

    async def _request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[Any], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> T:
        request = self._build(method, path, params, headers, form, json, timeout)
        return self._finish(await self._send(request, self._retries(max_retries)), cast)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> AsyncPager[T]:
        return AsyncPager(self, page_request, limit)

    async def _fetch_page(self, page_request: PageRequest[T], url: str | None) -> Page[T]:
        request = self._page_request(page_request, url)
        return self._page(
            await self._send(request, self._retries(page_request.max_retries)), page_request
        )

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Call any endpoint with the client's credentials, retries and errors."""
        request = self._build(method.upper(), path, params, headers, form, json, timeout)
        return _checked(await self._send(request, self._retries(max_retries)))


_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)
