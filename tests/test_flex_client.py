"""The Flex client against Twilio's real conventions, over real HTTP on
127.0.0.1, with the sync and the async client alike: one value per header,
partial updates, typed answers, form-encoded Interactions, the account SID,
long Retry-After, request ids and logs, per-call extras, paging and hosts."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import subprocess
import sys
from typing import Any, Callable
from urllib.parse import parse_qsl

import pytest

from conftest import ROOT
from loopback import Loopback, Reply, Seen, script

sys.path.insert(0, str(ROOT / "generated"))

from twilio_flex import AsyncClient, Client, Page, RateLimitError, RawResponse  # noqa: E402
from twilio_flex.models import (  # noqa: E402
    FlexFlow,
    InsightsQuestionnaire,
    Interaction,
    InteractionChannel,
    WebChannel,
)

SID, TOKEN = "AC" + "1" * 32, "secret-token"
KEY = "SK" + "2" * 32
FLOW = {"sid": "FO" + "a" * 32, "friendly_name": "Web", "enabled": False}
CHANNEL = {"sid": "UO" + "a" * 32, "interaction_sid": "KD" + "a" * 32, "status": "closed"}


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(flavour: str, url: str, action: Callable[[Any], Any], **options: Any) -> Any:
    """Run ``action(client)`` with a Client or an AsyncClient on ``url``; a
    coroutine is awaited and an async pager collected."""
    options.setdefault("auth", (SID, TOKEN))
    options.setdefault("max_retries", 0)
    if flavour == "sync":
        with Client(base_url=url + "/v1", **options) as client:
            result = action(client)
            return list(result) if hasattr(result, "pages") else result

    async def main() -> Any:
        async with AsyncClient(base_url=url + "/v1", **options) as client:
            result = action(client)
            if hasattr(result, "pages"):
                return [item async for item in result]
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def form(seen: Seen) -> list[tuple[str, str]]:
    return parse_qsl(seen.body.decode(), keep_blank_values=True)


# -- 1. one value per header ------------------------------------------------------------


def test_every_header_goes_out_once_with_ours_winning(flavour):
    with Loopback(script(Reply(200, {"sid": "FP1"}))) as server:
        call(flavour, server.url, lambda c: c.plugins.fetch("FP1"))
    seen = server.seen[-1]
    names = [name.lower() for name, _ in seen.raw_headers]
    assert len(names) == len(set(names)), seen.raw_headers
    assert seen.header_values("User-Agent")[0].startswith("twilio_flex/")
    assert seen.header_values("Accept") == ["application/json"]
    assert seen.header_values("Authorization")[0].startswith("Basic ")


def test_header_precedence_call_argument_then_extra_then_with_options(flavour):
    with Loopback(script(Reply(200, {"sid": "FP1"}))) as server:

        def both(client: Any) -> Any:
            return client.with_options(
                headers={"flex-metadata": "from-options", "authorization": "Bearer x"}
            ).plugins.fetch("FP1", flex_metadata="from-call")

        call(flavour, server.url, both)
        call(
            flavour,
            server.url,
            lambda c: c.with_options(headers={"flex-metadata": "from-options"}).plugins.fetch(
                "FP1", extra_headers={"FLEX-METADATA": "from-extra", "X-Trace": "t1"}
            ),
        )
        call(
            flavour,
            server.url,
            lambda c: c.plugins.fetch(
                "FP1", flex_metadata="from-call", extra_headers={"Flex-Metadata": "from-extra"}
            ),
        )
        call(flavour, server.url, lambda c: c.plugins.fetch("FP1", extra_headers={"Accept": None}))
    first, second, third, fourth = server.seen
    assert first.header_values("Flex-Metadata") == ["from-call"]
    assert first.header_values("Authorization") == ["Bearer x"]
    assert second.header_values("Flex-Metadata") == ["from-extra"]
    assert second.header_values("X-Trace") == ["t1"]
    assert third.header_values("Flex-Metadata") == ["from-call"]
    assert fourth.header_values("Accept") == []


def test_headers_are_single_on_every_page(flavour):
    def answer(seen: Seen) -> Reply:
        page = int(seen.query.get("Page", ["0"])[0])
        next_url = f"{server.url}/v1/PluginService/Plugins?Page={page + 1}" if page < 2 else None
        return Reply(
            200,
            {
                "plugins": [{"sid": f"FP{page}"}],
                "meta": {"key": "plugins", "next_page_url": next_url},
            },
        )

    with Loopback(answer) as server:
        items = call(
            flavour,
            server.url,
            lambda c: c.with_options(headers={"flex-metadata": "a"}).plugins.list(
                flex_metadata="b"
            ),
        )
    assert [p.sid for p in items] == ["FP0", "FP1", "FP2"]
    for seen in server.seen:
        assert seen.header_values("Flex-Metadata") == ["b"]
        assert len(seen.header_values("User-Agent")) == 1
        assert "Flex-Metadata" not in seen.query


# -- 2. partial updates and typed answers --------------------------------------------------


def test_a_flex_flow_update_sends_only_what_is_given_and_answers_a_model(flavour):
    with Loopback(script(Reply(200, FLOW))) as server:
        flow = call(flavour, server.url, lambda c: c.flex_flows.update(FLOW["sid"], enabled=False))
    assert isinstance(flow, FlexFlow) and flow.sid == FLOW["sid"] and flow.enabled is False
    assert form(server.seen[0]) == [("Enabled", "false")]


def test_every_answer_the_api_describes_is_a_model(flavour):
    questionnaire = {"questionnaire_sid": "GM" + "a" * 32, "name": "QA", "active": True}
    answers = {
        "/v1/WebChannels/CH1": {"sid": "CH1", "flex_flow_sid": "FO1"},
        "/v1/Interactions/KD1/Channels/UO1": CHANNEL,
        "/v1/Insights/QualityManagement/Questionnaires": questionnaire,
    }

    def answer(seen: Seen) -> Reply:
        if seen.method == "GET" and seen.path.endswith("/Questionnaires"):
            return Reply(
                200, {"questionnaires": [questionnaire], "meta": {"key": "questionnaires"}}
            )
        return Reply(200, answers[seen.path])

    with Loopback(answer) as server:
        web = call(
            flavour, server.url, lambda c: c.web_channels.update("CH1", chat_status="inactive")
        )
        fetched = call(flavour, server.url, lambda c: c.interactions.fetch_channel("KD1", "UO1"))
        updated = call(
            flavour,
            server.url,
            lambda c: c.interactions.update_channel(
                "KD1", "UO1", status="inactive", routing={"status": "closed"}
            ),
        )
        listed = call(
            flavour, server.url, lambda c: c.insights.list_questionnaires(include_inactive=True)
        )
        created = call(flavour, server.url, lambda c: c.insights.create_questionnaire(name="QA"))
    assert isinstance(web, WebChannel) and web.flex_flow_sid == "FO1"
    assert isinstance(fetched, InteractionChannel) and fetched.status == "closed"
    assert isinstance(updated, InteractionChannel)
    assert [type(q) for q in listed] == [InsightsQuestionnaire]
    assert isinstance(created, InsightsQuestionnaire) and created.active is True
    assert form(server.seen[2]) == [("Status", "inactive"), ("Routing", '{"status":"closed"}')]
    assert server.seen[3].query == {"IncludeInactive": ["true"]}


def test_interaction_channels_are_a_lazy_pager(flavour):
    def answer(seen: Seen) -> Reply:
        second = seen.query.get("Page") == ["1"]
        next_url = None if second else f"{server.url}/v1/Interactions/KD1/Channels?Page=1"
        item = dict(CHANNEL, sid="UO2" if second else "UO1")
        return Reply(
            200, {"channels": [item], "meta": {"key": "channels", "next_page_url": next_url}}
        )

    with Loopback(answer) as server:
        channels = call(flavour, server.url, lambda c: c.interactions.list_channels("KD1"))
    assert [(type(ch), ch.sid) for ch in channels] == [
        (InteractionChannel, "UO1"),
        (InteractionChannel, "UO2"),
    ]


# -- 3. Interactions go out as a form ---------------------------------------------------------


def test_an_interaction_is_created_with_a_form_holding_json(flavour):
    channel = {"type": "sms", "initiated_by": "customer", "properties": {"type": "sms"}}
    routing = {"properties": {"workspace_sid": "WS1", "workflow_sid": "WW1"}}
    with Loopback(script(Reply(200, {"sid": "KD1", "channel": channel}))) as server:
        interaction = call(
            flavour, server.url, lambda c: c.interactions.create(channel=channel, routing=routing)
        )
    assert isinstance(interaction, Interaction) and interaction.sid == "KD1"
    seen = server.seen[0]
    assert seen.headers["content-type"] == "application/x-www-form-urlencoded"
    sent = dict(form(seen))
    assert set(sent) == {"Channel", "Routing"}
    assert json.loads(sent["Channel"]) == channel and json.loads(sent["Routing"]) == routing


# -- 4. the account SID with API-key credentials ------------------------------------------------


def test_an_api_key_needs_the_account_sid_and_says_so(flavour, monkeypatch):
    monkeypatch.delenv("TWILIO_ACCOUNT_SID", raising=False)
    with Loopback(script(Reply(200, {"account_sid": SID}))) as server:
        with pytest.raises(ValueError, match="account_sid.*TWILIO_ACCOUNT_SID"):
            call(
                flavour,
                server.url,
                lambda c: c.configuration.update(ui_language="en"),
                auth=(KEY, "x"),
            )
        assert server.seen == []  # refused before anything was sent
        call(
            flavour,
            server.url,
            lambda c: c.configuration.update(ui_language="en"),
            auth=(KEY, "x"),
            account_sid=SID,
        )
        monkeypatch.setenv("TWILIO_ACCOUNT_SID", "AC" + "3" * 32)
        call(
            flavour, server.url, lambda c: c.configuration.update(ui_language="en"), auth=(KEY, "x")
        )
        call(flavour, server.url, lambda c: c.configuration.update(ui_language="en"))
    sent = [json.loads(seen.body)["account_sid"] for seen in server.seen]
    # An AC... user name wins over the environment: it is the account being called.
    assert sent == [SID, "AC" + "3" * 32, SID]


# -- 5. a long Retry-After ----------------------------------------------------------------------


def test_a_retry_after_beyond_the_cap_raises_at_once(flavour):
    with Loopback(
        script(Reply(429, {"code": 20429, "message": "slow down"}, {"Retry-After": "3600"}))
    ) as server:
        with pytest.raises(RateLimitError) as info:
            call(flavour, server.url, lambda c: c.plugins.fetch("FP1"), max_retries=3)
    assert len(server.seen) == 1
    assert info.value.retry_after == 3600.0 and info.value.code == 20429


# -- 6. request ids, logs, per-call extras -----------------------------------------------------------


def test_errors_and_raw_responses_carry_the_request_id(flavour):
    with Loopback(
        script(
            Reply(200, {"sid": "FP1"}, {"Twilio-Request-Id": "RQ1"}),
            Reply(404, {"code": 20404, "message": "nope"}, {"Twilio-Request-Id": "RQ2"}),
        )
    ) as server:
        raw = call(flavour, server.url, lambda c: c.with_raw_response.plugins.fetch("FP1"))
        with pytest.raises(Exception) as info:
            call(flavour, server.url, lambda c: c.plugins.fetch("FP2"))
    assert isinstance(raw, RawResponse) and raw.request_id == "RQ1"
    assert getattr(info.value, "request_id") == "RQ2" and "RQ2" in str(info.value)


def test_the_debug_log_tells_each_call_and_hides_secrets(flavour, caplog):
    with (
        Loopback(
            script(
                Reply(503, None, {"Retry-After": "0", "Twilio-Request-Id": "RQ9"}),
                Reply(200, {"sid": "FP1"}),
            )
        ) as server,
        caplog.at_level(logging.DEBUG, logger="twilio_flex"),
    ):
        call(
            flavour, server.url, lambda c: c.plugins.fetch("FP1", flex_metadata="m"), max_retries=1
        )
    text = caplog.text
    assert "request: GET " in text and "/v1/PluginService/Plugins/FP1" in text
    assert "-> 503 in " in text and " ms, request id RQ9" in text
    assert "retrying in" in text and "-> 200 in " in text
    assert "Flex-Metadata: m" in text and "Authorization: <hidden>" in text
    assert TOKEN not in text and "Basic " not in text


def test_the_log_switches_on_from_the_environment(tmp_path):
    with Loopback(script(Reply(200, {"sid": "FP1"}))) as server:
        code = (
            "from twilio_flex import Client\n"
            f"Client(auth=('{SID}', '{TOKEN}'), base_url='{server.url}/v1').plugins.fetch('FP1')\n"
        )
        run = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT / "generated",
            capture_output=True,
            text=True,
            env={"TWILIO_FLEX_LOG": "debug", "PATH": ""},
            timeout=60,
        )
    assert run.returncode == 0, run.stderr
    assert "twilio_flex DEBUG response: GET" in run.stderr and TOKEN not in run.stderr


def test_extra_query_and_extra_body_add_what_the_spec_lacks(flavour):
    with Loopback(script(Reply(201, {"sid": "FP1"}))) as server:
        call(
            flavour,
            server.url,
            lambda c: c.plugins.create(
                unique_name="crm",
                extra_query={"Debug": True},
                extra_body={"UniqueName": "ignored", "Extra": "1"},
            ),
        )
    seen = server.seen[0]
    assert seen.query == {"Debug": ["true"]}
    assert sorted(form(seen)) == [("Extra", "1"), ("UniqueName", "crm")]


# -- 7. paging and raw access -----------------------------------------------------------------------


def paging(total: int) -> Callable[[Seen], Reply]:
    def answer(seen: Seen) -> Reply:
        size = int(seen.query.get("PageSize", ["50"])[0])
        page = int(seen.query.get("Page", ["0"])[0])
        items = [{"sid": f"FP{i}"} for i in range(page * size, min((page + 1) * size, total))]
        more = (page + 1) * size < total
        next_url = (
            f"http://{seen.headers['host']}{seen.path}?PageSize={size}&Page={page + 1}"
            if more
            else None
        )
        return Reply(200, {"plugins": items, "meta": {"key": "plugins", "next_page_url": next_url}})

    return answer


def test_a_small_limit_asks_for_a_small_page(flavour):
    with Loopback(paging(5000)) as server:
        assert len(call(flavour, server.url, lambda c: c.plugins.list(limit=2))) == 2
        assert len(call(flavour, server.url, lambda c: c.plugins.list(limit=2, page_size=3))) == 2
        assert len(call(flavour, server.url, lambda c: c.plugins.list(limit=1500))) == 1500
    sizes = [seen.query["PageSize"] for seen in server.seen]
    assert sizes == [["2"], ["3"], ["1000"], ["1000"]]


def test_raw_list_pages_and_pages_by_url():
    with (
        Loopback(paging(5)) as server,
        Client(auth=(SID, TOKEN), base_url=server.url + "/v1") as client,
    ):
        raw = client.with_raw_response.plugins.list(page_size=2)
        assert raw.status_code == 200 and raw.json()["meta"]["key"] == "plugins"
        first = raw.parse()
        assert isinstance(first, Page) and [p.sid for p in first.items] == ["FP0", "FP1"]
        assert first.has_next_page()
        second = first.get_next_page()
        assert [p.sid for p in second.items] == ["FP2", "FP3"]
        url = second.next_page_url
        assert url is not None
        last = client.plugins.list(page_size=2).get_page(url)
        assert [p.sid for p in last.items] == ["FP4"] and not last.has_next_page()
        with pytest.raises(LookupError):
            last.get_next_page()


def test_async_raw_list_pages_and_pages_by_url():
    async def main(url: str) -> list[list[str]]:
        async with AsyncClient(auth=(SID, TOKEN), base_url=url + "/v1") as client:
            raw = await client.with_raw_response.plugins.list(page_size=2)
            first = raw.parse()
            second = await first.aget_next_page()
            last = await client.plugins.list(page_size=2).get_page(second.next_page_url or "")
            return [[p.sid for p in page.items] for page in (first, second, last)]

    with Loopback(paging(5)) as server:
        assert asyncio.run(main(server.url)) == [["FP0", "FP1"], ["FP2", "FP3"], ["FP4"]]


# -- 8. hosts -------------------------------------------------------------------------------------------


def test_edge_and_region_choose_twilios_host():
    assert Client(auth=(SID, TOKEN)).base_url == "https://flex-api.twilio.com/v1"
    assert Client(auth=(SID, TOKEN), region="ie1").base_url == "https://flex-api.ie1.twilio.com/v1"
    assert (
        Client(auth=(SID, TOKEN), edge="sydney").base_url
        == "https://flex-api.sydney.us1.twilio.com/v1"
    )
    assert (
        AsyncClient(auth=(SID, TOKEN), edge="dublin", region="ie1").base_url
        == "https://flex-api.dublin.ie1.twilio.com/v1"
    )
    assert Client(auth=(SID, TOKEN), region="ie1", base_url="http://h/v1").base_url == "http://h/v1"
    for bad in ("evil.com/x?", "a@b", "a b"):
        with pytest.raises(ValueError, match="^region=.*cannot be used"):
            Client(auth=(SID, TOKEN), region=bad)


# -- 9. empty path arguments --------------------------------------------------------------------------


def test_an_empty_path_argument_is_refused_before_sending(flavour):
    with Loopback(script(Reply(200, {"sid": "FP1"}))) as server:
        with pytest.raises(ValueError, match="must not be empty"):
            call(flavour, server.url, lambda c: c.plugins.fetch(""))
        with pytest.raises(ValueError, match="must not be empty"):
            call(flavour, server.url, lambda c: c.plugin_versions.list(""))
    assert server.seen == []


def test_importing_the_client_leaves_resources_and_models_for_first_use():
    """Importing the package stays quick however large the API: a resource
    module loads when its property is first read, the models when first used,
    asyncio when an async client needs it. The client's own records are
    plain classes: no dataclass is made, nor the dataclasses module loaded,
    until the models are."""
    from conftest import run_python

    code = (
        "import sys, twilio_flex\n"
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith(('twilio_flex.resources.', 'twilio_flex.models', 'twilio_flex.webhooks')))\n"
        "print(loaded(), 'asyncio' in sys.modules, 'dataclasses' in sys.modules)\n"
        "client = twilio_flex.Client(auth=('AC' + '0' * 32, 'token'))\n"
        "print(type(client.channels).__name__, loaded())\n"
        "print(type(client.with_raw_response.plugins).__name__)\n"
        "print(twilio_flex.models.FlexChannel.__name__, 'twilio_flex.models' in sys.modules)\n"
        "print(twilio_flex.resources.plugin_versions.PluginVersions.__name__)\n"
        "from twilio_flex import webhooks\n"
        "print(webhooks.validate.__name__)\n"
        "try:\n    twilio_flex.resources_missing\nexcept AttributeError as error:\n    print(error)\n"
    )
    result = run_python(code, ROOT / "generated")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "[] False False",
        "Channels ['twilio_flex.models', 'twilio_flex.resources.channels']",
        "PluginsWithRawResponse",
        "FlexChannel True",
        "PluginVersions",
        "validate_twilio",
        "module 'twilio_flex' has no attribute 'resources_missing'",
    ]
