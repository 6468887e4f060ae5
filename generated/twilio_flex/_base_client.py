"""The request pipeline every generated resource hands its calls to.

One ``BaseClient`` holds what sync and async share: configuration, request
building, credentials, retry decisions, logging and error mapping.
``SyncAPIClient`` and ``AsyncAPIClient`` only add the I/O loop.

Headers are merged case-insensitively, one value per name. From weakest to
strongest: httpx's defaults, the client's own (User-Agent, Accept), the
credentials the call needs, ``headers=`` of the client or of
``with_options``, a call's ``extra_headers``, and the call's own header
arguments.

Retries never apply a write twice. A request is sent again after a failure
only when the server cannot have acted on it (a 429, or a connection that
was never made), or when sending it twice is safe: a read (GET, HEAD,
OPTIONS), an operation the spec marks idempotent (``x-idempotent: true``),
or one carrying an idempotency key, which stays the same on every try.
Reads are also retried after a 408, a 5xx or a dropped connection.

Credentials go only to the origins the client was made for: every link it
follows (a next page, a redirect) is resolved against the request's URL and
checked; a redirect elsewhere loses every credential. URLs are shown (in
errors and logs) with their credentials hidden.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import platform
import random
import time
import uuid
from contextvars import ContextVar
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
from urllib.parse import unquote_plus, urlsplit

import httpx

from ._auth import Credentials, Requirement
from ._config import ClientConfig, configure_logging, hide_in_httpx_log
from ._encoding import (
    cookie_header,
    dot_segments,
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
    UnreadableResponseError,
    error_for_response,
    retry_after_seconds,
)
from ._streaming import (
    AsyncStream,
    AsyncStreamedResponse,
    ServerSentEvent,
    Stream,
    StreamedResponse,
)
from ._types import (
    NO_OPTIONS,
    NOT_GIVEN,
    NotGiven,
    Record,
    RequestOptions,
    Timeout,
    checked_timeout,
    request_options,
)

__all__ = [
    "SyncAPIClient",
    "AsyncAPIClient",
    "RawResponse",
    "Call",
    "to_raw_response",
    "async_to_raw_response",
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
# Methods that change nothing, so sending them twice is safe.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Headers whose values never reach a log line (besides API-key headers).
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
# Headers a redirect to another origin never carries (besides API-key headers).
CREDENTIAL_HEADERS = frozenset({"authorization", "cookie"})
# What goes wrong reading an answer the client does not understand.
UNREADABLE = (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError)
# How much of an unreadable answer an error shows.
BODY_PREVIEW = 300
# How an answer's body is read.
JSON, BINARY, TEXT, NONE, EVENTS = "json", "binary", "text", "none", "events"

_RAW_RESPONSE: ContextVar[bool] = ContextVar("raw_response", default=False)
_STREAMED: ContextVar[bool] = ContextVar("streamed_response", default=False)
# The operation needs what the API's own security says.
DEFAULT_SECURITY: Any = object()


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
    return response.json()


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (None for the scheme's default)."""
    return url.scheme, url.host, url.port


class Call(Record):
    """Everything one call sends, but the I/O.

    path                the operation's path, under the base URL; "" when ``url`` is given
    content             a raw body: bytes, a binary file, an iterable of bytes
    text                a text body
    security            a Requirement, or the API's default
    url                 an absolute link to follow (a next page), checked first
    idempotent          the spec says sending it twice is safe
    idempotency_header  filled with a fresh key unless the caller gives one
    redirects           the 3xx answers the spec documents for the call ("302", "3XX"):
                        returned; any other one that comes (not followed) raises
    """

    __slots__ = (
        "method", "path", "params", "headers", "cookies", "form", "json", "multipart",
        "content", "text", "content_type", "security", "server", "options", "url",
        "idempotent", "idempotency_header", "redirects",
    )  # fmt: skip

    def __init__(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | None = None,
        json: Any = NOT_GIVEN,
        multipart: Mapping[str, Any] | None = None,
        content: Any = NOT_GIVEN,
        text: Any = NOT_GIVEN,
        content_type: str | None = None,
        security: Any = DEFAULT_SECURITY,
        server: str | None = None,
        options: RequestOptions | None = None,
        url: str | httpx.URL | None = None,
        idempotent: bool = False,
        idempotency_header: str = "",
        redirects: tuple[str, ...] = (),
    ) -> None:
        self.method = method
        self.path = path
        self.params = params
        self.headers = headers
        self.cookies = cookies
        self.form = form
        self.json = json
        self.multipart = multipart
        self.content = content
        self.text = text
        self.content_type = content_type
        self.security = security
        self.server = server
        self.options: RequestOptions = RequestOptions() if options is None else options
        self.url = url
        self.idempotent = idempotent
        self.idempotency_header = idempotency_header
        self.redirects = redirects


