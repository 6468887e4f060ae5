"""One module per resource (an OpenAPI tag)."""

from .documents import AsyncDocuments, Documents
from .payments import AsyncPayments, Payments
from .things import AsyncThings, Things

__all__ = [
    "Documents",
    "AsyncDocuments",
    "Payments",
    "AsyncPayments",
    "Things",
    "AsyncThings",
]
