"""Small shared types: the "argument not given" sentinel, timeouts and the
options every method takes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import (
    IO,
    Any,
    AsyncIterable,
    Final,
    Iterable,
    Literal,
    Mapping,
    Optional,
    Tuple,
    TypedDict,
    TypeVar,
    Union,
)

import httpx


class NotGiven:
    """Marks an argument the caller left out, so it is not sent at all.

    ``None`` is a value (JSON ``null``, or an empty form field) and is sent
    only where the spec allows it and the caller passed it on purpose.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


@dataclass(frozen=True)
class ErrorFields:
    """Where an API's error answers (JSON objects) keep their fields: set per
    API by the generator, from the error schemas its spec documents."""

    code: str = "code"
    # The first of these that holds text: "message" (Twilio and most APIs),
    # or RFC 7807 problem details' "detail" or "title".
    message: Tuple[str, ...] = ("message", "detail", "title")
    # A link to the error's documentation (Twilio's "more_info"), if the API gives one.
    more_info: Optional[str] = None


# Where a list says its next page is (see _pagination.py).
PageProfile = Literal["twilio", "next-link", "link-header", "cursor"]
# How a parameter is written (OpenAPI's style); "" for one declared with
# content, written as its media type instead.
ParameterStyle = Literal[
    "", "simple", "form", "label", "matrix", "spaceDelimited", "pipeDelimited", "deepObject"
]

Timeout = Union[float, httpx.Timeout, None]

# A file to upload: its bytes, a binary file object, or (filename, content)
# or (filename, content, content type).
FileContent = Union[bytes, IO[bytes]]
FileTypes = Union[
    FileContent, Tuple[Optional[str], FileContent], Tuple[Optional[str], FileContent, Optional[str]]
]
# A raw request body: bytes, a binary file object, or bytes streamed from an iterable.
RawBody = Union[bytes, IO[bytes], Iterable[bytes], AsyncIterable[bytes]]


class RequestOptions(TypedDict, total=False):
    """Options every method takes as keyword arguments, for one call.

    ``extra_headers``, ``extra_query`` and ``extra_body`` add what the spec
    does not describe; a method's own arguments win over them, and a header
    set to ``None`` is removed.
    """

    timeout: Timeout
    max_retries: int
    extra_headers: Mapping[str, str | None]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]


NO_OPTIONS: Final[RequestOptions] = {}  # shared: never changed


def request_options(
    timeout: Timeout | NotGiven,
    max_retries: int | NotGiven,
    extra_headers: Mapping[str, str | None] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> RequestOptions:
    """The options one call was given; those left out are not in it."""
    if (
        timeout is NOT_GIVEN
        and max_retries is NOT_GIVEN
        and extra_headers is None
        and extra_query is None
        and extra_body is None
    ):
        return NO_OPTIONS
    options: RequestOptions = {}
    if not isinstance(timeout, NotGiven):
        options["timeout"] = timeout
    if not isinstance(max_retries, NotGiven):
        if type(max_retries) is not int or max_retries < 0:
            raise ValueError(f"max_retries must be a whole number, 0 or more, not {max_retries!r}")
        options["max_retries"] = max_retries
    if extra_headers is not None:
        options["extra_headers"] = extra_headers
    if extra_query is not None:
        options["extra_query"] = extra_query
    if extra_body is not None:
        options["extra_body"] = extra_body
    return options
