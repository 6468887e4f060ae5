"""The Flex client fails loudly and leaks nothing, over real HTTP on
127.0.0.1, with the sync and the async client alike: links and redirects
never carry credentials to another origin, wrong arguments raise, answers it
cannot read are ApiErrors that say what came, writes are never sent twice,
and every public signature resolves its type hints at run time.

This file needs only the committed client: it runs on Python 3.10 to 3.13."""

from __future__ import annotations

import asyncio
import inspect
import json
import pickle
import subprocess
import sys
import typing
from pathlib import Path
from typing import Any, Callable

import httpx
import pytest

from conftest import ROOT
from loopback import Loopback, Reply, Seen, script

sys.path.insert(0, str(ROOT / "generated"))

import twilio_flex  # noqa: E402
from twilio_flex import (  # noqa: E402
    ApiConnectionError,
    ApiError,
    ApiStatusError,
    AsyncClient,
    BadRequestError,
    Client,
    InternalServerError,
    UnreadableResponseError,
)
from twilio_flex.models import Plugin  # noqa: E402

SID, TOKEN = "AC" + "3" * 32, "flex-auth-token-secret"
PLUGIN = {"sid": "FP" + "a" * 32, "unique_name": "crm", "date_updated": "2020-01-10T20:00:00Z"}


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def call(flavour: str, action: Callable[[Any], Any], **options: Any) -> Any:
    """``action(client)`` with a Client or an AsyncClient; a coroutine is
    awaited and a pager collected."""
    options.setdefault("auth", (SID, TOKEN))
    options.setdefault("max_retries", 0)
    http = options.pop("http", None)
    # An http client of the caller's is the caller's to close: the client
    # leaves it open (and its connections, each holding a server thread).
    if flavour == "sync":
        with httpx.Client(**(http or {})) as own:
            if http is not None:
                options["http_client"] = own
            with Client(**options) as client:
                result = action(client)
                return list(result) if hasattr(result, "pages") else result

    async def main() -> Any:
        async with httpx.AsyncClient(**(http or {})) as own:
            if http is not None:
                options["http_client"] = own
            async with AsyncClient(**options) as client:
                result = action(client)
                if hasattr(result, "pages"):
                    return [item async for item in result]
                return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def page(next_url: str | None, sid: str = PLUGIN["sid"]) -> dict[str, Any]:
    return {
        "plugins": [{**PLUGIN, "sid": sid}],
        "meta": {"key": "plugins", "next_page_url": next_url},
    }


# -- credentials never reach another origin ------------------------------------------------


@pytest.mark.parametrize(
    "link, second",
    [
        (".evil.example/steal", "/PluginService/.evil.example/steal"),
        ("7/steal", "/PluginService/7/steal"),
        ("?Page=1", "/PluginService/Plugins"),
        ("/v9/Plugins?Page=1", "/v9/Plugins"),
    ],
)
def test_a_relative_next_link_is_resolved_against_its_page(flavour, link, second):
    # A base URL with no path: gluing the link onto it as text would move
    # the request to another host (".evil.example") or port ("7").
    def answer(seen: Seen) -> Reply:
        first = seen.path == "/PluginService/Plugins" and not seen.query
        return Reply(200, page(link if first else None, "FP1" if first else "FP2"))

    with Loopback(answer) as server:
        items = call(flavour, lambda c: c.plugins.list(), base_url=server.url)
    assert [p.sid for p in items] == ["FP1", "FP2"]
    assert [s.path for s in server.seen] == ["/PluginService/Plugins", second]
    assert all(s.headers["authorization"].startswith("Basic ") for s in server.seen)


