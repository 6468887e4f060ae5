"""One module per resource (an OpenAPI tag)."""

from .catalog import AsyncCatalog, Catalog
from .orders import AsyncOrders, Orders

__all__ = [
    "Catalog",
    "AsyncCatalog",
    "Orders",
    "AsyncOrders",
]
