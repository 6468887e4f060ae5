"""One module per resource (an OpenAPI tag)."""

from .expressions import AsyncExpressions, Expressions
from .trees import AsyncTrees, Trees

__all__ = [
    "Expressions",
    "AsyncExpressions",
    "Trees",
    "AsyncTrees",
]
