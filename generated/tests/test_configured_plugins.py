"""Conformance tests for Configured Plugins, generated from the spec.

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
CONFIGURED_PLUGIN_LIST = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}


def test_list(api: Harness) -> None:
    api.begin(
        "listConfiguredPlugins",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugin_configurations", "method": "list", "args": [], "field": "sid"}
            ],
        },
    )
    api.respond(200, CONFIGURED_PLUGIN_LIST)
    values = api.path(["FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
    result = api.call(
        lambda client: client.configured_plugins.list(
            values[0],
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        pointer="/paths/~1PluginService~1Configurations~1{ConfigurationSid}~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listConfiguredPlugins")
    api.expect_error(
        lambda client: client.configured_plugins.list(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=1,
            page_token="PageToken-1",
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin(
        "listConfiguredPlugins",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugin_configurations", "method": "list", "args": [], "field": "sid"}
            ],
        },
    )
    values = api.path(["FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
    items = api.walk(
        lambda client: client.configured_plugins.list(
            values[0],
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=CONFIGURED_PLUGIN_LIST,
        profile="twilio",
        items="plugins",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1PluginService~1Configurations~1{ConfigurationSid}~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "listConfiguredPlugins",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugin_configurations", "method": "list", "args": [], "field": "sid"}
            ],
        },
    )
    values = api.path(["FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"])
    api.expect_limits(
        lambda client: client.configured_plugins.list(
            values[0],
            flex_metadata="FlexMetadata-1",
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
        minimal=lambda client: client.configured_plugins.list(values[0]),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchConfiguredPlugin",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugin_configurations", "method": "list", "args": [], "field": "sid"},
                {
                    "resource": "configured_plugins",
                    "method": "list",
                    "args": [0],
                    "field": "plugin_sid",
                },
            ],
        },
    )
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
    values = api.path(["FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "PluginSid-1"])
    result = api.call(
        lambda client: client.configured_plugins.fetch(
            values[0], values[1], flex_metadata="FlexMetadata-1"
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
        pointer="/paths/~1PluginService~1Configurations~1{ConfigurationSid}~1Plugins~1{PluginSid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchConfiguredPlugin")
    api.expect_error(
        lambda client: client.configured_plugins.fetch(
            "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "PluginSid-1", flex_metadata="FlexMetadata-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchConfiguredPlugin",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugin_configurations", "method": "list", "args": [], "field": "sid"},
                {
                    "resource": "configured_plugins",
                    "method": "list",
                    "args": [0],
                    "field": "plugin_sid",
                },
            ],
        },
    )
    values = api.path(["FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "PluginSid-1"])
    api.expect_limits(
        lambda client: client.configured_plugins.fetch(
            values[0], values[1], flex_metadata="FlexMetadata-1"
        ),
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
        minimal=lambda client: client.configured_plugins.fetch(values[0], values[1]),
    )
