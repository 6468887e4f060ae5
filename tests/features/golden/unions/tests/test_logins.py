"""Conformance tests for Logins, generated from the spec.

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


def test_log_in(api: Harness) -> None:
    api.begin("logIn", plan={"kind": "account"})
    api.respond(200, {"id": "id-1", "user": "user-1"})
    result = api.call(lambda client: client.logins.log_in(body={"password": "password-1"}))
    api.expect_request(
        {
            "method": "POST",
            "path": "/logins",
            "query": [],
            "headers": {},
            "form": [("password", "password-1")],
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1logins/post/responses/200/content/application~1json/schema"
    )


def test_log_in_answers_400(api: Harness) -> None:
    api.begin("logIn")
    api.expect_error(
        lambda client: client.logins.log_in(body={"password": "password-1"}),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )
