"""Conformance tests for Articles, generated from the spec.

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
LIST_ARTICLES_RESPONSE = {"data": [{"id": 1}], "links": {}}


def test_list(api: Harness) -> None:
    api.begin("listArticles", plan={"kind": "read"})
    api.respond(200, LIST_ARTICLES_RESPONSE)
    result = api.call(lambda client: client.articles.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/articles",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1articles/get/responses/200/content/application~1json/schema",
        items="data",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listArticles")
    api.expect_error(
        lambda client: client.articles.list(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listArticles", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.articles.list(),
        first=LIST_ARTICLES_RESPONSE,
        profile="next-link",
        items="data",
        next_path=["links", "next"],
        cursor_param="",
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/articles",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        },
        pointer="/paths/~1articles/get/responses/200/content/application~1json/schema",
        items="data",
        result=items,
    )
