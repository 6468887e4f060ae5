"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("listPets", plan={"kind": "read"})
    api.respond(200, [{"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}])
    api.expect_retry(
        lambda client: client.pets.list(), 503, retried=True, error_class="InternalServerError"
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("createPet")
    api.expect_retry(
        lambda client: client.pets.create(
            body={"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}
        ),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("createPet", plan={"kind": "account"})
    api.respond(201, {"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"})
    api.expect_retry(
        lambda client: client.pets.create(
            body={"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}
        ),
        429,
        retried=True,
        error_class="RateLimitError",
    )
