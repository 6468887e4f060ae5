"""Conformance tests for Users, generated from the spec.

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


def test_create(api: Harness) -> None:
    api.begin("createUser", plan={"kind": "account"})
    api.respond(201, {"id": 1, "name": "name-1", "nickname": "nickname-1"})
    result = api.call(
        lambda client: client.users.create(
            name="name-1", password="password-1", nickname="nickname-1"
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/users",
            "query": [],
            "headers": {},
            "json": {"name": "name-1", "password": "password-1", "nickname": "nickname-1"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1users/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createUser")
    api.expect_error(
        lambda client: client.users.create(
            name="name-1", password="password-1", nickname="nickname-1"
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createUser", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.users.create(
            name="name-1", password="password-1", nickname="nickname-1"
        ),
        refused=[
            {
                "what": "without the required field name",
                "where": "json",
                "name": "name",
                "value": None,
                "drop": True,
            },
            {
                "what": "field name not a string",
                "where": "json",
                "name": "name",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without the required field password",
                "where": "json",
                "name": "password",
                "value": None,
                "drop": True,
            },
            {
                "what": "field password not a string",
                "where": "json",
                "name": "password",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without the required field nickname",
                "where": "json",
                "name": "nickname",
                "value": None,
                "drop": True,
            },
            {
                "what": "field nickname not a string",
                "where": "json",
                "name": "nickname",
                "value": 12345,
                "drop": False,
            },
        ],
        accepted=[
            {
                "what": "field name beyond ASCII",
                "where": "json",
                "name": "name",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
    )
