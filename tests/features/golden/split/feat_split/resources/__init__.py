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
    from .orders import (
        Orders as Orders,
        OrdersWithRawResponse as OrdersWithRawResponse,
        OrdersWithStreamingResponse as OrdersWithStreamingResponse,
    )
    from .orders import (
        AsyncOrders as AsyncOrders,
        AsyncOrdersWithRawResponse as AsyncOrdersWithRawResponse,
        AsyncOrdersWithStreamingResponse as AsyncOrdersWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Catalog": "catalog",
    "CatalogWithRawResponse": "catalog",
    "CatalogWithStreamingResponse": "catalog",
    "AsyncCatalog": "catalog",
    "AsyncCatalogWithRawResponse": "catalog",
    "AsyncCatalogWithStreamingResponse": "catalog",
    "Orders": "orders",
    "OrdersWithRawResponse": "orders",
    "OrdersWithStreamingResponse": "orders",
    "AsyncOrders": "orders",
    "AsyncOrdersWithRawResponse": "orders",
    "AsyncOrdersWithStreamingResponse": "orders",
}

__all__ = [
    "Catalog",
    "AsyncCatalog",
    "Orders",
    "AsyncOrders",
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
