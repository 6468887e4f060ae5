"""Conformance tests for Pets, generated from the spec.

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


def test_get(api: Harness) -> None:
    api.begin("getPet", plan={"kind": "read", "find": None})
    api.respond(200, {"id": 1, "name": "name-1"})
    values = api.path(["1"])
    result = api.call(lambda client: client.pets.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/pets/1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1pets~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getPet")
    api.expect_error(
        lambda client: client.pets.get("1"),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_add(api: Harness) -> None:
    api.begin("addPet", plan={"kind": "account"})
    api.respond(200, None)
    result = api.call(lambda client: client.pets.add(name="name-1"))
    api.expect_request(
        {
            "method": "POST",
            "path": "/pets",
            "query": [],
            "headers": {},
            "json": {"name": "name-1"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_add_answers_400(api: Harness) -> None:
    api.begin("addPet")
    api.expect_error(
        lambda client: client.pets.add(name="name-1"),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_add_at_the_spec_limits(api: Harness) -> None:
    api.begin("addPet", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.pets.add(name="name-1"),
        refused=[
            {
                "what": "field name not a string",
                "where": "json",
                "name": "name",
                "value": 12345,
                "drop": False,
            }
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
        minimal=lambda client: client.pets.add(),
    )
