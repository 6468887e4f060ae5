"""Conformance tests for Payments, generated from the spec.

Each operation: one call with schema-valid arguments, checking the exact
request on the wire and that the answer is parsed into the model; each
documented error answer and the error it raises; for a list, a walk of two
pages (in live mode, of every page); against a server, the spec's limits:
the requests it forbids, each of which the server must refuse, and those at
the edge of what it allows (largest values, longest and non-ASCII text,
optional arguments left out), which it must take.
"""

from __future__ import annotations

from _conformance import Harness


def test_create(api: Harness) -> None:
    api.begin("create-booking-payment", plan={"kind": "account", "find": None})
    api.respond(200, {"id": "id-1"})
    values = api.path(["bookingId-1"])
    result = api.call(lambda client: client.payments.create(values[0], amount=1))
    api.expect_request(
        {
            "method": "POST",
            "path": "/bookings/bookingId-1/payment",
            "query": [],
            "headers": {},
            "json": {"amount": 1},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1bookings~1{bookingId}~1payment/post/responses/200/content/application~1json/schema",
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("create-booking-payment")
    api.expect_error(
        lambda client: client.payments.create("bookingId-1", amount=1),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("create-booking-payment", plan={"kind": "account", "find": None})
    values = api.path(["bookingId-1"])
    api.expect_limits(
        lambda client: client.payments.create(values[0], amount=1),
        refused=[
            {
                "what": "without the required field amount",
                "where": "json",
                "name": "amount",
                "value": None,
                "drop": True,
            },
            {
                "what": "field amount not a number",
                "where": "json",
                "name": "amount",
                "value": "not-a-number",
                "drop": False,
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
    )
