"""Conformance tests for Events, generated from the spec.

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


def test_watch(api: Harness) -> None:
    api.begin("watchEvents", plan={"kind": "read"})
    api.respond(
        200,
        [
            {"event": "update", "data": "first", "id": "1"},
            {"data": "line one\nline two", "retry": 1500},
        ],
        kind="events",
        content_type="text/event-stream",
    )
    result = api.call(lambda client: client.events.watch())
    api.expect_request(
        {
            "method": "GET",
            "path": "/events",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_watch_answers_404(api: Harness) -> None:
    api.begin("watchEvents")
    api.expect_error(
        lambda client: client.events.watch(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )
