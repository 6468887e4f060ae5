"""Deprecations the spec declares, told to the caller as ``DeprecationWarning``.

A deprecated method is decorated with ``deprecated(message)``: Python 3.13's
``warnings.deprecated`` where it exists (type checkers and IDEs show the
method struck through), this stand-in before it, which warns the same way.
A deprecated argument warns when it is passed. Each warning names the
caller's line, so Python's default filter shows it once per call site.
"""

from __future__ import annotations

import functools
import warnings
from typing import Any, Callable, TypeVar

__all__ = ["deprecated", "deprecated_argument"]

F = TypeVar("F", bound=Callable[..., Any])


def deprecated(message: str, /) -> Callable[[F], F]:
    """Before Python 3.13: ``warnings.deprecated`` for functions."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def warned(*args: Any, **kwargs: Any) -> Any:
            warnings.warn(message, DeprecationWarning, stacklevel=2)
            return function(*args, **kwargs)

        warned.__deprecated__ = message  # type: ignore[attr-defined]
        return warned  # type: ignore[return-value]

    return decorate


def deprecated_argument(message: str) -> None:
    """Called by a method whose caller passed a deprecated argument."""
    warnings.warn(message, DeprecationWarning, stacklevel=3)
