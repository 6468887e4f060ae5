"""What generated models share: the base class and tolerant value parsers.

Parsers never fail on what the API sends: unknown fields are kept in
``extra_fields``, unknown enum values stay plain strings, and a date the
client cannot read becomes ``None`` rather than an exception.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
from typing import Any, Callable, ClassVar, List, Mapping, TypeVar

from ._exceptions import ApiError

T = TypeVar("T")


def as_object(data: Any, name: str) -> Mapping[str, Any]:
    """``data`` if it is a JSON object; an ``ApiError`` otherwise."""
    if type(data) is not dict and not isinstance(data, Mapping):
        raise ApiError(f"expected a JSON object for {name}, got {type(data).__name__}")
    return data


class Model:
    """Base of the generated response models (stdlib dataclasses)."""

    __slots__ = ()
    #: Python attribute name -> wire name, set by each generated model.
    _wire_names: ClassVar[Mapping[str, str]] = {}
    _known: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._known = frozenset(cls._wire_names.values())

    def to_dict(self) -> dict[str, Any]:
        """The model in wire form, as the API sent it (unknown fields included)."""
        result: dict[str, Any] = dict(getattr(self, "extra_fields", None) or {})
        for attr, wire in self._wire_names.items():
            value = getattr(self, attr)
            if value is not None:
                result[wire] = _to_wire(value)
        return result


def _to_wire(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, list):
        return [_to_wire(v) for v in value]
    if isinstance(value, _dt.datetime):
        if value.utcoffset() == _dt.timedelta(0):
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def unknown_fields(data: Mapping[str, Any], known: frozenset[str]) -> dict[str, Any]:
    extra = data.keys() - known
    return {key: data[key] for key in extra} if extra else {}


def parse_datetime(value: Any) -> _dt.datetime | None:
    """ISO 8601 (``2020-01-10T20:00:00Z``) or RFC 2822 (``Fri, 10 Jan 2020 20:00:00 +0000``)."""
    if not isinstance(value, str) or not value:
        return value if isinstance(value, _dt.datetime) else None
    try:
        return _dt.datetime.fromisoformat(value)  # Python 3.11+ reads a trailing Z too
    except ValueError:
        pass
    text = value.strip()
    if text.endswith(("Z", "z")):
        try:
            return _dt.datetime.fromisoformat(text[:-1] + "+00:00")
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None


def parse_date(value: Any) -> _dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_model(cast: Callable[[Mapping[str, Any]], T], value: Any) -> T | None:
    return cast(value) if isinstance(value, dict) else None


def parse_models(cast: Callable[[Mapping[str, Any]], T], value: Any) -> List[T] | None:
    """A list of models; items that are not objects are skipped."""
    if not isinstance(value, list):
        return None
    return [cast(item) for item in value if isinstance(item, dict)]


def parse_list(cast: Callable[[Any], T], value: Any) -> List[T] | None:
    if not isinstance(value, list):
        return None
    return [cast(item) for item in value]
