"""Conformance tests for Flex Flows, generated from the spec.

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
FLEX_FLOW_LIST = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
FLEX_FLOW = {
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


def test_list(api: Harness) -> None:
    api.begin("listFlexFlows", plan={"kind": "read"})
    api.respond(200, FLEX_FLOW_LIST)
    result = api.call(
        lambda client: client.flex_flows.list(
            friendly_name=api.sample_only("FriendlyName-1"),
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        pointer="/paths/~1FlexFlows/get/responses/200/content/application~1json/schema",
        items="flex_flows",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listFlexFlows")
    api.expect_error(
        lambda client: client.flex_flows.list(
            friendly_name="FriendlyName-1", page_size=1, page=1, page_token="PageToken-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listFlexFlows", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.flex_flows.list(
            friendly_name=api.sample_only("FriendlyName-1"),
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=FLEX_FLOW_LIST,
        profile="twilio",
        items="flex_flows",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1FlexFlows/get/responses/200/content/application~1json/schema",
        items="flex_flows",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listFlexFlows", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.flex_flows.list(
            friendly_name=api.sample_only("FriendlyName-1"),
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
                "what": "query parameter FriendlyName beyond ASCII",
                "where": "query",
                "name": "FriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
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
        minimal=lambda client: client.flex_flows.list(),
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createFlexFlow",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {
                "resource": "flex_flows",
                "method": "delete",
                "args": [0],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "flex_flows", "method": "list", "args": [], "field": "sid"},
            },
        },
    )
    api.respond(201, FLEX_FLOW)
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
        result, pointer="/paths/~1FlexFlows/post/responses/201/content/application~1json/schema"
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createFlexFlow")
    api.expect_error(
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
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createFlexFlow",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {
                "resource": "flex_flows",
                "method": "delete",
                "args": [0],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "flex_flows", "method": "list", "args": [], "field": "sid"},
            },
        },
    )
    api.expect_limits(
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
        ),
        refused=[
            {
                "what": "without the required form field FriendlyName",
                "where": "form",
                "name": "FriendlyName",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field ChatServiceSid",
                "where": "form",
                "name": "ChatServiceSid",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field ChannelType",
                "where": "form",
                "name": "ChannelType",
                "value": None,
                "drop": True,
            },
            {
                "what": "form field ChannelType not one of ['web', 'sms', 'facebook', 'whatsapp', 'line', 'custom']",
                "where": "form",
                "name": "ChannelType",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "form field Enabled not a boolean",
                "where": "form",
                "name": "Enabled",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field IntegrationType not one of ['studio', 'external', 'task']",
                "where": "form",
                "name": "IntegrationType",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "form field LongLived not a boolean",
                "where": "form",
                "name": "LongLived",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field JanitorEnabled not a boolean",
                "where": "form",
                "name": "JanitorEnabled",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field Integration.CreationOnMessage not a boolean",
                "where": "form",
                "name": "Integration.CreationOnMessage",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field Integration.Priority not a number",
                "where": "form",
                "name": "Integration.Priority",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount not a number",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount below its minimum 0",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "-1",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount above its maximum 3",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "4",
                "drop": False,
            },
            {
                "what": "form field Integration.Timeout not a number",
                "where": "form",
                "name": "Integration.Timeout",
                "value": "not-a-number",
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
                "what": "form field FriendlyName beyond ASCII",
                "where": "form",
                "name": "FriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount at its minimum 0",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "0",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount at its maximum 3",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "3",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.flex_flows.create(
            friendly_name="FriendlyName-1", chat_service_sid="ChatServiceSid-1", channel_type="web"
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchFlexFlow",
        plan={
            "kind": "read",
            "find": [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}],
        },
    )
    api.respond(200, FLEX_FLOW)
    values = api.path(["FlexFlowSid-1"])
    result = api.call(lambda client: client.flex_flows.fetch(values[0]))
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
        pointer="/paths/~1FlexFlows~1{FlexFlowSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchFlexFlow")
    api.expect_error(
        lambda client: client.flex_flows.fetch("FlexFlowSid-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchFlexFlow",
        plan={
            "kind": "read",
            "find": [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["FlexFlowSid-1"])
    api.expect_limits(
        lambda client: client.flex_flows.fetch(values[0]),
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
        "updateFlexFlow",
        plan={
            "kind": "write",
            "make": [{"resource": "flex_flows", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "flex_flows", "method": "delete", "args": [0], "field": ""}],
            "after": {
                "same": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    api.respond(200, FLEX_FLOW)
    values = api.path(["FlexFlowSid-1"])
    result = api.call(
        lambda client: client.flex_flows.update(
            values[0],
            friendly_name=api.unique("FriendlyName-1"),
            chat_service_sid=api.unique("ChatServiceSid-1"),
            channel_type="web",
            contact_identity=api.unique("ContactIdentity-1"),
            enabled=True,
            integration_type="studio",
            integration_flow_sid=api.unique("IntegrationFlowSid-1"),
            integration_url="https://example.com/resource",
            integration_workspace_sid=api.unique("IntegrationWorkspace-1"),
            integration_workflow_sid=api.unique("IntegrationWorkflowS-1"),
            integration_channel=api.unique("IntegrationChannel-1"),
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
        pointer="/paths/~1FlexFlows~1{FlexFlowSid}/post/responses/200/content/application~1json/schema",
    )
    api.expect_state(result)


def test_update_answers_400(api: Harness) -> None:
    api.begin("updateFlexFlow")
    api.expect_error(
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
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_update_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "updateFlexFlow",
        plan={
            "kind": "write",
            "make": [{"resource": "flex_flows", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "flex_flows", "method": "delete", "args": [0], "field": ""}],
            "after": {
                "same": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    values = api.path(["FlexFlowSid-1"])
    api.expect_limits(
        lambda client: client.flex_flows.update(
            values[0],
            friendly_name=api.unique("FriendlyName-1"),
            chat_service_sid=api.unique("ChatServiceSid-1"),
            channel_type="web",
            contact_identity=api.unique("ContactIdentity-1"),
            enabled=True,
            integration_type="studio",
            integration_flow_sid=api.unique("IntegrationFlowSid-1"),
            integration_url="https://example.com/resource",
            integration_workspace_sid=api.unique("IntegrationWorkspace-1"),
            integration_workflow_sid=api.unique("IntegrationWorkflowS-1"),
            integration_channel=api.unique("IntegrationChannel-1"),
            integration_timeout=1,
            integration_priority=1,
            integration_creation_on_message=True,
            long_lived=True,
            janitor_enabled=True,
            integration_retry_count=1,
        ),
        refused=[
            {
                "what": "form field ChannelType not one of ['web', 'sms', 'facebook', 'whatsapp', 'line', 'custom']",
                "where": "form",
                "name": "ChannelType",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "form field Enabled not a boolean",
                "where": "form",
                "name": "Enabled",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field IntegrationType not one of ['studio', 'external', 'task']",
                "where": "form",
                "name": "IntegrationType",
                "value": "not-one-of-the-documented-values",
                "drop": False,
            },
            {
                "what": "form field Integration.Timeout not a number",
                "where": "form",
                "name": "Integration.Timeout",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "form field Integration.Priority not a number",
                "where": "form",
                "name": "Integration.Priority",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "form field Integration.CreationOnMessage not a boolean",
                "where": "form",
                "name": "Integration.CreationOnMessage",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field LongLived not a boolean",
                "where": "form",
                "name": "LongLived",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field JanitorEnabled not a boolean",
                "where": "form",
                "name": "JanitorEnabled",
                "value": "not-a-boolean",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount not a number",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "not-a-number",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount below its minimum 0",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "-1",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount above its maximum 3",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "4",
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
                "what": "form field FriendlyName beyond ASCII",
                "where": "form",
                "name": "FriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount at its minimum 0",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "0",
                "drop": False,
            },
            {
                "what": "form field Integration.RetryCount at its maximum 3",
                "where": "form",
                "name": "Integration.RetryCount",
                "value": "3",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
    )


def test_delete(api: Harness) -> None:
    api.begin(
        "deleteFlexFlow",
        plan={
            "kind": "write",
            "make": [{"resource": "flex_flows", "method": "create", "args": [], "field": "sid"}],
            "undo": [None],
            "after": {
                "gone": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    api.respond(204, None)
    values = api.path(["FlexFlowSid-1"])
    result = api.call(lambda client: client.flex_flows.delete(values[0]))
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
    api.check_result(result, pointer="")
    api.expect_state(result)


def test_delete_answers_400(api: Harness) -> None:
    api.begin("deleteFlexFlow")
    api.expect_error(
        lambda client: client.flex_flows.delete("FlexFlowSid-1"),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_delete_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "deleteFlexFlow",
        plan={
            "kind": "write",
            "make": [{"resource": "flex_flows", "method": "create", "args": [], "field": "sid"}],
            "undo": [None],
            "after": {
                "gone": {"resource": "flex_flows", "method": "fetch", "args": [0], "field": ""}
            },
        },
    )
    values = api.path(["FlexFlowSid-1"])
    api.expect_limits(
        lambda client: client.flex_flows.delete(values[0]),
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
