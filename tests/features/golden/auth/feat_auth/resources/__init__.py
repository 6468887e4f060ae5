"""One module per resource (an OpenAPI tag)."""

from .account import AsyncAccount, Account

__all__ = [
    "Account",
    "AsyncAccount",
]
