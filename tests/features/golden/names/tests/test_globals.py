"""Conformance tests for globals, generated from the spec.

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


def test_get_shadow(api: Harness) -> None:
    api.begin("getShadowGlobals", plan={"kind": "read"})
    api.respond(204, None)
    result = api.call(lambda client: client.globals.get_shadow())
    api.expect_request(
        {
            "method": "GET",
            "path": "/shadows/globals",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_shadow_answers_404(api: Harness) -> None:
    api.begin("getShadowGlobals")
    api.expect_error(
        lambda client: client.globals.get_shadow(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )
