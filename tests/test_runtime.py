"""The generated client's runtime, over real HTTP on 127.0.0.1: retries,
timeouts, errors, pagination, raw access, configuration, async."""

from __future__ import annotations

import asyncio
import base64
import email.utils
import gc
import multiprocessing
import multiprocessing.connection
import logging
import pickle
import sys
import time
import tracemalloc

import httpx
import pytest

from conftest import ROOT
from loopback import Loopback, Reply, Seen, script

sys.path.insert(0, str(ROOT / "generated"))

import twilio_flex  # noqa: E402
from twilio_flex import (  # noqa: E402
    ApiConnectionError,
    ApiError,
    ApiTimeoutError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from twilio_flex.models import Plugin  # noqa: E402

SID, TOKEN = "AC" + "0" * 32, "top-secret-token"
PLUGIN = {
    "sid": "FP" + "a" * 32,
    "unique_name": "crm",
    "date_updated": "2020-01-10T20:00:00Z",
    "brand_new_field": 1,
}


def client_for(server: Loopback, **options) -> Client:
    options.setdefault("max_retries", 2)
    return Client(auth=(SID, TOKEN), base_url=server.url + "/v1", **options)


# -- retries ------------------------------------------------------------------------------------


def test_429_then_success_is_retried_honouring_retry_after():
    with Loopback(
        script(
            Reply(429, {"code": 20429, "message": "Too Many Requests"}, {"Retry-After": "0.3"}),
            Reply(200, PLUGIN),
        )
    ) as server:
        started = time.monotonic()
        plugin = client_for(server).plugins.fetch(PLUGIN["sid"])
        assert time.monotonic() - started >= 0.3
    assert plugin.unique_name == "crm" and len(server.seen) == 2


def test_retry_after_as_an_http_date():
    when = email.utils.format_datetime(
        email.utils.localtime().astimezone().replace(microsecond=0), usegmt=False
    )
    with Loopback(script(Reply(503, None, {"Retry-After": when}), Reply(200, PLUGIN))) as server:
        client_for(server).plugins.fetch(PLUGIN["sid"])
    assert len(server.seen) == 2


def test_a_create_is_never_applied_twice():
    # 500 and 503 may come after the plugin was created: not retried.
    for status in (500, 503):
        with Loopback(
            script(Reply(status, {"message": "boom"}, {"Retry-After": "0"}), Reply(201, PLUGIN))
        ) as server:
            with pytest.raises(InternalServerError):
                client_for(server).plugins.create(unique_name="crm")
        assert len(server.seen) == 1
    # 429 says it was not processed: retried, with the very same bytes.
    with Loopback(
        script(
            Reply(429, None, {"Retry-After": "0"}),
            Reply(429, None, {"Retry-After": "0"}),
            Reply(201, PLUGIN),
        )
    ) as server:
        created = client_for(server).plugins.create(
            unique_name="crm", friendly_name="CRM ü & co", description="x=1"
        )
    assert created.sid == PLUGIN["sid"]
    assert len(server.seen) == 3 and len({s.body for s in server.seen}) == 1


def test_a_dropped_connection_is_retried_for_a_read_not_for_a_create():
    with Loopback(script(Reply(drop=True), Reply(200, PLUGIN))) as server:
        assert client_for(server).plugins.fetch(PLUGIN["sid"]).sid == PLUGIN["sid"]
    assert len(server.seen) == 2
    with Loopback(script(Reply(drop=True), Reply(201, PLUGIN))) as server:
        with pytest.raises(ApiConnectionError) as info:
            client_for(server).plugins.create(unique_name="crm")
    assert len(server.seen) == 1 and info.value.method == "POST"


def test_a_refused_connection_is_retried_even_for_a_create(caplog):
    with Loopback(script(Reply())) as server:
        url = server.url
    with caplog.at_level(logging.INFO, logger="twilio_flex"):
        with pytest.raises(ApiConnectionError):
            Client(auth=(SID, TOKEN), base_url=url, max_retries=1).plugins.create(unique_name="crm")
    assert sum("retrying" in r.getMessage() for r in caplog.records) == 1


def test_max_retries_per_client_and_per_call():
    with Loopback(script(Reply(503))) as server:
        client = client_for(server, max_retries=0)
        with pytest.raises(InternalServerError):
            client.plugins.fetch(PLUGIN["sid"])
        assert len(server.seen) == 1
        with pytest.raises(InternalServerError):
            client.plugins.fetch(PLUGIN["sid"], max_retries=1)
        assert len(server.seen) == 3
        with pytest.raises(InternalServerError):
            client.with_options(max_retries=1).plugins.fetch(PLUGIN["sid"])
        assert len(server.seen) == 5


# -- timeouts -------------------------------------------------------------------------------------


def test_timeouts_per_client_and_per_call():
    with Loopback(script(Reply(200, PLUGIN, delay=0.5))) as server:
        with pytest.raises(ApiTimeoutError) as info:
            client_for(server, timeout=0.1, max_retries=0).plugins.fetch(PLUGIN["sid"])
        assert isinstance(info.value, ApiConnectionError) and info.value.method == "GET"
        assert (
            client_for(server, timeout=0.1, max_retries=0)
            .plugins.fetch(PLUGIN["sid"], timeout=2.0)
            .sid
            == PLUGIN["sid"]
        )
        with pytest.raises(ApiTimeoutError):
            client_for(server, max_retries=0).with_options(timeout=0.1).plugins.fetch(PLUGIN["sid"])
    assert client_for(server).timeout.read == 30.0  # finite by default


# -- errors ------------------------------------------------------------------------------------------


def test_errors_carry_twilio_fields_and_never_credentials(caplog):
    body = {
        "code": 20404,
        "message": "The requested resource was not found",
        "more_info": "https://www.twilio.com/docs/errors/20404",
        "status": 404,
    }
    with Loopback(script(Reply(404, body))) as server, caplog.at_level(logging.DEBUG):
        with pytest.raises(NotFoundError) as info:
            client_for(server).plugins.fetch("FP404")
    error = info.value
    assert (error.status_code, error.code, error.message, error.more_info) == (
        404,
        20404,
        body["message"],
        body["more_info"],
    )
    assert error.method == "GET" and error.url.endswith("/v1/PluginService/Plugins/FP404")
    assert error.response is not None and error.response.status_code == 404
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.status_code, copy.url) == (
        NotFoundError,
        20404,
        404,
        error.url,
    )
    assert copy.response is None
    for text in (
        str(error),
        repr(error),
        pickle.dumps(error),
        caplog.text,
        repr(client_for(server)),
    ):
        assert TOKEN not in str(text) and "Basic " not in str(text)
    with pytest.raises(TypeError):
        pickle.dumps(client_for(server))


