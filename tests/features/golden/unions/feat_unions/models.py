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
import sys
from typing import Any, ClassVar, Dict, Literal, Mapping, TYPE_CHECKING, TypeAlias, TypedDict

from . import _models

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required
else:  # read as the bare type at run time, so typing.get_type_hints works
    from ._models import RequiredKey as Required

__all__ = [
    "Animal",
    "Animal2",
    "AnyPet",
    "Bird",
    "Cat",
    "CatParam",
    "Dog",
    "DogParam",
    "Fish",
    "LogInBodyVariant1Param",
    "LogInBodyVariant2Param",
    "LogInResponse",
    "LogInResponseVariant1",
    "LogInResponseVariant2",
    "Owner",
    "OwnerContact",
    "OwnerContactVariant2",
    "Pet",
    "PetParam",
    "parse_animal2",
    "parse_any_pet",
    "parse_log_in_response",
    "parse_owner_contact",
    "parse_pet",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Animal(_models.Model):
    """Animal"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "name": "name",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind", "name")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("kind", "name"), {}, {"kind": "s", "name": "s"}
    )

    kind: str
    name: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Animal:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Animal").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "name": get("name"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Bird(_models.Model):
    """Bird"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "name": "name",
        "wingspan": "wingspan",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind", "name", "wingspan")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("kind", "name", "wingspan"), {}, {"kind": "s", "name": "s", "wingspan": "n"}
    )

    kind: str
    name: str
    wingspan: float
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bird:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Bird").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "name": get("name"),
                "wingspan": get("wingspan"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Cat(_models.Model):
    """Cat"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pet_type": "petType",
        "name": "name",
        "lives": "lives",
        "born": "born",
    }
    _required: ClassVar[tuple[str, ...]] = ("pet_type", "name", "lives")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("petType", "name", "lives"), {"petType": ["cat"]}, {"name": "s", "lives": "i", "born": "s"}
    )

    pet_type: Literal["cat"]
    name: str
    lives: int
    born: datetime.date | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cat:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Cat").get
        return cls._make(
            data,
            {
                "pet_type": get("petType"),
                "name": get("name"),
                "lives": get("lives"),
                "born": _models.parse_date(get("born")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Dog(_models.Model):
    """Dog"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pet_type": "petType",
        "name": "name",
        "good_boy": "goodBoy",
    }
    _required: ClassVar[tuple[str, ...]] = ("pet_type", "name", "good_boy")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("petType", "name", "goodBoy"), {"petType": ["dog"]}, {"name": "s", "goodBoy": "b"}
    )

    pet_type: Literal["dog"]
    name: str
    good_boy: bool
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dog:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Dog").get
        return cls._make(
            data,
            {
                "pet_type": get("petType"),
                "name": get("name"),
                "good_boy": get("goodBoy"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Fish(_models.Model):
    """Fish"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "name": "name",
        "fins": "fins",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind", "name")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("kind", "name"), {}, {"kind": "s", "name": "s", "fins": "i"}
    )

    kind: str
    name: str
    fins: int | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fish:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Fish").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "name": get("name"),
                "fins": get("fins"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class LogInResponseVariant1(_models.Model):
    """LogInResponseVariant1"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "user": "user",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "user")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("id", "user"), {}, {"id": "s", "user": "s"}
    )

    id: str
    user: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LogInResponseVariant1:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "LogInResponseVariant1").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "user": get("user"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class LogInResponseVariant2(_models.Model):
    """LogInResponseVariant2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "anonymous": "anonymous",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "anonymous")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("id", "anonymous"), {}, {"id": "s", "anonymous": "b"}
    )

    id: str
    anonymous: bool
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LogInResponseVariant2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "LogInResponseVariant2").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "anonymous": get("anonymous"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Owner(_models.Model):
    """Owner"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "favourite": "favourite",
        "spare": "spare",
        "contact": "contact",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "favourite")

    id: int
    favourite: Pet
    """One pet, through a oneOf of a single reference (not nullable)."""
    spare: Pet | None = None
    """Maybe a pet."""
    contact: OwnerContact | None = None
    """An e-mail address or a phone number object."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Owner:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Owner").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "favourite": parse_pet(get("favourite")),
                "spare": parse_pet(get("spare")),
                "contact": parse_owner_contact(get("contact")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class OwnerContactVariant2(_models.Model):
    """OwnerContactVariant2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "phone": "phone",
    }
    _required: ClassVar[tuple[str, ...]] = ("phone",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(("phone",), {}, {"phone": "s"})

    phone: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> OwnerContactVariant2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "OwnerContactVariant2").get
        return cls._make(
            data,
            {
                "phone": get("phone"),
            },
        )


