"""Conformance tests for Shapes, generated from the spec.

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


def test_get(api: Harness) -> None:
    api.begin("getShape", plan={"kind": "read", "find": None})
    api.respond(200, {"kind": "circle", "size": 1.5})
    values = api.path(["id-1"])
    result = api.call(lambda client: client.shapes.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/shapes/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1shapes~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getShape")
    api.expect_error(
        lambda client: client.shapes.get("id-1"),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )
