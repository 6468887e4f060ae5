"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("getItem", plan={"kind": "read", "find": None})
    api.respond(200, {"count": 1})
    values = api.path(["id-1"])
    api.expect_retry(
        lambda client: client.items.get(values[0]),
        503,
        retried=True,
        error_class="InternalServerError",
    )
