"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pets import (
        Pets as Pets,
        PetsWithRawResponse as PetsWithRawResponse,
        PetsWithStreamingResponse as PetsWithStreamingResponse,
    )
    from .pets import (
        AsyncPets as AsyncPets,
        AsyncPetsWithRawResponse as AsyncPetsWithRawResponse,
        AsyncPetsWithStreamingResponse as AsyncPetsWithStreamingResponse,
    )
    from .animals import (
        Animals as Animals,
        AnimalsWithRawResponse as AnimalsWithRawResponse,
        AnimalsWithStreamingResponse as AnimalsWithStreamingResponse,
    )
    from .animals import (
        AsyncAnimals as AsyncAnimals,
        AsyncAnimalsWithRawResponse as AsyncAnimalsWithRawResponse,
        AsyncAnimalsWithStreamingResponse as AsyncAnimalsWithStreamingResponse,
    )
    from .logins import (
        Logins as Logins,
        LoginsWithRawResponse as LoginsWithRawResponse,
        LoginsWithStreamingResponse as LoginsWithStreamingResponse,
    )
    from .logins import (
        AsyncLogins as AsyncLogins,
        AsyncLoginsWithRawResponse as AsyncLoginsWithRawResponse,
        AsyncLoginsWithStreamingResponse as AsyncLoginsWithStreamingResponse,
    )
    from .owners import (
        Owners as Owners,
        OwnersWithRawResponse as OwnersWithRawResponse,
        OwnersWithStreamingResponse as OwnersWithStreamingResponse,
    )
    from .owners import (
        AsyncOwners as AsyncOwners,
        AsyncOwnersWithRawResponse as AsyncOwnersWithRawResponse,
        AsyncOwnersWithStreamingResponse as AsyncOwnersWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Pets": "pets",
    "PetsWithRawResponse": "pets",
    "PetsWithStreamingResponse": "pets",
    "AsyncPets": "pets",
    "AsyncPetsWithRawResponse": "pets",
    "AsyncPetsWithStreamingResponse": "pets",
    "Animals": "animals",
    "AnimalsWithRawResponse": "animals",
    "AnimalsWithStreamingResponse": "animals",
    "AsyncAnimals": "animals",
    "AsyncAnimalsWithRawResponse": "animals",
    "AsyncAnimalsWithStreamingResponse": "animals",
    "Logins": "logins",
    "LoginsWithRawResponse": "logins",
    "LoginsWithStreamingResponse": "logins",
    "AsyncLogins": "logins",
    "AsyncLoginsWithRawResponse": "logins",
    "AsyncLoginsWithStreamingResponse": "logins",
    "Owners": "owners",
    "OwnersWithRawResponse": "owners",
    "OwnersWithStreamingResponse": "owners",
    "AsyncOwners": "owners",
    "AsyncOwnersWithRawResponse": "owners",
    "AsyncOwnersWithStreamingResponse": "owners",
}

__all__ = [
    "Pets",
    "AsyncPets",
    "Animals",
    "AsyncAnimals",
    "Logins",
    "AsyncLogins",
    "Owners",
    "AsyncOwners",
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
