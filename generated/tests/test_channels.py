"""Conformance tests for Channels, generated from the spec.

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
CHANNEL_LIST = {
    "flex_chat_channels": [
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "user_sid": "usersid-1",
            "task_sid": "tasksid-1",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        }
    ],
    "meta": {
        "page": 1,
        "page_size": 1,
        "first_page_url": "https://example.com/resource",
        "previous_page_url": None,
        "next_page_url": None,
        "url": "https://example.com/resource",
        "key": "flex_chat_channels",
    },
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
FLEX_CHANNEL = {
    "sid": "sid-1",
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "flex_flow_sid": "flexflowsid-1",
    "user_sid": "usersid-1",
    "task_sid": "tasksid-1",
    "date_created": "2020-01-10T20:00:00Z",
    "date_updated": "2020-01-10T20:00:00Z",
    "url": "https://example.com/resource",
}


def test_list(api: Harness) -> None:
    api.begin("listChannels", plan={"kind": "read"})
    api.respond(200, CHANNEL_LIST)
    result = api.call(
        lambda client: client.channels.list(
            page_size=1, page=api.sample_only(1), page_token=api.sample_only("PageToken-1")
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Channels",
            "query": [("PageSize", "1"), ("Page", "1"), ("PageToken", "PageToken-1")],
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
        pointer="/paths/~1Channels/get/responses/200/content/application~1json/schema",
        items="flex_chat_channels",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listChannels")
    api.expect_error(
        lambda client: client.channels.list(page_size=1, page=1, page_token="PageToken-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listChannels", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.channels.list(
            page_size=1, page=api.sample_only(1), page_token=api.sample_only("PageToken-1")
        ),
        first=CHANNEL_LIST,
        profile="twilio",
        items="flex_chat_channels",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/Channels",
            "query": [("PageSize", "1"), ("Page", "1"), ("PageToken", "PageToken-1")],
            "headers": {},
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        },
        pointer="/paths/~1Channels/get/responses/200/content/application~1json/schema",
        items="flex_chat_channels",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listChannels", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.channels.list(
            page_size=1, page=api.sample_only(1), page_token=api.sample_only("PageToken-1")
        ),
        refused=[
            {
                "what": "query parameter PageSize not a number",
                "where": "query",
                "name": "PageSize",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "query parameter PageSize below its minimum 1",
                "where": "query",
                "name": "PageSize",
                "value": "0",
                "drop": False,
            },
            {
                "what": "query parameter PageSize above its maximum 1000",
                "where": "query",
                "name": "PageSize",
                "value": "1001",
                "drop": False,
            },
            {
                "what": "query parameter Page not a number",
                "where": "query",
                "name": "Page",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "query parameter Page below its minimum 0",
                "where": "query",
                "name": "Page",
                "value": "-1",
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
        accepted=[
            {
                "what": "query parameter PageSize at its minimum 1",
                "where": "query",
                "name": "PageSize",
                "value": "1",
                "drop": False,
            },
            {
                "what": "query parameter PageSize at its maximum 1000",
                "where": "query",
                "name": "PageSize",
                "value": "1000",
                "drop": False,
            },
            {
                "what": "query parameter Page at its minimum 0",
                "where": "query",
                "name": "Page",
                "value": "0",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.channels.list(),
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createChannel",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "channels", "method": "delete", "args": [0], "field": ""},
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "channels", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "channels", "method": "list", "args": [], "field": "sid"},
            },
            "refs": {
                "flex_flow_sid": [
                    ("", [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}])
                ]
            },
        },
    )
    api.respond(201, FLEX_CHANNEL)
    result = api.call(
        lambda client: client.channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            target="Target-1",
            chat_unique_name=api.unique("ChatUniqueName-1"),
            pre_engagement_data="PreEngagementData-1",
            task_sid="TaskSid-1",
            task_attributes="TaskAttributes-1",
            long_lived=True,
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Channels",
            "query": [],
            "headers": {},
            "form": [
                ("FlexFlowSid", "FlexFlowSid-1"),
                ("Identity", "Identity-1"),
                ("ChatUserFriendlyName", "ChatUserFriendlyName-1"),
                ("ChatFriendlyName", "ChatFriendlyName-1"),
                ("Target", "Target-1"),
                ("ChatUniqueName", "ChatUniqueName-1"),
                ("PreEngagementData", "PreEngagementData-1"),
                ("TaskSid", "TaskSid-1"),
                ("TaskAttributes", "TaskAttributes-1"),
                ("LongLived", "true"),
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
        result, pointer="/paths/~1Channels/post/responses/201/content/application~1json/schema"
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createChannel")
    api.expect_error(
        lambda client: client.channels.create(
            flex_flow_sid="FlexFlowSid-1",
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            target="Target-1",
            chat_unique_name="ChatUniqueName-1",
            pre_engagement_data="PreEngagementData-1",
            task_sid="TaskSid-1",
            task_attributes="TaskAttributes-1",
            long_lived=True,
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createChannel",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "channels", "method": "delete", "args": [0], "field": ""},
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "channels", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "channels", "method": "list", "args": [], "field": "sid"},
            },
            "refs": {
                "flex_flow_sid": [
                    ("", [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}])
                ]
            },
        },
    )
    api.expect_limits(
        lambda client: client.channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            target="Target-1",
            chat_unique_name=api.unique("ChatUniqueName-1"),
            pre_engagement_data="PreEngagementData-1",
            task_sid="TaskSid-1",
            task_attributes="TaskAttributes-1",
            long_lived=True,
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
                "what": "without the required form field ChatUserFriendlyName",
                "where": "form",
                "name": "ChatUserFriendlyName",
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
                "what": "form field LongLived not a boolean",
                "where": "form",
                "name": "LongLived",
                "value": "not-a-boolean",
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
        accepted=[
            {
                "what": "form field ChatUserFriendlyName beyond ASCII",
                "where": "form",
                "name": "ChatUserFriendlyName",
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
        minimal=lambda client: client.channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchChannel",
        plan={
            "kind": "read",
            "find": [{"resource": "channels", "method": "list", "args": [], "field": "sid"}],
        },
    )
    api.respond(200, FLEX_CHANNEL)
    values = api.path(["ChannelSid-1"])
    result = api.call(lambda client: client.channels.fetch(values[0]))
    api.expect_request(
        {
            "method": "GET",
            "path": "/Channels/ChannelSid-1",
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
        pointer="/paths/~1Channels~1{ChannelSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchChannel")
    api.expect_error(
        lambda client: client.channels.fetch("ChannelSid-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchChannel",
        plan={
            "kind": "read",
            "find": [{"resource": "channels", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["ChannelSid-1"])
    api.expect_limits(
        lambda client: client.channels.fetch(values[0]),
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


def test_delete(api: Harness) -> None:
    api.begin(
        "deleteChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "channels",
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
                "gone": {"resource": "channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    api.respond(204, None)
    values = api.path(["ChannelSid-1"])
    result = api.call(lambda client: client.channels.delete(values[0]))
    api.expect_request(
        {
            "method": "DELETE",
            "path": "/Channels/ChannelSid-1",
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
    api.begin("deleteChannel")
    api.expect_error(
        lambda client: client.channels.delete("ChannelSid-1"),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_delete_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "deleteChannel",
        plan={
            "kind": "write",
            "make": [
                {
                    "resource": "channels",
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
                "gone": {"resource": "channels", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    values = api.path(["ChannelSid-1"])
    api.expect_limits(
        lambda client: client.channels.delete(values[0]),
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
