"""Conformance tests for Insights, generated from the spec.

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
INSIGHTS_QUESTIONNAIRE_LIST = {
    "questionnaires": [
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "questionnaire_sid": "GMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "name-1",
            "description": "description-1",
            "active": True,
            "questions": ["value"],
            "url": "https://example.com/resource",
        }
    ],
    "meta": {
        "page": 1,
        "page_size": 1,
        "first_page_url": "https://example.com/resource",
        "previous_page_url": None,
        "next_page_url": None,
        "url": "https://example.com/resource",
        "key": "questionnaires",
    },
}
TWILIO_ERROR = {
    "code": 45004,
    "message": "You are not allowed to modify property for [flex_service_instance_sid].",
    "more_info": "https://www.twilio.com/docs/errors/45004",
    "status": 400,
}


def test_list_questionnaires(api: Harness) -> None:
    api.begin("listQuestionnaires", plan={"kind": "read"})
    api.respond(200, INSIGHTS_QUESTIONNAIRE_LIST)
    result = api.call(
        lambda client: client.insights.list_questionnaires(
            token="Token-1",
            include_inactive=api.sample_only(True),
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        )
    )
    api.expect_request(
        {
            "method": "GET",
            "path": "/Insights/QualityManagement/Questionnaires",
            "query": [
                ("IncludeInactive", "true"),
                ("PageSize", "1"),
                ("Page", "1"),
                ("PageToken", "PageToken-1"),
            ],
            "headers": {"Token": "Token-1"},
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
        pointer="/paths/~1Insights~1QualityManagement~1Questionnaires/get/responses/200/content/application~1json/schema",
        items="questionnaires",
    )


def test_list_questionnaires_answers_404(api: Harness) -> None:
    api.begin("listQuestionnaires")
    api.expect_error(
        lambda client: client.insights.list_questionnaires(
            token="Token-1", include_inactive=True, page_size=1, page=1, page_token="PageToken-1"
        ),
        status=404,
        error_class="NotFoundError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_list_questionnaires_walks_two_pages(api: Harness) -> None:
    api.begin("listQuestionnaires", plan={"kind": "read"})
    items = api.walk(
        lambda client: client.insights.list_questionnaires(
            token="Token-1",
            include_inactive=api.sample_only(True),
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        first=INSIGHTS_QUESTIONNAIRE_LIST,
        profile="twilio",
        items="questionnaires",
        next_path=[],
        cursor_param="",
        page_size=("PageSize", 1000),
    )
    api.expect_walk(
        {
            "method": "GET",
            "path": "/Insights/QualityManagement/Questionnaires",
            "query": [
                ("IncludeInactive", "true"),
                ("PageSize", "1"),
                ("Page", "1"),
                ("PageToken", "PageToken-1"),
            ],
            "headers": {"Token": "Token-1"},
            "auth": {
                "headers": {
                    "Authorization": "Basic QUMwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDp0ZXN0LXBhc3N3b3Jk"
                },
                "query": [],
                "cookies": {},
            },
        },
        pointer="/paths/~1Insights~1QualityManagement~1Questionnaires/get/responses/200/content/application~1json/schema",
        items="questionnaires",
        result=items,
    )


def test_list_questionnaires_at_the_spec_limits(api: Harness) -> None:
    api.begin("listQuestionnaires", plan={"kind": "read"})
    api.expect_limits(
        lambda client: client.insights.list_questionnaires(
            token="Token-1",
            include_inactive=api.sample_only(True),
            page_size=1,
            page=api.sample_only(1),
            page_token=api.sample_only("PageToken-1"),
        ),
        refused=[
            {
                "what": "query parameter IncludeInactive not a boolean",
                "where": "query",
                "name": "IncludeInactive",
                "value": "not-a-boolean",
                "drop": False,
            },
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
        minimal=lambda client: client.insights.list_questionnaires(),
    )


def test_create_questionnaire(api: Harness) -> None:
    api.begin("createQuestionnaire", plan={"kind": "account"})
    api.respond(
        201,
        {
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "questionnaire_sid": "GMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "name": "name-1",
            "description": "description-1",
            "active": True,
            "questions": ["value"],
            "url": "https://example.com/resource",
        },
    )
    result = api.call(
        lambda client: client.insights.create_questionnaire(
            name="Name-1",
            description="Description-1",
            active=True,
            question_sids=["GEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
        )
    )
    api.expect_request(
        {
            "method": "POST",
            "path": "/Insights/QualityManagement/Questionnaires",
            "query": [],
            "headers": {},
            "form": [
                ("Name", "Name-1"),
                ("Description", "Description-1"),
                ("Active", "true"),
                ("QuestionSids", "GEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
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
        pointer="/paths/~1Insights~1QualityManagement~1Questionnaires/post/responses/201/content/application~1json/schema",
    )


def test_create_questionnaire_answers_400(api: Harness) -> None:
    api.begin("createQuestionnaire")
    api.expect_error(
        lambda client: client.insights.create_questionnaire(
            name="Name-1",
            description="Description-1",
            active=True,
            question_sids=["GEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
        ),
        status=400,
        error_class="BadRequestError",
        body=TWILIO_ERROR,
        parsed="TwilioError",
    )


def test_create_questionnaire_at_the_spec_limits(api: Harness) -> None:
    api.begin("createQuestionnaire", plan={"kind": "account"})
    api.expect_limits(
        lambda client: client.insights.create_questionnaire(
            name="Name-1",
            description="Description-1",
            active=True,
            question_sids=["GEaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"],
        ),
        refused=[
            {
                "what": "without the required form field Name",
                "where": "form",
                "name": "Name",
                "value": None,
                "drop": True,
            },
            {
                "what": "form field Active not a boolean",
                "where": "form",
                "name": "Active",
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
        accepted=[
            {
                "what": "form field Name beyond ASCII",
                "where": "form",
                "name": "Name",
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
        minimal=lambda client: client.insights.create_questionnaire(name="Name-1"),
    )
