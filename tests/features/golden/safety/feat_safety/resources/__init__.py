"""One module per resource (an OpenAPI tag)."""

from .items import AsyncItems, Items
from .notes import AsyncNotes, Notes

__all__ = [
    "Items",
    "AsyncItems",
    "Notes",
    "AsyncNotes",
]
