"""Conformance tests for Bookings, generated from the spec.

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

# Answers more than one test sends.
ERROR_404 = {"message": "not found"}


def test_list(api: Harness) -> None:
    api.begin("get-bookings", plan={"kind": "read"})
    api.respond(200, {"data": [{"id": "id-1"}]})
    result = api.call(lambda client: client.bookings.list(limit=1))
    api.expect_request(
        {
            "method": "GET",
            "path": "/bookings",
            "query": [("limit", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1bookings/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("get-bookings")
    api.expect_error(
        lambda client: client.bookings.list(limit=1),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("get-bookings", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.bookings.list(limit=1),
        refused=[
            {
                "what": "query parameter limit not a number",
                "where": "query",
                "name": "limit",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "query parameter limit below its minimum 1",
                "where": "query",
                "name": "limit",
                "value": "0",
                "drop": False,
            },
        ],
        accepted=[
            {
                "what": "query parameter limit at its minimum 1",
                "where": "query",
                "name": "limit",
                "value": "1",
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.bookings.list(),
    )


def test_get(api: Harness) -> None:
    api.begin("get-booking", plan={"kind": "read", "find": None})
    api.respond(200, {"id": "id-1"})
    values = api.path(["bookingId-1"])
    result = api.call(lambda client: client.bookings.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/bookings/bookingId-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1bookings~1{bookingId}/get/responses/200/content/application~1json/schema",
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("get-booking")
    api.expect_error(
        lambda client: client.bookings.get("bookingId-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
