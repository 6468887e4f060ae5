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
from typing import Any, ClassVar, Dict, Mapping

from . import _models

__all__ = [
    "Adoption",
    "AdoptionFamily",
    "Shipment",
    "SubscribeResponse",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Adoption(_models.Model):
    """Adoption"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "pet_id": "petId",
        "adopted_at": "adoptedAt",
        "family": "family",
    }
    _required: ClassVar[tuple[str, ...]] = ("pet_id", "adopted_at")

    pet_id: str
    adopted_at: datetime.datetime
    family: AdoptionFamily | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Adoption:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Adoption").get
        return cls._make(
            data,
            {
                "pet_id": get("petId"),
                "adopted_at": _models.parse_datetime(get("adoptedAt")),
                "family": AdoptionFamily._parse(get("family")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class AdoptionFamily(_models.Model):
    """AdoptionFamily"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "name": "name",
    }

    name: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> AdoptionFamily:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "AdoptionFamily").get
        return cls._make(
            data,
            {
                "name": get("name"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Shipment(_models.Model):
    """Shipment"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "order_id": "orderId",
        "shipped_at": "shippedAt",
    }

    order_id: str | None = None
    shipped_at: datetime.datetime | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Shipment:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Shipment").get
        return cls._make(
            data,
            {
                "order_id": get("orderId"),
                "shipped_at": _models.parse_datetime(get("shippedAt")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class SubscribeResponse(_models.Model):
    """SubscribeResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SubscribeResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "SubscribeResponse").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )
