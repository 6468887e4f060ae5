"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("getMe", plan={"kind": "read"})
    api.respond(200, {"name": "name-1"})
    api.expect_retry(
        lambda client: client.account.get_me(), 503, retried=True, error_class="InternalServerError"
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("adminAction")
    api.expect_retry(
        lambda client: client.account.admin_action(),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("adminAction", plan={"kind": "account"})
    api.respond(204, None)
    api.expect_retry(
        lambda client: client.account.admin_action(),
        429,
        retried=True,
        error_class="RateLimitError",
    )
