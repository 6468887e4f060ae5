"""Conformance tests for Web Channels, generated from the spec.

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
WEB_CHANNEL = {
    "sid": "sid-1",
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "flex_flow_sid": "flexflowsid-1",
    "url": "https://example.com/resource",
    "date_created": "2020-01-10T20:00:00Z",
    "date_updated": "2020-01-10T20:00:00Z",
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}


def test_create(api: Harness) -> None:
    api.begin(
        "createWebChannel",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {
                "resource": "web_channels",
                "method": "delete",
                "args": [0],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
            },
            "refs": {
                "flex_flow_sid": [
                    ("", [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}])
                ]
            },
        },
    )
    api.respond(201, WEB_CHANNEL)
    result = api.call(
        lambda client: client.web_channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            customer_friendly_name="CustomerFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            chat_unique_name=api.unique("ChatUniqueName-1"),
            pre_engagement_data="PreEngagementData-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/WebChannels",
            "query": [],
            "headers": {},
            "form": [
                ("FlexFlowSid", "FlexFlowSid-1"),
                ("Identity", "Identity-1"),
                ("CustomerFriendlyName", "CustomerFriendlyName-1"),
                ("ChatFriendlyName", "ChatFriendlyName-1"),
                ("ChatUniqueName", "ChatUniqueName-1"),
                ("PreEngagementData", "PreEngagementData-1"),
            ],
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        }
    )
    api.check_result(
        result, pointer="/paths/~1WebChannels/post/responses/201/content/application~1json/schema"
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createWebChannel")
    api.expect_error(
        lambda client: client.web_channels.create(
            flex_flow_sid="FlexFlowSid-1",
            identity="Identity-1",
            customer_friendly_name="CustomerFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            chat_unique_name="ChatUniqueName-1",
            pre_engagement_data="PreEngagementData-1",
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createWebChannel",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {
                "resource": "web_channels",
                "method": "delete",
                "args": [0],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
            },
            "refs": {
                "flex_flow_sid": [
                    ("", [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}])
                ]
            },
        },
    )
    api.expect_limits(
        lambda client: client.web_channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            customer_friendly_name="CustomerFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            chat_unique_name=api.unique("ChatUniqueName-1"),
            pre_engagement_data="PreEngagementData-1",
        ),
        refused=[
            {
                "what": "without the required form field FlexFlowSid",
                "where": "form",
                "name": "FlexFlowSid",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field Identity",
                "where": "form",
                "name": "Identity",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field CustomerFriendlyName",
                "where": "form",
                "name": "CustomerFriendlyName",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field ChatFriendlyName",
                "where": "form",
                "name": "ChatFriendlyName",
                "value": None,
                "drop": True,
            },
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {
                        "where": "header",
                        "name": "Authorization",
                        "value": "Basic d3Jvbmc6Y3JlZGVudGlhbA==",
                    }
                ],
            },
        ],
        accepted=[
            {
                "what": "form field CustomerFriendlyName beyond ASCII",
                "where": "form",
                "name": "CustomerFriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
            {
                "what": "form field ChatFriendlyName beyond ASCII",
                "where": "form",
                "name": "ChatFriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.web_channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            customer_friendly_name="CustomerFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchWebChannel",
        plan={
            "kind": "read",
            "find": None,
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [{"resource": "web_channels", "method": "delete", "args": [0], "field": ""}],
        },
    )
    api.respond(200, WEB_CHANNEL)
    values = api.path(["ChannelSid-1"])
    result = api.call(lambda client: client.web_channels.fetch(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/WebChannels/ChannelSid-1",
            "query": [],
            "headers": {},
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1WebChannels~1{ChannelSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchWebChannel")
    api.expect_error(
        lambda client: client.web_channels.fetch("ChannelSid-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchWebChannel",
        plan={
            "kind": "read",
            "find": None,
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [{"resource": "web_channels", "method": "delete", "args": [0], "field": ""}],
        },
    )
    values = api.path(["ChannelSid-1"])
    api.expect_limits(
        lambda client: client.web_channels.fetch(values[0]),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {
                        "where": "header",
                        "name": "Authorization",
                        "value": "Basic d3Jvbmc6Y3JlZGVudGlhbA==",
                    }
                ],
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
    )


def test_update(api: Harness) -> None:
    api.begin(
        "updateWebChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [{"resource": "web_channels", "method": "delete", "args": [0], "field": ""}],
            "after": {
                "same": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    api.respond(200, WEB_CHANNEL)
    values = api.path(["ChannelSid-1"])
    result = api.call(
        lambda client: client.web_channels.update(
            values[0],
            chat_status="inactive",
            post_engagement_data=api.unique("PostEngagementData-1"),
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/WebChannels/ChannelSid-1",
            "query": [],
            "headers": {},
            "form": [("ChatStatus", "inactive"), ("PostEngagementData", "PostEngagementData-1")],
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        }
    )
    api.check_result(
        result,
        pointer="/paths/~1WebChannels~1{ChannelSid}/post/responses/200/content/application~1json/schema",
    )
    api.expect_state(result)


def test_update_answers_400(api: Harness) -> None:
    api.begin("updateWebChannel")
    api.expect_error(
        lambda client: client.web_channels.update(
            "ChannelSid-1", chat_status="inactive", post_engagement_data="PostEngagementData-1"
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_update_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "updateWebChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [{"resource": "web_channels", "method": "delete", "args": [0], "field": ""}],
            "after": {
                "same": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    values = api.path(["ChannelSid-1"])
    api.expect_limits(
        lambda client: client.web_channels.update(
            values[0],
            chat_status="inactive",
            post_engagement_data=api.unique("PostEngagementData-1"),
        ),
        refused=[
            {
                "what": "form field ChatStatus not one of ['inactive']",
                "where": "form",
                "name": "ChatStatus",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {
                        "where": "header",
                        "name": "Authorization",
                        "value": "Basic d3Jvbmc6Y3JlZGVudGlhbA==",
                    }
                ],
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.web_channels.update(values[0]),
    )


def test_delete(api: Harness) -> None:
    api.begin(
        "deleteWebChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [None],
            "after": {
                "gone": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    api.respond(204, None)
    values = api.path(["ChannelSid-1"])
    result = api.call(lambda client: client.web_channels.delete(values[0]))
    api.expect_request(
        {
            "method": "DELETE",
            "path": "/WebChannels/ChannelSid-1",
            "query": [],
            "headers": {},
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        }
    )
    api.check_result(result, pointer="")
    api.expect_state(result)


def test_delete_answers_400(api: Harness) -> None:
    api.begin("deleteWebChannel")
    api.expect_error(
        lambda client: client.web_channels.delete("ChannelSid-1"),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_delete_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "deleteWebChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "web_channels",
                    "method": "create",
                    "args": [],
                    "field": "sid",
                    "refs": {
                        "flex_flow_sid": [
                            (
                                "",
                                [
                                    {
                                        "resource": "flex_flows",
                                        "method": "list",
                                        "args": [],
                                        "field": "sid",
                                    }
                                ],
                            )
                        ]
                    },
                }
            ],
            "undo": [None],
            "after": {
                "gone": {"resource": "web_channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    values = api.path(["ChannelSid-1"])
    api.expect_limits(
        lambda client: client.web_channels.delete(values[0]),
        refused=[
            {
                "what": "without credentials",
                "where": "credentials",
                "name": "",
                "value": [{"where": "header", "name": "Authorization"}],
            },
            {
                "what": "with wrong credentials",
                "where": "credentials",
                "name": "",
                "value": [
                    {
                        "where": "header",
                        "name": "Authorization",
                        "value": "Basic d3Jvbmc6Y3JlZGVudGlhbA==",
                    }
                ],
            },
        ],
        accepted=[],
        secret_names=("Authorization",),
    )
