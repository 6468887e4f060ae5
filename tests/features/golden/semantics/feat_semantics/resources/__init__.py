"""One module per resource (an OpenAPI tag)."""

from .catalog import AsyncCatalog, Catalog
from .groups import AsyncGroups, Groups
from .labels import AsyncLabels, Labels
from .messages import AsyncMessages, Messages
from .pets import AsyncPets, Pets
from .products import AsyncProducts, Products
from .shapes import AsyncShapes, Shapes
from .users import AsyncUsers, Users

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
