"""Small shared types: the "argument not given" sentinel and timeout aliases."""

from __future__ import annotations

from typing import Final, Literal, TypeVar, Union

import httpx


class NotGiven:
    """Marks an argument the caller left out, so it is not sent at all.

    ``None`` is a value (JSON ``null``, or an empty form field) and is sent
    only where the spec allows it and the caller passed it on purpose.
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = Union[float, httpx.Timeout, None]


T = TypeVar("T")


def given_or(value: T | NotGiven, default: T | None) -> T | NotGiven:
    """``value``, or ``default`` when the caller left the argument out."""
    if isinstance(value, NotGiven) and default is not None:
        return default
    return value
