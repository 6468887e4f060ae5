"""Conformance tests for Configuration, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_fetch(api: Harness) -> None:
    api.begin("fetchConfiguration", writes=False)
    api.respond(
        200,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "status": "ok",
            "task_router_workspace_sid": "taskrouterworkspaces-1",
            "chat_service_instance_sid": "chatserviceinstances-1",
            "flex_service_instance_sid": "flexserviceinstances-1",
            "ui_language": "uilanguage-1",
            "ui_attributes": {"key": "value"},
            "ui_dependencies": {"key": "value"},
            "ui_version": "uiversion-1",
            "flex_url": "https://example.com/resource",
            "flex_insights_hr": {"key": "value"},
            "flex_insights_drilldown": True,
            "channel_configs": [{"key": "value"}],
            "runtime_domain": "runtimedomain-1",
            "messaging_service_instance_sid": "messagingserviceinst-1",
            "serverless_service_sids": ["serverlessservicesid-1"],
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
            "call_recording_enabled": True,
            "taskrouter_skills": [{"key": "value"}],
        },
    )
    result = api.call(
        lambda client: client.configuration.fetch(
            ui_version="UiVersion-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Configuration",
            "query": [("UiVersion", "UiVersion-1")],
            "headers": {},
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
        result, "/paths/~1Configuration/get/responses/200/content/application~1json/schema"
    )


def test_update(api: Harness) -> None:
    api.begin("updateConfiguration", writes=True)
    api.respond(
        200,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "status": "ok",
            "task_router_workspace_sid": "taskrouterworkspaces-1",
            "chat_service_instance_sid": "chatserviceinstances-1",
            "flex_service_instance_sid": "flexserviceinstances-1",
            "ui_language": "uilanguage-1",
            "ui_attributes": {"key": "value"},
            "ui_dependencies": {"key": "value"},
            "ui_version": "uiversion-1",
            "flex_url": "https://example.com/resource",
            "flex_insights_hr": {"key": "value"},
            "flex_insights_drilldown": True,
            "channel_configs": [{"key": "value"}],
            "runtime_domain": "runtimedomain-1",
            "messaging_service_instance_sid": "messagingserviceinst-1",
            "serverless_service_sids": ["serverlessservicesid-1"],
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
            "call_recording_enabled": True,
            "taskrouter_skills": [{"key": "value"}],
        },
    )
    result = api.call(
        lambda client: client.configuration.update(
            ui_attributes={"key": "value"},
            ui_language="uilanguage-1",
            ui_version="uiversion-1",
            runtime_domain="runtimedomain-1",
            call_recording_enabled=True,
            taskrouter_skills=[{"name": "name-1", "multivalue": True, "minimum": 1, "maximum": 1}],
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Configuration",
            "query": [],
            "headers": {},
            "json": {
                "ui_attributes": {"key": "value"},
                "ui_language": "uilanguage-1",
                "ui_version": "uiversion-1",
                "runtime_domain": "runtimedomain-1",
                "account_sid": "AC00000000000000000000000000000000",
                "call_recording_enabled": True,
                "taskrouter_skills": [
                    {"name": "name-1", "multivalue": True, "minimum": 1, "maximum": 1}
                ],
            },
            "content_type": "application/json",
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
        result, "/paths/~1Configuration/post/responses/200/content/application~1json/schema"
    )
