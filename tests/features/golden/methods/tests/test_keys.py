"""Conformance tests for Keys, generated from the spec.

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
    api.begin("GetKeys", plan={"kind": "read"})
    api.respond(200, {"value": ["value-1"]})
    result = api.call(lambda client: client.keys.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/keys",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1keys/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("GetKeys")
    api.expect_error(
        lambda client: client.keys.list(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_get(api: Harness) -> None:
    api.begin("GetKey", plan={"kind": "read", "find": None})
    api.respond(200, "value-1")
    values = api.path(["keyname-1", "keyversion-1"])
    result = api.call(lambda client: client.keys.get(values[0], values[1]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/keys/keyname-1/keyversion-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1keys~1{key-name}~1{key-version}/get/responses/200/content/application~1json/schema",
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("GetKey")
    api.expect_error(
        lambda client: client.keys.get("keyname-1", "keyversion-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
