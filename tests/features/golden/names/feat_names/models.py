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
import uuid
from typing import Any, ClassVar, Dict, List, Mapping, TypeAlias, TypedDict

from . import _models

__all__ = [
    "Any2",
    "Cat",
    "Client2",
    "CreateFooBarBodyBazParam",
    "CreateFooBodyBarBazParam",
    "CreateRetryResponse",
    "Dicts",
    "Dog",
    "GetAnswers404Response",
    "GetError404",
    "GetResponse",
    "Model2",
    "Pet",
    "Required2",
    "parse_pet",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Any2(_models.Model):
    """Any2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "list": "list",
        "dicts": "dicts",
    }

    list: List[str] | None = None
    dicts: Dicts | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Any2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Any2").get
        return cls._make(
            data,
            {
                "list": get("list"),
                "dicts": Dicts._parse(get("dicts")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Cat(_models.Model):
    """Cat"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "meows": "meows",
    }
    _required: ClassVar[tuple[str, ...]] = ("meows",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(("meows",), {}, {"meows": "b"})

    meows: bool
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Cat").get
        return cls._make(
            data,
            {
                "meows": get("meows"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Client2(_models.Model):
    """Client2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Client2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Client2").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class CreateRetryResponse(_models.Model):
    """CreateRetryResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateRetryResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "CreateRetryResponse").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Dicts(_models.Model):
    """Dicts"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "dict_": "Dict",
        "dict_2": "__dict__",
        "tuple_": "tuple",
    }

    dict_: str | None = None
    dict_2: str | None = None
    tuple_: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dicts:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Dicts").get
        return cls._make(
            data,
            {
                "dict_": get("Dict"),
                "dict_2": get("__dict__"),
                "tuple_": get("tuple"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Dog(_models.Model):
    """Dog"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "barks": "barks",
    }
    _required: ClassVar[tuple[str, ...]] = ("barks",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(("barks",), {}, {"barks": "b"})

    barks: bool
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Dog").get
        return cls._make(
            data,
            {
                "barks": get("barks"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class GetAnswers404Response(_models.Model):
    """GetAnswers404Response"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetAnswers404Response:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "GetAnswers404Response").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class GetError404(_models.Model):
    """GetError404"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "message": "message",
    }

    message: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetError404:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "GetError404").get
        return cls._make(
            data,
            {
                "message": get("message"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class GetResponse(_models.Model):
    """GetResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "GetResponse").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Model2(_models.Model):
    """Model2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "uuid_": "uuid",
    }

    uuid_: uuid.UUID | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Model2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Model2").get
        return cls._make(
            data,
            {
                "uuid_": _models.parse_uuid(get("uuid")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Required2(_models.Model):
    """A schema whose description ends in three quotes \"\"\" """

    _wire_names: ClassVar[Mapping[str, str]] = {
        "datetime_": "datetime",
        "str_": "str",
        "from_dict_": "from_dict",
        "class_": "class",
    }

    datetime_: datetime.datetime | None = None
    str_: str | None = None
    from_dict_: str | None = None
    class_: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Required2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Required2").get
        return cls._make(
            data,
            {
                "datetime_": _models.parse_datetime(get("datetime")),
                "str_": get("str"),
                "from_dict_": get("from_dict"),
                "class_": get("class"),
            },
        )


class CreateFooBarBodyBazParam(TypedDict, total=False):
    """CreateFooBarBodyBazParam"""

    other: int


class CreateFooBodyBarBazParam(TypedDict, total=False):
    """CreateFooBodyBarBazParam"""

    inner: str


Pet: TypeAlias = Cat | Dog
"""One of Cat | Dog."""


def parse_pet(value: Any) -> Pet:
    """Read a Pet from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: Pet = _models.parse_union(
        value,
        (
            (Cat._fits, Cat._parse),
            (Dog._fits, Dog._parse),
        ),
    )
    return found
