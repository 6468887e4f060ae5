"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .items import (
        Items as Items,
        ItemsWithRawResponse as ItemsWithRawResponse,
        ItemsWithStreamingResponse as ItemsWithStreamingResponse,
    )
    from .items import (
        AsyncItems as AsyncItems,
        AsyncItemsWithRawResponse as AsyncItemsWithRawResponse,
        AsyncItemsWithStreamingResponse as AsyncItemsWithStreamingResponse,
    )
    from .notes import (
        Notes as Notes,
        NotesWithRawResponse as NotesWithRawResponse,
        NotesWithStreamingResponse as NotesWithStreamingResponse,
    )
    from .notes import (
        AsyncNotes as AsyncNotes,
        AsyncNotesWithRawResponse as AsyncNotesWithRawResponse,
        AsyncNotesWithStreamingResponse as AsyncNotesWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Items": "items",
    "ItemsWithRawResponse": "items",
    "ItemsWithStreamingResponse": "items",
    "AsyncItems": "items",
    "AsyncItemsWithRawResponse": "items",
    "AsyncItemsWithStreamingResponse": "items",
    "Notes": "notes",
    "NotesWithRawResponse": "notes",
    "NotesWithStreamingResponse": "notes",
    "AsyncNotes": "notes",
    "AsyncNotesWithRawResponse": "notes",
    "AsyncNotesWithStreamingResponse": "notes",
}

__all__ = [
    "Items",
    "AsyncItems",
    "Notes",
    "AsyncNotes",
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
