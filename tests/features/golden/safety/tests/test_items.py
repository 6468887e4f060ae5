"""Conformance tests for Items, generated from the spec.

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
LIST_ITEMS_RESPONSE = {"data": [{"id": "id-1", "name": "name-1"}]}
ERROR_404 = {"message": "not found"}
ITEM = {"id": "id-1", "name": "name-1"}
ERROR_400 = {"message": "bad request"}


def test_list(api: Harness) -> None:
    api.begin("listItems", plan={"kind": "read"})
    api.respond(200, LIST_ITEMS_RESPONSE)
    result = api.call(lambda client: client.items.list(prefs="prefs-1"))
    api.expect_request(
        {
            "method": "GET",
            "path": "/items",
            "query": [],
            "headers": {},
            "cookies": {"prefs": "prefs-1"},
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1items/get/responses/200/content/application~1json/schema",
        items="data",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listItems")
    api.expect_error(
        lambda client: client.items.list(prefs="prefs-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listItems", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.items.list(prefs="prefs-1"),
        first=LIST_ITEMS_RESPONSE,
        profile="next-link",
        items="data",
        next_path=["next"],
        cursor_param="",
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/items",
            "query": [],
            "headers": {},
            "cookies": {"prefs": "prefs-1"},
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        },
        pointer="/paths/~1items/get/responses/200/content/application~1json/schema",
        items="data",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listItems", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.items.list(prefs="prefs-1"),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key", "value": "wrong-credential"}],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key"),
        minimal=lambda client: client.items.list(),
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createItem",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "items", "method": "delete", "args": [0], "field": ""},
            "created_field": "id",
            "after": {
                "fetch": {"resource": "items", "method": "get", "args": [0], "field": ""},
                "field": "id",
                "list": {"resource": "items", "method": "list", "args": [], "field": "id"},
            },
        },
    )
    api.respond(201, ITEM)
    result = api.call(
        lambda client: client.items.create(idempotency_key="IdempotencyKey-1", name="name-1")
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/items",
            "query": [],
            "headers": {"Idempotency-Key": "IdempotencyKey-1"},
            "json": {"name": "name-1"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1items/post/responses/201/content/application~1json/schema"
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createItem")
    api.expect_error(
        lambda client: client.items.create(idempotency_key="IdempotencyKey-1", name="name-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createItem",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "items", "method": "delete", "args": [0], "field": ""},
            "created_field": "id",
            "after": {
                "fetch": {"resource": "items", "method": "get", "args": [0], "field": ""},
                "field": "id",
                "list": {"resource": "items", "method": "list", "args": [], "field": "id"},
            },
        },
    )
    api.expect_limits(
        lambda client: client.items.create(idempotency_key="IdempotencyKey-1", name="name-1"),
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
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key", "value": "wrong-credential"}],
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
        secret_names=("Authorization", "X-Api-Key", "api_key"),
        minimal=lambda client: client.items.create(name="name-1"),
    )


def test_get(api: Harness) -> None:
    api.begin(
        "getItem",
        plan={
            "kind": "read",
            "find": [{"resource": "items", "method": "list", "args": [], "field": "id"}],
        },
    )
    api.respond(200, ITEM)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.items.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/items/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1items~1{id}/get/responses/200/content/application~1json/schema"
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getItem")
    api.expect_error(
        lambda client: client.items.get("id-1"),
        status=404,
        error_class="NotFoundError",
        body=ERROR_404,
        parsed=None,
        documented=False,
    )


def test_get_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "getItem",
        plan={
            "kind": "read",
            "find": [{"resource": "items", "method": "list", "args": [], "field": "id"}],
        },
    )
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.items.get(values[0]),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key", "value": "wrong-credential"}],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key"),
    )


def test_replace(api: Harness) -> None:
    api.begin(
        "replaceItem",
        plan={
            "kind": "write",
            "make": [{"resource": "items", "method": "create", "args": [], "field": "id"}],
            "undo": [{"resource": "items", "method": "delete", "args": [0], "field": ""}],
            "after": {"same": {"resource": "items", "method": "get", "args": [0], "field": ""}},
        },
    )
    api.respond(200, ITEM)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.items.replace(values[0], name=api.unique("name-1")))
    api.expect_request(
        {
            "method": "PUT",
            "path": "/items/id-1",
            "query": [],
            "headers": {},
            "json": {"name": "name-1"},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1items~1{id}/put/responses/200/content/application~1json/schema"
    )
    api.expect_state(result)


def test_replace_answers_400(api: Harness) -> None:
    api.begin("replaceItem")
    api.expect_error(
        lambda client: client.items.replace("id-1", name="name-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_replace_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "replaceItem",
        plan={
            "kind": "write",
            "make": [{"resource": "items", "method": "create", "args": [], "field": "id"}],
            "undo": [{"resource": "items", "method": "delete", "args": [0], "field": ""}],
            "after": {"same": {"resource": "items", "method": "get", "args": [0], "field": ""}},
        },
    )
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.items.replace(values[0], name=api.unique("name-1")),
        refused=[
            {
                "what": "field name not a string",
                "where": "json",
                "name": "name",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key", "value": "wrong-credential"}],
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
        secret_names=("Authorization", "X-Api-Key", "api_key"),
    )


def test_delete(api: Harness) -> None:
    api.begin(
        "deleteItem",
        plan={
            "kind": "write",
            "make": [{"resource": "items", "method": "create", "args": [], "field": "id"}],
            "undo": [None],
            "after": {"gone": {"resource": "items", "method": "get", "args": [0], "field": ""}},
        },
    )
    api.respond(204, None)
    values = api.path(["id-1"])
    result = api.call(lambda client: client.items.delete(values[0]))
    api.expect_request(
        {
            "method": "DELETE",
            "path": "/items/id-1",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [("api_key", "test-query-key")], "cookies": {}},
        }
    )
    api.check_result(result, pointer="")
    api.expect_state(result)


def test_delete_answers_400(api: Harness) -> None:
    api.begin("deleteItem")
    api.expect_error(
        lambda client: client.items.delete("id-1"),
        status=400,
        error_class="BadRequestError",
        body=ERROR_400,
        parsed=None,
        documented=False,
    )


def test_delete_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "deleteItem",
        plan={
            "kind": "write",
            "make": [{"resource": "items", "method": "create", "args": [], "field": "id"}],
            "undo": [None],
            "after": {"gone": {"resource": "items", "method": "get", "args": [0], "field": ""}},
        },
    )
    values = api.path(["id-1"])
    api.expect_limits(
        lambda client: client.items.delete(values[0]),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "query", "name": "api_key", "value": "wrong-credential"}],
            },
        ],
        accepted=[],
        secret_names=("Authorization", "X-Api-Key", "api_key"),
    )
