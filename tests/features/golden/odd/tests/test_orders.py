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


def test_create(api: Harness) -> None:
    api.begin("CreateOrder", plan={"kind": "account"})
    api.respond(
        200,
        {
            "OrderId": "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
            "Tag": "Tag-1",
            "Placed": "2020-01-10T20:00:00Z",
            "Side": "Side-1",
            "Name": "a",
            "Code": "Code-1xxxxxxxxxxxxxxxxxxxxxxxxxx",
            "Path": "$aa",
            "Notes": {},
        },
    )
    result = api.call(
        lambda client: client.orders.create(
            x_amz_target="Shop.CreateOrder",
            order_id="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
            tag="Tag-1",
            placed="2020-01-10T20:00:00Z",
            side="Side-1",
            name="a",
            code="Code-1xxxxxxxxxxxxxxxxxxxxxxxxxx",
            path="$aa",
            notes={},
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/",
            "query": [],
            "headers": {"X-Amz-Target": "Shop.CreateOrder"},
            "json": {
                "OrderId": "aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
                "Tag": "Tag-1",
                "Placed": "2020-01-10T20:00:00Z",
                "Side": "Side-1",
                "Name": "a",
                "Code": "Code-1xxxxxxxxxxxxxxxxxxxxxxxxxx",
                "Path": "$aa",
                "Notes": {},
            },
            "content_type": "application/json",
            "auth": {"headers": {}, "query": [], "cookies": {}},
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1#X-Amz-Target=Shop.CreateOrder/post/responses/200/content/application~1json/schema",
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("CreateOrder")
    api.expect_error(
        lambda client: client.orders.create(
            x_amz_target="Shop.CreateOrder",
            order_id="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
            tag="Tag-1",
            placed="2020-01-10T20:00:00Z",
            side="Side-1",
            name="a",
            code="Code-1xxxxxxxxxxxxxxxxxxxxxxxxxx",
            path="$aa",
            notes={},
        ),
        status=400,
        error_class="BadRequestError",
        body={"message": "bad request"},
        parsed=None,
        documented=False,
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("CreateOrder", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.orders.create(
            x_amz_target="Shop.CreateOrder",
            order_id="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
            tag="Tag-1",
            placed="2020-01-10T20:00:00Z",
            side="Side-1",
            name="a",
            code="Code-1xxxxxxxxxxxxxxxxxxxxxxxxxx",
            path="$aa",
            notes={},
        ),
        refused=[
            {
                "what": "without the required header X-Amz-Target",
                "where": "header",
                "name": "X-Amz-Target",
                "value": None,
                "drop": True,
            },
            {
                "what": "header X-Amz-Target not one of ['Shop.CreateOrder']",
                "where": "header",
                "name": "X-Amz-Target",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "without the required field OrderId",
                "where": "json",
                "name": "OrderId",
                "value": None,
                "drop": True,
            },
            {
                "what": "field OrderId not a string",
                "where": "json",
                "name": "OrderId",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field OrderId longer than 36 characters",
                "where": "json",
                "name": "OrderId",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field OrderId shorter than 36 characters",
                "where": "json",
                "name": "OrderId",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "without the required field Tag",
                "where": "json",
                "name": "Tag",
                "value": None,
                "drop": True,
            },
            {
                "what": "field Tag not a string",
                "where": "json",
                "name": "Tag",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field Tag shorter than 3 characters",
                "where": "json",
                "name": "Tag",
                "value": "xx",
                "drop": False,
            },
            {
                "what": "field Side not a string",
                "where": "json",
                "name": "Side",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field Name not a string",
                "where": "json",
                "name": "Name",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field Code not a string",
                "where": "json",
                "name": "Code",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field Code longer than 32 characters",
                "where": "json",
                "name": "Code",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field Code shorter than 32 characters",
                "where": "json",
                "name": "Code",
                "value": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "drop": False,
            },
            {
                "what": "field Path not a string",
                "where": "json",
                "name": "Path",
                "value": 12345,
                "drop": False,
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.orders.create(
            x_amz_target="Shop.CreateOrder",
            order_id="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa",
            tag="Tag-1",
        ),
    )
