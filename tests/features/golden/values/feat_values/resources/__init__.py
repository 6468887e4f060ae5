"""One module per resource (an OpenAPI tag)."""

from .accounts import AsyncAccounts, Accounts
from .bundles import AsyncBundles, Bundles
from .labels import AsyncLabels, Labels

__all__ = [
    "Accounts",
    "AsyncAccounts",
    "Bundles",
    "AsyncBundles",
    "Labels",
    "AsyncLabels",
]
