"""What generated models share: the base class and tolerant value parsers.

Parsing never fails on what the API sends and never drops it: unknown fields
are kept in ``extra_fields``, unknown enum values stay as they came, and a
value that cannot be read as its type (a malformed date, a string where an
object was described) is kept as the API sent it. A field the spec says is
always there, when missing or null, raises ``AttributeError`` naming it when
read: never a silent wrong value.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import json
import uuid as _uuid
from typing import TYPE_CHECKING, Any, Callable, ClassVar, List, Mapping, Sequence, Tuple, TypeVar

from ._exceptions import ApiError

T = TypeVar("T")
M = TypeVar("M", bound="Model")
Convert = Callable[[Any], Any]
Fits = Callable[[Any], bool]


def as_object(data: Any, name: str) -> Mapping[str, Any]:
    """``data`` if it is a JSON object; an ``ApiError`` otherwise."""
    if type(data) is not dict and not isinstance(data, Mapping):
        raise ApiError(f"expected a JSON object for {name}, got {type(data).__name__}")
    return data


def read_payload(body: bytes | str, webhook: str) -> Any:
    """The JSON of a webhook's body; an ``ApiError`` when it is not JSON."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError) as error:
        raise ApiError(f"the body of the {webhook} webhook is not JSON: {error}") from None


# JSON kinds a Shape names: str, int, number, bool, null, array, object.
_KINDS: dict[str, Fits] = {
    "s": lambda v: isinstance(v, str),
    "i": lambda v: type(v) is int,
    "n": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "b": lambda v: isinstance(v, bool),
    "z": lambda v: v is None,
    "a": lambda v: isinstance(v, list),
    "o": lambda v: isinstance(v, dict),
}


class Shape:
    """What a JSON object must look like to be read as a model in a union:
    the keys it requires, the values some keys are fixed to, and the JSON
    kind of each key ("s", "i", "n", "b", "a", "o"; "s?" allows null)."""

    __slots__ = ("required", "literals", "kinds")

    def __init__(
        self,
        required: Sequence[str] = (),
        literals: Mapping[str, Sequence[Any]] | None = None,
        kinds: Mapping[str, str] | None = None,
    ) -> None:
        self.required = tuple(required)
        self.literals = dict(literals or {})
        self.kinds = dict(kinds or {})

    def fits(self, data: Any) -> bool:
        if not isinstance(data, dict):
            return False
        for key in self.required:
            if key not in data:
                return False
        for key, allowed in self.literals.items():
            if key in data and data[key] not in allowed:
                return False
        for key, kind in self.kinds.items():
            if key in data:
                value = data[key]
                if value is None:
                    if not kind.endswith("?"):
                        return False
                elif not _KINDS[kind[0]](value):
                    return False
        return True


class Model:
    """Base of the generated response models (stdlib dataclasses)."""

    __slots__ = ()
    #: Python attribute name -> wire name, set by each generated model.
    _wire_names: ClassVar[Mapping[str, str]] = {}
    #: Attributes the spec says are always there (and not null).
    _required: ClassVar[Tuple[str, ...]] = ()
    #: What a value must look like to be this model (set for union variants).
    _shape: ClassVar[Shape | None] = None
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
        values["extra_fields"] = {key: cls._extra(data[key]) for key in extra} if extra else {}
        instance = object.__new__(cls)
        instance.__dict__.update(values)
        return instance

    @classmethod
    def from_dict(cls: type[M], data: Mapping[str, Any]) -> M:  # pragma: no cover
        raise NotImplementedError

    @classmethod
    def _extra(cls, value: Any) -> Any:
        """A value beside the described fields (additionalProperties), read.
        A method, not a stored converter: the model it reads may be defined
        further down the module."""
        return value

    @classmethod
    def _parse(cls, value: Any) -> Any:
        """The model read from a JSON object; anything else kept as it came."""
        return cls.from_dict(value) if isinstance(value, dict) else value

    @classmethod
    def _fits(cls, value: Any) -> bool:
        shape = cls._shape
        return shape.fits(value) if shape is not None else isinstance(value, dict)

    if not TYPE_CHECKING:  # to a type checker, a misspelt field stays an error

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
        result: dict[str, Any] = {
            key: _to_wire(value) for key, value in (self.__dict__.get("extra_fields") or {}).items()
        }
        for attr, wire in self._wire_names.items():
            value = self.__dict__.get(attr)
            if value is not None:
                result[wire] = _to_wire(value)
        return result


