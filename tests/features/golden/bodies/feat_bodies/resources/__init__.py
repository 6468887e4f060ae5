"""One module per resource (an OpenAPI tag)."""

from .files import AsyncFiles, Files
from .notes import AsyncNotes, Notes

__all__ = [
    "Files",
    "AsyncFiles",
    "Notes",
    "AsyncNotes",
]
