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

# Answers more than one test sends.
LIST_EVENTS_RESPONSE = {"events": [{"id": 1}]}


def test_list(api: Harness) -> None:
    api.begin("listEvents", plan={"kind": "read"})
    api.respond(200, LIST_EVENTS_RESPONSE)
    result = api.call(
        lambda client: client.events.list(cursor=api.sample_only("cursor-1"), limit_=1)
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/events",
            "query": [("cursor", "cursor-1"), ("limit", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1events/get/responses/200/content/application~1json/schema",
        items="events",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listEvents")
    api.expect_error(
        lambda client: client.events.list(cursor="cursor-1", limit_=1),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listEvents", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.events.list(cursor=api.sample_only("cursor-1"), limit_=1),
        first=LIST_EVENTS_RESPONSE,
        profile="cursor",
        items="events",
        next_path=["next_cursor"],
        cursor_param="cursor",
        page_size=("limit", 50),
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/events",
            "query": [("cursor", "cursor-1"), ("limit", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        },
        pointer="/paths/~1events/get/responses/200/content/application~1json/schema",
        items="events",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listEvents", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.events.list(cursor=api.sample_only("cursor-1"), limit_=1),
        refused=[
            {
                "what": "query parameter limit not a number",
                "where": "query",
                "name": "limit",
                "value": "not-a-number",
                "drop": False,
            }
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.events.list(),
    )