class RedirectFailed(httpx.TransportError):
    """A redirect hop failed after the first request was sent: whatever kind
    of failure it was, the API may have acted on that request."""


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
        hide_in_httpx_log(config.secret_params)
        if type(max_retries) is not int or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}")
        self._base_url_given = bool(base_url)
        base_url = base_url or _declared_url(config, server_variables)
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"base_url must be an absolute http(s) URL, not {base_url!r}")
        if parts.username or parts.password:
            raise ValueError("put credentials in auth=, not in base_url")
        self.base_url = base_url.rstrip("/")
        self._origins = {_origin(httpx.URL(url)) for url in (base_url, *config.operation_servers)}
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
        self._timeout = checked_timeout(value)
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
            if type(max_retries) is not int or max_retries < 0:
                raise ValueError(
                    f"max_retries must be a whole number, 0 or more, not {max_retries!r}"
                )
            new.max_retries = max_retries
        if headers:
            new._user_headers = self._user_headers.copy()
            new._user_headers.update(headers)
            new._prepared = {}
        new._owns_http = False  # the copy shares, and never closes, the connection pool
        return new

    # -- what the client shows ------------------------------------------------------------

    def _shown(self, url: httpx.URL | str) -> str:
        """A URL as errors and logs show it: credentials in its query hidden."""
        text = str(url)
        hidden = self._config.secret_params
        if hidden and "?" in text:
            start, _, rest = text.partition("?")
            query, hash_mark, fragment = rest.partition("#")
            pairs = [
                (name + "=<hidden>" if unquote_plus(name) in hidden else pair)
                for pair in query.split("&")
                for name in (pair.split("=", 1)[0],)
            ]
            text = f"{start}?{'&'.join(pairs)}{hash_mark}{fragment}"
        return self._credentials.redact(text)

    def _unreadable(self, response: httpx.Response, error: BaseException) -> ApiError:
        """The error for a success whose body the client cannot read."""
        status = response.status_code
        content_type = response.headers.get("Content-Type") or "no content type"
        try:
            text = response.text
        except (UnicodeDecodeError, LookupError, httpx.ResponseNotRead):
            text = ""
        # Hidden first, then cut: a cut could leave most of a credential.
        preview = " ".join(self._credentials.redact(text)[: BODY_PREVIEW * 2].split())
        if len(preview) > BODY_PREVIEW:
            preview = preview[:BODY_PREVIEW] + "..."
        if isinstance(error, RecursionError):
            why = f"the {status} answer nests too deeply to read"
        elif isinstance(error, httpx.DecodingError):
            encoding = response.headers.get("Content-Encoding") or "none"
            why = f"the {status} answer cannot be decoded (Content-Encoding: {encoding})"
        elif isinstance(error, ValueError) and type(error).__name__ in (
            "JSONDecodeError",
            "UnicodeDecodeError",
        ):
            why = f"the {status} answer is not valid JSON ({content_type})"
        else:
            text = error.message if isinstance(error, ApiError) else str(error)
            why = f"the {status} answer is not what the spec describes ({content_type}): {text}"
        return UnreadableResponseError(
            self._credentials.redact(why) + (f": {preview!r}" if preview else ", and it is empty"),
            response=response,
            url=self._shown(response.request.url),
            body=preview,
            request_id=response.headers.get(self._config.request_id_header),
        )

    def _read(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        """``parse(response)``; what it cannot read is an ``UnreadableResponseError``."""
        try:
            return parse(response)
        except ApiError as error:
            if type(error) is not ApiError:
                raise
            raise self._unreadable(response, error) from error  # a model's "not an object"
        except UNREADABLE as error:
            raise self._unreadable(response, error) from error

    # -- building requests --------------------------------------------------

    def _url(self, path: str, server: str | None = None) -> str | httpx.URL:
        """The URL of an operation's path (or of a path given to ``request()``),
        always under the base URL: ``.evil.example`` is a path segment there."""
        if "://" in path:
            return self._follow(path)
        base = server if server and not self._base_url_given else self.base_url
        return base + path if path.startswith("/") else f"{base}/{path}"

    def _follow(self, link: str | httpx.URL) -> httpx.URL:
        """``link``, an absolute URL, if it is on one of the client's origins
        (parsed once: the request takes it as it is)."""
        try:
            url = link if isinstance(link, httpx.URL) else httpx.URL(link)
        except (httpx.InvalidURL, TypeError):
            raise ApiError(f"refusing to follow {self._credentials.redact(str(link))!r}: not a URL")
        if url.userinfo or _origin(url) not in self._origins:
            raise ApiError(
                f"refusing to follow a URL outside {self.base_url}: "
                f"{url.scheme}://{url.netloc.decode('ascii', 'replace')}"
            )
        return url

    def _requirement(self, security: Any) -> Requirement:
        return self._config.security if security is DEFAULT_SECURITY else security

    def _prepare(
        self, security: Any, what: str
    ) -> tuple[httpx.Headers, tuple[tuple[str, str], ...], str]:
        """The headers (defaults, credentials, the client's own), the query
        parameters and the cookie a call's credentials need."""
        requirement = self._requirement(security)
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

    def _build(self, call: Call, asynchronous: bool = False) -> tuple[httpx.Request, bool, bool]:
        """The request; whether it can be sent again as it is (a streamed body
        cannot); and whether sending it twice is safe."""
        options = call.options
        base_headers, auth_params, auth_cookie = self._prepare(
            call.security, f"{call.method} {call.path or 'the next page'}"
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
        safe = call.idempotent or call.method in SAFE_METHODS
        if call.idempotency_header:
            # The same key on every try: the API applies the write at most once.
            # (extra_headers={name: None} leaves it out, and the write unsafe.)
            removed = extra is not None and any(
                value is None and name.lower() == call.idempotency_header.lower()
                for name, value in extra.items()
            )
            if call.idempotency_header not in all_headers and not removed:
                all_headers = all_headers.copy() if all_headers is base_headers else all_headers
                all_headers[call.idempotency_header] = str(uuid.uuid4())
            safe = safe or bool(all_headers.get(call.idempotency_header))
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
        url = self._follow(call.url) if call.url is not None else self._url(call.path, call.server)
        if query and (url.query if isinstance(url, httpx.URL) else "?" in url):
            # httpx's params= would replace the query a link (or path) has.
            url, query = httpx.URL(url).copy_merge_params(query), []
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
            return request, all(not hasattr(f[1], "read") for _, f in files), safe
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
        return request, replayable, safe

    def _redirect(self, response: httpx.Response, first: httpx.Request) -> httpx.Request | None:
        """The request a redirect asks for, when the caller's httpx client
        follows redirects. To another origin it carries no credentials; on the
        first request's origin it carries the same ones (httpx drops cookies)."""
        follow = response.next_request
        if follow is None:
            return None
        if _origin(follow.url) != _origin(first.url):
            for name in CREDENTIAL_HEADERS | self._credentials.secret_names():
                follow.headers.pop(name, None)
            for name in self._config.secret_params:
                if name in follow.url.params:
                    follow.url = follow.url.copy_remove_param(name)
            return follow
        if "Cookie" in first.headers:
            follow.headers["Cookie"] = first.headers["Cookie"]
        for name in self._config.secret_params:
            if name in first.url.params and name not in follow.url.params:
                follow.url = follow.url.copy_add_param(name, first.url.params[name])
        return follow

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
            self._shown(request.url),
            attempt + 1,
            shown,
        )

    def _log_response(self, response: httpx.Response, started: float) -> None:
        request = response.request
        log.debug(
            "response: %s %s -> %d in %.0f ms, request id %s",
            request.method,
            self._shown(request.url),
            response.status_code,
            (time.monotonic() - started) * 1000,
            response.headers.get(self._config.request_id_header, "-"),
        )

    def _retries(self, options: RequestOptions) -> int:
        return options.get("max_retries", self.max_retries)

    def _delay_after_error(
        self,
        error: httpx.TransportError,
        request: httpx.Request,
        attempt: int,
        max_retries: int,
        safe: bool,
    ) -> float | None:
        """Seconds to wait before trying again after ``error``, or None to give up.

        A connection that was never made never reached the server, so even a
        write is sent again; after other failures only what is safe to repeat."""
        unsent = isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
        if isinstance(error, httpx.LocalProtocolError):
            return None  # the request itself cannot be sent: another try is the same
        if attempt >= max_retries or not (safe or unsent):
            log.debug(
                "%s %s failed (%s); not retried",
                request.method,
                self._shown(request.url),
                self._reason(error),
            )
            return None
        delay = _backoff(attempt)
        log.info(
            "%s %s failed (%s); retrying in %.2fs",
            request.method,
            self._shown(request.url),
            self._reason(error),
            delay,
        )
        return delay

    def _delay_after_response(
        self, response: httpx.Response, attempt: int, max_retries: int, safe: bool
    ) -> float | None:
        """Seconds to wait before trying again after ``response``, or None to keep it.

        A 429 says the request was not processed: anything is sent again. A
        408 or 5xx may come after a write was applied: only what is safe to
        repeat is."""
        status = response.status_code
        if status < 400 or attempt >= max_retries:
            return None
        if not (status == 429 or safe and (status == 408 or status >= 500)):
            return None
        request = response.request
        request_id = response.headers.get(self._config.request_id_header, "-")
        url = self._shown(request.url)
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
        # "Now" (0, or a date gone by) is no reason to hurry: the usual backoff then.
        delay = retry_after if retry_after else _backoff(attempt)
        log.info(
            "%s %s -> %d, request id %s; retrying in %.2fs",
            request.method,
            url,
            status,
            request_id,
            delay,
        )
        return delay

    def _reason(self, error: Exception) -> str:
        """What went wrong, in the words of the layer that saw it ("[Errno 111]
        Connection refused", a DNS or TLS failure), credentials hidden."""
        text = str(error).strip() or type(error).__name__
        cause: BaseException | None = error
        for _ in range(8):  # the operating system's own words, when a layer hid them
            cause = cause.__cause__ or cause.__context__ if cause is not None else None
            if isinstance(cause, OSError) and cause.errno is not None:
                if f"[Errno {cause.errno}]" not in text:
                    words = os.strerror(cause.errno) if cause.errno > 0 else cause.strerror
                    text += f" ([Errno {cause.errno}] {words})"
                break
        return self._credentials.redact(text)

    def _connection_error(
        self, error: httpx.TransportError, request: httpx.Request
    ) -> ApiConnectionError:
        if isinstance(error, httpx.TimeoutException):
            cls: type[ApiConnectionError] = ApiTimeoutError
            reason = f"the request timed out ({type(error).__name__})"
        elif isinstance(error, httpx.LocalProtocolError):
            cls, reason = ApiConnectionError, f"the request cannot be sent: {self._reason(error)}"
        else:
            cls, reason = ApiConnectionError, f"connection failed: {self._reason(error)}"
        failed = error.request if isinstance(error, RedirectFailed) else request
        return cls(reason, method=failed.method, url=self._shown(failed.url))

    def _lost(self, error: httpx.RequestError, response: httpx.Response) -> ApiError:
        """For an answer whose body stops coming while it is read, or cannot
        be decoded (a Content-Encoding it is not in)."""
        if isinstance(error, httpx.TransportError):
            return self._connection_error(error, response.request)
        return self._unreadable(response, error)

    def _too_many_redirects(self, request: httpx.Request, limit: int) -> ApiError:
        return ApiError(
            f"more than {limit} redirects", method=request.method, url=self._shown(request.url)
        )

    def _checked(
        self,
        response: httpx.Response,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        redirects: tuple[str, ...] = (),
    ) -> httpx.Response:
        status = response.status_code
        # 304 (Not Modified) answers a conditional request the caller made.
        if status < 300 or status == 304 or status < 400 and _documented(status, redirects):
            return response
        error = error_for_response(
            response,
            self._config.request_id_header,
            errors,
            url=self._shown(response.request.url),
            redact=self._credentials.redact,
            fields=self._config.error_fields,
        )
        if status < 400:  # a redirect not followed would pass for the call's success
            location = response.headers.get("Location")
            error.message = (
                f"the answer is a redirect to {self._shown(location)!r}, not followed"
                if location
                else f"the answer is a {status}, which the spec does not document for this call"
            ) + f": {error.message}"
        raise error

    def _parser(
        self,
        answer: str,
        cast: Callable[[Any], T],
        casts: Mapping[str, Callable[[Any], Any]] | None,
    ) -> Callable[[httpx.Response], T]:
        """How a success's body becomes the method's result; what cannot be
        read is an ``UnreadableResponseError``."""

        def convert(response: httpx.Response) -> T:
            converter: Callable[[Any], Any] = cast
            if casts:
                status = str(response.status_code)
                converter = casts.get(status) or casts.get(status[0] + "XX") or cast
            result: T = converter(_decode(response, answer))
            return result

        def parse(response: httpx.Response) -> T:
            return self._read(response, convert)

        return parse

    def _finish(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        if _RAW_RESPONSE.get():
            return RawResponse(response, parse, self._config.request_id_header)  # type: ignore[return-value]
        return parse(response)


def _declared_url(config: ClientConfig, variables: Mapping[str, str | None]) -> str:
    """The spec's server URL; a ValueError saying what to pass when it has
    none, or only one relative to where the spec is published."""
    url = config.base_url(variables)
    if not url:
        raise ValueError(
            "this API's description declares no server: "
            'pass base_url=, e.g. base_url="https://api.example.com"'
        )
    if "://" not in url:
        raise ValueError(
            f"this API's description gives its server relative to where it is published "
            f'({url!r}): pass base_url= with the whole URL, e.g. base_url="https://api.example.com{url}"'
        )
    return url


def _grouped(pairs: list[tuple[str, str]]) -> Iterator[tuple[str, Any]]:
    """Form fields for httpx: a repeated name gets a list."""
    seen: dict[str, list[str]] = {}
    for name, value in pairs:
        seen.setdefault(name, []).append(value)
    for name, values in seen.items():
        yield name, values if len(values) > 1 else values[0]


def _without_body(response: httpx.Response) -> httpx.Response:
    """An error answer whose body could not be decoded, as one with none."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    return httpx.Response(response.status_code, headers=headers, request=response.request)


def _within_base(path: str) -> str:
    """A path given to ``request()``: a ``.`` or ``..`` segment (``%2e%2e``
    too) would take the request out of the base URL's path."""
    plain = path.split("?", 1)[0].split("#", 1)[0]
    if ("." in plain or "%" in plain) and dot_segments(plain):
        raise ValueError(f"the path {path!r} has a '.' or '..' segment, which would leave base_url")
    return path


def _documented(status: int, redirects: tuple[str, ...]) -> bool:
    return str(status) in redirects or "3XX" in redirects


def _backoff(attempt: int) -> float:
    """Exponential backoff with jitter: about 0.5 s, 1 s, 2 s... up to 8 s."""
    delay = min(INITIAL_RETRY_DELAY * 2.0**attempt, MAX_RETRY_DELAY)
    return delay * (1 - 0.25 * random.random())


class SyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.Client | None = None, **options: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise TypeError(f"http_client takes an httpx.Client, not {type(http_client).__name__}")
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

    def _send_once(self, request: httpx.Request, stream: bool) -> httpx.Response:
        """Send ``request``, following redirects (without credentials to
        another origin) only when the caller's httpx client is set to."""
        response = self._http.send(request, stream=True, follow_redirects=False)
        if self._http.follow_redirects:
            response = self._followed(response, request)
        if not stream:
            response = self._read_body(response)
        return response

    def _read_body(self, response: httpx.Response) -> httpx.Response:
        """``response`` read whole; an error whose body cannot be decoded keeps
        its status (and its retry), with no body."""
        try:
            response.read()
        except httpx.DecodingError as error:
            response.close()
            if response.status_code >= 400:
                return _without_body(response)
            raise self._unreadable(response, error) from error
        except BaseException:
            response.close()
            raise
        return response

    def _followed(self, response: httpx.Response, request: httpx.Request) -> httpx.Response:
        hops = 0
        while (follow := self._redirect(response, request)) is not None:
            response.close()
            hops += 1
            if hops > self._http.max_redirects:
                raise self._too_many_redirects(request, self._http.max_redirects)
            elsewhere = _origin(follow.url) != _origin(request.url)
            try:
                # The caller's own httpx auth= goes to the first origin only.
                if elsewhere:
                    response = self._http.send(
                        follow, stream=True, follow_redirects=False, auth=None
                    )
                else:
                    response = self._http.send(follow, stream=True, follow_redirects=False)
            except httpx.TransportError as error:
                raise RedirectFailed(self._reason(error), request=follow) from error
        return response

    def _send(
        self, request: httpx.Request, max_retries: int, stream: bool = False, safe: bool = True
    ) -> httpx.Response:
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = self._send_once(request, stream)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries, safe)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
                delay = self._delay_after_response(response, attempt, max_retries, safe)
                if delay is None:
                    if stream and response.status_code >= 300:
                        try:
                            response = self._read_body(response)  # the error's body, for the error
                        except httpx.TransportError as error:
                            raise self._connection_error(error, request) from error
                    return response
                response.close()
            time.sleep(delay)
            attempt += 1

    def _send_call(
        self,
        call: Call,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Build, send (retrying what may be retried) and check one call."""
        sources = self._credentials.fetched(self._requirement(call.security))
        for source in sources:
            source.fetch(self._http, self.base_url, self._timeout_extension)
        request, replayable, safe = self._build(call)
        retries = self._retries(call.options) if replayable else 0
        response = self._send(request, retries, stream, safe)
        if response.status_code == 401 and sources and replayable:
            # The token expired early or was revoked: one new token, one more try.
            response.close()
            for source in sources:
                source.expire(request.headers.get("Authorization"))
                source.fetch(self._http, self.base_url, self._timeout_extension)
            request, _, _ = self._build(call)
            response = self._send(request, retries, stream, safe)
        return self._checked(response, errors, call.redirects)

    def _request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[Any], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | NotGiven | None = None,  # NotGiven: an optional body left out
        json: Any = NOT_GIVEN,
        multipart: Mapping[str, Any] | None = None,
        content: Any = NOT_GIVEN,
        text: Any = NOT_GIVEN,
        content_type: str | None = None,
        answer: str = JSON,
        casts: Mapping[str, Callable[[Any], Any]] | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        security: Any = DEFAULT_SECURITY,
        server: str | None = None,
        idempotent: bool = False,
        idempotency_header: str = "",
        redirects: tuple[str, ...] = (),
        options: RequestOptions = NO_OPTIONS,
    ) -> T:
        call = Call(
            method, path, params, headers, cookies, None if isinstance(form, NotGiven) else form,
            json, multipart, content, text,
            content_type, security, server, options, None, idempotent, idempotency_header,
            redirects,
        )  # fmt: skip
        streamed = _STREAMED.get()
        if answer == EVENTS and not streamed:
            response = self._send_call(call, errors, stream=True)
            return Stream(response, _event, self._lost)  # type: ignore[return-value]
        response = self._send_call(call, errors, stream=streamed)
        parse = self._parser(answer, cast, casts)
        if streamed:
            return StreamedResponse(response, parse, self._config.request_id_header, self._lost)  # type: ignore[return-value]
        return self._finish(response, parse)

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
        ``base_url``; the response is returned as it came, a redirect too
        (4xx/5xx raise).
        Only reads (GET, HEAD, OPTIONS) are retried after a 5xx."""
        call = Call(
            method.upper(),
            _within_base(path),
            params,
            headers,
            None,
            form,
            json,
            content=content,
            options=_options(timeout, max_retries),
            redirects=("3XX",),  # returned as it came
        )
        return self._send_call(call)


class AsyncAPIClient(BaseClient):
    def __init__(self, *, http_client: httpx.AsyncClient | None = None, **options: Any) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise TypeError(
                f"http_client takes an httpx.AsyncClient, not {type(http_client).__name__}"
            )
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

    async def _send_once(self, request: httpx.Request, stream: bool) -> httpx.Response:
        response = await self._http.send(request, stream=True, follow_redirects=False)
        if self._http.follow_redirects:
            response = await self._followed(response, request)
        if not stream:
            response = await self._read_body(response)
        return response

    async def _read_body(self, response: httpx.Response) -> httpx.Response:
        try:
            await response.aread()
        except httpx.DecodingError as error:
            await response.aclose()
            if response.status_code >= 400:
                return _without_body(response)
            raise self._unreadable(response, error) from error
        except BaseException:
            await response.aclose()
            raise
        return response

    async def _followed(self, response: httpx.Response, request: httpx.Request) -> httpx.Response:
        hops = 0
        while (follow := self._redirect(response, request)) is not None:
            await response.aclose()
            hops += 1
            if hops > self._http.max_redirects:
                raise self._too_many_redirects(request, self._http.max_redirects)
            elsewhere = _origin(follow.url) != _origin(request.url)
            try:
                if elsewhere:
                    response = await self._http.send(
                        follow, stream=True, follow_redirects=False, auth=None
                    )
                else:
                    response = await self._http.send(follow, stream=True, follow_redirects=False)
            except httpx.TransportError as error:
                raise RedirectFailed(self._reason(error), request=follow) from error
        return response

    async def _send(
        self, request: httpx.Request, max_retries: int, stream: bool = False, safe: bool = True
    ) -> httpx.Response:
        attempt = 0
        debug = log.isEnabledFor(logging.DEBUG)
        while True:
            if debug:
                self._log_request(request, attempt)
            started = time.monotonic()
            try:
                response = await self._send_once(request, stream)
            except httpx.TransportError as error:
                delay = self._delay_after_error(error, request, attempt, max_retries, safe)
                if delay is None:
                    raise self._connection_error(error, request) from error
            else:
                if debug:
                    self._log_response(response, started)
                delay = self._delay_after_response(response, attempt, max_retries, safe)
                if delay is None:
                    if stream and response.status_code >= 300:
                        try:
                            response = await self._read_body(response)  # the error's body
                        except httpx.TransportError as error:
                            raise self._connection_error(error, request) from error
                    return response
                await response.aclose()
            import asyncio  # here, not at the top: only async clients use it, and it is slow to import

            await asyncio.sleep(delay)
            attempt += 1

    async def _send_call(
        self,
        call: Call,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        sources = self._credentials.fetched(self._requirement(call.security))
        for source in sources:
            await source.fetch_async(self._http, self.base_url, self._timeout_extension)
        request, replayable, safe = self._build(call, asynchronous=True)
        retries = self._retries(call.options) if replayable else 0
        response = await self._send(request, retries, stream, safe)
        if response.status_code == 401 and sources and replayable:
            # The token expired early or was revoked: one new token, one more try.
            await response.aclose()
            for source in sources:
                source.expire(request.headers.get("Authorization"))
                await source.fetch_async(self._http, self.base_url, self._timeout_extension)
            request, _, _ = self._build(call, asynchronous=True)
            response = await self._send(request, retries, stream, safe)
        return self._checked(response, errors, call.redirects)

    async def _request(
        self,
        method: str,
        path: str,
        *,
        cast: Callable[[Any], T],
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        form: Mapping[str, Any] | NotGiven | None = None,  # NotGiven: an optional body left out
        json: Any = NOT_GIVEN,
        multipart: Mapping[str, Any] | None = None,
        content: Any = NOT_GIVEN,
        text: Any = NOT_GIVEN,
        content_type: str | None = None,
        answer: str = JSON,
        casts: Mapping[str, Callable[[Any], Any]] | None = None,
        errors: Mapping[str, Callable[[Any], Any]] | None = None,
        security: Any = DEFAULT_SECURITY,
        server: str | None = None,
        idempotent: bool = False,
        idempotency_header: str = "",
        redirects: tuple[str, ...] = (),
        options: RequestOptions = NO_OPTIONS,
    ) -> T:
        call = Call(
            method, path, params, headers, cookies, None if isinstance(form, NotGiven) else form,
            json, multipart, content, text,
            content_type, security, server, options, None, idempotent, idempotency_header,
            redirects,
        )  # fmt: skip
        streamed = _STREAMED.get()
        if answer == EVENTS and not streamed:
            response = await self._send_call(call, errors, stream=True)
            return AsyncStream(response, _event, self._lost)  # type: ignore[return-value]
        response = await self._send_call(call, errors, stream=streamed)
        parse = self._parser(answer, cast, casts)
        if streamed:
            return AsyncStreamedResponse(response, parse, self._config.request_id_header, self._lost)  # type: ignore[return-value]
        return self._finish(response, parse)

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
        call = Call(
            method.upper(),
            _within_base(path),
            params,
            headers,
            None,
            form,
            json,
            content=content,
            options=_options(timeout, max_retries),
            redirects=("3XX",),  # returned as it came
        )
        return await self._send_call(call)


def _options(timeout: Timeout | NotGiven, max_retries: int | NotGiven) -> RequestOptions:
    return request_options(timeout, max_retries, None, None, None)


_SyncSelf = TypeVar("_SyncSelf", bound=SyncAPIClient)
_AsyncSelf = TypeVar("_AsyncSelf", bound=AsyncAPIClient)
