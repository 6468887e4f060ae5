"""Conformance tests for Editorial images, generated from the spec.

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
SEARCH_EDITORIAL_ANSWER = None
ERROR_404 = {"message": "not found"}


def test_search_editorial(api: Harness) -> None:
    api.begin("searchEditorial", plan={"kind": "read"})
    api.respond(204, SEARCH_EDITORIAL_ANSWER)
    result = api.call(lambda client: client.editorial_images.search_editorial())
    api.expect_request(
        {
            "method": "GET",
            "path": "/editorial/search",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_search_editorial_answers_404(api: Harness) -> None:
    api.begin("searchEditorial")
    api.expect_error(
        lambda client: client.editorial_images.search_editorial(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_search(api: Harness) -> None:
    api.begin("searchEditorialImages", plan={"kind": "read"})
    api.respond(204, SEARCH_EDITORIAL_ANSWER)
    result = api.call(lambda client: client.editorial_images.search())
    api.expect_request(
        {
            "method": "GET",
            "path": "/editorial/images/search",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_search_answers_404(api: Harness) -> None:
    api.begin("searchEditorialImages")
    api.expect_error(
        lambda client: client.editorial_images.search(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
