"""Errors raised by the client.

    ApiError                   anything that went wrong talking to the API
    ├── ApiConnectionError     no usable response: refused, dropped, bad TLS
    │   └── ApiTimeoutError    the request timed out
    ├── UnreadableResponseError  a success the client cannot read (not JSON,
    │                          nested too deeply, not the documented shape)
    └── ApiStatusError         the API answered with a 4xx or 5xx status, or
                               with a redirect (3xx) the call does not expect
        ├── BadRequestError           400
        ├── AuthenticationError       401
        ├── PermissionDeniedError     403
        ├── NotFoundError             404
        ├── ConflictError             409
        ├── UnprocessableEntityError  422
        ├── RateLimitError            429
        └── InternalServerError       5xx

Every error carries the request's method and URL; a status error also carries
``status_code``, the API's ``code``, ``message`` and ``more_info`` (where its
error answers keep them: ``ErrorFields``), the
``request_id`` the API gave the call (Twilio's ``Twilio-Request-Id``), the
``retry_after`` it asked for (seconds, or None), the ``body`` as it came
(JSON, or text), ``parsed``: the body read as the model the spec documents
for that status (None if it documents none), and the ``response``.
Credentials are never part of an error: not in its message (a URL's
credentials are hidden, and so is any credential in a body's text), its repr,
or its pickled form (the response, which holds the request headers, is
dropped when pickling).
"""

from __future__ import annotations

import email.utils
import time
from typing import Any, Callable, Mapping

import httpx

from ._types import ErrorFields

__all__ = [
    "ApiError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiStatusError",
    "UnreadableResponseError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
]


class ApiError(Exception):
    """Base class of every error the client raises."""

    status_code: int | None = None
    code: int | None = None
    more_info: str | None = None
    request_id: str | None = None
    retry_after: float | None = None
    body: Any = None
    parsed: Any = None
    response: httpx.Response | None = None

    def __init__(self, message: str, *, method: str = "", url: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.url = url

    def __str__(self) -> str:
        where = f" ({self.method} {self.url})" if self.method else ""
        return f"{self.message}{where}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r}, code={self.code!r})"

    def __reduce__(self) -> tuple[Any, ...]:
        state = {k: v for k, v in self.__dict__.items() if k != "response"}
        return (_rebuild, (type(self), self.message), state)


def _rebuild(cls: type[ApiError], message: str) -> ApiError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    return error


class ApiConnectionError(ApiError):
    """The request could not be completed: no response was received."""


class ApiTimeoutError(ApiConnectionError):
    """The request timed out."""


class UnreadableResponseError(ApiError):
    """The API answered with a success the client cannot read: not JSON (an
    HTML maintenance page), nested too deeply, or not the documented shape.
    ``body`` holds the start of what came, ``content_type`` its media type."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        url: str,
        body: str,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, method=response.request.method, url=url)
        self.response = response
        self.status_code = response.status_code
        self.content_type = response.headers.get("Content-Type", "")
        self.body = body
        self.request_id = request_id


class ApiStatusError(ApiError):
    """The API answered with an error status, or with a redirect (3xx) the
    spec does not document for the call: not followed, it would pass for
    the call's success (a delete that was not done)."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        code: int | None = None,
        more_info: str | None = None,
        request_id: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(
            message,
            method=response.request.method,
            url=str(response.request.url) if url is None else url,
        )
        self.response = response
        self.status_code = response.status_code
        self.code = code
        self.more_info = more_info
        self.request_id = request_id
        self.retry_after = retry_after_seconds(response.headers.get("Retry-After"))

    def __str__(self) -> str:
        code = f" [code {self.code}]" if self.code is not None else ""
        request = f", request {self.request_id}" if self.request_id else ""
        return f"{self.status_code}{code}: {self.message} ({self.method} {self.url}{request})"


class BadRequestError(ApiStatusError):
    """400: the request is invalid, e.g. a read-only field was written."""


class AuthenticationError(ApiStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(ApiStatusError):
    """403: the credentials may not do this."""


class NotFoundError(ApiStatusError):
    """404: no such resource."""


class ConflictError(ApiStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(ApiStatusError):
    """422: the request is well-formed but was refused."""


class RateLimitError(ApiStatusError):
    """429: too many requests; ``retry_after`` says how many seconds the API
    asked to wait, when it said (the client does not wait longer than a minute
    on its own)."""


class InternalServerError(ApiStatusError):
    """5xx: the API failed."""


_BY_STATUS: dict[int, type[ApiStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def retry_after_seconds(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number or an HTTP date (None for
    anything else: a negative number, not a number)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 else None  # NaN too
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, float(when.timestamp()) - time.time())


def error_for_response(
    response: httpx.Response,
    request_id_header: str = "x-request-id",
    models: Mapping[str, Callable[[Any], Any]] | None = None,
    url: str | None = None,
    redact: Callable[[str], str] = str,
    fields: ErrorFields = ErrorFields(),
) -> ApiStatusError:
    """The error to raise for a 4xx/5xx response, with the API's error fields;
    ``models`` reads the bodies the spec documents, by status ("404",
    "4XX", "default"). ``url`` is the request's URL as it may be shown, and
    ``redact`` hides credentials in a body's text; ``fields`` says where
    the body keeps the API's code, message and link."""
    code: int | None = None
    more_info: str | None = None
    message = response.reason_phrase or f"HTTP {response.status_code}"
    try:
        body = response.json()
    except (ValueError, RecursionError):
        body = None
    if isinstance(body, dict):
        raw_code = body.get(fields.code)
        code = raw_code if isinstance(raw_code, int) and not isinstance(raw_code, bool) else None
        text = next((body[k] for k in fields.message if isinstance(body.get(k), str)), None)
        if text:
            message = redact(text)
        link = body.get(fields.more_info) if fields.more_info else None
        if isinstance(link, str):
            more_info = redact(link)
    elif response.text:
        message = redact(response.text)[:500]  # hidden first: a cut could leave most of one
    if response.status_code >= 500:
        cls: type[ApiStatusError] = InternalServerError
    else:
        cls = _BY_STATUS.get(response.status_code, ApiStatusError)
    error = cls(
        message,
        response=response,
        code=code,
        more_info=more_info,
        request_id=response.headers.get(request_id_header),
        url=url,
    )
    if body is not None and redact is not str:
        # An API that echoes a credential back, maybe escaped in its JSON text.
        try:
            body = _redacted(body, redact)
        except RecursionError:
            body = None  # too deep to walk: its text, redacted, instead
    error.body = body if body is not None else (redact(response.text) or None)
    if models and body is not None:
        status = str(response.status_code)
        read = models.get(status) or models.get(status[0] + "XX") or models.get("default")
        if read is not None:
            try:
                error.parsed = read(body)
            except (ApiError, ValueError, TypeError, RecursionError):
                pass  # a body that is not the documented shape stays in .body
    return error


def _redacted(value: Any, redact: Callable[[str], str]) -> Any:
    """A JSON value with every credential in its text hidden."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(k): _redacted(v, redact) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v, redact) for v in value]
    return value
