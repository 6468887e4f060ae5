"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .expressions import (
        Expressions as Expressions,
        ExpressionsWithRawResponse as ExpressionsWithRawResponse,
        ExpressionsWithStreamingResponse as ExpressionsWithStreamingResponse,
    )
    from .expressions import (
        AsyncExpressions as AsyncExpressions,
        AsyncExpressionsWithRawResponse as AsyncExpressionsWithRawResponse,
        AsyncExpressionsWithStreamingResponse as AsyncExpressionsWithStreamingResponse,
    )
    from .trees import (
        Trees as Trees,
        TreesWithRawResponse as TreesWithRawResponse,
        TreesWithStreamingResponse as TreesWithStreamingResponse,
    )
    from .trees import (
        AsyncTrees as AsyncTrees,
        AsyncTreesWithRawResponse as AsyncTreesWithRawResponse,
        AsyncTreesWithStreamingResponse as AsyncTreesWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Expressions": "expressions",
    "ExpressionsWithRawResponse": "expressions",
    "ExpressionsWithStreamingResponse": "expressions",
    "AsyncExpressions": "expressions",
    "AsyncExpressionsWithRawResponse": "expressions",
    "AsyncExpressionsWithStreamingResponse": "expressions",
    "Trees": "trees",
    "TreesWithRawResponse": "trees",
    "TreesWithStreamingResponse": "trees",
    "AsyncTrees": "trees",
    "AsyncTreesWithRawResponse": "trees",
    "AsyncTreesWithStreamingResponse": "trees",
}

__all__ = [
    "Expressions",
    "AsyncExpressions",
    "Trees",
    "AsyncTrees",
]


def __getattr__(name: str) -> Any:
    # Only local names and dunders here: importing a resource's module sets
    # its name in this module's globals, and a tag may well be "getattr".
    import importlib
    import sys

    if name in _MODULES:
        value = importlib.import_module(f"{__name__}.{_MODULES[name]}").__dict__[name]
        sys.modules[__name__].__dict__[name] = value  # found directly from now on
        return value
    if name in _MODULES.values():
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
