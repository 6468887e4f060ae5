"""One module per resource (an OpenAPI tag)."""

from .subscriptions import AsyncSubscriptions, Subscriptions

__all__ = [
    "Subscriptions",
    "AsyncSubscriptions",
]
