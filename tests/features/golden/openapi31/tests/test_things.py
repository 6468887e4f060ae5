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
THING = {
    "kind": "thing",
    "setting": None,
    "label": "label-1",
    "maybe": "maybe-1",
    "point": [1.5, 1.5],
    "tagged": ["tagged-1"],
    "anything": "value",
    "when": "2020-01-10T20:00:00Z",
    "parent": {
        "kind": "thing",
        "setting": None,
        "label": "label-1",
        "maybe": "maybe-1",
        "point": [1.5, 1.5],
        "tagged": ["tagged-1"],
        "anything": "value",
        "when": "2020-01-10T20:00:00Z",
        "parent": {
            "kind": "thing",
            "setting": None,
            "label": "label-1",
            "maybe": "maybe-1",
            "point": [1.5, 1.5],
            "tagged": ["tagged-1"],
            "anything": "value",
            "when": "2020-01-10T20:00:00Z",
            "parent": {
                "kind": "thing",
                "setting": None,
                "label": "label-1",
                "maybe": "maybe-1",
                "point": [1.5, 1.5],
                "tagged": ["tagged-1"],
                "anything": "value",
                "when": "2020-01-10T20:00:00Z",
                "parent": {
                    "kind": "thing",
                    "setting": None,
                    "label": "label-1",
                    "point": [1.5, 1.5],
                    "anything": "value",
                },
            },
        },
    },
}


