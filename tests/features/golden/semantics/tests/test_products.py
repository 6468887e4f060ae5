"""Conformance tests for Products, generated from the spec.

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


def test_list(api: Harness) -> None:
    api.begin("listProducts", plan={"kind": "read"})
    api.respond(
        200,
        {
            "meta": {"TotalPages": 1},
            "data": [
                {
                    "name": "name-1",
                    "self": {"href": "href-1", "type": "type-1"},
                    "fields": {"Id": {"origin": "system"}},
                }
            ],
        },
    )
    result = api.call(lambda client: client.products.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/products",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1products/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listProducts")
    api.expect_error(
        lambda client: client.products.list(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )
