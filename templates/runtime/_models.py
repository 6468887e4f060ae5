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
M = TypeVar("M", bound="Model")


def as_object(data: Any, name: str) -> Mapping[str, Any]:
    """``data`` if it is a JSON object; an ``ApiError`` otherwise."""
    if type(data) is not dict and not isinstance(data, Mapping):
        raise ApiError(f"expected a JSON object for {name}, got {type(data).__name__}")
    return data


class Model:
    """Base of the generated response models (stdlib dataclasses).

    A field the spec says is always there is typed without ``None``. When an
    answer leaves it out (or sends null, or a value that cannot be read), the
    model is still built, but reading that field raises ``AttributeError``
    naming it: never a silent wrong value.
    """

    __slots__ = ()
    #: Python attribute name -> wire name, set by each generated model.
    _wire_names: ClassVar[Mapping[str, str]] = {}
    #: Attributes the spec says are always there (and not null).
    _required: ClassVar[tuple[str, ...]] = ()
    _known: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._known = frozenset(cls._wire_names.values())

    @classmethod
    def _make(cls: type[M], data: Mapping[str, Any], values: dict[str, Any]) -> M:
        """An instance holding ``values``, the parsed fields of ``data``."""
        for name in cls._required:
            if values[name] is None:
                del values[name]
        extra = data.keys() - cls._known
        values["extra_fields"] = {key: data[key] for key in extra} if extra else {}
        instance = object.__new__(cls)
        instance.__dict__.update(values)
        return instance

    def __getattr__(self, name: str) -> Any:
        # Only called for attributes that are not set: a missing required field.
        wire = type(self)._wire_names.get(name)
        if wire is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        raise AttributeError(
            f"{type(self).__name__}.{name}: the API's answer has no usable {wire!r}, "
            "though the spec says it is always there"
        )

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={self.__dict__[name]!r}" for name in self._wire_names if name in self.__dict__
        )
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None  # type: ignore[assignment]

    def to_dict(self) -> dict[str, Any]:
        """The model in wire form, as the API sent it (unknown fields included)."""
        result: dict[str, Any] = dict(self.__dict__.get("extra_fields") or {})
        for attr, wire in self._wire_names.items():
            value = self.__dict__.get(attr)
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
