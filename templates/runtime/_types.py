"""Small shared types: the "argument not given" sentinel, timeouts and the
options every method takes."""

from __future__ import annotations

from typing import (
    IO,
    TYPE_CHECKING,
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


class Record:
    """A few named values, shown and compared by value, as a dataclass would
    be. The client's records are plain classes: each dataclass costs about a
    millisecond of every program that imports the client. ``__slots__`` names
    the fields, those starting with ``_`` the record's own business, not
    shown or compared. A record may change, so it is not hashable; a
    ``FrozenRecord`` may not. A public record repeats its ``__slots__`` as
    ``__match_args__``, written out: a type checker types a ``case``
    pattern's positions only from a literal tuple."""

    __slots__: Tuple[str, ...] = ("__weakref__",)
    __hash__ = None  # type: ignore[assignment]

    def _fields(self) -> Tuple[Tuple[str, Any], ...]:
        return tuple((name, getattr(self, name)) for name in self.__slots__ if name[0] != "_")

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in self._fields())
        return f"{type(self).__name__}({shown})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()


class FrozenRecord(Record):
    """A record whose fields are set once, by ``__init__``, as a frozen
    dataclass's are: it is hashable. Its ``__init__`` declares them
    ``Final``, so a type checker refuses an assignment too."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]  # Record: None, unhashable
        return hash(self._fields())

    if not TYPE_CHECKING:  # a type checker reads the fields as Final

        def __setattr__(self, name: str, value: Any) -> None:
            if hasattr(self, name):
                raise AttributeError(f"{type(self).__name__} is frozen: {name} cannot change")
            object.__setattr__(self, name, value)


class ErrorFields(FrozenRecord):
    """Where an API's error answers (JSON objects) keep their fields: set per
    API by the generator, from the error schemas its spec documents.

    ``message``: the first of these that holds text: "message" (Twilio and
    most APIs), or RFC 7807 problem details' "detail" or "title".
    ``more_info``: a link to the error's documentation (Twilio's), if the API
    gives one."""

    __slots__ = ("code", "message", "more_info")
    __match_args__ = ("code", "message", "more_info")

    def __init__(
        self,
        code: str = "code",
        message: Tuple[str, ...] = ("message", "detail", "title"),
        more_info: Optional[str] = None,
    ) -> None:
        self.code: Final = code
        self.message: Final = message
        self.more_info: Final = more_info


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
        options["timeout"] = checked_timeout(timeout)
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


def checked_timeout(timeout: Timeout) -> Timeout:
    """``timeout`` if it is one: None (no limit), seconds above 0, or an
    ``httpx.Timeout`` of such; else the error says so now, not the socket
    layer at send time."""
    parts: tuple[object, ...] = (
        (timeout.connect, timeout.read, timeout.write, timeout.pool)
        if isinstance(timeout, httpx.Timeout)
        else (timeout,)
    )
    for part in parts:
        if part is None:
            continue
        if isinstance(part, bool) or not isinstance(part, (int, float)):
            raise TypeError(
                f"timeout takes seconds (a number), None or an httpx.Timeout, not {timeout!r}"
            )
        if not 0 < part < float("inf"):
            raise ValueError(f"timeout must be more than 0 seconds and finite, not {timeout!r}")
    return timeout
