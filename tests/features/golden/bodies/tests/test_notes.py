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

# Answers more than one test sends.
ERROR_400 = {"message": "bad request"}


def test_add(api: Harness) -> None:
    api.begin("addNote", plan={"kind": "account"})
    api.respond(204, None)
    result = api.call(lambda client: client.notes.add(body="text-content"))
    api.expect_request(
        {
            "method": "POST",
            "path": "/notes",
            "query": [],
            "headers": {},
            "content": "text-content",
            "content_type": "text/plain",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")


def test_add_answers_400(api: Harness) -> None:
    api.begin("addNote")
    api.expect_error(
        lambda client: client.notes.add(body="text-content"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_patch(api: Harness) -> None:
    api.begin("patchNote", plan={"kind": "account", "find": None})
    api.respond(200, {"title": "title-1"})
    values = api.path(["id-1"])
    result = api.call(lambda client: client.notes.patch(values[0], title="title-1"))
    api.expect_request(
        {
            "method": "PATCH",
            "path": "/notes/id-1",
            "query": [],
            "headers": {},
            "json": {"title": "title-1"},
            "content_type": "application/merge-patch+json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1notes~1{id}/patch/responses/200/content/application~1json/schema"
    )


def test_patch_answers_400(api: Harness) -> None:
    api.begin("patchNote")
    api.expect_error(
        lambda client: client.notes.patch("id-1", title="title-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_patch_at_the_spec_limits(api: Harness) -> None:
    api.begin("patchNote", plan={"kind": "account", "find": None})
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.notes.patch(values[0], title="title-1"),
        refused=[
            {
                "what": "field title not a string",
                "where": "json",
                "name": "title",
                "value": 12345,
                "drop": False,
            }
        ],
        accepted=[
            {
                "what": "field title beyond ASCII",
                "where": "json",
                "name": "title",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
    )
