"""Conformance tests for Plugin Configurations, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listPluginConfigurations", writes=False)
    api.respond(
        200,
        {
            "configurations": [
                {
                    "sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "name": "Name",
                    "description": "description",
                    "archived": False,
                    "date_created": "2020-01-10T20:00:00Z",
                    "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "links": {
                        "plugins": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins"
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
                "key": "configurations",
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_configurations.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Configurations",
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
        "/paths/~1PluginService~1Configurations/get/responses/200/content/application~1json/schema",
        items="configurations",
    )


def test_create(api: Harness) -> None:
    api.begin("createPluginConfiguration", writes=True)
    api.respond(
        201,
        {
            "sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "Name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugins": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins"
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_configurations.create(
            flex_metadata="FlexMetadata-1",
            name="Name-1",
            plugins=[{"plugin_version": "FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "phase": 3}],
            description="Description-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Configurations",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
            "form": [
                ("Name", "Name-1"),
                ("Plugins", '{"plugin_version":"FVaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","phase":3}'),
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
        "/paths/~1PluginService~1Configurations/post/responses/201/content/application~1json/schema",
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchPluginConfiguration", writes=False)
    api.respond(
        200,
        {
            "sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "Name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugins": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins"
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_configurations.fetch(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
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
        "/paths/~1PluginService~1Configurations~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_archive(api: Harness) -> None:
    api.begin("archivePluginConfiguration", writes=True)
    api.respond(
        200,
        {
            "sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "Name",
            "description": "description",
            "archived": False,
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "links": {
                "plugins": "https://flex-api.twilio.com/v1/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Plugins"
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_configurations.archive(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Configurations/FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Archive",
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
        "/paths/~1PluginService~1Configurations~1{Sid}~1Archive/post/responses/200/content/application~1json/schema",
    )
