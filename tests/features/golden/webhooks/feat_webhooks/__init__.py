"""Pet events

Generated from the OpenAPI description (version 1.0).
"""

from . import models, webhooks
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

__all__ = [
    "Client",
    "AsyncClient",
    "models",
    "webhooks",
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
