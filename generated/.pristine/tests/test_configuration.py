"""Conformance tests for Configuration, generated from the spec.

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
FLEX_CONFIGURATION = {
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
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}


def test_fetch(api: Harness) -> None:
    api.begin("fetchConfiguration", plan={"kind": "read"})
    api.respond(200, FLEX_CONFIGURATION)
    result = api.call(lambda client: client.configuration.fetch(ui_version="UiVersion-1"))
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
        result, pointer="/paths/~1Configuration/get/responses/200/content/application~1json/schema"
    )


def test_fetch_answers_401(api: Harness) -> None:
    api.begin("fetchConfiguration")
    api.expect_error(
        lambda client: client.configuration.fetch(ui_version="UiVersion-1"),
        status=401,
        error_class="AuthenticationError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_answers_404(api: Harness) -> None:
    api.begin("fetchConfiguration")
    api.expect_error(
        lambda client: client.configuration.fetch(ui_version="UiVersion-1"),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_fetch_at_the_spec_limits(api: Harness) -> None:
    api.begin("fetchConfiguration", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.configuration.fetch(ui_version="UiVersion-1"),
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
        minimal=lambda client: client.configuration.fetch(),
    )


def test_update(api: Harness) -> None:
    api.begin(
        "updateConfiguration",
        plan={"kind": "account", "write_back": {"resource": "configuration", "method": "fetch"}},
    )
    api.respond(200, FLEX_CONFIGURATION)
    keywords = api.keywords(
        {
            "ui_attributes": {"key": "value"},
            "ui_language": "uilanguage-1",
            "ui_version": "uiversion-1",
            "runtime_domain": "runtimedomain-1",
            "call_recording_enabled": True,
            "taskrouter_skills": [
                {"name": "name-1", "multivalue": True, "minimum": 1, "maximum": 1}
            ],
        },
        wire_names={
            "ui_attributes": "ui_attributes",
            "ui_language": "ui_language",
            "ui_version": "ui_version",
            "runtime_domain": "runtime_domain",
            "account_sid": "account_sid",
            "call_recording_enabled": "call_recording_enabled",
            "taskrouter_skills": "taskrouter_skills",
        },
    )
    result = api.call(lambda client: client.configuration.update(**keywords))
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
        result, pointer="/paths/~1Configuration/post/responses/200/content/application~1json/schema"
    )


def test_update_answers_400(api: Harness) -> None:
    api.begin("updateConfiguration")
    api.expect_error(
        lambda client: client.configuration.update(
            ui_attributes={"key": "value"},
            ui_language="uilanguage-1",
            ui_version="uiversion-1",
            runtime_domain="runtimedomain-1",
            call_recording_enabled=True,
            taskrouter_skills=[{"name": "name-1", "multivalue": True, "minimum": 1, "maximum": 1}],
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_update_at_the_spec_limits(api: Harness) -> None:
    api.begin(
        "updateConfiguration",
        plan={"kind": "account", "write_back": {"resource": "configuration", "method": "fetch"}},
    )
    keywords = api.keywords(
        {
            "ui_attributes": {"key": "value"},
            "ui_language": "uilanguage-1",
            "ui_version": "uiversion-1",
            "runtime_domain": "runtimedomain-1",
            "call_recording_enabled": True,
            "taskrouter_skills": [
                {"name": "name-1", "multivalue": True, "minimum": 1, "maximum": 1}
            ],
        },
        wire_names={
            "ui_attributes": "ui_attributes",
            "ui_language": "ui_language",
            "ui_version": "ui_version",
            "runtime_domain": "runtime_domain",
            "account_sid": "account_sid",
            "call_recording_enabled": "call_recording_enabled",
            "taskrouter_skills": "taskrouter_skills",
        },
    )
    api.expect_limits(
        lambda client: client.configuration.update(**keywords),
        refused=[
            {
                "what": "field ui_language not a string",
                "where": "json",
                "name": "ui_language",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field ui_version not a string",
                "where": "json",
                "name": "ui_version",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field runtime_domain not a string",
                "where": "json",
                "name": "runtime_domain",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field account_sid not a string",
                "where": "json",
                "name": "account_sid",
                "value": 12345,
                "drop": False,
            },
            {
                "what": "field call_recording_enabled not a boolean",
                "where": "json",
                "name": "call_recording_enabled",
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
    )