@pytest.mark.parametrize(
    "status, error_class",
    [
        (400, BadRequestError),
        (401, twilio_flex.AuthenticationError),
        (403, twilio_flex.PermissionDeniedError),
        (409, twilio_flex.ConflictError),
        (429, RateLimitError),
        (502, InternalServerError),
    ],
)
def test_an_error_class_per_status(status, error_class):
    with Loopback(script(Reply(status, {"code": 1, "message": "no"}))) as server:
        with pytest.raises(error_class) as info:
            client_for(server, max_retries=0).plugins.fetch("FP1")
    assert isinstance(info.value, ApiError) and info.value.status_code == status


# -- pagination ----------------------------------------------------------------------------------------


def paging_server(total: int, key: str = "plugins", record: bool = True) -> Loopback:
    def answer(seen: Seen) -> Reply:
        size = int(seen.query.get("PageSize", ["50"])[0])
        page = int(seen.query.get("Page", ["0"])[0])
        start = page * size
        items = [
            {"sid": f"FP{i:032x}", "unique_name": f"p{i}", "date_updated": "2020-01-10T20:00:00Z"}
            for i in range(start, min(start + size, total))
        ]
        more = start + size < total
        next_url = (
            f"http://{seen.headers['host']}{seen.path}?PageSize={size}&Page={page + 1}"
            if more
            else None
        )
        return Reply(
            200,
            {
                key: items,
                "meta": {"key": key, "page": page, "page_size": size, "next_page_url": next_url},
            },
        )

    server = Loopback(answer, record=record)
    return server


def test_lists_are_lazy_and_keep_headers_and_credentials_on_every_page():
    with paging_server(250) as server:
        client = client_for(server)
        pager = client.plugins.list(page_size=100, flex_metadata="cli")
        assert server.seen == []  # nothing fetched yet
        first = next(iter(pager))
        assert isinstance(first, Plugin) and len(server.seen) == 1
        items = list(pager)
        assert len(items) == 250 and items[-1].unique_name == "p249"
        pages = server.seen[1:]
        assert len(pages) == 3
        for seen in pages:
            assert seen.headers["flex-metadata"] == "cli" and seen.headers[
                "authorization"
            ].startswith("Basic ")
            assert "Flex-Metadata" not in seen.query
        pages = list(client.plugins.list(page_size=100).pages())
        assert [len(page.items) for page in pages] == [100, 100, 50]
        # A page shows its items and where the next one is, not the pager behind it.
        shown = repr(pages[-1])
        assert shown.startswith("Page(items=[Plugin(") and "next_page_url=None" in shown
        assert "pager" not in shown and pages[0] != pages[1]
        server.seen.clear()
        assert len(list(client.plugins.list(page_size=100, limit=150))) == 150
        assert len(server.seen) == 2  # the third page was never asked for


def _serve_pages(total: int, port: multiprocessing.connection.Connection) -> None:
    server = paging_server(total, record=False)
    port.send(server.url)
    server.serve_forever()


