"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("subscribe")
    api.expect_retry(
        lambda client: client.subscriptions.subscribe(callback_url="https://example.com/resource"),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("subscribe", plan={"kind": "account"})
    api.respond(201, {"id": "id-1"})
    api.expect_retry(
        lambda client: client.subscriptions.subscribe(callback_url="https://example.com/resource"),
        429,
        retried=True,
        error_class="RateLimitError",
    )
