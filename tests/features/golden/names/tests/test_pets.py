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


def test_create_a(api: Harness) -> None:
    api.begin("createA", plan={"kind": "account", "find": None})
    api.respond(200, {"meows": True})
    values = api.path(["a-1"])
    result = api.call(
        lambda client: client.pets.create_a(
            values[0],
            a_2="a-1",
            a_3="a-1",
            a_4="a-1",
            parse_pet_="parsepet-1",
            answer_="answer-1",
            request_options_="requestoptions-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/pets/a-1",
            "query": [
                ("a", "a-1"),
                ("parse_pet", "parsepet-1"),
                ("answer", "answer-1"),
                ("request_options", "requestoptions-1"),
            ],
            "headers": {"a": "a-1"},
            "cookies": {"a": "a-1"},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1pets~1{a}/post/responses/200/content/application~1json/schema"
    )


def test_create_a_answers_400(api: Harness) -> None:
    api.begin("createA")
    api.expect_error(
        lambda client: client.pets.create_a(
            "a-1",
            a_2="a-1",
            a_3="a-1",
            a_4="a-1",
            parse_pet_="parsepet-1",
            answer_="answer-1",
            request_options_="requestoptions-1",
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_a_at_the_spec_limits(api: Harness) -> None:
    api.begin("createA", plan={"kind": "account", "find": None})
    values = api.path(["a-1"])
    api.expect_limits(
        lambda client: client.pets.create_a(
            values[0],
            a_2="a-1",
            a_3="a-1",
            a_4="a-1",
            parse_pet_="parsepet-1",
            answer_="answer-1",
            request_options_="requestoptions-1",
        ),
        refused=[
            {
                "what": "without the required query parameter a",
                "where": "query",
                "name": "a",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required header a",
                "where": "header",
                "name": "a",
                "value": None,
                "drop": True,
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.pets.create_a(values[0], a_2="a-1", a_3="a-1", a_4="a-1"),
    )
