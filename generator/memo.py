"""Pure functions of spec text, worked out once per text.

A spec repeats its names, references, patterns and descriptions many times
over, and the code made from them repeats its long lines. A function of such
a text decorated with ``kept`` remembers its last answers, but only for texts
of a usual size: a spec's huge texts (an enum of thousands of values, a
100 KB name) would otherwise stay in memory, several times over, long after
the run that used them.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

P = ParamSpec("P")
T = TypeVar("T", covariant=True)


class Kept(Protocol[P, T]):
    """A function of a text and hashable arguments, with its ``cache``."""

    cache: Any  # the functools.lru_cache of the function

    def __call__(self, text: str, *args: P.args, **kwargs: P.kwargs) -> T: ...


def kept(longest: int, size: int) -> Callable[[Callable[Concatenate[str, P], T]], Kept[P, T]]:
    """Decorates a pure function whose first argument is a text: its answers
    for the last ``size`` texts of at most ``longest`` characters are kept."""

    def decorate(function: Callable[Concatenate[str, P], T]) -> Kept[P, T]:
        cache = functools.lru_cache(maxsize=size)(function)
        cached: Callable[..., T] = cache
        uncached: Callable[..., T] = function

        # A closure, not an object: it is called on hot paths.
        def call(text: str, *args: Any) -> T:
            return cached(text, *args) if len(text) <= longest else uncached(text, *args)

        functools.update_wrapper(call, function)
        setattr(call, "cache", cache)
        return cast(Kept[P, T], call)

    return decorate
