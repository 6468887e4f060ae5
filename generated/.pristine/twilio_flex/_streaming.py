"""Answers read as they arrive: server-sent events, and streamed downloads.

A ``text/event-stream`` answer is a ``Stream`` (``AsyncStream``) of
``ServerSentEvent``s, decoded as the HTML standard says: ``data`` lines are
joined with ``\\n``, ``id`` is remembered, ``retry`` is read as milliseconds,
lines starting with ``:`` are comments. The response is closed when the
events end, when you leave the ``with`` block, or when you call ``close()``.

``with_streaming_response`` gives a ``StreamedResponse`` whose body you read
in chunks (``iter_bytes()``, ``iter_text()``, ``iter_lines()``), so a large
download never sits in memory whole.
"""

from __future__ import annotations

import json
from typing import Any, AsyncIterator, Callable, Final, Generic, Iterator, TypeVar

import httpx

from ._types import FrozenRecord

__all__ = ["ServerSentEvent", "Stream", "AsyncStream", "StreamedResponse", "AsyncStreamedResponse"]

T = TypeVar("T")
_Chunk = TypeVar("_Chunk", bytes, str)


class ServerSentEvent(FrozenRecord):
    __slots__ = ("event", "data", "id", "retry")
    __match_args__ = ("event", "data", "id", "retry")

    def __init__(
        self, event: str | None, data: str, id: str | None = None, retry: int | None = None
    ) -> None:
        self.event: Final = event
        self.data: Final = data
        self.id: Final = id
        self.retry: Final = retry

    def json(self) -> Any:
        """``data`` read as JSON."""
        return json.loads(self.data)


class _Decoder:
    """Turns the lines of an event stream into events."""

    def __init__(self) -> None:
        self.last_id: str | None = None
        self._reset()

    def _reset(self) -> None:
        self._event: str | None = None
        self._data: list[str] = []
        self._retry: int | None = None
        self._seen = False

    def line(self, line: str) -> ServerSentEvent | None:
        line = line.rstrip("\r\n")
        if not line:
            if not self._seen:
                return None
            event = ServerSentEvent(self._event, "\n".join(self._data), self.last_id, self._retry)
            self._reset()
            return event
        if line.startswith(":"):
            return None
        field, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if field == "data":
            self._data.append(value)
        elif field == "event":
            self._event = value
        elif field == "id":
            if "\0" not in value:
                self.last_id = value
        elif field == "retry":
            if value.isdigit():
                self._retry = int(value)
        else:
            return None  # an unknown field is ignored
        self._seen = True
        return None

    def end(self) -> ServerSentEvent | None:
        """A last event not followed by a blank line."""
        return self.line("") if self._seen else None


# What a stream raises when the connection fails while the answer is read,
# or its body cannot be decoded: the client's ApiConnectionError or
# UnreadableResponseError for it, the URL shown without credentials.
Lost = Callable[[httpx.RequestError, httpx.Response], Exception]
LOST_WHILE_READING = (httpx.TransportError, httpx.DecodingError)


def _kept(error: httpx.RequestError, response: httpx.Response) -> Exception:
    return error


class Stream(Generic[T]):
    """The events of one answer; iterate once."""

    def __init__(
        self,
        response: httpx.Response,
        cast: Callable[[ServerSentEvent], T],
        lost: Lost = _kept,
    ) -> None:
        self.response = response
        self._cast = cast
        self._lost = lost

    def __iter__(self) -> Iterator[T]:
        decoder = _Decoder()
        try:
            for line in self.response.iter_lines():
                event = decoder.line(line)
                if event is not None:
                    yield self._cast(event)
            last = decoder.end()
            if last is not None:
                yield self._cast(last)
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.response) from error
        finally:
            self.response.close()

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Stream[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncStream(Generic[T]):
    """The events of one answer, for ``async for``; iterate once."""

    def __init__(
        self,
        response: httpx.Response,
        cast: Callable[[ServerSentEvent], T],
        lost: Lost = _kept,
    ) -> None:
        self.response = response
        self._cast = cast
        self._lost = lost

    async def __aiter__(self) -> AsyncIterator[T]:
        decoder = _Decoder()
        try:
            async for line in self.response.aiter_lines():
                event = decoder.line(line)
                if event is not None:
                    yield self._cast(event)
            last = decoder.end()
            if last is not None:
                yield self._cast(last)
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.response) from error
        finally:
            await self.response.aclose()

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> AsyncStream[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class _Streamed(Generic[T]):
    def __init__(
        self,
        response: httpx.Response,
        parse: Callable[[httpx.Response], T],
        request_id_header: str,
        lost: Lost = _kept,
    ) -> None:
        self.http_response = response
        self._parse = parse
        self._request_id_header = request_id_header
        self._lost = lost

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        request_id: str | None = self.http_response.headers.get(self._request_id_header)
        return request_id

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.status_code}]>"


class StreamedResponse(_Streamed[T]):
    """An answer whose body is read as you go; closed when its ``with`` ends."""

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        return self._guarded(self.http_response.iter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        return self._guarded(self.http_response.iter_text(chunk_size))

    def iter_lines(self) -> Iterator[str]:
        return self._guarded(self.http_response.iter_lines())

    def _guarded(self, chunks: Iterator[_Chunk]) -> Iterator[_Chunk]:
        try:
            yield from chunks
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.http_response) from error

    def read(self) -> bytes:
        try:
            return self.http_response.read()
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.http_response) from error

    def parse(self) -> T:
        """The whole body, read and parsed as the method would return it."""
        self.read()
        return self._parse(self.http_response)

    def close(self) -> None:
        self.http_response.close()


class AsyncStreamedResponse(_Streamed[T]):
    """An answer whose body is read as you go; closed when its ``async with`` ends."""

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        return self._guarded(self.http_response.aiter_bytes(chunk_size))

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        return self._guarded(self.http_response.aiter_text(chunk_size))

    def iter_lines(self) -> AsyncIterator[str]:
        return self._guarded(self.http_response.aiter_lines())

    async def _guarded(self, chunks: AsyncIterator[_Chunk]) -> AsyncIterator[_Chunk]:
        try:
            async for chunk in chunks:
                yield chunk
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.http_response) from error

    async def read(self) -> bytes:
        try:
            return await self.http_response.aread()
        except LOST_WHILE_READING as error:
            raise self._lost(error, self.http_response) from error

    async def parse(self) -> T:
        await self.read()
        return self._parse(self.http_response)

    async def close(self) -> None:
        await self.http_response.aclose()
