"""Deprecations

Generated from the OpenAPI description (version 1.0).
"""

from typing import TYPE_CHECKING, Any

from ._base_client import RawResponse
from ._client import AsyncClient, Client
from ._exceptions import (
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    ApiTimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    UnreadableResponseError,
)
from ._pagination import AsyncPager, Page, SyncPager
from ._types import NOT_GIVEN, NotGiven
from ._version import __version__

if TYPE_CHECKING:
    from . import models

__all__ = [
    "Client",
    "AsyncClient",
    "models",
    "ApiError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "UnreadableResponseError",
    "RawResponse",
    "Page",
    "SyncPager",
    "AsyncPager",
    "NOT_GIVEN",
    "NotGiven",
    "__version__",
]

# The models (and webhooks) are imported when first used: importing the
# client stays quick however many models the API has.
_SUBMODULES = ("models",)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
