"""Conformance tests for Plugin Releases, generated from the spec.

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
PLUGIN_RELEASE_LIST = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}
PLUGIN_RELEASE = {
    "sid": "FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "configuration_sid": "FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "date_created": "2020-01-10T20:00:00Z",
    "url": "https://flex-api.twilio.com/v1/PluginService/Releases/FKaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
}


def test_list(api: Harness) -> None:
    api.begin("listPluginReleases", plan={"kind": "read"})
    api.respond(200, PLUGIN_RELEASE_LIST)
    result = api.call(
        lambda client: client.plugin_releases.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
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
        pointer="/paths/~1PluginService~1Releases/get/responses/200/content/application~1json/schema",
        items="releases",
    )


def test_list_answers_404(api: Harness) -> None:
    api.begin("listPluginReleases")
    api.expect_error(
        lambda client: client.plugin_releases.list(
            flex_metadata="FlexMetadata-1", page_size=1, page=1, page_token="PageToken-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_walks_two_pages(api: Harness) -> None:
    api.begin("listPluginReleases", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.plugin_releases.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=PLUGIN_RELEASE_LIST,
        profile="twilio",
        items="releases",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
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
        },
        pointer="/paths/~1PluginService~1Releases/get/responses/200/content/application~1json/schema",
        items="releases",
        result=items,
    )


def test_list_at_the_spec_limits(api: Harness) -> None:
    api.begin("listPluginReleases", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.plugin_releases.list(
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
        minimal=lambda client: client.plugin_releases.list(),
    )


def test_create(api: Harness) -> None:
    api.begin("createPluginRelease", plan={"kind": "account"})
    api.respond(201, PLUGIN_RELEASE)
    result = api.call(
        lambda client: client.plugin_releases.create(
            flex_metadata="FlexMetadata-1", configuration_id="FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
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
        pointer="/paths/~1PluginService~1Releases/post/responses/201/content/application~1json/schema",
    )


def test_create_answers_400(api: Harness) -> None:
    api.begin("createPluginRelease")
    api.expect_error(
        lambda client: client.plugin_releases.create(
            flex_metadata="FlexMetadata-1", configuration_id="FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_at_the_spec_limits(api: Harness) -> None:
    api.begin("createPluginRelease", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.plugin_releases.create(
            flex_metadata="FlexMetadata-1", configuration_id="FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ),
        refused=[
            {
                "what": "without the required form field ConfigurationId",
                "where": "form",
                "name": "ConfigurationId",
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
        accepted=[],
        secret_names=("Authorization",),
        minimal=lambda client: client.plugin_releases.create(
            configuration_id="FJaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ),
    )


def test_fetch(api: Harness) -> None:
    api.begin(
        "fetchPluginRelease",
        plan={
            "kind": "read",
            "find": [{"resource": "plugin_releases", "method": "list", "args": [], "field": "sid"}],
        },
    )
    api.respond(200, PLUGIN_RELEASE)
    values = api.path(["Sid-1"])
    result = api.call(
        lambda client: client.plugin_releases.fetch(values[0], flex_metadata="FlexMetadata-1")
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
        pointer="/paths/~1PluginService~1Releases~1{Sid}/get/responses/200/content/application~1json/schema",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchPluginRelease")
    api.expect_error(
        lambda client: client.plugin_releases.fetch("Sid-1", flex_metadata="FlexMetadata-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "fetchPluginRelease",
        plan={
            "kind": "read",
            "find": [{"resource": "plugin_releases", "method": "list", "args": [], "field": "sid"}],
        },
    )
    values = api.path(["Sid-1"])
    api.expect_limits(
        lambda client: client.plugin_releases.fetch(values[0], flex_metadata="FlexMetadata-1"),
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
        minimal=lambda client: client.plugin_releases.fetch(values[0]),
    )