def test_a_next_link_to_another_origin_is_refused_before_anything_is_sent(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as other:
        elsewhere = [
            other.url + "/steal",  # another port
            "//" + other.url.split("//")[1] + "/steal",  # a network-path reference
            "https://" + other.url.split("//")[1] + "/steal",  # another scheme
            other.url.replace("//", "//user@") + "/steal",  # credentials of its own
        ]
        for link in elsewhere:
            with Loopback(script(Reply(200, page(link)))) as server:
                with pytest.raises(ApiError, match="refusing to follow"):
                    call(flavour, lambda c: c.plugins.list(), base_url=server.url + "/v1")
            assert len(server.seen) == 1, link
    assert other.seen == []


def test_a_path_given_to_request_stays_under_base_url(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        for path in (".evil.example/steal", "@evil.example/steal", "//evil.example/steal"):
            call(flavour, lambda c: c.request("GET", path), base_url=server.url)
    # Every one reached this server (the last as a path, not another host).
    assert [s.path for s in server.seen][:2] == ["/.evil.example/steal", "/@evil.example/steal"]
    assert len(server.seen) == 3 and server.seen[2].path.endswith("evil.example/steal")


def test_dot_segments_are_refused_as_path_arguments(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        for bad in ("..", "."):
            with pytest.raises(ValueError, match="must not be '\\.{1,2}'"):
                call(flavour, lambda c: c.plugins.fetch(bad), base_url=server.url + "/v1")
        assert server.seen == []
        call(flavour, lambda c: c.plugins.fetch("a/../b?c#d"), base_url=server.url + "/v1")
    # Still one segment: "/", "?" and "#" percent-encoded.
    assert server.seen[0].path == "/v1/PluginService/Plugins/a%2F..%2Fb%3Fc%23d"


def test_region_and_edge_fill_only_their_part_of_the_host():
    for cls in (Client, AsyncClient):
        assert cls(auth=(SID, TOKEN), region="ie1").base_url == "https://flex-api.ie1.twilio.com/v1"
        for bad in ("evil.example/", "evil.example:8443", "a@b", "x?y", "x#y", "..", "a b", "%2e"):
            with pytest.raises(ValueError, match="^region=.* fills only its own part"):
                cls(auth=(SID, TOKEN), region=bad)
            with pytest.raises(ValueError, match="^edge=.* fills only its own part"):
                cls(auth=(SID, TOKEN), edge=bad, region="us1")


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_to_another_origin_carries_no_credentials(flavour, status):
    with Loopback(script(Reply(200, PLUGIN))) as other:
        target = other.url + "/landing"
        with Loopback(script(Reply(status, None, {"Location": target}))) as server:
            call(
                flavour,
                lambda c: c.plugins.fetch("FP1"),
                base_url=server.url + "/v1",
                http={"follow_redirects": True},
            )
    landed = other.seen[0]
    assert landed.path == "/landing"
    assert "authorization" not in landed.headers and "cookie" not in landed.headers
    assert server.seen[0].headers["authorization"].startswith("Basic ")


def test_a_redirect_is_followed_only_when_the_callers_http_client_says_so(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as other:
        with Loopback(script(Reply(302, None, {"Location": other.url + "/x"}))) as server:
            # Not followed, and not taken for the answer either.
            with pytest.raises(ApiStatusError, match="redirect to .*/x', not followed") as info:
                call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
            raw = call(flavour, lambda c: c.request("GET", "/x"), base_url=server.url)
        assert info.value.status_code == 302 and raw.status_code == 302 and other.seen == []
        with Loopback(script(Reply(302, None, {"Location": "/v1/again"}))) as server:
            with pytest.raises(ApiError, match="more than 3 redirects"):
                call(
                    flavour,
                    lambda c: c.plugins.fetch("FP1"),
                    base_url=server.url + "/v1",
                    http={"follow_redirects": True, "max_redirects": 3},
                )
        assert len(server.seen) == 4
        # On its own origin a redirect keeps the credentials.
        assert all(s.headers["authorization"].startswith("Basic ") for s in server.seen)


# -- mistakes are errors, not silence ----------------------------------------------------------


def test_an_unknown_keyword_is_a_type_error_naming_it(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        url = server.url + "/v1"
        for action, name in (
            (lambda c: c.plugins.update("FP1", friendy_name="x"), "friendy_name"),
            (lambda c: c.configuration.update(flex_service_instance_sid="IS1"), "flex_service"),
            (lambda c: c.plugins.list(pagesize=5), "pagesize"),
            (lambda c: c.with_raw_response.plugins.fetch("FP1", extra_header={}), "extra_header"),
        ):
            with pytest.raises(TypeError, match=name):
                call(flavour, action, base_url=url)
        assert server.seen == []


def test_the_per_call_options_are_keywords_of_every_method(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        call(
            flavour,
            lambda c: c.plugins.update(
                "FP1",
                friendly_name="CRM",
                timeout=5.0,
                max_retries=1,
                extra_headers={"X-Trace": "t1"},
                extra_query={"Debug": "true"},
                extra_body={"Extra": "1"},
            ),
            base_url=server.url + "/v1",
        )
    seen = server.seen[0]
    assert seen.headers["x-trace"] == "t1" and seen.query == {"Debug": ["true"]}
    assert b"FriendlyName=CRM" in seen.body and b"Extra=1" in seen.body
    signature = inspect.signature(Client(auth=(SID, TOKEN)).plugins.update)
    assert list(signature.parameters)[-5:] == [
        "timeout",
        "max_retries",
        "extra_headers",
        "extra_query",
        "extra_body",
    ]
    with pytest.raises(ValueError, match="max_retries"):
        call(flavour, lambda c: c.plugins.fetch("FP1", max_retries=-1), base_url=server.url)


def _mypy_on_flex(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` on ``tmp_path/use.py``, the generated Flex client importable."""
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "use.py"],
        cwd=tmp_path,
        env={"MYPYPATH": str(ROOT / "generated"), "PATH": ""},
        capture_output=True,
        text=True,
        timeout=300,
    )
    if "No module named mypy" in typed.stderr:
        pytest.skip("mypy is not installed here")
    return typed


def test_the_clients_frozen_records_are_read_only_for_mypy(tmp_path):
    """Events and the configuration refuse an assignment at run time, and
    mypy refuses it too, as it did when they were frozen dataclasses; their
    fields still match by position, typed."""
    (tmp_path / "use.py").write_text(
        "from twilio_flex._streaming import ServerSentEvent\n\n\n"
        "def data(event: ServerSentEvent) -> str:\n"
        "    match event:\n"
        "        case ServerSentEvent(_, text):\n"
        "            return text\n"
        "    return ''\n\n\n"
        "def change(event: ServerSentEvent) -> None:\n    event.data = 'x'\n"
    )
    typed = _mypy_on_flex(tmp_path)
    assert typed.returncode == 1, typed.stdout
    assert 'use.py:12: error: Cannot assign to final attribute "data"' in typed.stdout
    assert typed.stdout.count("error:") == 1, typed.stdout


def test_a_misspelt_answer_field_is_a_type_error_for_mypy(tmp_path):
    (tmp_path / "use.py").write_text(
        "from twilio_flex.models import Plugin\n\n\n"
        "def right(plugin: Plugin) -> str | None:\n    return plugin.unique_name\n\n\n"
        "def wrong(plugin: Plugin) -> str | None:\n    return plugin.uniqe_name\n"
    )
    typed = _mypy_on_flex(tmp_path)
    assert typed.returncode == 1, typed.stdout
    assert 'use.py:9: error: "Plugin" has no attribute "uniqe_name"' in typed.stdout
    assert "use.py:5:" not in typed.stdout, typed.stdout  # the right name type-checks
    # At run time a required field the answer lacks still says what is wrong.
    with pytest.raises(AttributeError, match="Plugin.sid: the API's answer has no usable 'sid'"):
        Plugin.from_dict({}).sid  # noqa: B018
    with pytest.raises(AttributeError, match="has no attribute 'uniqe_name'"):
        Plugin.from_dict(PLUGIN).uniqe_name  # type: ignore[attr-defined]  # noqa: B018


def _public_callables() -> list[tuple[str, Any]]:
    """Every public function, method and property of the package, and every model."""
    found: list[tuple[str, Any]] = []
    modules = [twilio_flex, twilio_flex.models, twilio_flex._client]
    modules += [getattr(twilio_flex.resources, name) for name in twilio_flex.resources.__all__]
    modules += [sys.modules[f"twilio_flex.resources.{name}"] for name in ("plugins", "channels")]
    for module in modules:
        for name in getattr(module, "__all__", dir(module)):
            value = getattr(module, name)
            if not (inspect.isclass(value) or inspect.isfunction(value)):
                continue
            found.append((f"{module.__name__}.{name}", value))
            if inspect.isclass(value):
                for attr, member in vars(value).items():
                    if attr.startswith("_") and attr != "__init__":
                        continue
                    if isinstance(member, property):
                        member = member.fget
                    elif isinstance(member, (classmethod, staticmethod)):
                        member = member.__func__
                    if inspect.isfunction(member):
                        found.append((f"{module.__name__}.{name}.{attr}", member))
    return found


def test_every_public_signature_resolves_its_type_hints():
    """Sphinx autodoc, typeguard and beartype call typing.get_type_hints."""
    found = _public_callables()
    names = {name for name, _ in found}
    # The surface is all there: resources, their methods, models, pagers, errors.
    for expected in (
        "twilio_flex._client.Client.__init__",
        "twilio_flex._client.AsyncClient.plugins",
        "twilio_flex.resources.plugins.Plugins.update",
        "twilio_flex.resources.plugins.AsyncPlugins.list",
        "twilio_flex.models.Plugin",
        "twilio_flex.models.ConfiguredPluginVersionParam",
        "twilio_flex.SyncPager.raw_first_page",
        "twilio_flex.AsyncPager.__init__",
        "twilio_flex.RawResponse.parse",
        "twilio_flex.Page.get_next_page",
    ):
        assert expected in names, expected
    failed = []
    for name, value in found:
        try:
            typing.get_type_hints(value)
        except Exception as error:  # noqa: BLE001 - every failure is listed
            failed.append(f"{name}: {type(error).__name__}: {error}")
    assert not failed, "\n".join(failed)
    hints = typing.get_type_hints(twilio_flex.models.ConfiguredPluginVersionParam)
    assert set(hints) == {"plugin_version", "phase"}


# -- answers the client cannot read are ApiErrors ------------------------------------------------

BOMB = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("what", ["fetch", "list", "error"])
def test_a_json_bomb_is_an_api_error(flavour, what):
    status = 400 if what == "error" else 200
    reply = Reply(status, BOMB, {"Content-Type": "application/json"})
    with Loopback(script(reply)) as server:
        action = {
            "fetch": lambda c: c.plugins.fetch("FP1"),
            "list": lambda c: c.plugins.list(),
            "error": lambda c: c.plugins.fetch("FP1"),
        }[what]
        with pytest.raises(ApiError) as info:
            call(flavour, action, base_url=server.url + "/v1")
    if what == "error":
        assert isinstance(info.value, BadRequestError) and info.value.status_code == 400
    else:
        assert isinstance(info.value, UnreadableResponseError)
        assert "nests too deeply" in str(info.value) and info.value.status_code == 200


def test_an_answer_that_is_not_json_says_what_came(flavour):
    html = (
        "<html><head><title>Down for maintenance</title></head><body>"
        + "We will be back soon. " * 50
        + f"Your token {TOKEN} was logged.</body></html>"
    )
    with Loopback(
        script(Reply(200, html.encode(), {"Content-Type": "text/html; charset=utf-8"}))
    ) as server:
        with pytest.raises(UnreadableResponseError) as info:
            call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
    error = info.value
    text = str(error)
    assert "200 answer is not valid JSON (text/html; charset=utf-8)" in text
    assert "<title>Down for maintenance</title>" in text and len(error.body) <= 303
    assert error.content_type.startswith("text/html") and error.response is not None
    pickled = pickle.dumps(error)
    assert TOKEN not in text + repr(error) + str(pickled)
    with Loopback(
        script(Reply(200, html.encode().replace(b"We will", TOKEN.encode()), {}))
    ) as server:
        with pytest.raises(UnreadableResponseError) as info:
            call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
    assert TOKEN not in str(info.value) and "<hidden>" in str(info.value)


def test_a_raw_answer_parsed_later_fails_the_same_way(flavour):
    with Loopback(
        script(Reply(200, b"<html>oops</html>", {"Content-Type": "text/html"}))
    ) as server:
        raw = call(flavour, lambda c: c.with_raw_response.plugins.fetch("FP1"), base_url=server.url)
    assert raw.status_code == 200 and repr(raw) == "<RawResponse [200]>"
    with pytest.raises(UnreadableResponseError, match="not valid JSON"):
        raw.parse()


def test_a_connection_failure_gives_its_reason(flavour):
    with Loopback(script(Reply())) as server:
        url = server.url
    with pytest.raises(ApiConnectionError) as info:
        call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=url + "/v1")
    assert "connection failed: " in str(info.value)
    assert "[Errno 111] Connection refused" in str(info.value)


# -- writes are never duplicated by a retry --------------------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504, 408])
def test_a_create_is_not_sent_twice_after_a_failure_that_may_come_after_it(flavour, status):
    with Loopback(
        script(Reply(status, {"message": "boom"}, {"Retry-After": "0"}), Reply(201, PLUGIN))
    ) as server:
        with pytest.raises(ApiError) as info:
            call(
                flavour,
                lambda c: c.plugins.create(unique_name="crm"),
                base_url=server.url + "/v1",
                max_retries=2,
            )
    assert len(server.seen) == 1 and info.value.status_code == status


def test_a_create_is_sent_again_after_a_429_and_a_read_after_a_503(flavour):
    with Loopback(script(Reply(429, None, {"Retry-After": "0"}), Reply(201, PLUGIN))) as server:
        created = call(
            flavour,
            lambda c: c.plugins.create(unique_name="crm"),
            base_url=server.url + "/v1",
            max_retries=2,
        )
    assert created.sid == PLUGIN["sid"] and len(server.seen) == 2
    assert server.seen[0].body == server.seen[1].body
    with Loopback(script(Reply(503, None, {"Retry-After": "0"}), Reply(200, PLUGIN))) as server:
        call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url, max_retries=2)
    assert len(server.seen) == 2


def test_a_create_is_sent_again_only_when_the_connection_was_never_made(flavour):
    attempts: list[httpx.Request] = []

    def refuse_then_reset(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if len(attempts) == 2:  # sent: the API may have acted on it
            raise httpx.ReadError("connection reset by peer", request=request)
        return httpx.Response(201, json=PLUGIN)

    with pytest.raises(ApiConnectionError, match="connection failed: connection reset by peer"):
        call(
            flavour,
            lambda c: c.plugins.create(unique_name="crm"),
            http={"transport": httpx.MockTransport(refuse_then_reset)},
            max_retries=3,
        )
    assert len(attempts) == 2


# -- what the review of the client found -------------------------------------------------------


def _no_part_of(secret: str, text: str) -> bool:
    """No 8 characters of ``secret`` in a row show in ``text``."""
    return not any(secret[i : i + 8] in text for i in range(len(secret) - 7))


@pytest.mark.parametrize("status, filler", [(400, "x" * 480), (200, "\n" * 590)])
def test_a_credential_cut_by_the_preview_is_still_hidden(flavour, status, filler):
    # The preview is cut at a fixed length: hidden after the cut, the token's
    # first characters would show.
    body = (filler + TOKEN + " trailing").encode()
    with Loopback(script(Reply(status, body, {"Content-Type": "text/plain"}))) as server:
        with pytest.raises(ApiError) as info:
            call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
    error = info.value
    assert _no_part_of(TOKEN, str(error) + repr(error) + str(error.body))


def test_a_credential_echoed_in_escaped_json_is_hidden_in_every_field(flavour):
    basic = httpx.BasicAuth(SID, TOKEN)._auth_header.split(" ")[1]
    slashed = TOKEN.replace("-", "\\u002d")  # as JSON may escape it
    body = (
        '{"code": 20003, "message": "no", "echo": "' + slashed + '", "header": "Basic '
        + basic.replace("/", "\\/") + '", "more_info": "https://x.example/?t=' + slashed + '"}'
    )  # fmt: skip
    with Loopback(
        script(Reply(401, body.encode(), {"Content-Type": "application/json"}))
    ) as server:
        with pytest.raises(ApiStatusError) as info:
            call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
    error = info.value
    shown = [str(error), repr(error), str(error.body), str(error.more_info), repr(error.parsed)]
    assert error.body["echo"] == "<hidden>" and error.more_info.endswith("t=<hidden>")
    assert all(TOKEN not in text and basic not in text for text in shown)
    assert TOKEN not in str(pickle.dumps(error))


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
def test_a_redirect_not_followed_is_not_taken_for_success(flavour, status):
    # A delete answered with a redirect was not done: None would say it was.
    with Loopback(
        script(Reply(status, None, {"Location": "https://elsewhere.example/"}))
    ) as server:
        with pytest.raises(ApiStatusError, match="elsewhere.example/', not followed") as info:
            call(flavour, lambda c: c.channels.delete("CH1"), base_url=server.url + "/v1")
        with pytest.raises(ApiStatusError):
            call(flavour, lambda c: c.plugins.list(), base_url=server.url + "/v1")
    assert info.value.status_code == status and len(server.seen) == 2


@pytest.mark.parametrize("what", ["fetch", "list", "streamed"])
def test_a_body_that_cannot_be_decoded_is_unreadable(flavour, what):
    status = 200
    reply = Reply(status, b"junk", {"Content-Encoding": "gzip", "Content-Type": "application/json"})
    action = {
        "fetch": lambda c: c.plugins.fetch("FP1"),
        "list": lambda c: c.plugins.list(),
        "streamed": lambda c: c.with_streaming_response.plugins.fetch("FP1"),
    }[what]

    def read(client: Any) -> Any:
        answer = action(client)
        if what != "streamed":
            return answer
        if flavour == "sync":
            with answer as streamed:
                return streamed.read()

        async def streamed_read() -> Any:
            async with answer as streamed:
                return await streamed.read()

        return streamed_read()

    with Loopback(script(reply)) as server:
        with pytest.raises(
            UnreadableResponseError, match="cannot be decoded .Content-Encoding: gzip"
        ):
            call(flavour, read, base_url=server.url + "/v1")


def test_an_error_whose_body_cannot_be_decoded_keeps_its_status_and_its_retry(flavour):
    broken = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
    with Loopback(script(Reply(404, b"junk", broken))) as server:
        with pytest.raises(ApiStatusError) as info:
            call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url + "/v1")
    assert info.value.status_code == 404 and info.value.body is None
    with Loopback(
        script(Reply(503, b"junk", {**broken, "Retry-After": "0.01"}), Reply(200, PLUGIN))
    ) as server:
        found = call(flavour, lambda c: c.plugins.fetch("FP1"), base_url=server.url, max_retries=1)
    assert found.sid == PLUGIN["sid"] and len(server.seen) == 2


def test_a_304_answers_the_callers_conditional_request(flavour):
    with Loopback(script(Reply(304, None, {"ETag": '"v1"'}))) as server:
        raw = call(
            flavour,
            lambda c: c.with_raw_response.plugins.fetch(
                "FP1", extra_headers={"If-None-Match": '"v1"'}
            ),
            base_url=server.url + "/v1",
        )
    assert raw.status_code == 304 and server.seen[0].headers["if-none-match"] == '"v1"'


@pytest.mark.parametrize(
    "body", [{"foo": 1}, [], {"plugins": {"sid": "FP1"}, "meta": {}}, {"other": [], "meta": {}}]
)
def test_a_page_without_its_list_is_unreadable_not_empty(flavour, body):
    with Loopback(script(Reply(200, body))) as server:
        with pytest.raises(UnreadableResponseError, match="no list of items at 'plugins'"):
            call(flavour, lambda c: c.plugins.list(), base_url=server.url + "/v1")


def test_a_next_link_back_to_the_first_page_is_not_followed(flavour):
    def answer(seen: Seen) -> Reply:
        return Reply(200, page(own_url))

    with Loopback(answer) as server:
        own_url = server.url + "/v1/PluginService/Plugins"
        items = call(flavour, lambda c: c.plugins.list(), base_url=server.url + "/v1")
    assert len(items) == 1 and len(server.seen) == 1


@pytest.mark.parametrize("bad", ["abc", -1, 0, float("nan"), float("inf"), [1, 2], True])
def test_a_timeout_that_is_not_one_is_refused_before_anything_is_sent(bad):
    error = TypeError if isinstance(bad, (str, list, bool)) else ValueError
    with pytest.raises(error, match="timeout"):
        Client(auth=(SID, TOKEN), timeout=bad)
    client = Client(auth=(SID, TOKEN))
    with pytest.raises(error, match="timeout"):
        client.with_options(timeout=bad)
    with pytest.raises(error, match="timeout"):
        client.plugins.fetch("FP1", timeout=bad)
    if not isinstance(bad, list):  # which httpx.Timeout refuses itself
        with pytest.raises(error, match="timeout"):
            Client(auth=(SID, TOKEN), timeout=httpx.Timeout(5.0, connect=bad))
    client.close()


@pytest.mark.parametrize("bad", [2.5, True, "5", -1])
def test_a_limit_that_is_not_a_count_is_refused(flavour, bad):
    with pytest.raises(ValueError, match="limit must be a whole number"):
        call(flavour, lambda c: c.plugins.list(limit=bad), base_url="http://127.0.0.1:9")


def test_a_path_given_to_request_cannot_climb_out_of_base_url(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        for path in ("/..//evil.example/x", "a/./b", "/%2e%2e/x", "x/%2E"):
            with pytest.raises(ValueError, match="'.' or '..' segment"):
                call(flavour, lambda c: c.request("GET", path), base_url=server.url + "/v1")
        call(flavour, lambda c: c.request("GET", "/Plugins/a.b..c"), base_url=server.url + "/v1")
    assert [s.path for s in server.seen] == ["/v1/Plugins/a.b..c"]


@pytest.mark.parametrize("header", ["-3", "nan", "0", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_a_retry_after_of_now_or_nonsense_waits_the_usual_backoff(monkeypatch, header):
    waits: list[float] = []
    monkeypatch.setattr(twilio_flex._base_client.time, "sleep", waits.append)
    with Loopback(script(Reply(503, None, {"Retry-After": header}), Reply(200, PLUGIN))) as server:
        call("sync", lambda c: c.plugins.fetch("FP1"), base_url=server.url, max_retries=1)
    assert len(waits) == 1 and 0.3 <= waits[0] <= 0.5


def test_bytes_are_refused_where_text_is_sent(flavour):
    with Loopback(script(Reply(200, PLUGIN))) as server:
        for action in (
            lambda c: c.plugins.fetch(b"FP1"),
            lambda c: c.plugins.create(unique_name=b"crm"),
        ):
            with pytest.raises(TypeError, match="not bytes"):
                call(flavour, action, base_url=server.url + "/v1")
    assert server.seen == []


def test_an_http_client_of_the_other_kind_is_refused():
    other = httpx.AsyncClient()
    with pytest.raises(TypeError, match="not AsyncClient"):
        Client(auth=(SID, TOKEN), http_client=other)  # type: ignore[arg-type]
    asyncio.run(other.aclose())
    with httpx.Client() as other, pytest.raises(TypeError, match="not Client"):
        AsyncClient(auth=(SID, TOKEN), http_client=other)  # type: ignore[arg-type]
