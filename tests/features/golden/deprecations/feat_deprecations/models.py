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
    "CreateReportResponse",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class CreateReportResponse(_models.Model):
    """CreateReportResponse"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "id": "id",
    }

    id: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> CreateReportResponse:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "CreateReportResponse").get
        return cls._make(
            data,
            {
                "id": get("id"),
            },
        )
