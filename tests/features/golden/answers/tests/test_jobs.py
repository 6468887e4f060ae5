"""Conformance tests for Jobs, generated from the spec.

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


def test_start(api: Harness) -> None:
    api.begin("startJob", plan={"kind": "account"})
    api.respond(200, {"value": 1})
    result = api.call(lambda client: client.jobs.start())
    api.expect_request(
        {
            "method": "POST",
            "path": "/jobs",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1jobs/post/responses/200/content/application~1json/schema"
    )


def test_start_answers_400(api: Harness) -> None:
    api.begin("startJob")
    api.expect_error(
        lambda client: client.jobs.start(),
        status=400,
        error_class="BadRequestError",
        body={
            "title": "title-1",
            "detail": "detail-1",
            "documentation_url": "https://example.com/resource",
        },
        parsed="Problem",
    )
