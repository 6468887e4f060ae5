"""Conformance tests for Notes, generated from the spec.

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
    api.begin("createNote", plan={"kind": "account"})
    api.respond(201, {"id": "id-1"})
    result = api.call(lambda client: client.notes.create(text="text-1"))
    api.expect_request(
        {
            "method": "POST",
            "path": "/notes",
            "query": [],
            "headers": {},
            "json": {"text": "text-1"},
            "content_type": "application/json",
            "auth": {"headers": {"X-Api-Key": "test-header-key"}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1notes/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createNote")
    api.expect_error(
        lambda client: client.notes.create(text="text-1"),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createNote", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.notes.create(text="text-1"),
        refused=[
            {
                "what": "field text not a string",
                "where": "json",
                "name": "text",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "X-Api-Key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "X-Api-Key", "value": "wrong-credential"}],
            },
        ],
        accepted=[
            {
                "what": "field text beyond ASCII",
                "where": "json",
                "name": "text",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            }
        ],
        secret_names=("Authorization", "X-Api-Key", "api_key"),
    )
