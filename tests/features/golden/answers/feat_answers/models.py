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
from typing import Any, ClassVar, Dict, Mapping

from . import _models

__all__ = [
    "Problem",
    "Result",
    "Ticket",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Problem(_models.Model):
    """Problem"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "title": "title",
        "detail": "detail",
        "documentation_url": "documentation_url",
    }
    _required: ClassVar[tuple[str, ...]] = ("title",)

    title: str
    detail: str | None = None
    documentation_url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Problem").get
        return cls._make(
            data,
            {
                "title": get("title"),
                "detail": get("detail"),
                "documentation_url": get("documentation_url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Result(_models.Model):
    """Result"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "value": "value",
    }
    _required: ClassVar[tuple[str, ...]] = ("value",)

    value: int
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Result:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Result").get
        return cls._make(
            data,
            {
                "value": get("value"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Ticket(_models.Model):
    """Ticket"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "ticket": "ticket",
    }
    _required: ClassVar[tuple[str, ...]] = ("ticket",)

    ticket: str
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ticket:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Ticket").get
        return cls._make(
            data,
            {
                "ticket": get("ticket"),
            },
        )
