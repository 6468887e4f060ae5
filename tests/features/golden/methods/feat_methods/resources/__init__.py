"""One module per resource (an OpenAPI tag)."""

from .bookings import AsyncBookings, Bookings
from .editorial_images import AsyncEditorialImages, EditorialImages
from .keys import AsyncKeys, Keys
from .payments import AsyncPayments, Payments
from .support import AsyncSupport, Support
from .default import AsyncDefault, Default
from .private_registries import AsyncPrivateRegistries, PrivateRegistries

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
