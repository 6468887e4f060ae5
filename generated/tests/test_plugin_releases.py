"""Conformance tests for Plugin Releases, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listPluginReleases", writes=False)
    api.respond(
        200,
        {
            "releases": [
                {
                    "sid": "FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "date_created": "2020-01-10T20:00:00Z",
                    "url": "https://flex-api.twilio.com/v1/PluginService/Releases/FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                }
            ],
            "meta": {
                "page": 1,
                "page_size": 1,
                "first_page_url": "https://example.com/resource",
                "previous_page_url": None,
                "next_page_url": None,
                "url": "https://example.com/resource",
                "key": "releases",
            },
        },
    )
    result = api.call(
        lambda client: client.plugin_releases.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Releases",
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
        "/paths/~1PluginService~1Releases/get/responses/200/content/application~1json/schema",
        items="releases",
    )


def test_create(api: Harness) -> None:
    api.begin("createPluginRelease", writes=True)
    api.respond(
        201,
        {
            "sid": "FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Releases/FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.plugin_releases.create(
            flex_metadata="FlexMetadata-1",
            configuration_id="FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/PluginService/Releases",
            "query": [],
            "headers": {"Flex-Metadata": "FlexMetadata-1"},
            "form": [("ConfigurationId", "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")],
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
        "/paths/~1PluginService~1Releases/post/responses/201/content/application~1json/schema",
    )


def test_fetch(api: Harness) -> None:
    api.begin("fetchPluginRelease", writes=False)
    api.respond(
        200,
        {
            "sid": "FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "date_created": "2020-01-10T20:00:00Z",
            "url": "https://flex-api.twilio.com/v1/PluginService/Releases/FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        },
    )
    result = api.call(
        lambda client: client.plugin_releases.fetch(
            "Sid-1",
            flex_metadata="FlexMetadata-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Releases/Sid-1",
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
        "/paths/~1PluginService~1Releases~1{Sid}/get/responses/200/content/application~1json/schema",
    )
