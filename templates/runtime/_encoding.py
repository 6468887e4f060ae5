"""Wire encoding of paths, query strings, form bodies and JSON bodies.

Twilio's conventions: form fields use the spec's wire names (dotted ones
included); booleans are ``true``/``false``; datetimes are ISO 8601; a list is
a repeated key; an object (alone or inside a list) is sent as a JSON string.
Arguments left out (``NOT_GIVEN``) are not sent; ``None`` is sent as an empty
form field or a JSON ``null``.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Iterable, Mapping
from urllib.parse import quote, urlencode

from ._types import NotGiven


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{Name}`` placeholders; each value is percent-encoded whole.

    Encoding ``/`` too keeps a value such as ``../x`` inside its own segment.
    An empty value is refused: ``/Plugins/{Sid}`` with ``""`` would call
    ``/Plugins/``, another endpoint.
    """
    for name, value in values.items():
        text = scalar_text(value)
        if not text:
            raise ValueError(f"the path parameter {name!r} must not be empty")
        template = template.replace("{" + name + "}", quote(text, safe=""))
    return template


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
    return str(value)


def _pairs(fields: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    for name, value in fields.items():
        if isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            for item in value:
                yield name, scalar_text(item)
        else:
            yield name, scalar_text(value)


def encode_query(params: Mapping[str, Any]) -> list[tuple[str, Any]]:
    return list(_pairs(params))


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
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
