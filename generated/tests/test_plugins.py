"""Conformance tests for Plugins, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listPlugins", writes=False)
    api.respond(
        200,
        {
            "plugins": [
                {
                    "sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "unique_name": "UniqueName",
                    "friendly_name": "friendly name",
                    "description": "description",
                    "archived": False,
                    "date_created": "2020-01-10T20:00:00Z",
                    "date_updated": "2020-01-10T20:00:00Z",
                    "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "links": {
                        "plugin_versions": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions"
                    },
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
        lambda client: client.plugins.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Plugins",
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
        "/paths/~1PluginService~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
    )


def test_create(api: Harness) -> None:
    api.begin("createPlugin", writes=True)
    api.respond(
        201,
        {
            "sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "unique_name": "UniqueName",
            "friendly_name": "friendly name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugin_versions": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions"
            },
        },
    )
    result = api.call(
        lambda client: client.plugins.create(
            flex_metadata="FlexMetadata-1",
            unique_name="UniqueName-1",
            friendly_name="FriendlyName-1",
            description="Description-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Plugins",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
            "form": [
                ("UniqueName", "UniqueName-1"),
                ("FriendlyName", "FriendlyName-1"),
                ("Description", "Description-1"),
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
        "/paths/~1PluginService~1Plugins/post/responses/201/content/application~1json/schema",
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchPlugin", writes=False)
    api.respond(
        200,
        {
            "sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "unique_name": "UniqueName",
            "friendly_name": "friendly name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugin_versions": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions"
            },
        },
    )
    result = api.call(
        lambda client: client.plugins.fetch(
            "Sid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Plugins/Sid-1",
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
        "/paths/~1PluginService~1Plugins~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_update(api: Harness) -> None:
    api.begin("updatePlugin", writes=True)
    api.respond(
        200,
        {
            "sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "unique_name": "UniqueName",
            "friendly_name": "friendly name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugin_versions": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions"
            },
        },
    )
    result = api.call(
        lambda client: client.plugins.update(
            "Sid-1",
            flex_metadata="FlexMetadata-1",
            friendly_name="FriendlyName-1",
            description="Description-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Plugins/Sid-1",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
            "form": [("FriendlyName", "FriendlyName-1"), ("Description", "Description-1")],
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
        "/paths/~1PluginService~1Plugins~1{Sid}/post/responses/200/content/application~1json/schema",
    )


def test_archive(api: Harness) -> None:
    api.begin("archivePlugin", writes=True)
    api.respond(
        200,
        {
            "sid": "FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "unique_name": "UniqueName",
            "friendly_name": "friendly name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugin_versions": "https://flex-api.twilio.com/v1/PluginService/Plugins/FPaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Versions"
            },
        },
    )
    result = api.call(
        lambda client: client.plugins.archive(
            "Sid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Plugins/Sid-1/Archive",
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
        "/paths/~1PluginService~1Plugins~1{Sid}~1Archive/post/responses/200/content/application~1json/schema",
    )
