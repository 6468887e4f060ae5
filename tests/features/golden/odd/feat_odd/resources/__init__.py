"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .configs import (
        Configs as Configs,
        ConfigsWithRawResponse as ConfigsWithRawResponse,
        ConfigsWithStreamingResponse as ConfigsWithStreamingResponse,
    )
    from .configs import (
        AsyncConfigs as AsyncConfigs,
        AsyncConfigsWithRawResponse as AsyncConfigsWithRawResponse,
        AsyncConfigsWithStreamingResponse as AsyncConfigsWithStreamingResponse,
    )
    from .jobs import (
        Jobs as Jobs,
        JobsWithRawResponse as JobsWithRawResponse,
        JobsWithStreamingResponse as JobsWithStreamingResponse,
    )
    from .jobs import (
        AsyncJobs as AsyncJobs,
        AsyncJobsWithRawResponse as AsyncJobsWithRawResponse,
        AsyncJobsWithStreamingResponse as AsyncJobsWithStreamingResponse,
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
    "Configs": "configs",
    "ConfigsWithRawResponse": "configs",
    "ConfigsWithStreamingResponse": "configs",
    "AsyncConfigs": "configs",
    "AsyncConfigsWithRawResponse": "configs",
    "AsyncConfigsWithStreamingResponse": "configs",
    "Jobs": "jobs",
    "JobsWithRawResponse": "jobs",
    "JobsWithStreamingResponse": "jobs",
    "AsyncJobs": "jobs",
    "AsyncJobsWithRawResponse": "jobs",
    "AsyncJobsWithStreamingResponse": "jobs",
    "Orders": "orders",
    "OrdersWithRawResponse": "orders",
    "OrdersWithStreamingResponse": "orders",
    "AsyncOrders": "orders",
    "AsyncOrdersWithRawResponse": "orders",
    "AsyncOrdersWithStreamingResponse": "orders",
}

__all__ = [
    "Configs",
    "AsyncConfigs",
    "Jobs",
    "AsyncJobs",
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
