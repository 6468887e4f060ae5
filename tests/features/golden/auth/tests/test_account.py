"""Conformance tests for Account, generated from the spec.

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
ERROR_404 = {"message": "not found"}
GET_PUBLIC_ANSWER = None


def test_get_me(api: Harness) -> None:
    api.begin("getMe", plan={"kind": "read"})
    api.respond(200, {"name": "name-1"})
    result = api.call(lambda client: client.account.get_me())
    api.expect_request(
        {
            "method": "GET",
            "path": "/me",
            "query": [],
            "headers": {},
            "auth": {"headers": {"Authorization": "Bearer test-token"}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1me/get/responses/200/content/application~1json/schema"
    )


def test_get_me_answers_404(api: Harness) -> None:
    api.begin("getMe")
    api.expect_error(
        lambda client: client.account.get_me(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_get_me_at_the_spec_limits(api: Harness) -> None:
    api.begin("getMe", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.account.get_me(),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization", "value": "Bearer wrong"}],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key", "session"),
    )


def test_get_public(api: Harness) -> None:
    api.begin("getPublic", plan={"kind": "read"})
    api.respond(204, GET_PUBLIC_ANSWER)
    result = api.call(lambda client: client.account.get_public())
    api.expect_request(
        {
            "method": "GET",
            "path": "/public",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_get_public_answers_404(api: Harness) -> None:
    api.begin("getPublic")
    api.expect_error(
        lambda client: client.account.get_public(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_search(api: Harness) -> None:
    api.begin("search", plan={"kind": "read"})
    api.respond(204, GET_PUBLIC_ANSWER)
    result = api.call(lambda client: client.account.search(q="q-1"))
    api.expect_request(
        {
            "method": "GET",
            "path": "/search",
            "query": [("q", "q-1")],
            "headers": {},
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_search_answers_404(api: Harness) -> None:
    api.begin("search")
    api.expect_error(
        lambda client: client.account.search(q="q-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_admin_action(api: Harness) -> None:
    api.begin("adminAction", plan={"kind": "account"})
    api.respond(204, GET_PUBLIC_ANSWER)
    result = api.call(lambda client: client.account.admin_action())
    api.expect_request(
        {
            "method": "POST",
            "path": "/admin",
            "query": [],
            "headers": {},
            "auth": {
                "headers": {"X-Api-Key": "test-header-key"},
                "query": [],
                "cookies": {"session": "test-cookie-key"},
            },
        }
    )
    api.check_result(result, pointer="")


def test_admin_action_answers_400(api: Harness) -> None:
    api.begin("adminAction")
    api.expect_error(
        lambda client: client.account.admin_action(),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_admin_action_at_the_spec_limits(api: Harness) -> None:
    api.begin("adminAction", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.account.admin_action(),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {"where": "header", "name": "X-Api-Key"},
                    {"where": "cookie", "name": "session"},
                ],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {"where": "header", "name": "X-Api-Key", "value": "wrong-credential"},
                    {"where": "cookie", "name": "session", "value": "wrong-credential"},
                ],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key", "session"),
    )


def test_via_oauth(api: Harness) -> None:
    api.begin("viaOauth", plan={"kind": "read"})
    api.respond(204, GET_PUBLIC_ANSWER)
    result = api.call(lambda client: client.account.via_oauth())
    api.expect_request(
        {
            "method": "GET",
            "path": "/oauth",
            "query": [],
            "headers": {},
            "auth": {"headers": {"Authorization": "Bearer test-token"}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_via_oauth_answers_404(api: Harness) -> None:
    api.begin("viaOauth")
    api.expect_error(
        lambda client: client.account.via_oauth(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_via_oauth_at_the_spec_limits(api: Harness) -> None:
    api.begin("viaOauth", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.account.via_oauth(),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization", "value": "Bearer wrong"}],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key", "session"),
    )


def test_via_both(api: Harness) -> None:
    api.begin("viaBoth", plan={"kind": "read"})
    api.respond(204, GET_PUBLIC_ANSWER)
    result = api.call(lambda client: client.account.via_both())
    api.expect_request(
        {
            "method": "GET",
            "path": "/both",
            "query": [],
            "headers": {},
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        }
    )
    api.check_result(result, pointer="")


def test_via_both_answers_404(api: Harness) -> None:
    api.begin("viaBoth")
    api.expect_error(
        lambda client: client.account.via_both(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_via_both_at_the_spec_limits(api: Harness) -> None:
    api.begin("viaBoth", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.account.via_both(),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {
                        "where": "header",
                        "name": "Authorization",
                        "value": "Basic d3Jvbmc6Y3JlZGVudGlhbA==",
                    }
                ],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key", "session"),
    )
