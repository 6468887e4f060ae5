"""Wire encoding of paths, query strings, headers, cookies and bodies.

Parameters follow their OpenAPI ``style`` and ``explode``; a parameter in its
location's usual style (form for query and cookie, simple for path and
header) is passed as it is, any other is wrapped by ``styled()``.

Twilio's conventions for form bodies: fields use the spec's wire names
(dotted ones included); booleans are ``true``/``false``; datetimes are ISO
8601; a list is a repeated key; an object (alone or inside a list) is sent as
a JSON string. Arguments left out (``NOT_GIVEN``) are not sent; ``None`` is
sent as an empty form field or a JSON ``null``.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import uuid as _uuid
from typing import Any, AsyncIterator, Iterable, Iterator, List, Mapping, Tuple
from urllib.parse import quote, unquote, urlencode

from ._types import NotGiven, ParameterStyle


class Styled:
    """A parameter value and how OpenAPI says to write it."""

    __slots__ = ("value", "style", "explode", "media")

    def __init__(self, value: Any, style: ParameterStyle, explode: bool, media: str = "") -> None:
        self.value = value
        self.style = style
        self.explode = explode
        self.media = media


def styled(value: Any, style: ParameterStyle, explode: bool = False, media: str = "") -> Any:
    """``value`` to be written in ``style`` (or as ``media``, a parameter
    declared with content); left out stays left out."""
    if isinstance(value, NotGiven):
        return value
    return Styled(value, style, explode, media)


def scalar_text(value: Any) -> str:
    """The text of one scalar value as Twilio expects it."""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None and value.utcoffset() == _dt.timedelta(0):
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, separators=(",", ":"), default=_json_default)
    if isinstance(value, (bytes, bytearray, memoryview)):
        # str() would send its repr, b'...': the API would take that for the value.
        raise TypeError(f"a text value is wanted here, not {type(value).__name__}: decode it")
    return str(value)


def _media_text(value: Styled) -> str:
    return json.dumps(value.value, separators=(",", ":"), default=_json_default)


def _items(value: Any) -> List[Tuple[str, Any]]:
    return list(value.items()) if isinstance(value, Mapping) else []


# -- paths ----------------------------------------------------------------------------------


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{Name}`` placeholders; each value is percent-encoded whole.

    Encoding ``/`` too keeps a value such as ``a/b`` inside its own segment.
    An empty value is refused: ``/Plugins/{Sid}`` with ``""`` would call
    ``/Plugins/``, another endpoint; so is a whole segment of ``.`` or ``..``,
    which every HTTP client collapses into the segment above.
    """
    path = template
    for name, value in values.items():
        text = _path_text(name, value)
        if not text or text == ";" + name:
            raise ValueError(f"the path parameter {name!r} must not be empty")
        if text in (".", ".."):
            raise ValueError(
                f"the path parameter {name!r} must not be {text!r}: "
                "the request would go to another endpoint"
            )
        path = path.replace("{" + name + "}", text)
    if "/." in path and dot_segments(path) > dot_segments(template):
        raise ValueError("the path parameters must not make a '.' or '..' segment")
    return path


def dot_segments(path: str) -> int:
    """The ``.`` and ``..`` segments of ``path`` (``%2e%2e`` too), which every
    HTTP client and server folds into the segment above."""
    return sum(unquote(segment) in (".", "..") for segment in path.split("/"))


def _path_text(name: str, value: Any) -> str:
    if not isinstance(value, Styled):
        if isinstance(value, (list, tuple)):
            return ",".join(quote(scalar_text(v), safe="") for v in value)
        if isinstance(value, Mapping):  # simple style: key,value,key,value
            return ",".join(
                quote(t, safe="") for k, v in value.items() for t in (str(k), scalar_text(v))
            )
        return quote(scalar_text(value), safe="")
    if value.media:
        return quote(_media_text(value), safe="")
    style, explode, raw = value.style, value.explode, value.value
    if isinstance(raw, Mapping):
        pairs = [(quote(str(k), safe=""), quote(scalar_text(v), safe="")) for k, v in raw.items()]
        if explode:
            joined = [f"{k}={v}" for k, v in pairs]
        else:
            joined = [part for pair in pairs for part in pair]
    elif isinstance(raw, (list, tuple)):
        joined = [quote(scalar_text(v), safe="") for v in raw]
    else:
        joined = [quote(scalar_text(raw), safe="")]
    if style == "label":
        return "." + ("." if explode else ",").join(joined)
    if style == "matrix":
        if explode and isinstance(raw, (list, tuple)):
            return "".join(f";{name}={v}" for v in joined)
        if explode and isinstance(raw, Mapping):
            return "".join(f";{v}" for v in joined)
        return f";{name}=" + ",".join(joined)
    return ",".join(joined)  # simple


