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
from typing import (
    Any,
    ClassVar,
    Dict,
    List,
    Literal,
    Mapping,
    Tuple,
    TYPE_CHECKING,
    TypeAlias,
    TypedDict,
)

from . import _models

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required
else:  # read as the bare type at run time, so typing.get_type_hints works
    from ._models import RequiredKey as Required

__all__ = [
    "Json",
    "Payment",
    "Thing",
    "ThingParam",
    "parse_json",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Payment(_models.Model):
    """Payment"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "currency": "currency",
        "type": "type",
    }
    _required: ClassVar[tuple[str, ...]] = ("type",)

    currency: str | None = None
    type: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Payment:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Payment").get
        return cls._make(
            data,
            {
                "currency": get("currency"),
                "type": get("type"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Thing(_models.Model):
    """Thing"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "kind": "kind",
        "setting": "setting",
        "label": "label",
        "maybe": "maybe",
        "point": "point",
        "tagged": "tagged",
        "anything": "anything",
        "when": "when",
        "parent": "parent",
    }
    _required: ClassVar[tuple[str, ...]] = ("kind", "setting", "label", "point", "anything")

    kind: Literal["thing"]
    setting: None
    label: str | int
    maybe: str | None = None
    point: Tuple[float, float]
    """x and y."""
    tagged: Tuple[str | int, ...] | None = None
    anything: Any
    when: datetime.datetime | None = None
    parent: Thing | None = None
    """A $ref with a sibling description (3.1)."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Thing:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Thing").get
        return cls._make(
            data,
            {
                "kind": get("kind"),
                "setting": get("setting"),
                "label": get("label"),
                "maybe": get("maybe"),
                "point": _models.parse_tuple((None, None), None, get("point")),
                "tagged": _models.parse_tuple((None,), _models.keep, get("tagged")),
                "anything": get("anything"),
                "when": _models.parse_datetime(get("when")),
                "parent": Thing._parse(get("parent")),
            },
        )


class ThingParam(TypedDict, total=False):
    """ThingParam"""

    kind: Required[Literal["thing"]]
    setting: Required[None]
    label: Required[str | int]
    maybe: str | None
    point: Required[Tuple[float, float]]
    tagged: Tuple[str | int, ...]
    anything: Required[Any]
    when: datetime.datetime | str | None
    parent: ThingParam


Json: TypeAlias = "str | float | bool | List[Json] | Dict[str, Json]"
"""Any JSON value, recursively."""


def parse_json(value: Any) -> Json:
    """Read a Json from the API's JSON: the first variant that fits; a value that fits none is kept as it came."""
    found: Json = _models.parse_union(
        value,
        (
            (_models.is_str, None),
            (_models.is_number, None),
            (_models.is_bool, None),
            (_models.is_list, _models.list_of(parse_json)),
            (_models.is_dict, _models.map_of(parse_json)),
        ),
    )
    return found
