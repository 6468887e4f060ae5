"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .documents import (
        Documents as Documents,
        DocumentsWithRawResponse as DocumentsWithRawResponse,
        DocumentsWithStreamingResponse as DocumentsWithStreamingResponse,
    )
    from .documents import (
        AsyncDocuments as AsyncDocuments,
        AsyncDocumentsWithRawResponse as AsyncDocumentsWithRawResponse,
        AsyncDocumentsWithStreamingResponse as AsyncDocumentsWithStreamingResponse,
    )
    from .payments import (
        Payments as Payments,
        PaymentsWithRawResponse as PaymentsWithRawResponse,
        PaymentsWithStreamingResponse as PaymentsWithStreamingResponse,
    )
    from .payments import (
        AsyncPayments as AsyncPayments,
        AsyncPaymentsWithRawResponse as AsyncPaymentsWithRawResponse,
        AsyncPaymentsWithStreamingResponse as AsyncPaymentsWithStreamingResponse,
    )
    from .things import (
        Things as Things,
        ThingsWithRawResponse as ThingsWithRawResponse,
        ThingsWithStreamingResponse as ThingsWithStreamingResponse,
    )
    from .things import (
        AsyncThings as AsyncThings,
        AsyncThingsWithRawResponse as AsyncThingsWithRawResponse,
        AsyncThingsWithStreamingResponse as AsyncThingsWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Documents": "documents",
    "DocumentsWithRawResponse": "documents",
    "DocumentsWithStreamingResponse": "documents",
    "AsyncDocuments": "documents",
    "AsyncDocumentsWithRawResponse": "documents",
    "AsyncDocumentsWithStreamingResponse": "documents",
    "Payments": "payments",
    "PaymentsWithRawResponse": "payments",
    "PaymentsWithStreamingResponse": "payments",
    "AsyncPayments": "payments",
    "AsyncPaymentsWithRawResponse": "payments",
    "AsyncPaymentsWithStreamingResponse": "payments",
    "Things": "things",
    "ThingsWithRawResponse": "things",
    "ThingsWithStreamingResponse": "things",
    "AsyncThings": "things",
    "AsyncThingsWithRawResponse": "things",
    "AsyncThingsWithStreamingResponse": "things",
}

__all__ = [
    "Documents",
    "AsyncDocuments",
    "Payments",
    "AsyncPayments",
    "Things",
    "AsyncThings",
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
