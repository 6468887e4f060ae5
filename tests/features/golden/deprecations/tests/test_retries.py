"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("listReportsV1", plan={"kind": "read"}, deprecated=True)
    api.respond(200, ["value-1"])
    api.expect_retry(
        lambda client: client.reports.list_v1(),
        503,
        retried=True,
        error_class="InternalServerError",
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("createReport")
    api.expect_retry(
        lambda client: client.reports.create(format="pdf", title="title-1", owner="owner-1"),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
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
    api.expect_retry(
        lambda client: client.reports.create(format="pdf", title="title-1", owner="owner-1"),
        429,
        retried=True,
        error_class="RateLimitError",
    )
