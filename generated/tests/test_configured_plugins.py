"""Conformance tests for Configured Plugins, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listConfiguredPlugins", writes=False)
    api.respond(
        200,
        {
            "plugins": [
                {
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "plugin_version_sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "phase": 3,
                    "plugin_url": "https://sample.twil.io/plugin.js",
                    "unique_name": "sample-plugin",
                    "plugin_archived": False,
                    "friendly_name": "sample plugin",
                    "description": "the sample plugin",
                    "version": "1.0.0",
                    "plugin_version_archived": False,
                    "changelog": "this is a changelog",
                    "private": True,
                    "date_created": "2020-01-10T20:00:00Z",
                    "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                }
            ],
            "meta": {
                "page": 1,
                "page_size": 1,
                "first_page_url": "https://example.com/resource",
                "previous_page_url": None,
                "next_page_url": None,
                "url": "https://example.com/resource",
                "key": "plugins",
            },
        },
    )
    result = api.call(
        lambda client: client.configured_plugins.list(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins",
            "query": [("PageSize", "1"), ("Page", "1"), ("PageToken", "PageToken-1")],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
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
        "/paths/~1PluginService~1Configurations~1{ConfigurationSid}~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchConfiguredPlugin", writes=False)
    api.respond(
        200,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "plugin_version_sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "phase": 3,
            "plugin_url": "https://sample.twil.io/plugin.js",
            "unique_name": "sample-plugin",
            "plugin_archived": False,
            "friendly_name": "sample plugin",
            "description": "the sample plugin",
            "version": "1.0.0",
            "plugin_version_archived": False,
            "changelog": "this is a changelog",
            "private": True,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.configured_plugins.fetch(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "PluginSid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins/PluginSid-1",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
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
        "/paths/~1PluginService~1Configurations~1{ConfigurationSid}~1Plugins~1{PluginSid}/get/responses/200/content/application~1json/schema",
    )