class CatParam(TypedDict, total=False):
    """CatParam"""

    petType: Required[Literal["cat"]]
    name: Required[str]
    lives: Required[int]
    born: datetime.date | str


class DogParam(TypedDict, total=False):
    """DogParam"""

    petType: Required[Literal["dog"]]
    name: Required[str]
    goodBoy: Required[bool]


class LogInBodyVariant1Param(TypedDict, total=False):
    """LogInBodyVariant1Param"""

    password: Required[str]


class LogInBodyVariant2Param(TypedDict, total=False):
    """LogInBodyVariant2Param"""

    refresh: Required[str]


Animal2: TypeAlias = Bird | Fish | Animal
"""One of Bird | Fish | Animal."""


def parse_animal2(value: Any) -> Animal2:
    """Read a Animal2 from the API's JSON: the variant its kind names, else the first that fits; a value that fits none is kept as it came."""
    found: Animal2 = _models.parse_union(
        value,
        (
            (Bird._fits, Bird._parse),
            (Fish._fits, Fish._parse),
            (Animal._fits, Animal._parse),
        ),
        tag="kind",
        mapping={
            "Bird": Bird._parse,
            "Fish": Fish._parse,
        },
    )
    return found


AnyPet: TypeAlias = Cat | Dog | str
"""A pet without a discriminator, told apart by its fields."""


def parse_any_pet(value: Any) -> AnyPet:
    """Read a AnyPet from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: AnyPet = _models.parse_union(
        value,
        (
            (Cat._fits, Cat._parse),
            (Dog._fits, Dog._parse),
            (_models.is_str, None),
        ),
    )
    return found


LogInResponse: TypeAlias = LogInResponseVariant1 | LogInResponseVariant2
"""One of LogInResponseVariant1 | LogInResponseVariant2."""


def parse_log_in_response(value: Any) -> LogInResponse:
    """Read a LogInResponse from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: LogInResponse = _models.parse_union(
        value,
        (
            (LogInResponseVariant1._fits, LogInResponseVariant1._parse),
            (LogInResponseVariant2._fits, LogInResponseVariant2._parse),
        ),
    )
    return found


OwnerContact: TypeAlias = str | OwnerContactVariant2
"""An e-mail address or a phone number object."""


def parse_owner_contact(value: Any) -> OwnerContact:
    """Read a OwnerContact from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: OwnerContact = _models.parse_union(
        value,
        (
            (_models.is_str, None),
            (OwnerContactVariant2._fits, OwnerContactVariant2._parse),
        ),
    )
    return found


Pet: TypeAlias = Cat | Dog
"""One of Cat | Dog."""


def parse_pet(value: Any) -> Pet:
    """Read a Pet from the API's JSON: the variant its petType names, else the first that fits; a value that fits none is kept as it came."""
    found: Pet = _models.parse_union(
        value,
        (
            (Cat._fits, Cat._parse),
            (Dog._fits, Dog._parse),
        ),
        tag="petType",
        mapping={
            "cat": Cat._parse,
            "dog": Dog._parse,
            "cat": Cat._parse,
            "dog": Dog._parse,
        },
    )
    return found


PetParam: TypeAlias = CatParam | DogParam
"""One of CatParam | DogParam."""
