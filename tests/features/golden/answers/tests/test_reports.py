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
ERROR_404 = {"message": "not found"}


def test_get(api: Harness) -> None:
    api.begin("getReport", plan={"kind": "read", "find": None})
    api.respond(200, b"binary-content", kind="binary", content_type="application/pdf")
    values = api.path(["id-1"])
    result = api.call(lambda client: client.reports.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/reports/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_answers_404(api: Harness) -> None:
    api.begin("getReport")
    api.expect_error(
        lambda client: client.reports.get("id-1"),
        status=404,
        error_class="NotFoundError",
        body={
            "title": "title-1",
            "detail": "detail-1",
            "documentation_url": "https://example.com/resource",
        },
        parsed="Problem",
    )


def test_get_csv(api: Harness) -> None:
    api.begin("getReportCsv", plan={"kind": "read", "find": None})
    api.respond(200, "text-answer", kind="text", content_type="text/csv")
    values = api.path(["id-1"])
    result = api.call(lambda client: client.reports.get_csv(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/reports/id-1/csv",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_csv_answers_404(api: Harness) -> None:
    api.begin("getReportCsv")
    api.expect_error(
        lambda client: client.reports.get_csv("id-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_download(api: Harness) -> None:
    api.begin("downloadReport", plan={"kind": "read", "find": None})
    api.respond(200, None)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.reports.download(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/reports/id-1/download",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_download_answers_404(api: Harness) -> None:
    api.begin("downloadReport")
    api.expect_error(
        lambda client: client.reports.download("id-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )
