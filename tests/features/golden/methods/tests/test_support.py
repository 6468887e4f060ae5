"""Conformance tests for Support, generated from the spec.

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
GET_IP_ADDRESS_ANSWER = None
ERROR_404 = {"message": "not found"}


def test_get_ip_address(api: Harness) -> None:
    api.begin("get_/ip-address", plan={"kind": "read"})
    api.respond(204, GET_IP_ADDRESS_ANSWER)
    result = api.call(lambda client: client.support.get_ip_address())
    api.expect_request(
        {
            "method": "GET",
            "path": "/ip-address",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_ip_address_answers_404(api: Harness) -> None:
    api.begin("get_/ip-address")
    api.expect_error(
        lambda client: client.support.get_ip_address(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_get_support_ip_address(api: Harness) -> None:
    api.begin("get_/support/ip-address", plan={"kind": "read"})
    api.respond(204, GET_IP_ADDRESS_ANSWER)
    result = api.call(lambda client: client.support.get_support_ip_address())
    api.expect_request(
        {
            "method": "GET",
            "path": "/support/ip-address",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_support_ip_address_answers_404(api: Harness) -> None:
    api.begin("get_/support/ip-address")
    api.expect_error(
        lambda client: client.support.get_support_ip_address(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
