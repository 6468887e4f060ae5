"""Conformance tests for Plugins, generated from the spec.

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
PLUGIN_LIST = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
PLUGIN = {
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


def test_list(api: Harness) -> None:
    api.begin("listPlugins", plan={"kind": "read"})
    api.respond(200, PLUGIN_LIST)
    result = api.call(
        lambda client: client.plugins.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        pointer="/paths/~1PluginService~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listPlugins")
    api.expect_error(
        lambda client: client.plugins.list(
            flex_metadata="FlexMetadata-1", page_size=1, page=1, page_token="PageToken-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listPlugins", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.plugins.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=PLUGIN_LIST,
        profile="twilio",
        items="plugins",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1PluginService~1Plugins/get/responses/200/content/application~1json/schema",
        items="plugins",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listPlugins", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.plugins.list(
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
        minimal=lambda client: client.plugins.list(),
    )


def test_create(api: Harness) -> None:
    api.begin(
        "createPlugin",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "plugins", "method": "archive", "args": [0], "field": ""},
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "plugins", "method": "list", "args": [], "field": "sid"},
            },
        },
    )
    api.respond(201, PLUGIN)
    result = api.call(
        lambda client: client.plugins.create(
            flex_metadata="FlexMetadata-1",
            unique_name=api.unique("UniqueName-1"),
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
        pointer="/paths/~1PluginService~1Plugins/post/responses/201/content/application~1json/schema",
    )
    api.expect_state(result)


def test_create_answers_400(api: Harness) -> None:
    api.begin("createPlugin")
    api.expect_error(
        lambda client: client.plugins.create(
            flex_metadata="FlexMetadata-1",
            unique_name="UniqueName-1",
            friendly_name="FriendlyName-1",
            description="Description-1",
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "createPlugin",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "plugins", "method": "archive", "args": [0], "field": ""},
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "plugins", "method": "list", "args": [], "field": "sid"},
            },
        },
    )
    api.expect_limits(
        lambda client: client.plugins.create(
            flex_metadata="FlexMetadata-1",
            unique_name=api.unique("UniqueName-1"),
            friendly_name="FriendlyName-1",
            description="Description-1",
        ),
        refused=[
            {
                "what": "without the required form field UniqueName",
                "where": "form",
                "name": "UniqueName",
                "value": None,
                "drop": True,
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
                "what": "form field Description beyond ASCII",
                "where": "form",
                "name": "Description",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.plugins.create(unique_name=api.unique("UniqueName-1")),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchPlugin",
        plan={
            "kind": "read",
            "find": [{"resource": "plugins", "method": "list", "args": [], "field": "sid"}],
        },
    )
    api.respond(200, PLUGIN)
    values = api.path(["Sid-1"])
    result = api.call(
        lambda client: client.plugins.fetch(values[0], flex_metadata="FlexMetadata-1")
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
        pointer="/paths/~1PluginService~1Plugins~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchPlugin")
    api.expect_error(
        lambda client: client.plugins.fetch("Sid-1", flex_metadata="FlexMetadata-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchPlugin",
        plan={
            "kind": "read",
            "find": [{"resource": "plugins", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["Sid-1"])
    api.expect_limits(
        lambda client: client.plugins.fetch(values[0], flex_metadata="FlexMetadata-1"),
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
        minimal=lambda client: client.plugins.fetch(values[0]),
    )


def test_update(api: Harness) -> None:
    api.begin(
        "updatePlugin",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}],
            "after": {"same": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""}},
        },
    )
    api.respond(200, PLUGIN)
    values = api.path(["Sid-1"])
    result = api.call(
        lambda client: client.plugins.update(
            values[0],
            flex_metadata="FlexMetadata-1",
            friendly_name=api.unique("FriendlyName-1"),
            description=api.unique("Description-1"),
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
        pointer="/paths/~1PluginService~1Plugins~1{Sid}/post/responses/200/content/application~1json/schema",
    )
    api.expect_state(result)


def test_update_answers_400(api: Harness) -> None:
    api.begin("updatePlugin")
    api.expect_error(
        lambda client: client.plugins.update(
            "Sid-1",
            flex_metadata="FlexMetadata-1",
            friendly_name="FriendlyName-1",
            description="Description-1",
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_update_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "updatePlugin",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [{"resource": "plugins", "method": "archive", "args": [0], "field": ""}],
            "after": {"same": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""}},
        },
    )
    values = api.path(["Sid-1"])
    api.expect_limits(
        lambda client: client.plugins.update(
            values[0],
            flex_metadata="FlexMetadata-1",
            friendly_name=api.unique("FriendlyName-1"),
            description=api.unique("Description-1"),
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
        accepted=[
            {
                "what": "form field FriendlyName beyond ASCII",
                "where": "form",
                "name": "FriendlyName",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
            {
                "what": "form field Description beyond ASCII",
                "where": "form",
                "name": "Description",
                "value": "Zoë ✓ 日本 🚀",
                "drop": False,
            },
        ],
        secret_names=("Authorization",),
        minimal=lambda client: client.plugins.update(values[0]),
    )


def test_archive(api: Harness) -> None:
    api.begin(
        "archivePlugin",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [None],
            "after": {"same": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""}},
        },
    )
    api.respond(200, PLUGIN)
    values = api.path(["Sid-1"])
    result = api.call(
        lambda client: client.plugins.archive(values[0], flex_metadata="FlexMetadata-1")
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
        pointer="/paths/~1PluginService~1Plugins~1{Sid}~1Archive/post/responses/200/content/application~1json/schema",
    )
    api.expect_state(result)


def test_archive_answers_400(api: Harness) -> None:
    api.begin("archivePlugin")
    api.expect_error(
        lambda client: client.plugins.archive("Sid-1", flex_metadata="FlexMetadata-1"),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_archive_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "archivePlugin",
        plan={
            "kind": "write",
            "make": [{"resource": "plugins", "method": "create", "args": [], "field": "sid"}],
            "undo": [None],
            "after": {"same": {"resource": "plugins", "method": "fetch", "args": [0], "field": ""}},
        },
    )
    values = api.path(["Sid-1"])
    api.expect_limits(
        lambda client: client.plugins.archive(values[0], flex_metadata="FlexMetadata-1"),
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
        minimal=lambda client: client.plugins.archive(values[0]),
    )
