"""Conformance tests for Configs, generated from the spec.

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
    api.begin("getConfig", plan={"kind": "read", "find": None})
    api.respond(200, {"translations": ["value"], "owner": {"id": 1}})
    values = api.path(["id-1"])
    result = api.call(lambda client: client.configs.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/configs/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1configs~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_400(api: Harness) -> None:
    api.begin("getConfig")
    api.expect_error(
        lambda client: client.configs.get("id-1"),
        status=400,
        error_class="BadRequestError",
        body={"detail": "detail-1", "source": {"parameter": "parameter-1"}},
        parsed="Problem",
    )
