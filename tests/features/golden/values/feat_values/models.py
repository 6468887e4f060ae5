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
import sys
from typing import Any, ClassVar, Dict, List, Literal, Mapping, TYPE_CHECKING, TypedDict

from . import _models

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required
else:  # read as the bare type at run time, so typing.get_type_hints works
    from ._models import RequiredKey as Required

__all__ = [
    "Account",
    "AccountNullable",
    "AccountNullableParam",
    "Bundle",
    "Label",
    "LabelParam",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Account(_models.Model):
    """Account"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "name": "name",
        "status": "status",
        "level": "level",
        "created": "created",
        "birthday": "birthday",
        "nickname": "nickname",
        "manager": "manager",
        "nullable": "nullable",
        "scores": "scores",
        "labels": "labels",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "name", "status", "created")

    id: uuid.UUID
    name: str
    status: Literal["active", "closed"]
    """Defaults to ``"active"``."""
    level: Literal[1, 2, 3] | None = None
    """Values: 1 (BASIC), 2 (PRO), 3 (ENTERPRISE)."""
    created: datetime.datetime
    birthday: datetime.date | None = None
    nickname: str | None = None
    manager: str | None = None
    """Required but nullable."""
    nullable: AccountNullable | None = None
    """A property that happens to be named nullable."""
    scores: Dict[str, int] | None = None
    labels: List[Label] | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Account:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Account").get
        return cls._make(
            data,
            {
                "id": _models.parse_uuid(get("id")),
                "name": get("name"),
                "status": get("status"),
                "level": get("level"),
                "created": _models.parse_datetime(get("created")),
                "birthday": _models.parse_date(get("birthday")),
                "nickname": get("nickname"),
                "manager": get("manager"),
                "nullable": AccountNullable._parse(get("nullable")),
                "scores": get("scores"),
                "labels": _models.parse_list(Label._parse, get("labels")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class AccountNullable(_models.Model):
    """A property that happens to be named nullable."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "flag": "flag",
    }

    flag: bool | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AccountNullable:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "AccountNullable").get
        return cls._make(
            data,
            {
                "flag": get("flag"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Bundle(_models.Model):
    """Defined before Label, whose model reads its extra properties."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "title": "title",
    }

    title: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Bundle:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Bundle").get
        return cls._make(
            data,
            {
                "title": get("title"),
            },
        )

    @classmethod
    def _extra(cls, value: Any) -> Any:
        return Label._parse(value)


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Label(_models.Model):
    """Label"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "colour": "colour",
        "seen": "seen",
    }
    _required: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    colour: str | None = None
    seen: datetime.datetime | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Label:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Label").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "colour": get("colour"),
                "seen": _models.parse_datetime(get("seen")),
            },
        )


class AccountNullableParam(TypedDict, total=False):
    """A property that happens to be named nullable."""

    flag: bool


class LabelParam(TypedDict, total=False):
    """LabelParam"""

    name: Required[str]
    colour: str
    seen: datetime.datetime | str
