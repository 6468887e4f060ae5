"""Conformance tests for Web Channels, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_create(api: Harness) -> None:
    api.begin("createWebChannel", writes=True)
    api.respond(
        201,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "url": "https://example.com/resource",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
        },
    )
    result = api.call(
        lambda client: client.web_channels.create(
            flex_flow_sid="FlexFlowSid-1",
            identity="Identity-1",
            customer_friendly_name="CustomerFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            chat_unique_name="ChatUniqueName-1",
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
        result, "/paths/~1WebChannels/post/responses/201/content/application~1json/schema"
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchWebChannel", writes=False)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "url": "https://example.com/resource",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
        },
    )
    result = api.call(
        lambda client: client.web_channels.fetch(
            "ChannelSid-1",
        )
    )
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
        "/paths/~1WebChannels~1{ChannelSid}/get/responses/200/content/application~1json/schema",
    )


def test_update(api: Harness) -> None:
    api.begin("updateWebChannel", writes=True)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "url": "https://example.com/resource",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
        },
    )
    result = api.call(
        lambda client: client.web_channels.update(
            "ChannelSid-1",
            chat_status="inactive",
            post_engagement_data="PostEngagementData-1",
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
        "/paths/~1WebChannels~1{ChannelSid}/post/responses/200/content/application~1json/schema",
    )


def test_delete(api: Harness) -> None:
    api.begin("deleteWebChannel", writes=True)
    api.respond(204, None)
    result = api.call(
        lambda client: client.web_channels.delete(
            "ChannelSid-1",
        )
    )
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
    api.check_result(result, "")