def test_ten_thousand_items_in_flat_memory():
    """The client holds one page at a time (the server runs in its own process):
    what stays allocated after 2,000 items is what stays after 10,000."""
    receive, send = multiprocessing.Pipe(duplex=False)
    process = multiprocessing.get_context("spawn").Process(
        target=_serve_pages, args=(10_000, send), daemon=True
    )
    process.start()
    try:
        assert receive.poll(30), f"the page server did not start (exit code {process.exitcode})"
        client = Client(auth=(SID, TOKEN), base_url=receive.recv() + "/v1")
        retained = []
        tracemalloc.start()
        count = 0
        for count, plugin in enumerate(client.plugins.list(page_size=10), 1):
            if count in (2_000, 10_000):  # 200 pages in: every cache on the way is full
                del plugin
                gc.collect()
                retained.append(tracemalloc.get_traced_memory()[0])
        tracemalloc.stop()
    finally:
        process.kill()
    assert count == 10_000
    # 8,000 more models held would be over 4 MB; bounded caches (re, urllib,
    # h11) still settling account for tens of KB.
    assert retained[1] - retained[0] < 512 * 1024, retained


def test_a_next_page_on_another_host_is_refused():
    def answer(seen: Seen) -> Reply:
        return Reply(
            200,
            {
                "plugins": [PLUGIN],
                "meta": {
                    "key": "plugins",
                    "next_page_url": "https://evil.example/v1/PluginService/Plugins?Page=1",
                },
            },
        )

    with Loopback(answer) as server:
        with pytest.raises(ApiError, match="refusing to follow"):
            list(client_for(server).plugins.list())
    assert len(server.seen) == 1


# -- raw access, configuration ----------------------------------------------------------------------------


def test_raw_responses_and_undescribed_endpoints():
    with Loopback(script(Reply(200, PLUGIN, {"X-Request-Id": "RQ1"}))) as server:
        client = client_for(server)
        raw = client.with_raw_response.plugins.fetch(PLUGIN["sid"])
        assert raw.status_code == 200 and raw.headers["x-request-id"] == "RQ1"
        assert raw.json()["sid"] == PLUGIN["sid"]
        plugin = raw.parse()
        assert isinstance(plugin, Plugin) and plugin.extra_fields == {"brand_new_field": 1}
        response = client.request("GET", "/Some/Undescribed/Endpoint", params={"Flag": True})
        assert response.status_code == 200
    assert server.seen[-1].path == "/v1/Some/Undescribed/Endpoint" and server.seen[-1].query == {
        "Flag": ["true"]
    }


def test_credentials_from_the_environment_and_user_agent(monkeypatch):
    monkeypatch.setenv("TWILIO_ACCOUNT_SID", SID)
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", TOKEN)
    with Loopback(script(Reply(200, PLUGIN))) as server:
        client = Client(base_url=server.url + "/v1")
        assert client.username == SID
        client.with_options(headers={"X-Trace": "t1"}).plugins.fetch("FP1")
    seen = server.seen[-1]
    token = base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()
    assert seen.headers["authorization"] == f"Basic {token}"
    assert seen.headers["user-agent"].startswith(f"twilio_flex/{twilio_flex.__version__} python/")
    assert seen.headers["x-trace"] == "t1"


def test_a_caller_supplied_http_client_is_used_and_left_open():
    calls = []
    http = httpx.Client(event_hooks={"request": [lambda request: calls.append(request.url.path)]})
    with Loopback(script(Reply(200, PLUGIN))) as server:
        with Client(auth=(SID, TOKEN), base_url=server.url + "/v1", http_client=http) as client:
            client.plugins.fetch("FP1")
        assert calls == ["/v1/PluginService/Plugins/FP1"]
        assert not http.is_closed
    http.close()


def test_log_lines_name_the_call_and_hide_credentials(caplog):
    with (
        Loopback(script(Reply(200, PLUGIN))) as server,
        caplog.at_level(logging.DEBUG, logger="twilio_flex"),
    ):
        client_for(server).plugins.fetch("FP1")
    assert any("GET" in r.getMessage() and "-> 200" in r.getMessage() for r in caplog.records)
    assert TOKEN not in caplog.text


# -- async --------------------------------------------------------------------------------------------------


def test_async_client_same_resources_retries_and_lists():
    async def main(url: str) -> tuple[Plugin, list[Plugin], int]:
        async with AsyncClient(auth=(SID, TOKEN), base_url=url + "/v1") as client:
            plugin = await client.plugins.fetch(PLUGIN["sid"])
            items = [p async for p in client.plugins.list(page_size=100, limit=150)]
            raw = await client.with_raw_response.plugins.fetch(PLUGIN["sid"])
            return plugin, items, raw.status_code

    def answer(seen: Seen) -> Reply:
        if seen.path.endswith("/Plugins"):
            return paging.answer(seen)
        flaky.append(seen)
        return Reply(429, None, {"Retry-After": "0"}) if len(flaky) == 1 else Reply(200, PLUGIN)

    flaky: list[Seen] = []
    paging = paging_server(1000)
    with Loopback(answer) as server:
        plugin, items, status = asyncio.run(main(server.url))
    paging.server_close()
    assert plugin.sid == PLUGIN["sid"] and len(flaky) == 3  # one 429, then two successes
    assert len(items) == 150 and items[0].unique_name == "p0" and status == 200
