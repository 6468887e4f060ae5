"""Conformance tests for Interactions, generated from the spec.

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
INTERACTION = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
INTERACTION_CHANNEL_LIST = {
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
}
INTERACTION_CHANNEL = {
    "sid": "UOaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "interaction_sid": "KDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "type": "voice",
    "status": "setup",
    "error_code": 1,
    "error_message": "errormessage-1",
    "url": "https://example.com/resource",
    "links": {"key": "https://example.com/resource"},
}


def test_create(api: Harness) -> None:
    api.begin("createInteraction", plan={"kind": "account"})
    api.respond(200, INTERACTION)
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
        result, pointer="/paths/~1Interactions/post/responses/200/content/application~1json/schema"
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createInteraction")
    api.expect_error(
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
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createInteraction", plan={"kind": "account"})
    api.expect_limits(
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
        ),
        refused=[
            {
                "what": "without the required form field Channel",
                "where": "form",
                "name": "Channel",
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
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.interactions.create(
            channel={"type": "sms", "initiated_by": "agent", "properties": {"key": "value"}}
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchInteraction", plan={"kind": "read", "find": None})
    api.respond(200, INTERACTION)
    values = api.path(["InteractionSid-1"])
    result = api.call(lambda client: client.interactions.fetch(values[0]))
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
        pointer="/paths/~1Interactions~1{InteractionSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchInteraction")
    api.expect_error(
        lambda client: client.interactions.fetch("InteractionSid-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin("fetchInteraction", plan={"kind": "read", "find": None})
    values = api.path(["InteractionSid-1"])
    api.expect_limits(
        lambda client: client.interactions.fetch(values[0]),
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


def test_list_channels(api: Harness) -> None:
    api.begin("listInteractionChannels", plan={"kind": "read", "find": None})
    api.respond(200, INTERACTION_CHANNEL_LIST)
    values = api.path(["InteractionSid-1"])
    result = api.call(
        lambda client: client.interactions.list_channels(
            values[0],
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        pointer="/paths/~1Interactions~1{InteractionSid}~1Channels/get/responses/200/content/application~1json/schema",
        items="channels",
    )


def test_list_channels_answers_404(api: Harness) -> None:
    api.begin("listInteractionChannels")
    api.expect_error(
        lambda client: client.interactions.list_channels(
            "InteractionSid-1", page_size=1, page=1, page_token="PageToken-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_channels_walks_two_pages(api: Harness) -> None:
    api.begin("listInteractionChannels", plan={"kind": "read", "find": None})
    values = api.path(["InteractionSid-1"])
    items = api.walk(
        lambda client: client.interactions.list_channels(
            values[0],
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=INTERACTION_CHANNEL_LIST,
        profile="twilio",
        items="channels",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1Interactions~1{InteractionSid}~1Channels/get/responses/200/content/application~1json/schema",
        items="channels",
        result=items,
    )


def test_list_channels_at_the_spec_limits(api: Harness) -> None:
    api.begin("listInteractionChannels", plan={"kind": "read", "find": None})
    values = api.path(["InteractionSid-1"])
    api.expect_limits(
        lambda client: client.interactions.list_channels(
            values[0],
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        minimal=lambda client: client.interactions.list_channels(values[0]),
    )


def test_fetch_channel(api: Harness) -> None:
    api.begin("fetchInteractionChannel", plan={"kind": "read", "find": None})
    api.respond(200, INTERACTION_CHANNEL)
    values = api.path(["InteractionSid-1", "ChannelSid-1"])
    result = api.call(lambda client: client.interactions.fetch_channel(values[0], values[1]))
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
        pointer="/paths/~1Interactions~1{InteractionSid}~1Channels~1{ChannelSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_channel_answers_404(api: Harness) -> None:
    api.begin("fetchInteractionChannel")
    api.expect_error(
        lambda client: client.interactions.fetch_channel("InteractionSid-1", "ChannelSid-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_channel_at_the_spec_limits(api: Harness) -> None:
    api.begin("fetchInteractionChannel", plan={"kind": "read", "find": None})
    values = api.path(["InteractionSid-1", "ChannelSid-1"])
    api.expect_limits(
        lambda client: client.interactions.fetch_channel(values[0], values[1]),
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


def test_update_channel(api: Harness) -> None:
    api.begin("updateInteractionChannel", plan={"kind": "account", "find": None})
    api.respond(200, INTERACTION_CHANNEL)
    values = api.path(["InteractionSid-1", "ChannelSid-1"])
    result = api.call(
        lambda client: client.interactions.update_channel(
            values[0], values[1], status="closed", routing={"status": "closed"}
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
        pointer="/paths/~1Interactions~1{InteractionSid}~1Channels~1{ChannelSid}/post/responses/200/content/application~1json/schema",
    )


def test_update_channel_answers_400(api: Harness) -> None:
    api.begin("updateInteractionChannel")
    api.expect_error(
        lambda client: client.interactions.update_channel(
            "InteractionSid-1", "ChannelSid-1", status="closed", routing={"status": "closed"}
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_update_channel_at_the_spec_limits(api: Harness) -> None:
    api.begin("updateInteractionChannel", plan={"kind": "account", "find": None})
    values = api.path(["InteractionSid-1", "ChannelSid-1"])
    api.expect_limits(
        lambda client: client.interactions.update_channel(
            values[0], values[1], status="closed", routing={"status": "closed"}
        ),
        refused=[
            {
                "what": "without the required form field Status",
                "where": "form",
                "name": "Status",
                "value": None,
                "drop": True,
            },
            {
                "what": "form field Status not one of ['closed', 'inactive']",
                "where": "form",
                "name": "Status",
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
        minimal=lambda client: client.interactions.update_channel(
            values[0], values[1], status="closed"
        ),
    )
