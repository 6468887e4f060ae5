"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bookings import (
        Bookings as Bookings,
        BookingsWithRawResponse as BookingsWithRawResponse,
        BookingsWithStreamingResponse as BookingsWithStreamingResponse,
    )
    from .bookings import (
        AsyncBookings as AsyncBookings,
        AsyncBookingsWithRawResponse as AsyncBookingsWithRawResponse,
        AsyncBookingsWithStreamingResponse as AsyncBookingsWithStreamingResponse,
    )
    from .editorial_images import (
        EditorialImages as EditorialImages,
        EditorialImagesWithRawResponse as EditorialImagesWithRawResponse,
        EditorialImagesWithStreamingResponse as EditorialImagesWithStreamingResponse,
    )
    from .editorial_images import (
        AsyncEditorialImages as AsyncEditorialImages,
        AsyncEditorialImagesWithRawResponse as AsyncEditorialImagesWithRawResponse,
        AsyncEditorialImagesWithStreamingResponse as AsyncEditorialImagesWithStreamingResponse,
    )
    from .keys import (
        Keys as Keys,
        KeysWithRawResponse as KeysWithRawResponse,
        KeysWithStreamingResponse as KeysWithStreamingResponse,
    )
    from .keys import (
        AsyncKeys as AsyncKeys,
        AsyncKeysWithRawResponse as AsyncKeysWithRawResponse,
        AsyncKeysWithStreamingResponse as AsyncKeysWithStreamingResponse,
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
    from .support import (
        Support as Support,
        SupportWithRawResponse as SupportWithRawResponse,
        SupportWithStreamingResponse as SupportWithStreamingResponse,
    )
    from .support import (
        AsyncSupport as AsyncSupport,
        AsyncSupportWithRawResponse as AsyncSupportWithRawResponse,
        AsyncSupportWithStreamingResponse as AsyncSupportWithStreamingResponse,
    )
    from .default import (
        Default as Default,
        DefaultWithRawResponse as DefaultWithRawResponse,
        DefaultWithStreamingResponse as DefaultWithStreamingResponse,
    )
    from .default import (
        AsyncDefault as AsyncDefault,
        AsyncDefaultWithRawResponse as AsyncDefaultWithRawResponse,
        AsyncDefaultWithStreamingResponse as AsyncDefaultWithStreamingResponse,
    )
    from .private_registries import (
        PrivateRegistries as PrivateRegistries,
        PrivateRegistriesWithRawResponse as PrivateRegistriesWithRawResponse,
        PrivateRegistriesWithStreamingResponse as PrivateRegistriesWithStreamingResponse,
    )
    from .private_registries import (
        AsyncPrivateRegistries as AsyncPrivateRegistries,
        AsyncPrivateRegistriesWithRawResponse as AsyncPrivateRegistriesWithRawResponse,
        AsyncPrivateRegistriesWithStreamingResponse as AsyncPrivateRegistriesWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Bookings": "bookings",
    "BookingsWithRawResponse": "bookings",
    "BookingsWithStreamingResponse": "bookings",
    "AsyncBookings": "bookings",
    "AsyncBookingsWithRawResponse": "bookings",
    "AsyncBookingsWithStreamingResponse": "bookings",
    "EditorialImages": "editorial_images",
    "EditorialImagesWithRawResponse": "editorial_images",
    "EditorialImagesWithStreamingResponse": "editorial_images",
    "AsyncEditorialImages": "editorial_images",
    "AsyncEditorialImagesWithRawResponse": "editorial_images",
    "AsyncEditorialImagesWithStreamingResponse": "editorial_images",
    "Keys": "keys",
    "KeysWithRawResponse": "keys",
    "KeysWithStreamingResponse": "keys",
    "AsyncKeys": "keys",
    "AsyncKeysWithRawResponse": "keys",
    "AsyncKeysWithStreamingResponse": "keys",
    "Payments": "payments",
    "PaymentsWithRawResponse": "payments",
    "PaymentsWithStreamingResponse": "payments",
    "AsyncPayments": "payments",
    "AsyncPaymentsWithRawResponse": "payments",
    "AsyncPaymentsWithStreamingResponse": "payments",
    "Support": "support",
    "SupportWithRawResponse": "support",
    "SupportWithStreamingResponse": "support",
    "AsyncSupport": "support",
    "AsyncSupportWithRawResponse": "support",
    "AsyncSupportWithStreamingResponse": "support",
    "Default": "default",
    "DefaultWithRawResponse": "default",
    "DefaultWithStreamingResponse": "default",
    "AsyncDefault": "default",
    "AsyncDefaultWithRawResponse": "default",
    "AsyncDefaultWithStreamingResponse": "default",
    "PrivateRegistries": "private_registries",
    "PrivateRegistriesWithRawResponse": "private_registries",
    "PrivateRegistriesWithStreamingResponse": "private_registries",
    "AsyncPrivateRegistries": "private_registries",
    "AsyncPrivateRegistriesWithRawResponse": "private_registries",
    "AsyncPrivateRegistriesWithStreamingResponse": "private_registries",
}

__all__ = [
    "Bookings",
    "AsyncBookings",
    "EditorialImages",
    "AsyncEditorialImages",
    "Keys",
    "AsyncKeys",
    "Payments",
    "AsyncPayments",
    "Support",
    "AsyncSupport",
    "Default",
    "AsyncDefault",
    "PrivateRegistries",
    "AsyncPrivateRegistries",
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
