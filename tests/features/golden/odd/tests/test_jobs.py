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


def test_list(api: Harness) -> None:
    api.begin("listJobs", plan={"kind": "read"})
    api.respond(
        200, [{"id": "id-1", "parameters": {"key": "key-1"}, "jurisdictionalFilter": "value"}]
    )
    result = api.call(lambda client: client.jobs.list(op="LIST"))
    api.expect_request(
        {
            "method": "GET",
            "path": "/jobs",
            "query": [("op", "LIST")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1jobs?op=LIST/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listJobs")
    api.expect_error(
        lambda client: client.jobs.list(op="LIST"),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listJobs", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.jobs.list(op="LIST"),
        refused=[
            {
                "what": "without the required query parameter op",
                "where": "query",
                "name": "op",
                "value": None,
                "drop": True,
            },
            {
                "what": "query parameter op not one of ['LIST']",
                "where": "query",
                "name": "op",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
    )


def test_post_batch(api: Harness) -> None:
    api.begin("postBatch", plan={"kind": "account"})
    api.respond(204, None)
    result = api.call(lambda client: client.jobs.post_batch(body="text-content"))
    api.expect_request(
        {
            "method": "POST",
            "path": "/batches",
            "query": [],
            "headers": {},
            "content": "text-content",
            "content_type": "application/x-www-form-urlencoded",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_post_batch_answers_400(api: Harness) -> None:
    api.begin("postBatch")
    api.expect_error(
        lambda client: client.jobs.post_batch(body="text-content"),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )
