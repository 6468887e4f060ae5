"""Conformance tests for Plugins, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list(api: Harness) -> None:
    api.begin("listPlugins", writes=False)
    api.respond(200, {"key": "value"})
    result = api.call(
        lambda client: client.plugins.list(
            flex_metadata="FlexMetadata-1",
            page_size=1,
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/PluginService/Plugins",
            "query": [("PageSize", "1")],
            "headers": {"FlexMetadata": "FlexMetadata-1"},
        }
    )
    api.check_result(result)


def test_create(api: Harness) -> None:
    api.begin("createPlugin", writes=True)
    api.respond(201, {"key": "value"})
    result = api.call(
        lambda client: client.plugins.create(
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
            "headers": {},
            "form": [
                ("UniqueName", "UniqueName-1"),
                ("FriendlyName", "FriendlyName-1"),
                ("Description", "Description-1"),
            ],
        }
    )
    api.check_result(result)
