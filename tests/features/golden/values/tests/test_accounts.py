"""Conformance tests for Accounts, generated from the spec.

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

# Answers more than one test sends.
ACCOUNT = {
    "id": "123e4567-e89b-12d3-a456-426614174000",
    "name": "Ada",
    "status": "active",
    "created": "2020-01-10T20:00:00Z",
    "manager": None,
    "password": "hunter22",
}
ERROR_400 = {"message": "bad request"}


def test_get(api: Harness) -> None:
    api.begin("getAccount", plan={"kind": "read", "find": None})
    api.respond(200, ACCOUNT)
    values = api.path(["123e4567-e89b-12d3-a456-426614174000"])
    result = api.call(lambda client: client.accounts.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/accounts/123e4567-e89b-12d3-a456-426614174000",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1accounts~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getAccount")
    api.expect_error(
        lambda client: client.accounts.get("123e4567-e89b-12d3-a456-426614174000"),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_update(api: Harness) -> None:
    api.begin("updateAccount", plan={"kind": "account", "find": None})
    api.respond(200, ACCOUNT)
    values = api.path(["123e4567-e89b-12d3-a456-426614174000"])
    result = api.call(
        lambda client: client.accounts.update(
            values[0],
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
        )
    )
    api.expect_request(
        {
            "method": "PATCH",
            "path": "/accounts/123e4567-e89b-12d3-a456-426614174000",
            "query": [],
            "headers": {},
            "json": {
                "name": "name-1",
                "status": "active",
                "level": 1,
                "birthday": "2020-01-10",
                "nickname": "nickname-1",
                "manager": "manager-1",
                "password": "password-1",
                "nullable": {"flag": True},
                "scores": {"key": 1},
                "labels": [{"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}],
            },
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1accounts~1{id}/patch/responses/200/content/application~1json/schema",
    )


def test_update_answers_400(api: Harness) -> None:
    api.begin("updateAccount")
    api.expect_error(
        lambda client: client.accounts.update(
            "123e4567-e89b-12d3-a456-426614174000",
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
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_update_at_the_spec_limits(api: Harness) -> None:
    api.begin("updateAccount", plan={"kind": "account", "find": None})
    values = api.path(["123e4567-e89b-12d3-a456-426614174000"])
    api.expect_limits(
        lambda client: client.accounts.update(
            values[0],
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
                "what": "field name longer than 40 characters",
                "where": "json",
                "name": "name",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field name shorter than 3 characters",
                "where": "json",
                "name": "name",
                "value": "xx",
                "drop": False,
            },
            {
                "what": "without the required field status",
                "where": "json",
                "name": "status",
                "value": None,
                "drop": True,
            },
            {
                "what": "field status not one of ['active', 'closed']",
                "where": "json",
                "name": "status",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "field nickname not a string",
                "where": "json",
                "name": "nickname",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field manager not a string",
                "where": "json",
                "name": "manager",
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
        ],
        accepted=[
            {
                "what": "field name of its longest, 40 characters",
                "where": "json",
                "name": "name",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field name beyond ASCII",
                "where": "json",
                "name": "name",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.accounts.update(
            values[0], name="name-1", status="active", password="password-1"
        ),
    )


def test_create(api: Harness) -> None:
    api.begin("createAccount", plan={"kind": "account"})
    api.respond(201, ACCOUNT)
    result = api.call(
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
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/accounts",
            "query": [],
            "headers": {},
            "json": {
                "name": "name-1",
                "status": "active",
                "level": 1,
                "birthday": "2020-01-10",
                "nickname": "nickname-1",
                "manager": "manager-1",
                "password": "password-1",
                "nullable": {"flag": True},
                "scores": {"key": 1},
                "labels": [{"name": "name-1", "colour": "#aaaaaa", "seen": "2020-01-10T20:00:00Z"}],
            },
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1accounts/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createAccount")
    api.expect_error(
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
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createAccount", plan={"kind": "account"})
    api.expect_limits(
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
                "what": "field name longer than 40 characters",
                "where": "json",
                "name": "name",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field name shorter than 3 characters",
                "where": "json",
                "name": "name",
                "value": "xx",
                "drop": False,
            },
            {
                "what": "without the required field status",
                "where": "json",
                "name": "status",
                "value": None,
                "drop": True,
            },
            {
                "what": "field status not one of ['active', 'closed']",
                "where": "json",
                "name": "status",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "field nickname not a string",
                "where": "json",
                "name": "nickname",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field manager not a string",
                "where": "json",
                "name": "manager",
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
        ],
        accepted=[
            {
                "what": "field name of its longest, 40 characters",
                "where": "json",
                "name": "name",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field name beyond ASCII",
                "where": "json",
                "name": "name",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.accounts.create(
            name="name-1", status="active", password="password-1"
        ),
    )
