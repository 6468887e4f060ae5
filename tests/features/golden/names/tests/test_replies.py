"""Conformance tests for Replies, generated from the spec.

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
GET_RESPONSE = {"id": 1}


def test_get(api: Harness) -> None:
    api.begin("get", plan={"kind": "read"})
    api.respond(200, GET_RESPONSE)
    result = api.call(lambda client: client.replies.get())
    api.expect_request(
        {
            "method": "GET",
            "path": "/answers",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1answers/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("get")
    api.expect_error(
        lambda client: client.replies.get(),
        status=404,
        error_class="NotFoundError",
        body={"message": "message-1"},
        parsed="GetError404",
    )


def test_get_answers_404_2(api: Harness) -> None:
    api.begin("get_answers_404", plan={"kind": "read"})
    api.respond(200, GET_RESPONSE)
    result = api.call(lambda client: client.replies.get_answers_404())
    api.expect_request(
        {
            "method": "GET",
            "path": "/answers/404",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1answers~1404/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404_answers_404(api: Harness) -> None:
    api.begin("get_answers_404")
    api.expect_error(
        lambda client: client.replies.get_answers_404(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )
