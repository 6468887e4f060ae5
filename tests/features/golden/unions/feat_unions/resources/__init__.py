"""One module per resource (an OpenAPI tag)."""

from .pets import AsyncPets, Pets
from .animals import AsyncAnimals, Animals
from .owners import AsyncOwners, Owners

__all__ = [
    "Pets",
    "AsyncPets",
    "Animals",
    "AsyncAnimals",
    "Owners",
    "AsyncOwners",
]