def _to_wire(value: Any) -> Any:
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [_to_wire(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_wire(v) for k, v in value.items()}
    if isinstance(value, _dt.datetime):
        if value.utcoffset() == _dt.timedelta(0):
            return value.replace(tzinfo=None).isoformat() + "Z"
        return value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _uuid.UUID):
        return str(value)
    return value


# -- scalars ---------------------------------------------------------------------------


def parse_datetime(value: Any) -> Any:
    """ISO 8601 (``2020-01-10T20:00:00Z``) or RFC 2822 (``Fri, 10 Jan 2020
    20:00:00 +0000``) text as a datetime; anything else kept as it came."""
    if not isinstance(value, str) or not value:
        return value
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
        return value


def parse_date(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        return value


def parse_uuid(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return _uuid.UUID(value)
    except ValueError:
        return value


# -- containers ------------------------------------------------------------------------


def parse_list(convert: Convert, value: Any) -> Any:
    return [convert(item) for item in value] if isinstance(value, list) else value


def parse_map(convert: Convert, value: Any) -> Any:
    if not isinstance(value, dict):
        return value
    return {key: convert(item) for key, item in value.items()}


def parse_tuple(items: Sequence[Convert | None], rest: Convert | None, value: Any) -> Any:
    if not isinstance(value, list):
        return value
    converted = []
    for index, item in enumerate(value):
        convert = items[index] if index < len(items) else rest
        converted.append(convert(item) if convert is not None else item)
    return tuple(converted)


def keep(value: T) -> T:
    return value


def list_of(convert: Convert) -> Convert:
    return lambda value: parse_list(convert, value)


def map_of(convert: Convert) -> Convert:
    return lambda value: parse_map(convert, value)


def tuple_of(items: Sequence[Convert | None], rest: Convert | None) -> Convert:
    return lambda value: parse_tuple(items, rest, value)


# -- unions ------------------------------------------------------------------------------


def parse_union(
    value: Any,
    variants: Sequence[Tuple[Fits, Convert | None]],
    tag: str | None = None,
    mapping: Mapping[str, Convert | None] | None = None,
) -> Any:
    """The first variant that fits ``value``, or the one its ``tag`` names;
    a value that fits none is kept as it came."""
    if tag is not None and mapping is not None and isinstance(value, dict) and tag in value:
        kind = value[tag]
        if isinstance(kind, str) and kind in mapping:
            convert = mapping[kind]
            return convert(value) if convert is not None else value
        # A kind the mapping does not name: none of the variants it names.
        named = set(mapping.values())
        variants = [(fits, convert) for fits, convert in variants if convert not in named]
    for fits, convert in variants:
        if fits(value):
            return convert(value) if convert is not None else value
    return value


def is_str(value: Any) -> bool:
    return isinstance(value, str)


def is_int(value: Any) -> bool:
    return type(value) is int


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_bool(value: Any) -> bool:
    return isinstance(value, bool)


def is_none(value: Any) -> bool:
    return value is None


def is_list(value: Any) -> bool:
    return isinstance(value, list)


def is_dict(value: Any) -> bool:
    return isinstance(value, dict)


def is_anything(value: Any) -> bool:
    return True


def is_datetime(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(parse_datetime(value), str)


def is_date(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(parse_date(value), str)


def is_uuid(value: Any) -> bool:
    return isinstance(value, str) and not isinstance(parse_uuid(value), str)


def one_of(*allowed: Any) -> Fits:
    return lambda value: value in allowed and type(value) in {type(a) for a in allowed}


def or_none(fits: Fits) -> Fits:
    return lambda value: value is None or fits(value)


def any_of(*checks: Fits) -> Fits:
    return lambda value: any(check(value) for check in checks)


def parse_models(cast: Callable[[Mapping[str, Any]], T], value: Any) -> List[T]:
    """A list of models, for a method whose answer is a JSON array of objects."""
    if not isinstance(value, list):
        raise ApiError(f"expected a JSON array, got {type(value).__name__}")
    return [cast(item) if isinstance(item, dict) else item for item in value]


class RequiredKey:
    """``typing.Required`` on Python 3.10, where typing lacks it: at run time
    ``Required[X]`` is ``X``, so ``typing.get_type_hints`` can read a
    TypedDict's annotations (type checkers see typing_extensions' own)."""

    def __class_getitem__(cls, item: Any) -> Any:
        return item
