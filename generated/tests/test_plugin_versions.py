"""Conformance tests for Plugin Versions, generated from the spec.

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
PLUGIN_VERSION_LIST = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
PLUGIN_VERSION = {
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


def test_list(api: Harness) -> None:
    api.begin(
        "listPluginVersions",
        plan={
            "kind": "read",
            "find": [{"resource": "plugins", "method": "list", "args": [], "field": "sid"}],
        },
    )
    api.respond(200, PLUGIN_VERSION_LIST)
    values = api.path(["PluginSid-1"])
    result = api.call(
        lambda client: client.plugin_versions.list(
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
        pointer="/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions/get/responses/200/content/application~1json/schema",
        items="plugin_versions",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listPluginVersions")
    api.expect_error(
        lambda client: client.plugin_versions.list(
            "PluginSid-1",
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
        "listPluginVersions",
        plan={
            "kind": "read",
            "find": [{"resource": "plugins", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["PluginSid-1"])
    items = api.walk(
        lambda client: client.plugin_versions.list(
            values[0],
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=PLUGIN_VERSION_LIST,
        profile="twilio",
        items="plugin_versions",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions/get/responses/200/content/application~1json/schema",
        items="plugin_versions",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "listPluginVersions",
        plan={
            "kind": "read",
            "find": [{"resource": "plugins", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["PluginSid-1"])
    api.expect_limits(
        lambda client: client.plugin_versions.list(
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
        minimal=lambda client: client.plugin_versions.list(values[0]),
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createPluginVersion",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}],
            "undo_created": {
                "resource": "plugin_versions",
                "method": "archive",
                "args": [0, 1],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {
                    "resource": "plugin_versions",
                    "method": "fetch",
                    "args": [0, 1],
                    "field": "",
                },
                "field": "sid",
                "list": {
                    "resource": "plugin_versions",
                    "method": "list",
                    "args": [0],
                    "field": "sid",
                },
            },
        },
    )
    api.respond(201, PLUGIN_VERSION)
    values = api.path(["PluginSid-1"])
    result = api.call(
        lambda client: client.plugin_versions.create(
            values[0],
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
        pointer="/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions/post/responses/201/content/application~1json/schema",
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createPluginVersion")
    api.expect_error(
        lambda client: client.plugin_versions.create(
            "PluginSid-1",
            flex_metadata="FlexMetadata-1",
            version="1.0.0",
            plugin_url="https://sample.twil.io/plugin.js",
            changelog="Changelog-1",
            private=True,
            cli_version="6.3.2",
            validate_status="success",
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createPluginVersion",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}],
            "undo_created": {
                "resource": "plugin_versions",
                "method": "archive",
                "args": [0, 1],
                "field": "",
            },
            "created_field": "sid",
            "after": {
                "fetch": {
                    "resource": "plugin_versions",
                    "method": "fetch",
                    "args": [0, 1],
                    "field": "",
                },
                "field": "sid",
                "list": {
                    "resource": "plugin_versions",
                    "method": "list",
                    "args": [0],
                    "field": "sid",
                },
            },
        },
    )
    values = api.path(["PluginSid-1"])
    api.expect_limits(
        lambda client: client.plugin_versions.create(
            values[0],
            flex_metadata="FlexMetadata-1",
            version="1.0.0",
            plugin_url="https://sample.twil.io/plugin.js",
            changelog="Changelog-1",
            private=True,
            cli_version="6.3.2",
            validate_status="success",
        ),
        refused=[
            {
                "what": "without the required form field Version",
                "where": "form",
                "name": "Version",
                "value": None,
                "drop": True,
            },
            {
                "what": "without the required form field PluginUrl",
                "where": "form",
                "name": "PluginUrl",
                "value": None,
                "drop": True,
            },
            {
                "what": "form field Private not a boolean",
                "where": "form",
                "name": "Private",
                "value": "not-a-boolean",
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
        minimal=lambda client: client.plugin_versions.create(
            values[0], version="1.0.0", plugin_url="https://sample.twil.io/plugin.js"
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchPluginVersion",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugins", "method": "list", "args": [], "field": "sid"},
                {"resource": "plugin_versions", "method": "list", "args": [0], "field": "sid"},
            ],
        },
    )
    api.respond(200, PLUGIN_VERSION)
    values = api.path(["PluginSid-1", "Sid-1"])
    result = api.call(
        lambda client: client.plugin_versions.fetch(
            values[0], values[1], flex_metadata="FlexMetadata-1"
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
        pointer="/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchPluginVersion")
    api.expect_error(
        lambda client: client.plugin_versions.fetch(
            "PluginSid-1", "Sid-1", flex_metadata="FlexMetadata-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchPluginVersion",
        plan={
            "kind": "read",
            "find": [
                {"resource": "plugins", "method": "list", "args": [], "field": "sid"},
                {"resource": "plugin_versions", "method": "list", "args": [0], "field": "sid"},
            ],
        },
    )
    values = api.path(["PluginSid-1", "Sid-1"])
    api.expect_limits(
        lambda client: client.plugin_versions.fetch(
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
        minimal=lambda client: client.plugin_versions.fetch(values[0], values[1]),
    )


def test_archive(api: Harness) -> None:
    api.begin(
        "archivePluginVersion",
        plan={
            "kind": "write",
            "make": [
                {"resource": "plugins", "method": "create", "args": [], "field": "sid"},
                {"resource": "plugin_versions", "method": "create", "args": [0], "field": "sid"},
            ],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}, None],
            "after": {
                "same": {
                    "resource": "plugin_versions",
                    "method": "fetch",
                    "args": [0, 1],
                    "field": "",
                }
            },
        },
    )
    api.respond(200, PLUGIN_VERSION)
    values = api.path(["PluginSid-1", "Sid-1"])
    result = api.call(
        lambda client: client.plugin_versions.archive(
            values[0], values[1], flex_metadata="FlexMetadata-1"
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
        pointer="/paths/~1PluginService~1Plugins~1{PluginSid}~1Versions~1{Sid}~1Archive/post/responses/200/content/application~1json/schema",
    )
    api.expect_state(result)


def test_archive_answers_400(api: Harness) -> None:
    api.begin("archivePluginVersion")
    api.expect_error(
        lambda client: client.plugin_versions.archive(
            "PluginSid-1", "Sid-1", flex_metadata="FlexMetadata-1"
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_archive_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "archivePluginVersion",
        plan={
            "kind": "write",
            "make": [
                {"resource": "plugins", "method": "create", "args": [], "field": "sid"},
                {"resource": "plugin_versions", "method": "create", "args": [0], "field": "sid"},
            ],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}, None],
            "after": {
                "same": {
                    "resource": "plugin_versions",
                    "method": "fetch",
                    "args": [0, 1],
                    "field": "",
                }
            },
        },
    )
    values = api.path(["PluginSid-1", "Sid-1"])
    api.expect_limits(
        lambda client: client.plugin_versions.archive(
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
        minimal=lambda client: client.plugin_versions.archive(values[0], values[1]),
    )
