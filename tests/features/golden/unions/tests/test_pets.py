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

# Answers more than one test sends.
GET_ANSWER = {"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}
ERROR_404 = {"message": "not found"}


def test_get(api: Harness) -> None:
    api.begin("getPet", plan={"kind": "read", "find": None})
    api.respond(200, GET_ANSWER)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.pets.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/pets/id-1",
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
        lambda client: client.pets.get("id-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_list(api: Harness) -> None:
    api.begin("listPets", plan={"kind": "read"})
    api.respond(200, [{"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}])
    result = api.call(lambda client: client.pets.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/pets",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1pets/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listPets")
    api.expect_error(
        lambda client: client.pets.list(),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_create(api: Harness) -> None:
    api.begin("createPet", plan={"kind": "account"})
    api.respond(201, GET_ANSWER)
    result = api.call(
        lambda client: client.pets.create(
            body={"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/pets",
            "query": [],
            "headers": {},
            "json": {"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1pets/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createPet")
    api.expect_error(
        lambda client: client.pets.create(
            body={"petType": "cat", "name": "name-1", "lives": 1, "born": "2020-01-10"}
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )
