"""Conformance tests for Flex Flows, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listFlexFlows", writes=False)
    api.respond(
        200,
        {
            "flex_flows": [
                {
                    "sid": "sid-1",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "friendly_name": "friendlyname-1",
                    "chat_service_sid": "chatservicesid-1",
                    "channel_type": "web",
                    "contact_identity": "contactidentity-1",
                    "enabled": True,
                    "integration_type": "studio",
                    "integration": {"key": "value"},
                    "long_lived": True,
                    "janitor_enabled": True,
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
                "key": "flex_flows",
            },
        },
    )
    result = api.call(
        lambda client: client.flex_flows.list(
            friendly_name="FriendlyName-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/FlexFlows",
            "query": [
                ("FriendlyName", "FriendlyName-1"),
                ("PageSize", "1"),
                ("Page", "1"),
                ("PageToken", "PageToken-1"),
            ],
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
        "/paths/~1FlexFlows/get/responses/200/content/application~1json/schema",
        items="flex_flows",
    )


def test_create(api: Harness) -> None:
    api.begin("createFlexFlow", writes=True)
    api.respond(
        201,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendlyname-1",
            "chat_service_sid": "chatservicesid-1",
            "channel_type": "web",
            "contact_identity": "contactidentity-1",
            "enabled": True,
            "integration_type": "studio",
            "integration": {"key": "value"},
            "long_lived": True,
            "janitor_enabled": True,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
        lambda client: client.flex_flows.create(
            friendly_name="FriendlyName-1",
            chat_service_sid="ChatServiceSid-1",
            channel_type="web",
            contact_identity="ContactIdentity-1",
            enabled=True,
            integration_type="studio",
            integration_flow_sid="IntegrationFlowSid-1",
            integration_url="https://example.com/resource",
            integration_workspace_sid="IntegrationWorkspace-1",
            integration_workflow_sid="IntegrationWorkflowS-1",
            integration_channel="IntegrationChannel-1",
            long_lived=True,
            janitor_enabled=True,
            integration_creation_on_message=True,
            integration_priority=1,
            integration_retry_count=1,
            integration_timeout=1,
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/FlexFlows",
            "query": [],
            "headers": {},
            "form": [
                ("FriendlyName", "FriendlyName-1"),
                ("ChatServiceSid", "ChatServiceSid-1"),
                ("ChannelType", "web"),
                ("ContactIdentity", "ContactIdentity-1"),
                ("Enabled", "true"),
                ("IntegrationType", "studio"),
                ("Integration.FlowSid", "IntegrationFlowSid-1"),
                ("Integration.Url", "https://example.com/resource"),
                ("Integration.WorkspaceSid", "IntegrationWorkspace-1"),
                ("Integration.WorkflowSid", "IntegrationWorkflowS-1"),
                ("Integration.Channel", "IntegrationChannel-1"),
                ("LongLived", "true"),
                ("JanitorEnabled", "true"),
                ("Integration.CreationOnMessage", "true"),
                ("Integration.Priority", "1"),
                ("Integration.RetryCount", "1"),
                ("Integration.Timeout", "1"),
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
        result, "/paths/~1FlexFlows/post/responses/201/content/application~1json/schema"
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchFlexFlow", writes=False)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendlyname-1",
            "chat_service_sid": "chatservicesid-1",
            "channel_type": "web",
            "contact_identity": "contactidentity-1",
            "enabled": True,
            "integration_type": "studio",
            "integration": {"key": "value"},
            "long_lived": True,
            "janitor_enabled": True,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
        lambda client: client.flex_flows.fetch(
            "FlexFlowSid-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/FlexFlows/FlexFlowSid-1",
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
        "/paths/~1FlexFlows~1{FlexFlowSid}/get/responses/200/content/application~1json/schema",
    )


def test_update(api: Harness) -> None:
    api.begin("updateFlexFlow", writes=True)
    api.respond(
        200,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "friendly_name": "friendlyname-1",
            "chat_service_sid": "chatservicesid-1",
            "channel_type": "web",
            "contact_identity": "contactidentity-1",
            "enabled": True,
            "integration_type": "studio",
            "integration": {"key": "value"},
            "long_lived": True,
            "janitor_enabled": True,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
        lambda client: client.flex_flows.update(
            "FlexFlowSid-1",
            friendly_name="FriendlyName-1",
            chat_service_sid="ChatServiceSid-1",
            channel_type="web",
            contact_identity="ContactIdentity-1",
            enabled=True,
            integration_type="studio",
            integration_flow_sid="IntegrationFlowSid-1",
            integration_url="https://example.com/resource",
            integration_workspace_sid="IntegrationWorkspace-1",
            integration_workflow_sid="IntegrationWorkflowS-1",
            integration_channel="IntegrationChannel-1",
            integration_timeout=1,
            integration_priority=1,
            integration_creation_on_message=True,
            long_lived=True,
            janitor_enabled=True,
            integration_retry_count=1,
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/FlexFlows/FlexFlowSid-1",
            "query": [],
            "headers": {},
            "form": [
                ("FriendlyName", "FriendlyName-1"),
                ("ChatServiceSid", "ChatServiceSid-1"),
                ("ChannelType", "web"),
                ("ContactIdentity", "ContactIdentity-1"),
                ("Enabled", "true"),
                ("IntegrationType", "studio"),
                ("Integration.FlowSid", "IntegrationFlowSid-1"),
                ("Integration.Url", "https://example.com/resource"),
                ("Integration.WorkspaceSid", "IntegrationWorkspace-1"),
                ("Integration.WorkflowSid", "IntegrationWorkflowS-1"),
                ("Integration.Channel", "IntegrationChannel-1"),
                ("Integration.Timeout", "1"),
                ("Integration.Priority", "1"),
                ("Integration.CreationOnMessage", "true"),
                ("LongLived", "true"),
                ("JanitorEnabled", "true"),
                ("Integration.RetryCount", "1"),
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
        result,
        "/paths/~1FlexFlows~1{FlexFlowSid}/post/responses/200/content/application~1json/schema",
    )


def test_delete(api: Harness) -> None:
    api.begin("deleteFlexFlow", writes=True)
    api.respond(204, None)
    result = api.call(
        lambda client: client.flex_flows.delete(
            "FlexFlowSid-1",
        )
    )
    api.expect_request(
        {
            "method": "DELETE",
            "path": "/FlexFlows/FlexFlowSid-1",
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
