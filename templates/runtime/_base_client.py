"""The request pipeline every generated resource hands its calls to.

One ``BaseClient`` holds what sync and async share: configuration, request
building, retry decisions, logging and error mapping. ``SyncAPIClient`` and
``AsyncAPIClient`` only add the I/O loop.

Headers are merged case-insensitively, one value per name. From weakest to
strongest: httpx's defaults, the client's own (User-Agent, Accept,
credentials), ``headers=`` of the client or of ``with_options``, a call's
``extra_headers``, and the call's own header arguments.
"""

from __future__ import annotations

import asyncio
import base64
import functools
import logging
import os
import platform
import random
import time
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any, Awaitable, Callable, Generic, Mapping, ParamSpec, TypeVar
from urllib.parse import urlsplit

import httpx

from ._config import ClientConfig, configure_logging
from ._encoding import encode_form, encode_json, encode_query, merged, scalar_text
from ._exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    error_for_response,
    retry_after_seconds,
)
from ._pagination import AsyncPager, Page, SyncPager, parse_page
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "RawResponse",
    "to_raw_response",
    "async_to_raw_response",
    "to_raw_page",
    "async_to_raw_page",
]

T = TypeVar("T")
P = ParamSpec("P")

log = logging.getLogger(__name__.rpartition(".")[0] or __name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server asking for a longer wait than this gets its error at once.
MAX_RETRY_AFTER = 60.0
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE", "PUT"})
# Statuses that say a request was not processed, so even a POST may be resent.
NOT_PROCESSED_STATUSES = frozenset({429, 503})
# Headers whose values never reach a log line.
SECRET_HEADERS = frozenset({b"authorization", b"proxy-authorization", b"cookie", b"set-cookie"})

_RAW_RESPONSE: ContextVar[bool] = ContextVar("raw_response", default=False)
_NO_OPTIONS: RequestOptions = {}


def no_content(_: Any) -> None:
    """Cast for operations that answer without a body."""
    return None


def json_body(body: Any) -> Any:
    """Cast for operations whose answer the spec does not describe."""
    return body


class RawResponse(Generic[T]):
    """A response with its status, headers and body; ``parse()`` gives the model."""

    def __init__(
        self, response: httpx.Response, cast: Callable[[Any], T], request_id_header: str
    ) -> None:
        self.http_response = response
        self._cast = cast
        self._request_id_header = request_id_header

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The id the API gave this call (Twilio's ``Twilio-Request-Id``)."""
        request_id: str | None = self.http_response.headers.get(self._request_id_header)
        return request_id

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
    items_key: str
    cast: Callable[[Any], T]
    options: RequestOptions
    params: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    # The page-size query parameter and the largest size the API allows.
    page_size: tuple[str, int] | None = None

    def for_limit(self, limit: int | None) -> PageRequest[T]:
        """Ask for no bigger pages than ``limit`` needs, when no size was given."""
        if limit is None or limit <= 0 or self.page_size is None:
            return self
        name, largest = self.page_size
        if not isinstance(self.params.get(name, NOT_GIVEN), NotGiven):
            return self
        return replace(self, params={**self.params, name: min(limit, largest)})


class BaseClient:
    _owns_http: bool

    def __init__(
        self,
        *,
        config: ClientConfig,
        base_url: str | None,
        server_variables: Mapping[str, str | None],
        auth: tuple[str, str] | None,
        settings: Mapping[str, str | None],
        timeout: Timeout,
        max_retries: int,
        headers: Mapping[str, str] | None,
        http_headers: httpx.Headers,
    ) -> None:
        configure_logging(log, config.log_env)
        if auth is None and config.auth_env is not None:
            username = os.environ.get(config.auth_env[0])
            password = os.environ.get(config.auth_env[1])
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
        base_url = base_url or config.base_url(server_variables)
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("put credentials in auth=, not in base_url")
        self.base_url = base_url.rstrip("/")
        self._origin = (parts.scheme, parts.netloc.lower())
        self._config = config
        self._credentials = _Credentials(*auth) if auth else None
        self._settings = {
            setting.name: setting.resolve(settings.get(setting.name), self.username)
            for setting in config.settings
        }
        self.timeout = timeout
        self.max_retries = max_retries
        default_headers = httpx.Headers(http_headers)
        default_headers["User-Agent"] = (
            f"{config.user_agent} python/{platform.python_version()} httpx/{httpx.__version__}"
        )
        default_headers["Accept"] = "application/json"
        if self._credentials is not None:
            default_headers["Authorization"] = self._credentials.header
        if headers:
            default_headers.update(headers)
        self._default_headers = default_headers

    @property
    def timeout(self) -> Timeout:
        return self._timeout

    @timeout.setter
    def timeout(self, value: Timeout) -> None:
        self._timeout = value
        # As httpx wants it in a request's extensions, made once, not per call.
        self._timeout_extension = httpx.Timeout(value).as_dict()

    @property
    def username(self) -> str | None:
        """The user name of the client's credentials (an Account SID or API key SID)."""
        return self._credentials.username if self._credentials else None

    def _setting(self, name: str, given: Any) -> Any:
        """``given``, else the client's value of setting ``name``; an error
        before anything is sent when neither is known."""
        if not isinstance(given, NotGiven):
            return given
        value = self._settings.get(name)
        if value is None:
            setting = next(s for s in self._config.settings if s.name == name)
            raise ValueError(setting.missing(self.username))
        return value

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
        if headers:
            new._default_headers = self._default_headers.copy()
            new._default_headers.update(headers)
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

    def _headers_for(
        self, headers: Mapping[str, Any] | None, extra: Mapping[str, str | None] | None
    ) -> httpx.Headers:
        result = self._default_headers
        if extra:
            result = result.copy()
            for name, value in extra.items():
                if value is None:
                    result.pop(name, None)
                else:
                    result[name] = value
        if headers:
            for name, value in headers.items():
                if not isinstance(value, NotGiven):
                    if result is self._default_headers:
                        result = result.copy()  # copied only when something changes
                    result[name] = scalar_text(value)
        return result

    def _build(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        form: Mapping[str, Any] | None,
        json: Any,
        options: RequestOptions,
    ) -> httpx.Request:
        all_headers = self._headers_for(headers, options.get("extra_headers"))
        extra_query = options.get("extra_query")
        if extra_query:
            params = merged(params or {}, extra_query)
        extra_body = options.get("extra_body")
        if extra_body:
            if form is not None:
                form = merged(form, extra_body)
            elif isinstance(json, Mapping):
                json = merged(json, extra_body)
            elif isinstance(json, NotGiven):
                json = extra_body
            else:
                raise TypeError("extra_body needs a body that is a JSON object or a form")
        content: bytes | None = None
        if form is not None or not isinstance(json, NotGiven):
            if all_headers is self._default_headers:
                all_headers = all_headers.copy()
            if form is not None:
                content = encode_form(form)
                all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            else:
                content = encode_json(json)
                all_headers["Content-Type"] = "application/json"
        if "timeout" in options:
            timeout_extension = httpx.Timeout(options["timeout"]).as_dict()
        else:
            timeout_extension = self._timeout_extension
        # A Request of our own rather than http.build_request(): the headers
        # are merged once at start-up, which halves the per-call cost.
        return httpx.Request(
            method,
            self._url(path),
            params=encode_query(params) if params else None,
            headers=all_headers,
            content=content,
            extensions={"timeout": timeout_extension},
        )

    # -- logging and retries --------------------------------------------------

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        shown = ", ".join(
            f"{name.decode('latin-1')}: "
            + ("<hidden>" if name.lower() in SECRET_HEADERS else value.decode("latin-1"))
            for name, value in request.headers.raw
        )
        log.debug(
            "request: %s %s (attempt %d) headers {%s}",
            request.method,
            request.url,
            attempt + 1,
            shown,
        )

    def _log_response(self, response: httpx.Response, started: float) -> None:
        request = response.request
        log.debug(
            "response: %s %s -> %d in %.0f ms, request id %s",
            request.method,
            request.url,
            response.status_code,
            (time.monotonic() - started) * 1000,
            response.headers.get(self._config.request_id_header, "-"),
        )

    def _retries(self, options: RequestOptions) -> int:
        return options.get("max_retries", self.max_retries)

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
            log.debug("%s %s failed (%s); not retried", request.method, request.url, error)
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
        status = response.status_code
        if status < 400 or attempt >= max_retries:
            return None
        request = response.request
        idempotent = request.method in IDEMPOTENT_METHODS
        if not (
            status in NOT_PROCESSED_STATUSES or idempotent and (status == 408 or status >= 500)
        ):
            return None
        request_id = response.headers.get(self._config.request_id_header, "-")
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            log.info(
                "%s %s -> %d, request id %s; the API asks to wait %.0fs, more than %.0fs: not retried",
                request.method,
                request.url,
                status,
                request_id,
                retry_after,
                MAX_RETRY_AFTER,
            )
            return None
        delay = _backoff(attempt) if retry_after is None else retry_after
        log.info(
            "%s %s -> %d, request id %s; retrying in %.2fs",
            request.method,
            request.url,
            status,
            request_id,
            delay,
        )
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
                page_request.options,
            )
        # A next-page URL carries its own query: only the headers are sent again.
        options = {k: v for k, v in page_request.options.items() if k != "extra_query"}
        return self._build(
            "GET", url, None, page_request.headers, None, NOT_GIVEN, options  # type: ignore[arg-type]
        )

    def _page(self, response: httpx.Response, page_request: PageRequest[T], pager: Any) -> Page[T]:
        return parse_page(self._checked(response), page_request.items_key, page_request.cast, pager)

    def _raw_page(
        self, response: httpx.Response, page_request: PageRequest[T], pager: Any
    ) -> RawResponse[Page[T]]:
        def cast(_: Any) -> Page[T]:
            return parse_page(response, page_request.items_key, page_request.cast, pager)

        return RawResponse(self._checked(response), cast, self._config.request_id_header)

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

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise error_for_response(response, self._config.request_id_header)
        return response

    def _finish(self, response: httpx.Response, cast: Callable[[Any], T]) -> T:
        self._checked(response)
        if _RAW_RESPONSE.get():
            return RawResponse(response, cast, self._config.request_id_header)  # type: ignore[return-value]
        return cast(_decode(response))


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s... up to 8 s."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        super().__init__(http_headers=self._http.headers, **options)

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
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
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
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        request = self._build(method, path, params, headers, form, json, options)
        return self._finish(self._send(request, self._retries(options)), cast)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> SyncPager[T]:
        return SyncPager(self, page_request, limit)

    def _fetch_page(self, page_request: PageRequest[T], url: str | None, pager: Any) -> Page[T]:
        request = self._page_request(page_request, url)
        response = self._send(request, self._retries(page_request.options))
        return self._page(response, page_request, pager)

    def _fetch_raw_page(self, page_request: PageRequest[T], pager: Any) -> RawResponse[Page[T]]:
        request = self._page_request(page_request, None)
        response = self._send(request, self._retries(page_request.options))
        response.read()
        return self._raw_page(response, page_request, pager)

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
        options = _options(timeout, max_retries)
        request = self._build(method.upper(), path, params, headers, form, json, options)
        return self._checked(self._send(request, self._retries(options)))


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        super().__init__(http_headers=self._http.headers, **options)

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
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
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
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        request = self._build(method, path, params, headers, form, json, options)
        return self._finish(await self._send(request, self._retries(options)), cast)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> AsyncPager[T]:
        return AsyncPager(self, page_request, limit)

    async def _fetch_page(
        self, page_request: PageRequest[T], url: str | None, pager: Any
    ) -> Page[T]:
        request = self._page_request(page_request, url)
        response = await self._send(request, self._retries(page_request.options))
        return self._page(response, page_request, pager)

    async def _fetch_raw_page(
        self, page_request: PageRequest[T], pager: Any
    ) -> RawResponse[Page[T]]:
        request = self._page_request(page_request, None)
        response = await self._send(request, self._retries(page_request.options))
        await response.aread()
        return self._raw_page(response, page_request, pager)

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
        options = _options(timeout, max_retries)
        request = self._build(method.upper(), path, params, headers, form, json, options)
        return self._checked(await self._send(request, self._retries(options)))


def _options(timeout: Timeout | NotGiven, max_retries: int | NotGiven) -> RequestOptions:
    options: RequestOptions = {}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        options["max_retries"] = max_retries
    return options


_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)
