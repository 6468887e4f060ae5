"""Conformance tests for Items, generated from the spec.

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


def test_find(api: Harness) -> None:
    api.begin("findItems", plan={"kind": "read", "find": None})
    api.respond(200, [{"id": 1}])
    values = api.path([[1], ["label-1"], "matrix-1"])
    result = api.call(
        lambda client: client.items.find(
            values[0],
            values[1],
            values[2],
            tags=["tags-1"],
            range=[1],
            words=["words-1"],
            filter={"color": "color-1", "size": 1},
            where={"near": "near-1"},
            x_trace_ids=["XTraceIds-1"],
            session="session-1",
            theme="theme-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/items/1/.label-1/;matrix=matrix-1",
            "query": [
                ("tags", "tags-1"),
                ("range", "1"),
                ("words", "words-1"),
                ("filter[color]", "color-1"),
                ("filter[size]", "1"),
                ("where", '{"near":"near-1"}'),
            ],
            "headers": {"X-Trace-Ids": "XTraceIds-1"},
            "cookies": {"session": "session-1", "theme": "theme-1"},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1items~1{ids}~1{label}~1{matrix}/get/responses/200/content/application~1json/schema",
    )


def test_find_answers_404(api: Harness) -> None:
    api.begin("findItems")
    api.expect_error(
        lambda client: client.items.find(
            [1],
            ["label-1"],
            "matrix-1",
            tags=["tags-1"],
            range=[1],
            words=["words-1"],
            filter={"color": "color-1", "size": 1},
            where={"near": "near-1"},
            x_trace_ids=["XTraceIds-1"],
            session="session-1",
            theme="theme-1",
        ),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_find_at_the_spec_limits(api: Harness) -> None:
    api.begin("findItems", plan={"kind": "read", "find": None})
    values = api.path([[1], ["label-1"], "matrix-1"])
    api.expect_limits(
        lambda client: client.items.find(
            values[0],
            values[1],
            values[2],
            tags=["tags-1"],
            range=[1],
            words=["words-1"],
            filter={"color": "color-1", "size": 1},
            where={"near": "near-1"},
            x_trace_ids=["XTraceIds-1"],
            session="session-1",
            theme="theme-1",
        ),
        refused=[],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.items.find(
            values[0], values[1], values[2], session="session-1"
        ),
    )


def test_start_upload(api: Harness) -> None:
    api.begin("startUpload", plan={"kind": "account"})
    api.respond(204, None)
    result = api.call(lambda client: client.items.start_upload())
    api.expect_request(
        {
            "method": "POST",
            "path": "/uploads",
            "query": [],
            "headers": {},
            "server_path": "/v2beta",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_start_upload_answers_400(api: Harness) -> None:
    api.begin("startUpload")
    api.expect_error(
        lambda client: client.items.start_upload(),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )
