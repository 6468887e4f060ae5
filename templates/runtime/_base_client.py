"""The request pipeline every generated resource hands its calls to.

One ``BaseClient`` holds what sync and async share: configuration, request
building, credentials, retry decisions, logging and error mapping.
``SyncAPIClient`` and ``AsyncAPIClient`` only add the I/O loop.

Headers are merged case-insensitively, one value per name. From weakest to
strongest: httpx's defaults, the client's own (User-Agent, Accept), the
credentials the call needs, ``headers=`` of the client or of
``with_options``, a call's ``extra_headers``, and the call's own header
arguments.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import platform
import random
import time
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generic,
    Iterator,
    Mapping,
    ParamSpec,
    TypeVar,
)
from urllib.parse import urlsplit

import httpx

from ._auth import Credentials, Requirement
from ._config import ClientConfig, configure_logging
from ._encoding import (
    cookie_header,
    encode_form,
    encode_json,
    encode_multipart,
    encode_query,
    header_text,
    merged,
    raw_content,
)
from ._exceptions import (
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    error_for_response,
    retry_after_seconds,
)
from ._pagination import AsyncPager, Page, SyncPager, parse_page
from ._streaming import (
    AsyncStream,
    AsyncStreamedResponse,
    ServerSentEvent,
    Stream,
    StreamedResponse,
)
from ._types import NOT_GIVEN, NotGiven, RequestOptions, Timeout

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "RawResponse",
    "to_raw_response",
    "async_to_raw_response",
    "to_raw_page",
    "async_to_raw_page",
    "to_streamed_response",
    "async_to_streamed_response",
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
# Headers whose values never reach a log line (besides API-key headers).
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# How an answer's body is read.
JSON, BINARY, TEXT, NONE, EVENTS = "json", "binary", "text", "none", "events"

_RAW_RESPONSE: ContextVar[bool] = ContextVar("raw_response", default=False)
_STREAMED: ContextVar[bool] = ContextVar("streamed_response", default=False)
_NO_OPTIONS: RequestOptions = {}
_DEFAULT_SECURITY: Any = object()


def no_content(_: Any) -> None:
    """Cast for operations that answer without a body."""
    return None


def json_body(body: Any) -> Any:
    """Cast for answers that need no converting."""
    return body


def _event(event: ServerSentEvent) -> ServerSentEvent:
    return event


class RawResponse(Generic[T]):
    """A response with its status, headers and body; ``parse()`` gives what the
    method would have returned."""

    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        request_id_header: str,
    ) -> None:
        self.http_response = response
        self._parse = parse
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
        return self._parse(self.http_response)

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


def to_streamed_response(
    method: Callable[P, T],
) -> Callable[P, contextlib.AbstractContextManager[StreamedResponse[T]]]:
    """Wrap a resource method so it gives, in a ``with`` block, the answer
    with its body not yet read."""

    @functools.wraps(method)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> contextlib.AbstractContextManager[StreamedResponse[T]]:
        @contextlib.contextmanager
        def opened() -> Iterator[StreamedResponse[T]]:
            token = _STREAMED.set(True)
            try:
                response: StreamedResponse[T] = method(*args, **kwargs)  # type: ignore[assignment]
            finally:
                _STREAMED.reset(token)
            try:
                yield response
            finally:
                response.close()

        return opened()

    return wrapped


def async_to_streamed_response(
    method: Callable[P, Awaitable[T]],
) -> Callable[P, contextlib.AbstractAsyncContextManager[AsyncStreamedResponse[T]]]:
    @functools.wraps(method)
    def wrapped(
        *args: P.args, **kwargs: P.kwargs
    ) -> contextlib.AbstractAsyncContextManager[AsyncStreamedResponse[T]]:
        @contextlib.asynccontextmanager
        async def opened() -> AsyncIterator[AsyncStreamedResponse[T]]:
            token = _STREAMED.set(True)
            try:
                response: AsyncStreamedResponse[T] = await method(*args, **kwargs)  # type: ignore[assignment]
            finally:
                _STREAMED.reset(token)
            try:
                yield response
            finally:
                await response.close()

        return opened()

    return wrapped


def _decode(response: httpx.Response, answer: str) -> Any:
    """The body of a success, read as the operation says."""
    if answer == BINARY:
        return response.content
    if answer == TEXT:
        return response.text
    if answer == NONE or response.status_code == 204 or not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        raise ApiError(
            f"the {response.status_code} response is not valid JSON",
            method=response.request.method,
            url=str(response.request.url),
        ) from None


@dataclass(frozen=True)
class Call:
    """Everything one call sends, but the I/O."""

    method: str
    path: str
    params: Mapping[str, Any] | None = None
    headers: Mapping[str, Any] | None = None
    cookies: Mapping[str, Any] | None = None
    form: Mapping[str, Any] | None = None
    json: Any = NOT_GIVEN
    multipart: Mapping[str, Any] | None = None
    content: Any = NOT_GIVEN  # a raw body: bytes, a binary file, an iterable of bytes
    text: Any = NOT_GIVEN  # a text body
    content_type: str | None = None
    security: Any = _DEFAULT_SECURITY  # Requirement, or the API's default
    server: str | None = None
    options: RequestOptions = field(default_factory=lambda: RequestOptions())


@dataclass(frozen=True)
class PageRequest(Generic[T]):
    """What a list call needs to fetch any of its pages."""

    path: str
    items_key: str  # a key of the body, dotted for a nested one; "" for the body itself
    cast: Callable[[Any], T]
    options: RequestOptions
    params: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    cookies: Mapping[str, Any] | None = None
    # The page-size query parameter and the largest size the API allows.
    page_size: tuple[str, int] | None = None
    profile: str = "twilio"  # twilio, next-link, link-header or cursor
    next_path: tuple[str, ...] = ()
    cursor_param: str = ""
    security: Any = _DEFAULT_SECURITY
    server: str | None = None
    errors: Mapping[str, Callable[[Any], Any]] | None = None  # documented error bodies

    def for_limit(self, limit: int | None) -> PageRequest[T]:
        """Ask for no bigger pages than ``limit`` needs, when no size was given."""
        if limit is None or limit <= 0 or self.page_size is None:
            return self
        name, largest = self.page_size
        if not isinstance(self.params.get(name, NOT_GIVEN), NotGiven):
            return self
        return replace(self, params={**self.params, name: min(limit, largest)})

    def call(self, url: str | None, cursor: str | None) -> Call:
        """The call that fetches the first page, the page at ``url``, or the page
        after ``cursor``."""
        if url is not None:
            # A next-page URL carries its own query: only the headers are sent again.
            options = {k: v for k, v in self.options.items() if k != "extra_query"}
            return Call(
                "GET", url, None, self.headers, self.cookies, security=self.security,
                options=options,  # type: ignore[arg-type]
            )  # fmt: skip
        params = self.params if cursor is None else {**self.params, self.cursor_param: cursor}
        return Call(
            "GET", self.path, params, self.headers, self.cookies, security=self.security,
            server=self.server, options=self.options,
        )  # fmt: skip


class BaseClient:
    _owns_http: bool

    def __init__(
        self,
        *,
        config: ClientConfig,
        base_url: str | None,
        server_variables: Mapping[str, str | None],
        credentials: Mapping[str, object],
        settings: Mapping[str, str | None],
        timeout: Timeout,
        max_retries: int,
        headers: Mapping[str, str] | None,
        http_headers: httpx.Headers,
    ) -> None:
        configure_logging(log, config.log_env)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        self._base_url_given = bool(base_url)
        base_url = base_url or config.base_url(server_variables)
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("put credentials in auth=, not in base_url")
        self.base_url = base_url.rstrip("/")
        self._origins = {(parts.scheme, parts.netloc.lower())} | {
            (s.scheme, s.netloc.lower()) for s in map(urlsplit, config.operation_servers)
        }
        self._config = config
        self._credentials = Credentials(config.schemes, credentials)
        self._secret_headers = SECRET_HEADERS | self._credentials.secret_names()
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
        self._default_headers = default_headers
        self._user_headers = httpx.Headers(headers or {})
        # The headers a requirement's static credentials make, built once.
        self._prepared: dict[Any, tuple[httpx.Headers, tuple[tuple[str, str], ...], str]] = {}

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
        """The user name of the client's HTTP basic credentials, if any."""
        return self._credentials.username

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
            new._user_headers = self._user_headers.copy()
            new._user_headers.update(headers)
            new._prepared = {}
        new._owns_http = False  # the copy shares, and never closes, the connection pool
        return new

    # -- building requests --------------------------------------------------

    def _url(self, path_or_url: str, server: str | None = None) -> str:
        if "://" not in path_or_url:
            base = server if server and not self._base_url_given else self.base_url
            return base + path_or_url
        parts = urlsplit(path_or_url)
        if (parts.scheme, parts.netloc.lower()) not in self._origins:
            # Never send credentials to a host the caller did not choose.
            raise ApiError(
                f"refusing to follow a URL outside {self.base_url}: {parts.scheme}://{parts.netloc}"
            )
        return path_or_url

    def _prepare(
        self, security: Any, what: str
    ) -> tuple[httpx.Headers, tuple[tuple[str, str], ...], str]:
        """The headers (defaults, credentials, the client's own), the query
        parameters and the cookie a call's credentials need."""
        requirement: Requirement = (
            self._config.security if security is _DEFAULT_SECURITY else security
        )
        prepared = self._prepared.get(requirement)
        if prepared is not None:
            return prepared
        applied = self._credentials.apply(requirement, what)
        headers = self._default_headers.copy()
        headers.update(applied.headers)
        headers.update(self._user_headers)
        prepared = (headers, applied.params, cookie_header(applied.cookies))
        if self._credentials.static(requirement):
            self._prepared[requirement] = prepared
        return prepared

    def _build(self, call: Call, asynchronous: bool = False) -> tuple[httpx.Request, bool]:
        """The request, and whether it can be sent again as it is (a streamed
        body cannot)."""
        options = call.options
        base_headers, auth_params, auth_cookie = self._prepare(
            call.security, f"{call.method} {call.path}"
        )
        all_headers = base_headers
        extra = options.get("extra_headers")
        if extra:
            all_headers = all_headers.copy()
            for name, value in extra.items():
                if value is None:
                    all_headers.pop(name, None)
                else:
                    all_headers[name] = value
        if call.headers:
            for name, value in call.headers.items():
                if not isinstance(value, NotGiven):
                    if all_headers is base_headers:
                        all_headers = all_headers.copy()  # copied only when something changes
                    all_headers[name] = header_text(value)
        cookie = auth_cookie
        if call.cookies:
            given = cookie_header(call.cookies.items())
            cookie = "; ".join(c for c in (given, auth_cookie) if c)
        if cookie:
            all_headers = all_headers.copy() if all_headers is base_headers else all_headers
            all_headers["Cookie"] = cookie

        params = call.params
        extra_query = options.get("extra_query")
        if extra_query:
            params = merged(params or {}, extra_query)
        query: list[tuple[str, Any]] = encode_query(params) if params else []
        if auth_params:
            query += list(auth_params)

        form, body, multipart = call.form, call.json, call.multipart
        extra_body = options.get("extra_body")
        if extra_body:
            if form is not None:
                form = merged(form, extra_body)
            elif multipart is not None:
                multipart = merged(multipart, extra_body)
            elif isinstance(body, Mapping):
                body = merged(body, extra_body)
            elif (
                isinstance(body, NotGiven)
                and isinstance(call.content, NotGiven)
                and isinstance(call.text, NotGiven)
            ):
                body = extra_body
            else:
                raise TypeError("extra_body needs a body that is a JSON object or a form")
        content: Any = None
        replayable = True
        content_type = call.content_type
        if form is not None:
            content = encode_form(form)
            content_type = content_type or "application/x-www-form-urlencoded"
        elif not isinstance(body, NotGiven):
            content = encode_json(body)
            content_type = content_type or "application/json"
        elif not isinstance(call.text, NotGiven):
            if not isinstance(call.text, str):
                raise TypeError(f"body takes text, not {type(call.text).__name__}")
            content = call.text.encode("utf-8")
        elif not isinstance(call.content, NotGiven):
            content = raw_content(call.content, asynchronous)
            replayable = isinstance(content, bytes)
        if content_type:
            all_headers = all_headers.copy() if all_headers is base_headers else all_headers
            all_headers["Content-Type"] = content_type
        if "timeout" in options:
            timeout_extension = httpx.Timeout(options["timeout"]).as_dict()
        else:
            timeout_extension = self._timeout_extension
        url = self._url(call.path, call.server)
        if multipart is not None:
            data, files = encode_multipart(multipart)
            # httpx writes the boundary into Content-Type itself.
            all_headers = all_headers.copy() if all_headers is base_headers else all_headers
            all_headers.pop("Content-Type", None)
            request = httpx.Request(
                call.method,
                url,
                params=query or None,
                headers=all_headers,
                data=dict(_grouped(data)),
                files=files or None,
                extensions={"timeout": timeout_extension},
            )
            return request, all(not hasattr(f[1], "read") for _, f in files)
        # A Request of our own rather than http.build_request(): the headers
        # are merged once, not per call, which halves the per-call cost.
        request = httpx.Request(
            call.method,
            url,
            params=query or None,
            headers=all_headers,
            content=content,
            extensions={"timeout": timeout_extension},
        )
        return request, replayable

    # -- logging and retries --------------------------------------------------

    def _log_request(self, request: httpx.Request, attempt: int) -> None:
        shown = ", ".join(
            f"{name.decode('latin-1')}: "
            + (
                "<hidden>"
                if name.decode("latin-1").lower() in self._secret_headers
                else value.decode("latin-1")
            )
            for name, value in request.headers.raw
        )
        log.debug(
            "request: %s %s (attempt %d) headers {%s}",
            request.method,
            _shown_url(request.url, self._config),
            attempt + 1,
            shown,
        )

    def _log_response(self, response: httpx.Response, started: float) -> None:
        request = response.request
        log.debug(
            "response: %s %s -> %d in %.0f ms, request id %s",
            request.method,
            _shown_url(request.url, self._config),
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
            _shown_url(request.url, self._config),
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
        url = _shown_url(request.url, self._config)
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if retry_after is not None and retry_after > MAX_RETRY_AFTER:
            log.info(
                "%s %s -> %d, request id %s; the API asks to wait %.0fs, more than %.0fs: not retried",
                request.method,
                url,
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
            url,
            status,
            request_id,
            delay,
        )
        return delay

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

    def _checked(
        self, response: httpx.Response, errors: Mapping[str, Callable[[Any], Any]] | None = None
    ) -> httpx.Response:
        if response.status_code >= 400:
            raise error_for_response(response, self._config.request_id_header, errors)
        return response

    def _parser(
        self,
        answer: str,
        cast: Callable[[Any], T],
        casts: Mapping[str, Callable[[Any], Any]] | None,
    ) -> Callable[[httpx.Response], T]:
        """How a success's body becomes the method's result."""

        def parse(response: httpx.Response) -> T:
            convert: Callable[[Any], Any] = cast
            if casts:
                status = str(response.status_code)
                convert = casts.get(status) or casts.get(status[0] + "XX") or cast
            result: T = convert(_decode(response, answer))
            return result

        return parse

    def _finish(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        if _RAW_RESPONSE.get():
            return RawResponse(response, parse, self._config.request_id_header)  # type: ignore[return-value]
        return parse(response)

    def _page(self, response: httpx.Response, page_request: PageRequest[T], pager: Any) -> Page[T]:
        return parse_page(self._checked(response, page_request.errors), page_request, pager)

    def _raw_page(
        self, response: httpx.Response, page_request: PageRequest[T], pager: Any
    ) -> RawResponse[Page[T]]:
        def parse(raw: httpx.Response) -> Page[T]:
            return parse_page(raw, page_request, pager)

        return RawResponse(
            self._checked(response, page_request.errors), parse, self._config.request_id_header
        )


def _grouped(pairs: list[tuple[str, str]]) -> Iterator[tuple[str, Any]]:
    """Form fields for httpx: a repeated name gets a list."""
    seen: dict[str, list[str]] = {}
    for name, value in pairs:
        seen.setdefault(name, []).append(value)
    for name, values in seen.items():
        yield name, values if len(values) > 1 else values[0]


def _shown_url(url: httpx.URL, config: ClientConfig) -> str:
    """The URL for a log line: query parameters that carry credentials hidden."""
    hidden = config.secret_params
    if not hidden or not url.query:
        return str(url)
    params = [(k, "<hidden>" if k in hidden else v) for k, v in url.params.multi_items()]
    return str(url.copy_with(params=params))


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

    def _send(
        self, request: httpx.Request, max_retries: int, stream: bool = False
    ) -> httpx.Response:
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
                delay = self._delay_after_response(response, attempt, max_retries)
                if delay is None:
                    if stream and response.status_code >= 400:
                        response.read()  # the error's body, for the error
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
        cookies: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        multipart: Mapping[str, Any] | None = None,
        content: Any = NOT_GIVEN,
        text: Any = NOT_GIVEN,
        content_type: str | None = None,
        answer: str = JSON,
        casts: Mapping[str, Callable[[Any], Any]] | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        security: Any = _DEFAULT_SECURITY,
        server: str | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        call = Call(
            method, path, params, headers, cookies, form, json, multipart, content, text,
            content_type, security, server, options,
        )  # fmt: skip
        request, replayable = self._build(call)
        retries = self._retries(options) if replayable else 0
        streamed = _STREAMED.get()
        if answer == EVENTS and not streamed:
            response = self._checked(self._send(request, retries, stream=True), errors)
            return Stream(response, _event)  # type: ignore[return-value]
        response = self._checked(self._send(request, retries, stream=streamed), errors)
        parse = self._parser(answer, cast, casts)
        if streamed:
            return StreamedResponse(response, parse, self._config.request_id_header)  # type: ignore[return-value]
        return self._finish(response, parse)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> SyncPager[T]:
        return SyncPager(self, page_request, limit)

    def _fetch_page(
        self,
        page_request: PageRequest[T],
        url: str | None,
        pager: Any,
        cursor: str | None = None,
    ) -> Page[T]:
        request, _ = self._build(page_request.call(url, cursor))
        response = self._send(request, self._retries(page_request.options))
        return self._page(response, page_request, pager)

    def _fetch_raw_page(self, page_request: PageRequest[T], pager: Any) -> RawResponse[Page[T]]:
        request, _ = self._build(page_request.call(None, None))
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
        content: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Call any endpoint, described by the spec or not, with the client's
        credentials, retries and error handling. ``path`` is relative to
        ``base_url``; the response is returned as it came (4xx/5xx raise)."""
        options = _options(timeout, max_retries)
        call = Call(
            method.upper(),
            path,
            params,
            headers,
            None,
            form,
            json,
            content=content,
            options=options,
        )
        request, replayable = self._build(call)
        return self._checked(self._send(request, self._retries(options) if replayable else 0))


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

    async def _send(
        self, request: httpx.Request, max_retries: int, stream: bool = False
    ) -> httpx.Response:
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
                delay = self._delay_after_response(response, attempt, max_retries)
                if delay is None:
                    if stream and response.status_code >= 400:
                        await response.aread()  # the error's body, for the error
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
        cookies: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        multipart: Mapping[str, Any] | None = None,
        content: Any = NOT_GIVEN,
        text: Any = NOT_GIVEN,
        content_type: str | None = None,
        answer: str = JSON,
        casts: Mapping[str, Callable[[Any], Any]] | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        security: Any = _DEFAULT_SECURITY,
        server: str | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> T:
        call = Call(
            method, path, params, headers, cookies, form, json, multipart, content, text,
            content_type, security, server, options,
        )  # fmt: skip
        request, replayable = self._build(call, asynchronous=True)
        retries = self._retries(options) if replayable else 0
        streamed = _STREAMED.get()
        if answer == EVENTS and not streamed:
            response = self._checked(await self._send(request, retries, stream=True), errors)
            return AsyncStream(response, _event)  # type: ignore[return-value]
        response = self._checked(await self._send(request, retries, stream=streamed), errors)
        parse = self._parser(answer, cast, casts)
        if streamed:
            return AsyncStreamedResponse(response, parse, self._config.request_id_header)  # type: ignore[return-value]
        return self._finish(response, parse)

    def _list(self, page_request: PageRequest[T], limit: int | None) -> AsyncPager[T]:
        return AsyncPager(self, page_request, limit)

    async def _fetch_page(
        self,
        page_request: PageRequest[T],
        url: str | None,
        pager: Any,
        cursor: str | None = None,
    ) -> Page[T]:
        request, _ = self._build(page_request.call(url, cursor))
        response = await self._send(request, self._retries(page_request.options))
        return self._page(response, page_request, pager)

    async def _fetch_raw_page(
        self, page_request: PageRequest[T], pager: Any
    ) -> RawResponse[Page[T]]:
        request, _ = self._build(page_request.call(None, None))
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
        content: Any = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> httpx.Response:
        """Call any endpoint with the client's credentials, retries and errors."""
        options = _options(timeout, max_retries)
        call = Call(
            method.upper(),
            path,
            params,
            headers,
            None,
            form,
            json,
            content=content,
            options=options,
        )
        request, replayable = self._build(call, asynchronous=True)
        return self._checked(await self._send(request, self._retries(options) if replayable else 0))


def _options(timeout: Timeout | NotGiven, max_retries: int | NotGiven) -> RequestOptions:
    options: RequestOptions = {}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        options["max_retries"] = max_retries
    return options


_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)
