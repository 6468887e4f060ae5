"""Requests the API sends to your server: each webhook's payload, typed.

A ``parse_<name>`` function reads the body of a request as it came into the
payload's type, as the client reads answers: date-times parsed, unknown
fields kept; a body that is not JSON raises ``ApiError``.
"""

from __future__ import annotations

import datetime
from typing import Any, List

from . import _models
from .models import Adoption, Shipment

__all__ = [
    "parse_pet_adopted",
    "parse_heartbeat",
    "parse_on_order_shipped",
]


def parse_pet_adopted(body: bytes | str) -> Adoption:
    """A pet found a home.

    ``body``: the POST request's body, as it came.
    """
    data: Any = _models.read_payload(body, "petAdopted")
    payload: Adoption = Adoption.from_dict(data)
    return payload


def parse_heartbeat(body: bytes | str) -> List[datetime.datetime]:
    """The payload of the heartbeat webhook.

    ``body``: the POST request's body, as it came.
    """
    data: Any = _models.read_payload(body, "heartbeat")
    payload: List[datetime.datetime] = _models.list_of(_models.parse_datetime)(data)
    return payload


def parse_on_order_shipped(body: bytes | str) -> Shipment:
    """An order left the warehouse.

    ``body``: the POST request's body, as it came.
    """
    data: Any = _models.read_payload(body, "onOrderShipped")
    payload: Shipment = Shipment.from_dict(data)
    return payload
