"""One module per resource (an OpenAPI tag)."""

from .configs import AsyncConfigs, Configs
from .jobs import AsyncJobs, Jobs
from .orders import AsyncOrders, Orders

__all__ = [
    "Configs",
    "AsyncConfigs",
    "Jobs",
    "AsyncJobs",
    "Orders",
    "AsyncOrders",
]
