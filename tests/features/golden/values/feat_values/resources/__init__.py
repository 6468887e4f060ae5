"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .accounts import (
        Accounts as Accounts,
        AccountsWithRawResponse as AccountsWithRawResponse,
        AccountsWithStreamingResponse as AccountsWithStreamingResponse,
    )
    from .accounts import (
        AsyncAccounts as AsyncAccounts,
        AsyncAccountsWithRawResponse as AsyncAccountsWithRawResponse,
        AsyncAccountsWithStreamingResponse as AsyncAccountsWithStreamingResponse,
    )
    from .bundles import (
        Bundles as Bundles,
        BundlesWithRawResponse as BundlesWithRawResponse,
        BundlesWithStreamingResponse as BundlesWithStreamingResponse,
    )
    from .bundles import (
        AsyncBundles as AsyncBundles,
        AsyncBundlesWithRawResponse as AsyncBundlesWithRawResponse,
        AsyncBundlesWithStreamingResponse as AsyncBundlesWithStreamingResponse,
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

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Accounts": "accounts",
    "AccountsWithRawResponse": "accounts",
    "AccountsWithStreamingResponse": "accounts",
    "AsyncAccounts": "accounts",
    "AsyncAccountsWithRawResponse": "accounts",
    "AsyncAccountsWithStreamingResponse": "accounts",
    "Bundles": "bundles",
    "BundlesWithRawResponse": "bundles",
    "BundlesWithStreamingResponse": "bundles",
    "AsyncBundles": "bundles",
    "AsyncBundlesWithRawResponse": "bundles",
    "AsyncBundlesWithStreamingResponse": "bundles",
    "Labels": "labels",
    "LabelsWithRawResponse": "labels",
    "LabelsWithStreamingResponse": "labels",
    "AsyncLabels": "labels",
    "AsyncLabelsWithRawResponse": "labels",
    "AsyncLabelsWithStreamingResponse": "labels",
}

__all__ = [
    "Accounts",
    "AsyncAccounts",
    "Bundles",
    "AsyncBundles",
    "Labels",
    "AsyncLabels",
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
