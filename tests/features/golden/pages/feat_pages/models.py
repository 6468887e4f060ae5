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
from typing import Any, ClassVar, Dict, List, Mapping

from . import _models

__all__ = [
    "Item",
    "ListArticlesResponse",
    "ListArticlesResponseLinks",
    "ListEventsResponse",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Item(_models.Model):
    """Item"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }
    _required: ClassVar[tuple[str, ...]] = ("id",)

    id: int
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Item:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Item").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ListArticlesResponse(_models.Model):
    """ListArticlesResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "data": "data",
        "links": "links",
    }

    data: List[Item] | None = None
    links: ListArticlesResponseLinks | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListArticlesResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ListArticlesResponse").get
        return cls._make(
            data,
            {
                "data": _models.parse_list(Item._parse, get("data")),
                "links": ListArticlesResponseLinks._parse(get("links")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ListArticlesResponseLinks(_models.Model):
    """ListArticlesResponseLinks"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "next": "next",
    }

    next: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListArticlesResponseLinks:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ListArticlesResponseLinks").get
        return cls._make(
            data,
            {
                "next": get("next"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ListEventsResponse(_models.Model):
    """ListEventsResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "events": "events",
        "next_cursor": "next_cursor",
    }

    events: List[Item] | None = None
    next_cursor: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ListEventsResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ListEventsResponse").get
        return cls._make(
            data,
            {
                "events": _models.parse_list(Item._parse, get("events")),
                "next_cursor": get("next_cursor"),
            },
        )