def test_get(api: Harness) -> None:
    api.begin("getThing", plan={"kind": "read", "find": None})
    api.respond(200, THING)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.things.get(values[0], on=True))
    api.expect_request(
        {
            "method": "GET",
            "path": "/things/id-1",
            "query": [("on", "true")],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1things~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getThing")
    api.expect_error(
        lambda client: client.things.get("id-1", on=True),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_get_at_the_spec_limits(api: Harness) -> None:
    api.begin("getThing", plan={"kind": "read", "find": None})
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.things.get(values[0], on=True),
        refused=[
            {
                "what": "query parameter on not a boolean",
                "where": "query",
                "name": "on",
                "value": "not-a-boolean",
                "drop": False,
            }
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.things.get(values[0]),
    )


def test_put(api: Harness) -> None:
    api.begin("putThing", plan={"kind": "account", "find": None})
    api.respond(200, THING)
    values = api.path(["id-1"])
    result = api.call(
        lambda client: client.things.put(
            values[0],
            kind="thing",
            setting=None,
            label="label-1",
            maybe="maybe-1",
            point=[1.5, 1.5],
            tagged=["tagged-1"],
            anything="value",
            when="2020-01-10T20:00:00Z",
            parent={
                "kind": "thing",
                "setting": None,
                "label": "label-1",
                "maybe": "maybe-1",
                "point": [1.5, 1.5],
                "tagged": ["tagged-1"],
                "anything": "value",
                "when": "2020-01-10T20:00:00Z",
                "parent": {
                    "kind": "thing",
                    "setting": None,
                    "label": "label-1",
                    "maybe": "maybe-1",
                    "point": [1.5, 1.5],
                    "tagged": ["tagged-1"],
                    "anything": "value",
                    "when": "2020-01-10T20:00:00Z",
                    "parent": {
                        "kind": "thing",
                        "setting": None,
                        "label": "label-1",
                        "maybe": "maybe-1",
                        "point": [1.5, 1.5],
                        "tagged": ["tagged-1"],
                        "anything": "value",
                        "when": "2020-01-10T20:00:00Z",
                        "parent": {
                            "kind": "thing",
                            "setting": None,
                            "label": "label-1",
                            "maybe": "maybe-1",
                            "point": [1.5, 1.5],
                            "tagged": ["tagged-1"],
                            "anything": "value",
                            "when": "2020-01-10T20:00:00Z",
                            "parent": {
                                "kind": "thing",
                                "setting": None,
                                "label": "label-1",
                                "point": [1.5, 1.5],
                                "anything": "value",
                            },
                        },
                    },
                },
            },
        )
    )
    api.expect_request(
        {
            "method": "PUT",
            "path": "/things/id-1",
            "query": [],
            "headers": {},
            "json": {
                "kind": "thing",
                "setting": None,
                "label": "label-1",
                "maybe": "maybe-1",
                "point": [1.5, 1.5],
                "tagged": ["tagged-1"],
                "anything": "value",
                "when": "2020-01-10T20:00:00Z",
                "parent": {
                    "kind": "thing",
                    "setting": None,
                    "label": "label-1",
                    "maybe": "maybe-1",
                    "point": [1.5, 1.5],
                    "tagged": ["tagged-1"],
                    "anything": "value",
                    "when": "2020-01-10T20:00:00Z",
                    "parent": {
                        "kind": "thing",
                        "setting": None,
                        "label": "label-1",
                        "maybe": "maybe-1",
                        "point": [1.5, 1.5],
                        "tagged": ["tagged-1"],
                        "anything": "value",
                        "when": "2020-01-10T20:00:00Z",
                        "parent": {
                            "kind": "thing",
                            "setting": None,
                            "label": "label-1",
                            "maybe": "maybe-1",
                            "point": [1.5, 1.5],
                            "tagged": ["tagged-1"],
                            "anything": "value",
                            "when": "2020-01-10T20:00:00Z",
                            "parent": {
                                "kind": "thing",
                                "setting": None,
                                "label": "label-1",
                                "maybe": "maybe-1",
                                "point": [1.5, 1.5],
                                "tagged": ["tagged-1"],
                                "anything": "value",
                                "when": "2020-01-10T20:00:00Z",
                                "parent": {
                                    "kind": "thing",
                                    "setting": None,
                                    "label": "label-1",
                                    "point": [1.5, 1.5],
                                    "anything": "value",
                                },
                            },
                        },
                    },
                },
            },
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1things~1{id}/put/responses/200/content/application~1json/schema"
    )


def test_put_answers_400(api: Harness) -> None:
    api.begin("putThing")
    api.expect_error(
        lambda client: client.things.put(
            "id-1",
            kind="thing",
            setting=None,
            label="label-1",
            maybe="maybe-1",
            point=[1.5, 1.5],
            tagged=["tagged-1"],
            anything="value",
            when="2020-01-10T20:00:00Z",
            parent={
                "kind": "thing",
                "setting": None,
                "label": "label-1",
                "maybe": "maybe-1",
                "point": [1.5, 1.5],
                "tagged": ["tagged-1"],
                "anything": "value",
                "when": "2020-01-10T20:00:00Z",
                "parent": {
                    "kind": "thing",
                    "setting": None,
                    "label": "label-1",
                    "maybe": "maybe-1",
                    "point": [1.5, 1.5],
                    "tagged": ["tagged-1"],
                    "anything": "value",
                    "when": "2020-01-10T20:00:00Z",
                    "parent": {
                        "kind": "thing",
                        "setting": None,
                        "label": "label-1",
                        "maybe": "maybe-1",
                        "point": [1.5, 1.5],
                        "tagged": ["tagged-1"],
                        "anything": "value",
                        "when": "2020-01-10T20:00:00Z",
                        "parent": {
                            "kind": "thing",
                            "setting": None,
                            "label": "label-1",
                            "maybe": "maybe-1",
                            "point": [1.5, 1.5],
                            "tagged": ["tagged-1"],
                            "anything": "value",
                            "when": "2020-01-10T20:00:00Z",
                            "parent": {
                                "kind": "thing",
                                "setting": None,
                                "label": "label-1",
                                "point": [1.5, 1.5],
                                "anything": "value",
                            },
                        },
                    },
                },
            },
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_put_at_the_spec_limits(api: Harness) -> None:
    api.begin("putThing", plan={"kind": "account", "find": None})
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.things.put(
            values[0],
            kind="thing",
            setting=None,
            label="label-1",
            maybe="maybe-1",
            point=[1.5, 1.5],
            tagged=["tagged-1"],
            anything="value",
            when="2020-01-10T20:00:00Z",
            parent={
                "kind": "thing",
                "setting": None,
                "label": "label-1",
                "maybe": "maybe-1",
                "point": [1.5, 1.5],
                "tagged": ["tagged-1"],
                "anything": "value",
                "when": "2020-01-10T20:00:00Z",
                "parent": {
                    "kind": "thing",
                    "setting": None,
                    "label": "label-1",
                    "maybe": "maybe-1",
                    "point": [1.5, 1.5],
                    "tagged": ["tagged-1"],
                    "anything": "value",
                    "when": "2020-01-10T20:00:00Z",
                    "parent": {
                        "kind": "thing",
                        "setting": None,
                        "label": "label-1",
                        "maybe": "maybe-1",
                        "point": [1.5, 1.5],
                        "tagged": ["tagged-1"],
                        "anything": "value",
                        "when": "2020-01-10T20:00:00Z",
                        "parent": {
                            "kind": "thing",
                            "setting": None,
                            "label": "label-1",
                            "maybe": "maybe-1",
                            "point": [1.5, 1.5],
                            "tagged": ["tagged-1"],
                            "anything": "value",
                            "when": "2020-01-10T20:00:00Z",
                            "parent": {
                                "kind": "thing",
                                "setting": None,
                                "label": "label-1",
                                "point": [1.5, 1.5],
                                "anything": "value",
                            },
                        },
                    },
                },
            },
        ),
        refused=[
            {
                "what": "without the required field kind",
                "where": "json",
                "name": "kind",
                "value": None,
                "drop": True,
            },
            {
                "what": "field kind not one of ['thing']",
                "where": "json",
                "name": "kind",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "without the required field setting",
                "where": "json",
                "name": "setting",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required field label",
                "where": "json",
                "name": "label",
                "value": None,
                "drop": True,
            },
            {
                "what": "field maybe not a string",
                "where": "json",
                "name": "maybe",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without the required field point",
                "where": "json",
                "name": "point",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required field anything",
                "where": "json",
                "name": "anything",
                "value": None,
                "drop": True,
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.things.put(
            values[0],
            kind="thing",
            setting=None,
            label="label-1",
            point=[1.5, 1.5],
            anything="value",
        ),
    )
