"""Conformance tests for Labels, generated from the spec.

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
    api.begin("listLabels", plan={"kind": "read"})
    api.respond(
        200, {"key": {"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}}
    )
    result = api.call(lambda client: client.labels.list(sort="name", priority=1))
    api.expect_request(
        {
            "method": "GET",
            "path": "/labels",
            "query": [("sort", "name"), ("priority", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1labels/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listLabels")
    api.expect_error(
        lambda client: client.labels.list(sort="name", priority=1),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listLabels", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.labels.list(sort="name", priority=1),
        refused=[
            {
                "what": "query parameter sort not one of ['name', 'created']",
                "where": "query",
                "name": "sort",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            }
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.labels.list(),
    )


def test_list_groups(api: Harness) -> None:
    api.begin("listLabelGroups", plan={"kind": "read"})
    api.respond(
        200,
        {"key": {"key": {"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}}},
    )
    result = api.call(lambda client: client.labels.list_groups())
    api.expect_request(
        {
            "method": "GET",
            "path": "/labels/groups",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1labels~1groups/get/responses/200/content/application~1json/schema"
    )


def test_list_groups_answers_404(api: Harness) -> None:
    api.begin("listLabelGroups")
    api.expect_error(
        lambda client: client.labels.list_groups(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
