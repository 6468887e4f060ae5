"""Which server the generated tests talk to, chosen by environment.

(nothing set)                    offline: httpx.MockTransport answers with
                                 the spec's examples or schema-valid values
FLEX_TEST_MODE=loopback         the same answers from a real HTTP server on 127.0.0.1
FLEX_TEST_MODE=server FLEX_BASE_URL=URL
                                 a mock server built from the spec (Prism)
FLEX_TEST_MODE=live FLEX_BASE_URL=URL and the client's credentials
                                 a live account: reads only, unless
                                 FLEX_ALLOW_WRITES=1 (writes on what the
                                 tests create, then remove) or
                                 FLEX_ALLOW_CONFIG_WRITES=1 (changes
                                 to the account itself)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterator

import pytest

# Import the package from this checkout when it is not installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import twilio_flex  # noqa: E402
from _conformance import Harness, Settings  # noqa: E402
from twilio_flex._client import DEFAULT_BASE_URL  # noqa: E402

SETTINGS = Settings.from_env(
    "FLEX",
    spec_path=Path(__file__).resolve().parent.parent / "openapi.json",
    # (schema, keyword) the spec contradicts elsewhere, so that no value meets
    # it: the client reads the spec without it, the answers' check too.
    given_way=(),
)
# What the tests authenticate with, but in live mode (the client's own then).
CREDENTIALS: dict[str, Any] = {"auth": ("AC00000000000000000000000000000000", "test-password")}
# Live mode: what each create called to set a test up is passed.
MAKERS: dict[str, dict[str, Any]] = {
    "channels.create": {
        "flex_flow_sid": "FlexFlowSid-1",
        "identity": "Identity-1",
        "chat_user_friendly_name": "ChatUserFriendlyName-1",
        "chat_friendly_name": "ChatFriendlyName-1",
        "target": "Target-1",
        "chat_unique_name": "ChatUniqueName-1",
        "pre_engagement_data": "PreEngagementData-1",
        "task_sid": "TaskSid-1",
        "task_attributes": "TaskAttributes-1",
        "long_lived": True,
    },
    "flex_flows.create": {
        "friendly_name": "FriendlyName-1",
        "chat_service_sid": "ChatServiceSid-1",
        "channel_type": "web",
        "contact_identity": "ContactIdentity-1",
        "enabled": True,
        "integration_type": "studio",
        "integration_flow_sid": "IntegrationFlowSid-1",
        "integration_url": "https://example.com/resource",
        "integration_workspace_sid": "IntegrationWorkspace-1",
        "integration_workflow_sid": "IntegrationWorkflowS-1",
        "integration_channel": "IntegrationChannel-1",
        "long_lived": True,
        "janitor_enabled": True,
        "integration_creation_on_message": True,
        "integration_priority": 1,
        "integration_retry_count": 1,
        "integration_timeout": 1,
    },
    "plugin_configurations.create": {
        "flex_metadata": "FlexMetadata-1",
        "name": "Name-1",
        "plugins": [{"plugin_version": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "phase": 3}],
        "description": "Description-1",
    },
    "plugin_versions.create": {
        "flex_metadata": "FlexMetadata-1",
        "version": "1.0.0",
        "plugin_url": "https://sample.twil.io/plugin.js",
        "changelog": "Changelog-1",
        "private": True,
        "cli_version": "6.3.2",
        "validate_status": "success",
    },
    "plugins.create": {
        "flex_metadata": "FlexMetadata-1",
        "unique_name": "UniqueName-1",
        "friendly_name": "FriendlyName-1",
        "description": "Description-1",
    },
    "web_channels.create": {
        "flex_flow_sid": "FlexFlowSid-1",
        "identity": "Identity-1",
        "customer_friendly_name": "CustomerFriendlyName-1",
        "chat_friendly_name": "ChatFriendlyName-1",
        "chat_unique_name": "ChatUniqueName-1",
        "pre_engagement_data": "PreEngagementData-1",
    },
}


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Harness]:
    harness = Harness(SETTINGS, twilio_flex, request.param, DEFAULT_BASE_URL, CREDENTIALS, MAKERS)
    try:
        yield harness
    finally:
        harness.close()
