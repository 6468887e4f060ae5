"""One module per resource (an OpenAPI tag)."""

from .pets import AsyncPets, Pets

__all__ = [
    "Pets",
    "AsyncPets",
]
