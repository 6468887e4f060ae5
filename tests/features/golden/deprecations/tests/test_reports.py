"""Conformance tests for Reports, generated from the spec.

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
LIST_V1_ANSWER = ["value-1"]
ERROR_404 = {"message": "not found"}
ERROR_400 = {"message": "bad request"}


def test_list_v1(api: Harness) -> None:
    api.begin("listReportsV1", plan={"kind": "read"}, deprecated=True)
    api.respond(200, LIST_V1_ANSWER)
    result = api.call(lambda client: client.reports.list_v1())
    api.expect_request(
        {
            "method": "GET",
            "path": "/v1/reports",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1v1~1reports/get/responses/200/content/application~1json/schema"
    )


def test_list_v1_answers_404(api: Harness) -> None:
    api.begin("listReportsV1", deprecated=True)
    api.expect_error(
        lambda client: client.reports.list_v1(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createReport",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "reports", "method": "delete", "args": [0], "field": ""},
            "created_field": "id",
        },
    )
    api.respond(201, {"id": "id-1"})
    result = api.call(
        lambda client: client.reports.create(format="pdf", title="title-1", owner="owner-1")
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/v1/reports",
            "query": [("format", "pdf")],
            "headers": {},
            "json": {"title": "title-1", "owner": "owner-1"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1v1~1reports/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createReport")
    api.expect_error(
        lambda client: client.reports.create(format="pdf", title="title-1", owner="owner-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createReport",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "reports", "method": "delete", "args": [0], "field": ""},
            "created_field": "id",
        },
    )
    api.expect_limits(
        lambda client: client.reports.create(format="pdf", title="title-1", owner="owner-1"),
        refused=[
            {
                "what": "query parameter format not one of ['pdf', 'csv']",
                "where": "query",
                "name": "format",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "field title not a string",
                "where": "json",
                "name": "title",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field owner not a string",
                "where": "json",
                "name": "owner",
                "value": 12345,
                "drop": False,
            },
        ],
        accepted=[
            {
                "what": "field title beyond ASCII",
                "where": "json",
                "name": "title",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.reports.create(),
    )


def test_delete(api: Harness) -> None:
    api.begin(
        "deleteReport",
        plan={
            "kind": "write",
            "make": [{"resource": "reports", "method": "create", "args": [], "field": "id"}],
            "undo": [None],
        },
        deprecated=True,
    )
    api.respond(204, None)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.reports.delete(values[0]))
    api.expect_request(
        {
            "method": "DELETE",
            "path": "/v1/reports/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_delete_answers_400(api: Harness) -> None:
    api.begin("deleteReport", deprecated=True)
    api.expect_error(
        lambda client: client.reports.delete("id-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_list(api: Harness) -> None:
    api.begin("listReports", plan={"kind": "read"})
    api.respond(200, LIST_V1_ANSWER)
    result = api.call(lambda client: client.reports.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/v2/reports",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1v2~1reports/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listReports")
    api.expect_error(
        lambda client: client.reports.list(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
