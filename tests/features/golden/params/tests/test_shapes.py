"""Conformance tests for Shapes, generated from the spec.

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


def test_put(api: Harness) -> None:
    api.begin("putShape", plan={"kind": "account", "find": None})
    api.respond(204, None)
    values = api.path([{"kind": "kind-1", "size": 1}])
    result = api.call(
        lambda client: client.shapes.put(
            values[0],
            x_shape={"kind": "kind-1"},
            shape_pref={"color": "color-1"},
            label="label-1",
            tags=["tags-1"],
        )
    )
    api.expect_request(
        {
            "method": "PUT",
            "path": "/shapes/kind,kind-1,size,1",
            "query": [],
            "headers": {"X-Shape": "kind,kind-1"},
            "cookies": {"shape_pref": "color%2Ccolor-1"},
            "multipart": [("label", None, None, "label-1"), ("tags", None, None, "tags-1")],
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_put_answers_400(api: Harness) -> None:
    api.begin("putShape")
    api.expect_error(
        lambda client: client.shapes.put(
            {"kind": "kind-1", "size": 1},
            x_shape={"kind": "kind-1"},
            shape_pref={"color": "color-1"},
            label="label-1",
            tags=["tags-1"],
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_put_at_the_spec_limits(api: Harness) -> None:
    api.begin("putShape", plan={"kind": "account", "find": None})
    values = api.path([{"kind": "kind-1", "size": 1}])
    api.expect_limits(
        lambda client: client.shapes.put(
            values[0],
            x_shape={"kind": "kind-1"},
            shape_pref={"color": "color-1"},
            label="label-1",
            tags=["tags-1"],
        ),
        refused=[],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.shapes.put(values[0]),
    )
