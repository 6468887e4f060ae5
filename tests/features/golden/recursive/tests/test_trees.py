"""Conformance tests for Trees, generated from the spec.

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
    api.begin("getTree", plan={"kind": "read", "find": None})
    api.respond(
        200,
        {
            "name": "name-1",
            "children": [
                {
                    "name": "name-1",
                    "children": [{"name": "name-1", "children": []}],
                    "parent": {
                        "name": "name-1",
                        "children": [],
                        "parent": {"name": "name-1", "children": []},
                    },
                }
            ],
            "parent": {
                "name": "name-1",
                "children": [
                    {"name": "name-1", "children": [], "parent": {"name": "name-1", "children": []}}
                ],
                "parent": {
                    "name": "name-1",
                    "children": [{"name": "name-1", "children": []}],
                    "parent": {
                        "name": "name-1",
                        "children": [],
                        "parent": {"name": "name-1", "children": []},
                    },
                },
            },
        },
    )
    values = api.path(["id-1"])
    result = api.call(lambda client: client.trees.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/trees/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1trees~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getTree")
    api.expect_error(
        lambda client: client.trees.get("id-1"),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_plant(api: Harness) -> None:
    api.begin("plantTree", plan={"kind": "account", "find": None})
    api.respond(204, None)
    values = api.path(["id-1"])
    result = api.call(
        lambda client: client.trees.plant(
            values[0],
            name="name-1",
            children=[
                {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                }
            ],
            parent={
                "name": "name-1",
                "children": [
                    {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    }
                ],
                "parent": {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                },
            },
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/trees/id-1",
            "query": [],
            "headers": {},
            "json": {
                "name": "name-1",
                "children": [
                    {
                        "name": "name-1",
                        "children": [
                            {
                                "name": "name-1",
                                "children": [],
                                "parent": {"name": "name-1", "children": []},
                            }
                        ],
                        "parent": {
                            "name": "name-1",
                            "children": [{"name": "name-1", "children": []}],
                            "parent": {
                                "name": "name-1",
                                "children": [],
                                "parent": {"name": "name-1", "children": []},
                            },
                        },
                    }
                ],
                "parent": {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [{"name": "name-1", "children": []}],
                            "parent": {
                                "name": "name-1",
                                "children": [],
                                "parent": {"name": "name-1", "children": []},
                            },
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [
                            {
                                "name": "name-1",
                                "children": [],
                                "parent": {"name": "name-1", "children": []},
                            }
                        ],
                        "parent": {
                            "name": "name-1",
                            "children": [{"name": "name-1", "children": []}],
                            "parent": {
                                "name": "name-1",
                                "children": [],
                                "parent": {"name": "name-1", "children": []},
                            },
                        },
                    },
                },
            },
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_plant_answers_400(api: Harness) -> None:
    api.begin("plantTree")
    api.expect_error(
        lambda client: client.trees.plant(
            "id-1",
            name="name-1",
            children=[
                {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                }
            ],
            parent={
                "name": "name-1",
                "children": [
                    {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    }
                ],
                "parent": {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
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


def test_plant_at_the_spec_limits(api: Harness) -> None:
    api.begin("plantTree", plan={"kind": "account", "find": None})
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.trees.plant(
            values[0],
            name="name-1",
            children=[
                {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                }
            ],
            parent={
                "name": "name-1",
                "children": [
                    {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    }
                ],
                "parent": {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                },
            },
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
                "what": "without the required field children",
                "where": "json",
                "name": "children",
                "value": None,
                "drop": True,
            },
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
        minimal=lambda client: client.trees.plant(
            values[0],
            name="name-1",
            children=[
                {
                    "name": "name-1",
                    "children": [
                        {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        }
                    ],
                    "parent": {
                        "name": "name-1",
                        "children": [{"name": "name-1", "children": []}],
                        "parent": {
                            "name": "name-1",
                            "children": [],
                            "parent": {"name": "name-1", "children": []},
                        },
                    },
                }
            ],
        ),
    )
