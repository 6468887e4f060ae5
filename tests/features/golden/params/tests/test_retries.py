"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("findItems", plan={"kind": "read", "find": None})
    api.respond(200, [{"id": 1}])
    values = api.path([[1], ["label-1"], "matrix-1"])
    api.expect_retry(
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
        503,
        retried=True,
        error_class="InternalServerError",
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("startUpload")
    api.expect_retry(
        lambda client: client.items.start_upload(),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("startUpload", plan={"kind": "account"})
    api.respond(204, None)
    api.expect_retry(
        lambda client: client.items.start_upload(), 429, retried=True, error_class="RateLimitError"
    )
