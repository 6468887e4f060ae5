"""Conformance tests for Things, generated from the spec.

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
ERROR_400 = {"message": "bad request"}


def test_create_foo(api: Harness) -> None:
    api.begin("createFoo", plan={"kind": "account"})
    api.respond(
        200, {"list": ["list-1"], "dicts": {"Dict": "Dict-1", "__dict__": "dict-1", "tuple": 1}}
    )
    result = api.call(lambda client: client.things.create_foo(bar_baz={"inner": "inner-1"}))
    api.expect_request(
        {
            "method": "POST",
            "path": "/foo",
            "query": [],
            "headers": {},
            "json": {"barBaz": {"inner": "inner-1"}},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1foo/post/responses/200/content/application~1json/schema"
    )


def test_create_foo_answers_400(api: Harness) -> None:
    api.begin("createFoo")
    api.expect_error(
        lambda client: client.things.create_foo(bar_baz={"inner": "inner-1"}),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_create_foo_bar(api: Harness) -> None:
    api.begin("createFooBar", plan={"kind": "account"})
    api.respond(200, {"uuid": "123e4567-e89b-12d3-a456-426614174000"})
    result = api.call(lambda client: client.things.create_foo_bar(baz={"other": 1}))
    api.expect_request(
        {
            "method": "POST",
            "path": "/foo-bar",
            "query": [],
            "headers": {},
            "json": {"baz": {"other": 1}},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1foo-bar/post/responses/200/content/application~1json/schema"
    )


def test_create_foo_bar_answers_400(api: Harness) -> None:
    api.begin("createFooBar")
    api.expect_error(
        lambda client: client.things.create_foo_bar(baz={"other": 1}),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )
