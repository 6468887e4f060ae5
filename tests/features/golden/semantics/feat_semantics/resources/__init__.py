"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .catalog import (
        Catalog as Catalog,
        CatalogWithRawResponse as CatalogWithRawResponse,
        CatalogWithStreamingResponse as CatalogWithStreamingResponse,
    )
    from .catalog import (
        AsyncCatalog as AsyncCatalog,
        AsyncCatalogWithRawResponse as AsyncCatalogWithRawResponse,
        AsyncCatalogWithStreamingResponse as AsyncCatalogWithStreamingResponse,
    )
    from .groups import (
        Groups as Groups,
        GroupsWithRawResponse as GroupsWithRawResponse,
        GroupsWithStreamingResponse as GroupsWithStreamingResponse,
    )
    from .groups import (
        AsyncGroups as AsyncGroups,
        AsyncGroupsWithRawResponse as AsyncGroupsWithRawResponse,
        AsyncGroupsWithStreamingResponse as AsyncGroupsWithStreamingResponse,
    )
    from .labels import (
        Labels as Labels,
        LabelsWithRawResponse as LabelsWithRawResponse,
        LabelsWithStreamingResponse as LabelsWithStreamingResponse,
    )
    from .labels import (
        AsyncLabels as AsyncLabels,
        AsyncLabelsWithRawResponse as AsyncLabelsWithRawResponse,
        AsyncLabelsWithStreamingResponse as AsyncLabelsWithStreamingResponse,
    )
    from .messages import (
        Messages as Messages,
        MessagesWithRawResponse as MessagesWithRawResponse,
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from .messages import (
        AsyncMessages as AsyncMessages,
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
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
    from .products import (
        Products as Products,
        ProductsWithRawResponse as ProductsWithRawResponse,
        ProductsWithStreamingResponse as ProductsWithStreamingResponse,
    )
    from .products import (
        AsyncProducts as AsyncProducts,
        AsyncProductsWithRawResponse as AsyncProductsWithRawResponse,
        AsyncProductsWithStreamingResponse as AsyncProductsWithStreamingResponse,
    )
    from .shapes import (
        Shapes as Shapes,
        ShapesWithRawResponse as ShapesWithRawResponse,
        ShapesWithStreamingResponse as ShapesWithStreamingResponse,
    )
    from .shapes import (
        AsyncShapes as AsyncShapes,
        AsyncShapesWithRawResponse as AsyncShapesWithRawResponse,
        AsyncShapesWithStreamingResponse as AsyncShapesWithStreamingResponse,
    )
    from .users import (
        Users as Users,
        UsersWithRawResponse as UsersWithRawResponse,
        UsersWithStreamingResponse as UsersWithStreamingResponse,
    )
    from .users import (
        AsyncUsers as AsyncUsers,
        AsyncUsersWithRawResponse as AsyncUsersWithRawResponse,
        AsyncUsersWithStreamingResponse as AsyncUsersWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Catalog": "catalog",
    "CatalogWithRawResponse": "catalog",
    "CatalogWithStreamingResponse": "catalog",
    "AsyncCatalog": "catalog",
    "AsyncCatalogWithRawResponse": "catalog",
    "AsyncCatalogWithStreamingResponse": "catalog",
    "Groups": "groups",
    "GroupsWithRawResponse": "groups",
    "GroupsWithStreamingResponse": "groups",
    "AsyncGroups": "groups",
    "AsyncGroupsWithRawResponse": "groups",
    "AsyncGroupsWithStreamingResponse": "groups",
    "Labels": "labels",
    "LabelsWithRawResponse": "labels",
    "LabelsWithStreamingResponse": "labels",
    "AsyncLabels": "labels",
    "AsyncLabelsWithRawResponse": "labels",
    "AsyncLabelsWithStreamingResponse": "labels",
    "Messages": "messages",
    "MessagesWithRawResponse": "messages",
    "MessagesWithStreamingResponse": "messages",
    "AsyncMessages": "messages",
    "AsyncMessagesWithRawResponse": "messages",
    "AsyncMessagesWithStreamingResponse": "messages",
    "Pets": "pets",
    "PetsWithRawResponse": "pets",
    "PetsWithStreamingResponse": "pets",
    "AsyncPets": "pets",
    "AsyncPetsWithRawResponse": "pets",
    "AsyncPetsWithStreamingResponse": "pets",
    "Products": "products",
    "ProductsWithRawResponse": "products",
    "ProductsWithStreamingResponse": "products",
    "AsyncProducts": "products",
    "AsyncProductsWithRawResponse": "products",
    "AsyncProductsWithStreamingResponse": "products",
    "Shapes": "shapes",
    "ShapesWithRawResponse": "shapes",
    "ShapesWithStreamingResponse": "shapes",
    "AsyncShapes": "shapes",
    "AsyncShapesWithRawResponse": "shapes",
    "AsyncShapesWithStreamingResponse": "shapes",
    "Users": "users",
    "UsersWithRawResponse": "users",
    "UsersWithStreamingResponse": "users",
    "AsyncUsers": "users",
    "AsyncUsersWithRawResponse": "users",
    "AsyncUsersWithStreamingResponse": "users",
}

__all__ = [
    "Catalog",
    "AsyncCatalog",
    "Groups",
    "AsyncGroups",
    "Labels",
    "AsyncLabels",
    "Messages",
    "AsyncMessages",
    "Pets",
    "AsyncPets",
    "Products",
    "AsyncProducts",
    "Shapes",
    "AsyncShapes",
    "Users",
    "AsyncUsers",
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