# -- query strings -----------------------------------------------------------------------------


def _query_pairs(name: str, value: Any) -> Iterator[Tuple[str, str]]:
    if isinstance(value, Styled):
        if value.media:
            yield name, _media_text(value)
            return
        style, explode, raw = value.style, value.explode, value.value
        if style == "deepObject":
            yield from _deep(name, raw)
            return
        if isinstance(raw, Mapping) and not explode:
            yield name, ",".join(p for k, v in raw.items() for p in (str(k), scalar_text(v)))
            return
        if isinstance(raw, (list, tuple)) and not explode:
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
            yield name, separator.join(scalar_text(v) for v in raw)
            return
        value = raw
    if isinstance(value, (list, tuple)):
        for item in value:
            yield name, scalar_text(item)
    elif isinstance(value, Mapping):
        for key, item in value.items():  # form, exploded: one parameter per key
            yield str(key), scalar_text(item)
    else:
        yield name, scalar_text(value)


def _deep(name: str, value: Any) -> Iterator[Tuple[str, str]]:
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _deep(f"{name}[{key}]", item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _deep(f"{name}[]", item)
    else:
        yield name, scalar_text(value)


def encode_query(params: Mapping[str, Any]) -> List[Tuple[str, str]]:
    return [
        pair
        for name, value in params.items()
        if not isinstance(value, NotGiven)
        for pair in _query_pairs(name, value)
    ]


# -- headers and cookies ----------------------------------------------------------------------


def header_text(value: Any) -> str:
    """A header value in the simple style: lists and objects comma-separated."""
    if isinstance(value, Styled):
        if value.media:
            return _media_text(value)
        if isinstance(value.value, Mapping):
            pairs = _items(value.value)
            if value.explode:
                return ",".join(f"{k}={scalar_text(v)}" for k, v in pairs)
            return ",".join(p for k, v in pairs for p in (str(k), scalar_text(v)))
        value = value.value
    if isinstance(value, (list, tuple)):
        return ",".join(scalar_text(v) for v in value)
    if isinstance(value, Mapping):  # simple style: key,value,key,value
        return ",".join(t for k, v in value.items() for t in (str(k), scalar_text(v)))
    return scalar_text(value)


# What a cookie's value may hold as it is (RFC 6265's cookie-octet): base64
# keys keep their "+", "/" and "="; a ";", "," or space is percent-encoded.
COOKIE_SAFE = "!#$%&'()*+-./:<=>?@[]^_`{|}~"


def cookie_header(cookies: Iterable[Tuple[str, Any]]) -> str:
    """One ``Cookie`` header for the given cookies (form style)."""
    parts = []
    for name, value in cookies:
        if isinstance(value, NotGiven):
            continue
        if isinstance(value, Styled):
            value = _media_text(value) if value.media else value.value
        if isinstance(value, (list, tuple)):
            value = ",".join(scalar_text(v) for v in value)
        elif isinstance(value, Mapping):  # form style: key,value,key,value
            value = ",".join(p for k, v in value.items() for p in (str(k), scalar_text(v)))
        parts.append(f"{name}={quote(scalar_text(value), safe=COOKIE_SAFE)}")
    return "; ".join(parts)


# -- bodies ------------------------------------------------------------------------------------


def _pairs(fields: Mapping[str, Any]) -> Iterable[Tuple[str, str]]:
    for name, value in fields.items():
        if isinstance(value, NotGiven):
            continue
        if isinstance(value, Styled):
            if value.style == "deepObject":
                yield from _deep(name, value.value)
                continue
            value = value.value
        if isinstance(value, (list, tuple)):
            for item in value:
                yield name, scalar_text(item)
        else:
            yield name, scalar_text(value)


def encode_form(fields: Mapping[str, Any]) -> bytes:
    return urlencode(list(_pairs(fields))).encode("ascii")


def merged(fields: Mapping[str, Any], extra: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """``fields`` plus the caller's ``extra`` ones; a given argument wins."""
    if not extra:
        return fields
    result = dict(extra)
    for name, value in fields.items():
        if not isinstance(value, NotGiven):
            result[name] = value
    return result


def encode_json(body: Mapping[str, Any] | Any) -> bytes:
    if isinstance(body, Mapping):
        body = {k: v for k, v in body.items() if not isinstance(v, NotGiven)}
    return json.dumps(body, separators=(",", ":"), default=_json_default).encode("utf-8")


def _json_default(value: Any) -> Any:
    if isinstance(value, (_dt.datetime, _dt.date)):
        return scalar_text(value)
    if isinstance(value, _uuid.UUID):
        return str(value)
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


class File:
    """A multipart field that holds a file, and its part's content type."""

    __slots__ = ("value", "content_type")

    def __init__(self, value: Any, content_type: str = "") -> None:
        self.value = value
        self.content_type = content_type


class Part:
    """A multipart field with a content type of its own (its ``encoding``)."""

    __slots__ = ("value", "content_type")

    def __init__(self, value: Any, content_type: str) -> None:
        self.value = value
        self.content_type = content_type


def file_field(value: Any, content_type: str = "") -> Any:
    return value if isinstance(value, NotGiven) else File(value, content_type)


def part_field(value: Any, content_type: str) -> Any:
    return value if isinstance(value, NotGiven) else Part(value, content_type)


def encode_multipart(
    fields: Mapping[str, Any],
) -> Tuple[List[Tuple[str, str]], List[Tuple[str, Any]]]:
    """(data, files) for httpx: plain fields as text parts, files as file
    parts; a file is bytes, a binary file object, or (filename, content[,
    content type])."""
    data: List[Tuple[str, str]] = []
    files: List[Tuple[str, Any]] = []
    for name, value in fields.items():
        if isinstance(value, NotGiven):
            continue
        if isinstance(value, File):
            items = value.value if isinstance(value.value, list) else [value.value]
            for item in items:
                files.append((name, _file(name, item, value.content_type)))
        elif isinstance(value, Part):
            text = (
                value.value if isinstance(value.value, (str, bytes)) else scalar_text(value.value)
            )
            files.append((name, (None, text, value.content_type)))
        elif isinstance(value, (dict, list)) and not (
            isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)
        ):
            files.append((name, (None, scalar_text(value), "application/json")))
        elif isinstance(value, list):
            data += [(name, scalar_text(v)) for v in value]
        else:
            data.append((name, scalar_text(value)))
    if not files:
        # With no file httpx would send a urlencoded form: text parts instead.
        files, data = [(name, (None, text)) for name, text in data], []
    return data, files


def _file(name: str, value: Any, content_type: str) -> Any:
    if isinstance(value, tuple) and 2 <= len(value) <= 3:
        filename, content = value[0], value[1]
        kind = value[2] if len(value) == 3 else content_type or None
        _check_content(name, content)
        return (filename, content, kind) if kind else (filename, content)
    _check_content(name, value)
    filename = getattr(value, "name", None)
    filename = filename.rsplit("/", 1)[-1] if isinstance(filename, str) else name
    return (filename, value, content_type) if content_type else (filename, value)


def _check_content(name: str, content: Any) -> None:
    if isinstance(content, (bytes, bytearray, memoryview)) or (
        hasattr(content, "read") and not isinstance(content, io.TextIOBase)
    ):
        return
    raise TypeError(
        f"{name} takes bytes, a binary file object or (filename, content, content_type),"
        f" not {type(content).__name__}"
    )


def raw_content(value: Any, asynchronous: bool, name: str = "body") -> Any:
    """A raw body for httpx: bytes as they are, a binary file read in chunks,
    an iterable of bytes streamed (for an async client, as an async iterable)."""
    if isinstance(value, (bytes, bytearray)):
        return bytes(value)
    if isinstance(value, memoryview):
        return value.tobytes()
    if isinstance(value, str) or isinstance(value, io.TextIOBase):
        raise TypeError(
            f"{name} takes bytes, a binary file object or an iterable of bytes, not text"
        )
    if hasattr(value, "read"):
        read = value.read
        value = iter(lambda: read(65536), b"")
    if hasattr(value, "__aiter__"):
        if not asynchronous:
            raise TypeError(f"{name}: an async iterable needs the AsyncClient")
        return value
    if hasattr(value, "__iter__"):
        return _chunks_async(value) if asynchronous else value
    raise TypeError(
        f"{name} takes bytes, a binary file object or an iterable of bytes, not {type(value).__name__}"
    )


async def _chunks_async(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk
