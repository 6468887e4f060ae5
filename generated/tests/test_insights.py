"""Conformance tests for Insights, generated from the spec.

Each test calls one operation with schema-valid arguments, checks the exact
request on the wire and checks that the answer is parsed into the model.
"""

from __future__ import annotations

from _conformance import Harness


def test_list_questionnaires(api: Harness) -> None:
    api.begin("listQuestionnaires", writes=False)
    api.respond(200, {"key": "value"})
    result = api.call(
        lambda client: client.insights.list_questionnaires(
            token="Token-1",
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Insights/QualityManagement/Questionnaires",
            "query": [],
            "headers": {"Token": "Token-1"},
        }
    )
    api.check_result(result)


def test_create_questionnaire(api: Harness) -> None:
    api.begin("createQuestionnaire", writes=True)
    api.respond(201, {"key": "value"})
    result = api.call(
        lambda client: client.insights.create_questionnaire(
            name="Name-1",
            description="Description-1",
            active=True,
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Insights/QualityManagement/Questionnaires",
            "query": [],
            "headers": {},
            "form": [("Name", "Name-1"), ("Description", "Description-1"), ("Active", "true")],
        }
    )
    api.check_result(result)
