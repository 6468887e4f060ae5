"""Conformance tests for Repos, generated from the spec.

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
LIST_ANSWER = [{"id": 1}]


def test_list(api: Harness) -> None:
    api.begin("listRepos", plan={"kind": "read"})
    api.respond(200, LIST_ANSWER)
    result = api.call(lambda client: client.repos.list(per_page=1, page=api.sample_only(1)))
    api.expect_request(
        {
            "method": "GET",
            "path": "/repos",
            "query": [("per_page", "1"), ("page", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1repos/get/responses/200/content/application~1json/schema",
        items="",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listRepos")
    api.expect_error(
        lambda client: client.repos.list(per_page=1, page=1),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listRepos", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.repos.list(per_page=1, page=api.sample_only(1)),
        first=LIST_ANSWER,
        profile="link-header",
        items="",
        next_path=[],
        cursor_param="",
        page_size=("per_page", 100),
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/repos",
            "query": [("per_page", "1"), ("page", "1")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        },
        pointer="/paths/~1repos/get/responses/200/content/application~1json/schema",
        items="",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listRepos", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.repos.list(per_page=1, page=api.sample_only(1)),
        refused=[
            {
                "what": "query parameter per_page not a number",
                "where": "query",
                "name": "per_page",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "query parameter per_page above its maximum 100",
                "where": "query",
                "name": "per_page",
                "value": "101",
                "drop": False,
            },
            {
                "what": "query parameter page not a number",
                "where": "query",
                "name": "page",
                "value": "not-a-number",
                "drop": False,
            },
        ],
        accepted=[
            {
                "what": "query parameter per_page at its maximum 100",
                "where": "query",
                "name": "per_page",
                "value": "100",
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.repos.list(),
    )
