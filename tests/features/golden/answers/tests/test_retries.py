"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("watchEvents", plan={"kind": "read"})
    api.respond(
        200,
        [
            {"event": "update", "data": "first", "id": "1"},
            {"data": "line one\nline two", "retry": 1500},
        ],
        kind="events",
        content_type="text/event-stream",
    )
    api.expect_retry(
        lambda client: client.events.watch(), 503, retried=True, error_class="InternalServerError"
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("startJob")
    api.expect_retry(
        lambda client: client.jobs.start(), 503, retried=False, error_class="InternalServerError"
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("startJob", plan={"kind": "account"})
    api.respond(200, {"value": 1})
    api.expect_retry(
        lambda client: client.jobs.start(), 429, retried=True, error_class="RateLimitError"
    )
