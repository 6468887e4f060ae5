"""Conformance tests for Plugin Versions, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listPluginVersions", writes=False)
    api.respond(
        200,
        {
            "plugin_versions": [
                {
                    "sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "version": "1.0.0",
                    "plugin_url": "https://sample.twil.io/plugin.js",
                    "changelog": "the changelog",
                    "private": False,
                    "archived": False,
                    "validated": False,
                    "date_created": "2020-01-10T20:00:00Z",
                    "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions/FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                }
            ],
            "meta": {
                "page": 1,
                "page_size": 1,
                "first_page_url": "https://example.com/resource",
                "previous_page_url": None,
                "next_page_url": None,
                "url": "https://example.com/resource",
                "key": "plugin_versions",
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_versions.list(
            "PluginSid-1",
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Plugins/PluginSid-1/Versions",
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
        "/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions/get/responses/200/content/application~1json/schema",
        items="plugin_versions",
    )


def test_create(api: Harness) -> None:
    api.begin("createPluginVersion", writes=True)
    api.respond(
        201,
        {
            "sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "version": "1.0.0",
            "plugin_url": "https://sample.twil.io/plugin.js",
            "changelog": "the changelog",
            "private": False,
            "archived": False,
            "validated": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions/FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.plugin_versions.create(
            "PluginSid-1",
            flex_metadata="FlexMetadata-1",
            version="1.0.0",
            plugin_url="https://sample.twil.io/plugin.js",
            changelog="Changelog-1",
            private=True,
            cli_version="6.3.2",
            validate_status="success",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Plugins/PluginSid-1/Versions",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
            "form": [
                ("Version", "1.0.0"),
                ("PluginUrl", "https://sample.twil.io/plugin.js"),
                ("Changelog", "Changelog-1"),
                ("Private", "true"),
                ("CliVersion", "6.3.2"),
                ("ValidateStatus", "success"),
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
        "/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions/post/responses/201/content/application~1json/schema",
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchPluginVersion", writes=False)
    api.respond(
        200,
        {
            "sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "version": "1.0.0",
            "plugin_url": "https://sample.twil.io/plugin.js",
            "changelog": "the changelog",
            "private": False,
            "archived": False,
            "validated": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions/FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.plugin_versions.fetch(
            "PluginSid-1",
            "Sid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Plugins/PluginSid-1/Versions/Sid-1",
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
        "/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_archive(api: Harness) -> None:
    api.begin("archivePluginVersion", writes=True)
    api.respond(
        200,
        {
            "sid": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "plugin_sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "version": "1.0.0",
            "plugin_url": "https://sample.twil.io/plugin.js",
            "changelog": "the changelog",
            "private": False,
            "archived": False,
            "validated": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions/FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.plugin_versions.archive(
            "PluginSid-1",
            "Sid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Plugins/PluginSid-1/Versions/Sid-1/Archive",
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
        "/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions~1{Sid}~1Archive/post/responses/200/content/application~1json/schema",
    )
