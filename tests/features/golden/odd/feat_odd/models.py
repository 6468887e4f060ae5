"""Typed models: dataclasses for what the API answers, TypedDicts for nested
request objects (plain dicts are accepted), and the unions between them.

Response models tolerate what the spec does not say: unknown fields are kept
in ``extra_fields``, unknown enum values and values the client cannot read
as their type stay as the API sent them. A field the spec says is always
there is typed without ``None``; if an answer lacks it, reading it raises
``AttributeError`` naming it.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any, ClassVar, Dict, List, Mapping, TypeAlias

from . import _models

__all__ = [
    "Job",
    "Order",
    "Problem",
    "ProblemSource",
    "Receiver",
    "ReceiverOwner",
    "User",
    "UserWithStats",
    "parse_receiver_owner",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Job(_models.Model):
    """Job"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "parameters": "parameters",
        "jurisdictional_filter": "jurisdictionalFilter",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "jurisdictional_filter")

    id: str
    parameters: Dict[str, str] | None = None
    jurisdictional_filter: Any
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Job:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Job").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "parameters": get("parameters"),
                "jurisdictional_filter": get("jurisdictionalFilter"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Order(_models.Model):
    """Order"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "order_id": "OrderId",
        "tag": "Tag",
        "placed": "Placed",
        "side": "Side",
        "name": "Name",
        "code": "Code",
        "path": "Path",
        "notes": "Notes",
    }
    _required: ClassVar[tuple[str, ...]] = ("order_id", "tag")

    order_id: str
    tag: str
    placed: datetime.datetime | None = None
    side: str | None = None
    name: str | None = None
    code: str | None = None
    path: str | None = None
    notes: Dict[str, Any] | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Order").get
        return cls._make(
            data,
            {
                "order_id": get("OrderId"),
                "tag": get("Tag"),
                "placed": _models.parse_datetime(get("Placed")),
                "side": get("Side"),
                "name": get("Name"),
                "code": get("Code"),
                "path": get("Path"),
                "notes": get("Notes"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Problem(_models.Model):
    """Problem"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "detail": "detail",
        "source": "source",
    }

    detail: str | None = None
    source: ProblemSource | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Problem").get
        return cls._make(
            data,
            {
                "detail": get("detail"),
                "source": ProblemSource._parse(get("source")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ProblemSource(_models.Model):
    """ProblemSource"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "parameter": "parameter",
        "pointer": "pointer",
        "example": "example",
    }

    parameter: str | None = None
    pointer: str | None = None
    example: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProblemSource:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ProblemSource").get
        return cls._make(
            data,
            {
                "parameter": get("parameter"),
                "pointer": get("pointer"),
                "example": get("example"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Receiver(_models.Model):
    """Receiver"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "translations": "translations",
        "owner": "owner",
    }

    translations: List[Any] | None = None
    owner: ReceiverOwner | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Receiver:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Receiver").get
        return cls._make(
            data,
            {
                "translations": get("translations"),
                "owner": parse_receiver_owner(get("owner")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class User(_models.Model):
    """User"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }
    _required: ClassVar[tuple[str, ...]] = ("id",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(("id",), {}, {"id": "i"})

    id: int
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> User:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "User").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class UserWithStats(_models.Model):
    """UserWithStats"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "videos": "videos",
    }
    _required: ClassVar[tuple[str, ...]] = ("id",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(("id",), {}, {"id": "i", "videos": "i"})

    id: int
    videos: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UserWithStats:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "UserWithStats").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "videos": get("videos"),
            },
        )


ReceiverOwner: TypeAlias = User | UserWithStats
"""One of User | UserWithStats."""


def parse_receiver_owner(value: Any) -> ReceiverOwner:
    """Read a ReceiverOwner from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: ReceiverOwner = _models.parse_union(
        value,
        (
            (User._fits, User._parse),
            (UserWithStats._fits, UserWithStats._parse),
        ),
    )
    return found
