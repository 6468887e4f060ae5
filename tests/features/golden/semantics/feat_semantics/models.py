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
from typing import Any, ClassVar, Dict, List, Literal, Mapping, TypeAlias

from . import _models

__all__ = [
    "Cat",
    "Circle",
    "Dog",
    "Fields",
    "GetLabelResponse",
    "GetShapeResponse",
    "Group",
    "GroupMembersItem",
    "Label",
    "Level1",
    "Level10",
    "Level2",
    "Level3",
    "Level4",
    "Level5",
    "Level6",
    "Level7",
    "Level8",
    "Level9",
    "Link",
    "ListProductsResponse",
    "ListProductsResponseMeta",
    "Message",
    "MessageEventsItem",
    "MessageTagsItemVariant1",
    "Pet",
    "Problem",
    "Product",
    "Square",
    "SystemField",
    "User",
    "parse_get_shape_response",
    "parse_pet",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Cat(_models.Model):
    """Cat"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pet_type": "petType",
        "name": "name",
        "hunting_skill": "huntingSkill",
    }
    _required: ClassVar[tuple[str, ...]] = ("pet_type", "name")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("petType", "name"), {}, {"petType": "s", "name": "s", "huntingSkill": "s"}
    )

    pet_type: str
    name: str
    hunting_skill: str | None = None
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
                "hunting_skill": get("huntingSkill"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Circle(_models.Model):
    """Circle"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "size": "size",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("kind",), {"kind": ["circle"]}, {"size": "n"}
    )

    kind: Literal["circle"]
    size: float | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Circle:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Circle").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "size": get("size"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Dog(_models.Model):
    """Dog"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pet_type": "petType",
        "name": "name",
        "pack_size": "packSize",
    }
    _required: ClassVar[tuple[str, ...]] = ("pet_type", "name")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("petType", "name"), {}, {"petType": "s", "name": "s", "packSize": "i"}
    )

    pet_type: str
    name: str
    pack_size: int | None = None
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
                "pack_size": get("packSize"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Fields(_models.Model):
    """Fields"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "Id",
    }
    _required: ClassVar[tuple[str, ...]] = ("id",)

    id: SystemField
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Fields:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Fields").get
        return cls._make(
            data,
            {
                "id": SystemField._parse(get("Id")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class GetLabelResponse(_models.Model):
    """GetLabelResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "label": "label",
        "letters": "letters",
    }

    label: Label | None = None
    letters: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GetLabelResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "GetLabelResponse").get
        return cls._make(
            data,
            {
                "label": Label._parse(get("label")),
                "letters": get("letters"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Group(_models.Model):
    """Group"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "count": "count",
        "members": "members",
    }
    _required: ClassVar[tuple[str, ...]] = ("members",)

    count: int | None = None
    members: List[GroupMembersItem]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Group:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Group").get
        return cls._make(
            data,
            {
                "count": get("count"),
                "members": _models.parse_list(GroupMembersItem._parse, get("members")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class GroupMembersItem(_models.Model):
    """GroupMembersItem"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
        "ref": "$ref",
        "display": "display",
    }
    _required: ClassVar[tuple[str, ...]] = ("value", "ref")

    value: str
    ref: str
    display: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> GroupMembersItem:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "GroupMembersItem").get
        return cls._make(
            data,
            {
                "value": get("value"),
                "ref": get("$ref"),
                "display": get("display"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Label(_models.Model):
    """Label"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "text": "text",
    }

    text: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Label:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Label").get
        return cls._make(
            data,
            {
                "text": get("text"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level1(_models.Model):
    """Level1"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level2]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level1:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level1").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level2._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level10(_models.Model):
    """Level10"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "rate": "rate",
        "created": "created",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "rate", "created")

    name: str
    rate: float
    created: datetime.datetime
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level10:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level10").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "rate": get("rate"),
                "created": _models.parse_datetime(get("created")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level2(_models.Model):
    """Level2"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level3]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level2:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level2").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level3._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level3(_models.Model):
    """Level3"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level4]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level3:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level3").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level4._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level4(_models.Model):
    """Level4"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level5]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level4:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level4").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level5._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level5(_models.Model):
    """Level5"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level6]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level5:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level5").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level6._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level6(_models.Model):
    """Level6"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level7]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level6:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level6").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level7._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level7(_models.Model):
    """Level7"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level8]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level7:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level7").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level8._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level8(_models.Model):
    """Level8"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level9]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level8:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level8").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level9._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Level9(_models.Model):
    """Level9"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "next": "next",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "next")

    name: str
    next: List[Level10]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Level9:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Level9").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "next": _models.parse_list(Level10._parse, get("next")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Link(_models.Model):
    """Link"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "href": "href",
        "type": "type",
    }
    _required: ClassVar[tuple[str, ...]] = ("href",)

    href: str
    type: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Link").get
        return cls._make(
            data,
            {
                "href": get("href"),
                "type": get("type"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ListProductsResponse(_models.Model):
    """ListProductsResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "meta": "meta",
        "data": "data",
    }
    _required: ClassVar[tuple[str, ...]] = ("meta", "data")

    meta: ListProductsResponseMeta
    data: List[Product]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListProductsResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ListProductsResponse").get
        return cls._make(
            data,
            {
                "meta": ListProductsResponseMeta._parse(get("meta")),
                "data": _models.parse_list(Product._parse, get("data")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ListProductsResponseMeta(_models.Model):
    """ListProductsResponseMeta"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "total_pages": "TotalPages",
    }
    _required: ClassVar[tuple[str, ...]] = ("total_pages",)

    total_pages: int
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListProductsResponseMeta:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ListProductsResponseMeta").get
        return cls._make(
            data,
            {
                "total_pages": get("TotalPages"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Message(_models.Model):
    """Message"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sent_at": "sent_at",
        "events": "events",
        "label": "label",
        "tags": "tags",
    }
    _required: ClassVar[tuple[str, ...]] = ("sent_at", "events", "label", "tags")

    sent_at: str
    events: List[MessageEventsItem]
    label: str
    tags: List[MessageTagsItemVariant1]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Message:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Message").get
        return cls._make(
            data,
            {
                "sent_at": get("sent_at"),
                "events": _models.parse_list(MessageEventsItem._parse, get("events")),
                "label": get("label"),
                "tags": _models.parse_list(MessageTagsItemVariant1._parse, get("tags")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class MessageEventsItem(_models.Model):
    """MessageEventsItem"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "bounce_type": "bounce_type",
    }
    _required: ClassVar[tuple[str, ...]] = ("bounce_type",)

    bounce_type: Literal["bounced", "blocked"]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MessageEventsItem:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "MessageEventsItem").get
        return cls._make(
            data,
            {
                "bounce_type": get("bounce_type"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class MessageTagsItemVariant1(_models.Model):
    """MessageTagsItemVariant1"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "label": "label",
    }

    label: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MessageTagsItemVariant1:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "MessageTagsItemVariant1").get
        return cls._make(
            data,
            {
                "label": get("label"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Problem(_models.Model):
    """Problem"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
    }
    _required: ClassVar[tuple[str, ...]] = ("code", "message")

    code: int
    message: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Problem").get
        return cls._make(
            data,
            {
                "code": get("code"),
                "message": get("message"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Product(_models.Model):
    """Product"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "self": "self",
        "fields": "fields",
    }
    _required: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    self: Link | None = None
    fields: Fields | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Product:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Product").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "self": Link._parse(get("self")),
                "fields": Fields._parse(get("fields")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Square(_models.Model):
    """Square"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "size": "size",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind",)
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("kind",), {"kind": ["square"]}, {"size": "n"}
    )

    kind: Literal["square"]
    size: float | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Square:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Square").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "size": get("size"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class SystemField(_models.Model):
    """SystemField"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "origin": "origin",
    }
    _required: ClassVar[tuple[str, ...]] = ("origin",)

    origin: Literal["system"]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SystemField:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "SystemField").get
        return cls._make(
            data,
            {
                "origin": get("origin"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class User(_models.Model):
    """User"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "nickname": "nickname",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "name")

    id: int
    name: str
    nickname: str | None = None
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
                "name": get("name"),
                "nickname": get("nickname"),
            },
        )


GetShapeResponse: TypeAlias = Circle | Square
"""One of Circle | Square."""


def parse_get_shape_response(value: Any) -> GetShapeResponse:
    """Read a GetShapeResponse from the API's JSON: the variant its kind names, else the first that fits; a value that fits none is kept as it came."""
    found: GetShapeResponse = _models.parse_union(
        value,
        (
            (Circle._fits, Circle._parse),
            (Square._fits, Square._parse),
        ),
        tag="kind",
        mapping={
            "circle": Circle._parse,
            "square": Square._parse,
        },
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
            "Cat": Cat._parse,
            "Dog": Dog._parse,
        },
    )
    return found
