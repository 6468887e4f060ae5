"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("listLabels", plan={"kind": "read"})
    api.respond(
        200, {"key": {"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}}
    )
    api.expect_retry(
        lambda client: client.labels.list(sort="name", priority=1),
        503,
        retried=True,
        error_class="InternalServerError",
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("createAccount")
    api.expect_retry(
        lambda client: client.accounts.create(
            name="name-1",
            status="active",
            level=1,
            birthday="2020-01-10",
            nickname="nickname-1",
            manager="manager-1",
            password="password-1",
            nullable={"flag": True},
            scores={"key": 1},
            labels=[{"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}],
        ),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin("createAccount", plan={"kind": "account"})
    api.respond(
        201,
        {
            "id": "123e4567-e89b-12d3-a456-426614174000",
            "name": "Ada",
            "status": "active",
            "created": "2020-01-10T20:00:00Z",
            "manager": None,
            "password": "hunter22",
        },
    )
    api.expect_retry(
        lambda client: client.accounts.create(
            name="name-1",
            status="active",
            level=1,
            birthday="2020-01-10",
            nickname="nickname-1",
            manager="manager-1",
            password="password-1",
            nullable={"flag": True},
            scores={"key": 1},
            labels=[{"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}],
        ),
        429,
        retried=True,
        error_class="RateLimitError",
    )
