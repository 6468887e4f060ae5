"""One module per resource (an OpenAPI tag)."""

from .items import AsyncItems, Items
from .shapes import AsyncShapes, Shapes

__all__ = [
    "Items",
    "AsyncItems",
    "Shapes",
    "AsyncShapes",
]
