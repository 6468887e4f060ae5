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
import sys
from typing import (
    Any,
    ClassVar,
    Dict,
    List,
    Literal,
    Mapping,
    Sequence,
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
    "Expression",
    "ExpressionParam",
    "Node",
    "NodeParam",
    "Number",
    "NumberParam",
    "Sum",
    "SumParam",
    "parse_expression",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Node(_models.Model):
    """Node"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "children": "children",
        "parent": "parent",
    }
    _required: ClassVar[tuple[str, ...]] = ("name", "children")

    name: str
    children: List[Node]
    parent: Node | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Node:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Node").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "children": _models.parse_list(Node._parse, get("children")),
                "parent": Node._parse(get("parent")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Number(_models.Model):
    """Number"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "op": "op",
        "value": "value",
    }
    _required: ClassVar[tuple[str, ...]] = ("op", "value")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("op", "value"), {"op": ["num"]}, {"value": "n"}
    )

    op: Literal["num"]
    value: float
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Number:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Number").get
        return cls._make(
            data,
            {
                "op": get("op"),
                "value": get("value"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Sum(_models.Model):
    """Sum"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "op": "op",
        "terms": "terms",
    }
    _required: ClassVar[tuple[str, ...]] = ("op", "terms")
    _shape: ClassVar[_models.Shape | None] = _models.Shape(
        ("op", "terms"), {"op": ["sum"]}, {"terms": "a"}
    )

    op: Literal["sum"]
    terms: List[Expression]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sum:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Sum").get
        return cls._make(
            data,
            {
                "op": get("op"),
                "terms": _models.parse_list(parse_expression, get("terms")),
            },
        )


class NodeParam(TypedDict, total=False):
    """NodeParam"""

    name: Required[str]
    children: Required[Sequence[NodeParam]]
    parent: NodeParam


class NumberParam(TypedDict, total=False):
    """NumberParam"""

    op: Required[Literal["num"]]
    value: Required[float]


class SumParam(TypedDict, total=False):
    """SumParam"""

    op: Required[Literal["sum"]]
    terms: Required[Sequence[ExpressionParam]]


Expression: TypeAlias = Number | Sum
"""One of Number | Sum."""


def parse_expression(value: Any) -> Expression:
    """Read a Expression from the API's JSON: the variant its op names, else the first that fits; a value that fits none is kept as it came."""
    found: Expression = _models.parse_union(
        value,
        (
            (Number._fits, Number._parse),
            (Sum._fits, Sum._parse),
        ),
        tag="op",
        mapping={
            "num": Number._parse,
            "sum": Sum._parse,
            "num": Number._parse,
            "sum": Sum._parse,
        },
    )
    return found


ExpressionParam: TypeAlias = NumberParam | SumParam
"""One of NumberParam | SumParam."""
