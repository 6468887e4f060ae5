"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("listArticles", plan={"kind": "read"})
    api.respond(200, {"data": [{"id": 1}], "links": {}})
    api.expect_retry(
        lambda client: client.articles.list(), 503, retried=True, error_class="InternalServerError"
    )
