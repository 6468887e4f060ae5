"""Conformance tests for Channels, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listChannels", writes=False)
    api.respond(
        200,
        {
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
        },
    )
    result = api.call(
        lambda client: client.channels.list(
            page_size=1,
            page=1,
            page_token="PageToken-1",
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
        "/paths/~1Channels/get/responses/200/content/application~1json/schema",
        items="flex_chat_channels",
    )


def test_create(api: Harness) -> None:
    api.begin("createChannel", writes=True)
    api.respond(
        201,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "user_sid": "usersid-1",
            "task_sid": "tasksid-1",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
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
        result, "/paths/~1Channels/post/responses/201/content/application~1json/schema"
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchChannel", writes=False)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "user_sid": "usersid-1",
            "task_sid": "tasksid-1",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
        lambda client: client.channels.fetch(
            "ChannelSid-1",
        )
    )
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
        result, "/paths/~1Channels~1{ChannelSid}/get/responses/200/content/application~1json/schema"
    )


def test_delete(api: Harness) -> None:
    api.begin("deleteChannel", writes=True)
    api.respond(204, None)
    result = api.call(
        lambda client: client.channels.delete(
            "ChannelSid-1",
        )
    )
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
    api.check_result(result, "")
