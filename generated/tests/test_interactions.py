"""Conformance tests for Interactions, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_create(api: Harness) -> None:
    api.begin("createInteraction", writes=True)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "channel": {"key": "value"},
            "routing": {"key": "value"},
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
            "links": {"key": "value"},
            "interaction_context_sid": "HQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "webhook_ttid": "webhookttid-1",
        },
    )
    result = api.call(
        lambda client: client.interactions.create(
            channel={"type": "sms", "initiated_by": "agent", "properties": {"key": "value"}},
            routing={
                "properties": {
                    "workspace_sid": "workspacesid-1",
                    "workflow_sid": "workflowsid-1",
                    "task_channel_unique_name": "taskchanneluniquenam-1",
                    "attributes": {"key": "value"},
                }
            },
            interaction_context_sid="HQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            webhook_ttid="WebhookTtid-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Interactions",
            "query": [],
            "headers": {},
            "form": [
                ("Channel", '{"type":"sms","initiated_by":"agent","properties":{"key":"value"}}'),
                (
                    "Routing",
                    '{"properties":{"workspace_sid":"workspacesid-1","workflow_sid":"workflowsid-1","task_channel_unique_name":"taskchanneluniquenam-1","attributes":{"key":"value"}}}',
                ),
                ("InteractionContextSid", "HQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                ("WebhookTtid", "WebhookTtid-1"),
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
        result, "/paths/~1Interactions/post/responses/200/content/application~1json/schema"
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchInteraction", writes=False)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "channel": {"key": "value"},
            "routing": {"key": "value"},
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
            "links": {"key": "value"},
            "interaction_context_sid": "HQaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "webhook_ttid": "webhookttid-1",
        },
    )
    result = api.call(
        lambda client: client.interactions.fetch(
            "InteractionSid-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Interactions/InteractionSid-1",
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
        "/paths/~1Interactions~1{InteractionSid}/get/responses/200/content/application~1json/schema",
    )


def test_list_channels(api: Harness) -> None:
    api.begin("listInteractionChannels", writes=False)
    api.respond(
        200,
        {
            "channels": [
                {
                    "sid": "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "interaction_sid": "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "type": "voice",
                    "status": "setup",
                    "error_code": 1,
                    "error_message": "errormessage-1",
                    "url": "https://example.com/resource",
                    "links": {"key": "https://example.com/resource"},
                }
            ],
            "meta": {
                "page": 1,
                "page_size": 1,
                "first_page_url": "https://example.com/resource",
                "previous_page_url": None,
                "next_page_url": None,
                "url": "https://example.com/resource",
                "key": "channels",
            },
        },
    )
    result = api.call(
        lambda client: client.interactions.list_channels(
            "InteractionSid-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Interactions/InteractionSid-1/Channels",
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
        "/paths/~1Interactions~1{InteractionSid}~1Channels/get/responses/200/content/application~1json/schema",
        items="channels",
    )


def test_fetch_channel(api: Harness) -> None:
    api.begin("fetchInteractionChannel", writes=False)
    api.respond(
        200,
        {
            "sid": "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "interaction_sid": "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "type": "voice",
            "status": "setup",
            "error_code": 1,
            "error_message": "errormessage-1",
            "url": "https://example.com/resource",
            "links": {"key": "https://example.com/resource"},
        },
    )
    result = api.call(
        lambda client: client.interactions.fetch_channel(
            "InteractionSid-1",
            "ChannelSid-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Interactions/InteractionSid-1/Channels/ChannelSid-1",
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
        "/paths/~1Interactions~1{InteractionSid}~1Channels~1{ChannelSid}/get/responses/200/content/application~1json/schema",
    )


def test_update_channel(api: Harness) -> None:
    api.begin("updateInteractionChannel", writes=True)
    api.respond(
        200,
        {
            "sid": "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "interaction_sid": "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "type": "voice",
            "status": "setup",
            "error_code": 1,
            "error_message": "errormessage-1",
            "url": "https://example.com/resource",
            "links": {"key": "https://example.com/resource"},
        },
    )
    result = api.call(
        lambda client: client.interactions.update_channel(
            "InteractionSid-1",
            "ChannelSid-1",
            status="closed",
            routing={"status": "closed"},
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Interactions/InteractionSid-1/Channels/ChannelSid-1",
            "query": [],
            "headers": {},
            "form": [("Status", "closed"), ("Routing", '{"status":"closed"}')],
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
        "/paths/~1Interactions~1{InteractionSid}~1Channels~1{ChannelSid}/post/responses/200/content/application~1json/schema",
    )
