"""One module per resource (an OpenAPI tag)."""

from .items import AsyncItems, Items

__all__ = [
    "Items",
    "AsyncItems",
]
