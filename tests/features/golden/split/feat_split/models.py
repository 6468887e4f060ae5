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
from typing import Any, ClassVar, Dict, List, Literal, Mapping, TYPE_CHECKING, TypedDict

from . import _models

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required
else:  # read as the bare type at run time, so typing.get_type_hints works
    from ._models import RequiredKey as Required

__all__ = [
    "Category",
    "Error",
    "Line",
    "Money",
    "MoneyParam",
    "Order",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Category(_models.Model):
    """Category"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
        "children": "children",
    }
    _required: ClassVar[tuple[str, ...]] = ("name",)

    name: str
    children: List[Category] | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Category:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Category").get
        return cls._make(
            data,
            {
                "name": get("name"),
                "children": _models.parse_list(Category._parse, get("children")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Error(_models.Model):
    """Error"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "message": "message",
    }
    _required: ClassVar[tuple[str, ...]] = ("message",)

    message: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Error:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Error").get
        return cls._make(
            data,
            {
                "message": get("message"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Line(_models.Model):
    """Line"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sku": "sku",
        "quantity": "quantity",
        "price": "price",
    }
    _required: ClassVar[tuple[str, ...]] = ("sku", "quantity")

    sku: str
    quantity: int
    price: Money | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Line:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Line").get
        return cls._make(
            data,
            {
                "sku": get("sku"),
                "quantity": get("quantity"),
                "price": Money._parse(get("price")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Money(_models.Model):
    """Money"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "amount": "amount",
        "currency": "currency",
    }
    _required: ClassVar[tuple[str, ...]] = ("amount", "currency")

    amount: int
    currency: Literal["EUR", "USD"]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Money").get
        return cls._make(
            data,
            {
                "amount": get("amount"),
                "currency": get("currency"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Order(_models.Model):
    """Order"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
        "total": "total",
        "lines": "lines",
    }
    _required: ClassVar[tuple[str, ...]] = ("id", "total", "lines")

    id: str
    total: Money
    lines: List[Line]
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Order:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Order").get
        return cls._make(
            data,
            {
                "id": get("id"),
                "total": Money._parse(get("total")),
                "lines": _models.parse_list(Line._parse, get("lines")),
            },
        )


class MoneyParam(TypedDict, total=False):
    """MoneyParam"""

    amount: Required[int]
    currency: Required[Literal["EUR", "USD"]]
