"""The retry rules, one test per kind of failure.

A read is sent again after a 503 (it changes nothing). A write is sent again
after a 429 (the API did not act on it), never after a 503 (it may have);
a write that is safe to repeat (idempotent, or carrying an idempotency key,
the same on every try) is sent again after a 503 too.
"""

from __future__ import annotations

from _conformance import Harness


def test_a_read_is_retried_after_503(api: Harness) -> None:
    api.begin("listChannels", plan={"kind": "read"})
    api.respond(
        200,
        {
            "flex_chat_channels": [
                {
                    "sid": "sid-1",
                    "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                    "flex_flow_sid": "flexflowsid-1",
                    "user_sid": "usersid-1",
                    "task_sid": "tasksid-1",
                    "date_created": "2020-01-10T20:00:00Z",
                    "date_updated": "2020-01-10T20:00:00Z",
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
                "key": "flex_chat_channels",
            },
        },
    )
    api.expect_retry(
        lambda client: client.channels.list(
            page_size=1, page=api.sample_only(1), page_token=api.sample_only("PageToken-1")
        ),
        503,
        retried=True,
        error_class="InternalServerError",
    )


def test_a_write_is_not_retried_after_503(api: Harness) -> None:
    # Nothing reaches a server: the failure is the test's own.
    api.begin("createChannel")
    api.expect_retry(
        lambda client: client.channels.create(
            flex_flow_sid="FlexFlowSid-1",
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            target="Target-1",
            chat_unique_name="ChatUniqueName-1",
            pre_engagement_data="PreEngagementData-1",
            task_sid="TaskSid-1",
            task_attributes="TaskAttributes-1",
            long_lived=True,
        ),
        503,
        retried=False,
        error_class="InternalServerError",
    )


def test_a_write_is_retried_after_429(api: Harness) -> None:
    api.begin(
        "createChannel",
        plan={
            "kind": "write",
            "make": [],
            "undo": [],
            "undo_created": {"resource": "channels", "method": "delete", "args": [0], "field": ""},
            "created_field": "sid",
            "after": {
                "fetch": {"resource": "channels", "method": "fetch", "args": [0], "field": ""},
                "field": "sid",
                "list": {"resource": "channels", "method": "list", "args": [], "field": "sid"},
            },
            "refs": {
                "flex_flow_sid": [
                    ("", [{"resource": "flex_flows", "method": "list", "args": [], "field": "sid"}])
                ]
            },
        },
    )
    api.respond(
        201,
        {
            "sid": "sid-1",
            "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "flex_flow_sid": "flexflowsid-1",
            "user_sid": "usersid-1",
            "task_sid": "tasksid-1",
            "date_created": "2020-01-10T20:00:00Z",
            "date_updated": "2020-01-10T20:00:00Z",
            "url": "https://example.com/resource",
        },
    )
    api.expect_retry(
        lambda client: client.channels.create(
            flex_flow_sid=api.found("flex_flow_sid", "FlexFlowSid-1"),
            identity="Identity-1",
            chat_user_friendly_name="ChatUserFriendlyName-1",
            chat_friendly_name="ChatFriendlyName-1",
            target="Target-1",
            chat_unique_name=api.unique("ChatUniqueName-1"),
            pre_engagement_data="PreEngagementData-1",
            task_sid="TaskSid-1",
            task_attributes="TaskAttributes-1",
            long_lived=True,
        ),
        429,
        retried=True,
        error_class="RateLimitError",
    )
