"""Conformance tests for Orders, generated from the spec.

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
ORDER = {
    "id": "id-1",
    "total": {"amount": 1, "currency": "EUR"},
    "lines": [{"sku": "sku-1", "quantity": 1, "price": {"amount": 1, "currency": "EUR"}}],
}


def test_list(api: Harness) -> None:
    api.begin("listOrders", plan={"kind": "read"})
    api.respond(
        200,
        [
            {
                "id": "id-1",
                "total": {"amount": 1, "currency": "EUR"},
                "lines": [
                    {"sku": "sku-1", "quantity": 1, "price": {"amount": 1, "currency": "EUR"}}
                ],
            }
        ],
    )
    result = api.call(lambda client: client.orders.list())
    api.expect_request(
        {
            "method": "GET",
            "path": "/orders",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1orders/get/responses/200/content/application~1json/schema"
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listOrders")
    api.expect_error(
        lambda client: client.orders.list(),
        status=404,
        error_class="NotFoundError",
        body={"message": "not found"},
        parsed=None,
        documented=False,
    )


def test_create(api: Harness) -> None:
    api.begin("createOrder", plan={"kind": "account"})
    api.respond(201, ORDER)
    result = api.call(
        lambda client: client.orders.create(
            sku="sku-1", quantity=1, price={"amount": 1, "currency": "EUR"}
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/orders",
            "query": [],
            "headers": {},
            "json": {"sku": "sku-1", "quantity": 1, "price": {"amount": 1, "currency": "EUR"}},
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result, pointer="/paths/~1orders/post/responses/201/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createOrder")
    api.expect_error(
        lambda client: client.orders.create(
            sku="sku-1", quantity=1, price={"amount": 1, "currency": "EUR"}
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createOrder", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.orders.create(
            sku="sku-1", quantity=1, price={"amount": 1, "currency": "EUR"}
        ),
        refused=[
            {
                "what": "without the required field sku",
                "where": "json",
                "name": "sku",
                "value": None,
                "drop": True,
            },
            {
                "what": "field sku not a string",
                "where": "json",
                "name": "sku",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "without the required field quantity",
                "where": "json",
                "name": "quantity",
                "value": None,
                "drop": True,
            },
            {
                "what": "field quantity not a number",
                "where": "json",
                "name": "quantity",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "field quantity below its minimum 1",
                "where": "json",
                "name": "quantity",
                "value": 0,
                "drop": False,
            },
        ],
        accepted=[
            {
                "what": "field quantity at its minimum 1",
                "where": "json",
                "name": "quantity",
                "value": 1,
                "drop": False,
            }
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.orders.create(sku="sku-1", quantity=1),
    )


def test_get(api: Harness) -> None:
    api.begin(
        "getOrder",
        plan={
            "kind": "read",
            "find": [{"resource": "orders", "method": "list", "args": [], "field": "id"}],
        },
    )
    api.respond(200, ORDER)
    values = api.path(["ord_a"])
    result = api.call(lambda client: client.orders.get(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/orders/ord_a",
            "query": [],
            "headers": {},
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1orders~1{orderId}/get/responses/200/content/application~1json/schema",
    )


def test_get_answers_404(api: Harness) -> None:
    api.begin("getOrder")
    api.expect_error(
        lambda client: client.orders.get("ord_a"),
        status=404,
        error_class="NotFoundError",
        body={"message": "message-1"},
        parsed="Error",
    )
