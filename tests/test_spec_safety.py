"""Any spec's client keeps its credentials and its writes safe (the feature
spec tests/features/safety.yaml, and specs with no or a relative server),
sync and async, through httpx.MockTransport and loopback servers: API keys
never leave the origin and never show, server variables and cookies stay in
their place, and a write is sent twice only when that is safe."""

from __future__ import annotations

import asyncio
import inspect
import logging
import pickle
import subprocess
import sys
import uuid
from typing import Any, Callable

import httpx
import pytest

from conftest import minimal_spec, package
from loopback import Loopback, Reply, script

KEY = "query-key-4f9a2c"
HEADER_KEY = "header-key-7d31e0"
ITEM = {"id": "i1", "name": "one"}


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def safety(generated: Any) -> Any:
    return package(generated, "safety")


def call(
    pkg: Any,
    flavour: str,
    action: Callable[[Any], Any],
    handler: Callable[[httpx.Request], httpx.Response] | None = None,
    http: dict[str, Any] | None = None,
    **options: Any,
) -> Any:
    """``action(client)`` with ``pkg``'s Client or AsyncClient, whose httpx
    client answers with ``handler`` (else over the network)."""
    options.setdefault("max_retries", 0)
    if pkg.__name__ == "feat_safety":
        options = {"query_key": KEY, "header_key": HEADER_KEY, **options}
    http = dict(http or {})
    if handler is not None:
        http["transport"] = httpx.MockTransport(handler)
    if flavour == "sync":
        with pkg.Client(http_client=httpx.Client(**http), **options) as client:
            result = action(client)
            return list(result) if hasattr(result, "pages") else result

    async def main() -> Any:
        async with pkg.AsyncClient(http_client=httpx.AsyncClient(**http), **options) as client:
            result = action(client)
            if hasattr(result, "pages"):
                return [item async for item in result]
            return await result if inspect.isawaitable(result) else result

    return asyncio.run(main())


def answering(*responses: httpx.Response) -> tuple[Callable[..., httpx.Response], list[Any]]:
    """A handler answering with each response in turn (the last one repeated),
    and the requests it saw."""
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        reply = responses[min(len(sent), len(responses)) - 1]
        # A fresh response each time: one is read once, by one kind of client.
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    return handle, sent


# -- links and redirects --------------------------------------------------------------------


def test_next_links_resolve_against_their_page_and_stay_on_its_origin(safety, flavour):
    def pages(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/items":
            return httpx.Response(200, json={"data": [ITEM], "next": "../v1/more?p=2"})
        return httpx.Response(200, json={"data": [{"id": "i2"}], "next": None})

    items = call(safety, flavour, lambda c: c.items.list(), pages)
    assert [i.id for i in items] == ["i1", "i2"]
    for link in ("//evil.example/x", "https://evil.example/x", "http://eu.api.example.com/x"):
        handle, sent = answering(httpx.Response(200, json={"data": [ITEM], "next": link}))
        with pytest.raises(safety.ApiError, match="refusing to follow"):
            call(safety, flavour, lambda c: c.items.list(), handle)
        assert len(sent) == 1, link


def test_link_header_pages_are_resolved_and_checked_too(generated, flavour):
    pkg = package(generated, "pages")
    for link, expected in (
        ("?page=2", "https://api.example.com/repos?page=2"),
        ("//evil.example/repos?page=2", None),
    ):
        sent: list[httpx.Request] = []

        def handle(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            first = len(sent) == 1
            headers = {"Link": f'<{link}>; rel="next"'} if first else {}
            return httpx.Response(200, json=[{"id": len(sent)}], headers=headers)

        if expected is None:
            with pytest.raises(pkg.ApiError, match="refusing to follow"):
                call(pkg, flavour, lambda c: c.repos.list(), handle)
            assert len(sent) == 1
        else:
            call(pkg, flavour, lambda c: c.repos.list(), handle)
            assert str(sent[1].url) == expected


@pytest.mark.parametrize("status", [302, 307])
def test_a_redirect_elsewhere_drops_api_keys_in_headers_and_query(safety, flavour, status):
    with Loopback(script(Reply(201, {"id": "n1"}))) as other:
        with Loopback(
            script(Reply(status, None, {"Location": other.url + f"/landing?api_key={KEY}"}))
        ) as server:
            call(
                safety,
                flavour,
                lambda c: c.notes.create(text="hi"),
                http={"follow_redirects": True},
                base_url=server.url,
            )
    assert server.seen[0].headers["x-api-key"] == HEADER_KEY
    landed = other.seen[0]
    assert "x-api-key" not in landed.headers and "api_key" not in landed.query
    # On the same origin the key goes along.
    with Loopback(
        lambda seen: (
            Reply(200, ITEM) if seen.path == "/there" else Reply(307, None, {"Location": "/there"})
        )
    ) as server:
        call(
            safety,
            flavour,
            lambda c: c.notes.create(text="hi"),
            http={"follow_redirects": True},
            base_url=server.url,
        )
    assert [s.headers.get("x-api-key") for s in server.seen] == [HEADER_KEY, HEADER_KEY]


# -- what the client shows ------------------------------------------------------------------------


def test_a_key_in_the_query_never_shows(safety, flavour, caplog):
    shown: list[str] = []
    with caplog.at_level(logging.DEBUG, logger="feat_safety"):
        handle, sent = answering(
            httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "0"}),
            httpx.Response(500, json={"message": "boom"}),
        )
        with pytest.raises(safety.InternalServerError) as error:
            call(safety, flavour, lambda c: c.items.get("i1"), handle, max_retries=1)
        assert sent[0].url.params["api_key"] == KEY  # it was sent, where the spec says
        shown += [str(error.value), repr(error.value), error.value.url]
        shown.append(str(pickle.loads(pickle.dumps(error.value)).url))
        handle, _ = answering(httpx.Response(200, content=b"<p>down</p>"))
        with pytest.raises(safety.UnreadableResponseError) as unreadable:
            call(safety, flavour, lambda c: c.items.get("i1"), handle)
        shown += [str(unreadable.value)]
        raw = call(
            safety,
            flavour,
            lambda c: c.with_raw_response.items.get("i1"),
            lambda r: httpx.Response(200, json=ITEM),
        )
        shown.append(repr(raw))
        with Loopback(script(Reply())) as server:
            url = server.url
        with pytest.raises(safety.ApiConnectionError) as failed:
            call(safety, flavour, lambda c: c.items.get("i1"), base_url=url, max_retries=1)
        shown.append(str(failed.value))
    shown.append(caplog.text)
    assert "retrying" in caplog.text and "?api_key=<hidden>" in caplog.text
    assert "Connection refused" in str(failed.value)
    for text in shown:
        assert KEY not in text and HEADER_KEY not in text, text


# -- server variables and cookies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "keyword, value",
    [
        ("region", "evil.example/"),  # in the spec's enum, and still refused
        ("region", "a@b"),
        ("region", "us:8443"),
        ("region", "x?y"),
        ("region", "x#y"),
        ("region", ".."),
        ("region", "a b"),
        ("version", "v2/../../x"),
        ("version", "v2/x"),
        ("version", "%2e%2e"),
    ],
)
def test_a_server_variable_only_fills_its_own_part(safety, keyword, value):
    for cls in (safety.Client, safety.AsyncClient):
        with pytest.raises(ValueError, match=f"^{keyword}=.*fills only its own part"):
            cls(**{keyword: value})
    assert safety.Client(region="us", version="v2").base_url == "https://us.api.example.com/v2"


def test_cookie_values_are_encoded(safety, flavour):
    handle, sent = answering(httpx.Response(200, json={"data": [], "next": None}))
    call(safety, flavour, lambda c: c.items.list(prefs="a; admin=1"), handle)
    assert sent[0].headers["Cookie"] == "prefs=a%3B%20admin=1"


@pytest.mark.parametrize(
    "where",
    ["parameter", "scheme"],
)
def test_a_cookie_name_that_is_not_a_token_is_refused_with_its_place(cli, write_spec, where):
    spec = minimal_spec(
        **{
            "/items": {
                "get": {"operationId": "listItems", "responses": {"204": {"description": "ok"}}}
            }
        }
    )
    if where == "parameter":
        spec["paths"]["/items"]["get"]["parameters"] = [
            {"name": "sid; admin=1", "in": "cookie", "schema": {"type": "string"}}
        ]
        pointer = "/paths/~1items/get/parameters/0/name"
    else:
        spec["components"] = {
            "securitySchemes": {"k": {"type": "apiKey", "in": "cookie", "name": "sid; admin=1"}}
        }
        pointer = "/components/securitySchemes/k/name"
    path = write_spec(spec)
    status, _, err = cli("generate", str(path), "--out", "out", "--package", "shop")
    assert status == 1
    assert f"{path}:" in err and pointer in err and "is not a valid HTTP cookie name" in err


# -- writes ---------------------------------------------------------------------------------------

BUSY = httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": "0"})


def test_an_idempotency_key_is_made_and_kept_on_every_try(safety, flavour):
    handle, sent = answering(BUSY, BUSY, httpx.Response(201, json=ITEM))
    call(safety, flavour, lambda c: c.items.create(name="one"), handle, max_retries=2)
    keys = [request.headers["Idempotency-Key"] for request in sent]
    assert len(sent) == 3 and len(set(keys)) == 1 and uuid.UUID(keys[0])
    handle, again = answering(httpx.Response(201, json=ITEM))
    call(safety, flavour, lambda c: c.items.create(name="one"), handle)
    assert again[0].headers["Idempotency-Key"] != keys[0]  # a fresh key for each call
    handle, given = answering(BUSY, httpx.Response(201, json=ITEM))
    call(
        safety,
        flavour,
        lambda c: c.items.create(name="one", idempotency_key="mine-1"),
        handle,
        max_retries=1,
    )
    assert [r.headers["Idempotency-Key"] for r in given] == ["mine-1", "mine-1"]


@pytest.mark.parametrize(
    "action, tries",
    [
        (lambda c: c.items.replace("i1", name="x"), 3),  # x-idempotent: true
        (lambda c: c.items.get("i1"), 3),  # a read
        (lambda c: c.items.delete("i1"), 1),  # may have been deleted: not again
        (lambda c: c.notes.create(text="x"), 1),  # a plain create
    ],
)
def test_only_what_is_safe_to_repeat_is_sent_again_after_a_503(safety, flavour, action, tries):
    handle, sent = answering(BUSY)
    with pytest.raises(safety.InternalServerError):
        call(safety, flavour, action, handle, max_retries=2)
    assert len(sent) == tries


def test_a_429_is_retried_for_any_write(safety, flavour):
    handle, sent = answering(
        httpx.Response(429, headers={"Retry-After": "0"}), httpx.Response(201, json={"id": "n1"})
    )
    assert (
        call(safety, flavour, lambda c: c.notes.create(text="x"), handle, max_retries=1).id == "n1"
    )
    assert len(sent) == 2 and sent[0].content == sent[1].content


def test_the_policy_is_in_the_docstrings(safety):
    assert "idempotency key" in safety.Client.__doc__
    assert "the same one" in safety.resources.items.Items.create.__doc__
    assert "Safe to repeat" in safety.resources.items.Items.replace.__doc__


# -- no server, or a relative one ---------------------------------------------------------------


def test_a_relative_server_needs_base_url_and_then_works(generated, flavour):
    pkg = package(generated, "relative")
    for cls in (pkg.Client, pkg.AsyncClient):
        with pytest.raises(ValueError, match="relative to where it is published \\('/api/v3'\\)"):
            cls()
    handle, sent = answering(httpx.Response(200, json={"id": 7}))
    pet = call(
        pkg,
        flavour,
        lambda c: c.pets.get(7),
        handle,
        base_url="https://petstore.example/api/v3",
    )
    assert pet.id == 7 and str(sent[0].url) == "https://petstore.example/api/v3/pets/7"


def test_no_server_at_all_says_base_url_is_needed(cli, write_spec, tmp_path):
    spec = minimal_spec(
        **{
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"type": "string"}}
                                }
                            },
                        }
                    },
                }
            }
        }
    )
    del spec["servers"]
    status, _, err = cli("generate", str(write_spec(spec)), "--out", "out", "--package", "shop")
    assert status == 0, err
    out = tmp_path / "out"
    probe = subprocess.run(
        [sys.executable, "-c", "import shop; shop.Client()"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "ValueError: this API's description declares no server: pass base_url=" in probe.stderr
    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=out,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert tests.returncode == 0 and " passed" in tests.stdout, tests.stdout[-2000:]


# -- the edges a hostile server or a careless caller finds ----------------------------------------


def test_a_next_link_keeps_its_own_query_beside_a_key_in_the_query(safety, flavour):
    def pages(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params.get("page", "1"))
        link = f"/v1/items?page={page + 1}" if page < 3 else None
        return httpx.Response(200, json={"data": [{"id": f"i{page}"}], "next": link})

    items = call(safety, flavour, lambda c: c.items.list(), pages)
    assert [i.id for i in items] == ["i1", "i2", "i3"]


def test_a_redirect_elsewhere_never_carries_the_callers_own_httpx_auth(safety, flavour):
    with Loopback(script(Reply(200, ITEM))) as other:
        with Loopback(script(Reply(302, None, {"Location": other.url + "/x"}))) as server:
            call(
                safety,
                flavour,
                lambda c: c.items.get("i1"),
                http={"follow_redirects": True, "auth": ("user", "caller-password")},
                base_url=server.url,
            )
    assert server.seen[0].headers["authorization"].startswith("Basic ")
    assert "authorization" not in other.seen[0].headers


def test_a_redirect_on_the_same_origin_keeps_the_key_and_the_cookies(safety, flavour):
    def answer(seen: Any) -> Reply:
        if seen.path == "/moved":
            return Reply(200, {"data": [], "next": None})
        return Reply(307, None, {"Location": "/moved"})

    with Loopback(answer) as server:
        call(
            safety,
            flavour,
            lambda c: c.items.list(prefs="dark"),
            http={"follow_redirects": True},
            base_url=server.url,
        )
    first, moved = server.seen
    assert moved.path == "/moved" and moved.query["api_key"] == [KEY]
    assert moved.headers["cookie"] == first.headers["cookie"] == "prefs=dark"


def test_a_write_whose_redirect_fails_is_not_sent_again(safety, flavour):
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "POST":
            return httpx.Response(303, headers={"Location": "https://cdn.example.org/notes/1"})
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    with pytest.raises(safety.ApiConnectionError) as info:
        call(
            safety,
            flavour,
            lambda c: c.notes.create(text="x"),
            handle,
            http={"follow_redirects": True},
            max_retries=3,
        )
    assert [r.method for r in sent] == ["POST", "GET"]
    assert info.value.method == "GET" and info.value.url == "https://cdn.example.org/notes/1"


def test_a_key_that_cannot_be_a_header_is_refused_without_being_shown(safety, flavour):
    for cls in (safety.Client, safety.AsyncClient):
        with pytest.raises(ValueError, match="header_key holds a line break") as info:
            cls(header_key=HEADER_KEY + "\n")
        assert HEADER_KEY not in str(info.value)
    handle, sent = answering(httpx.Response(201, json={"id": "n1"}))
    with pytest.raises(ValueError, match="header_key holds a line break"):
        call(safety, flavour, lambda c: c.notes.create(), handle, header_key=lambda: "k\r\nX: y")
    assert sent == []


def test_keys_the_server_echoes_are_hidden_in_every_message(safety, flavour):
    handle, _ = answering(httpx.Response(400, json={"message": f"bad key {KEY}"}))
    with pytest.raises(safety.BadRequestError) as error:
        call(safety, flavour, lambda c: c.items.get("i1"), handle)
    assert KEY not in str(error.value) and "bad key <hidden>" in str(error.value)
    link = f"https://eu.api.example.com:443:80/items?api_key={KEY}"
    handle, _ = answering(httpx.Response(200, json={"data": [ITEM], "next": link}))
    with pytest.raises(safety.UnreadableResponseError) as unreadable:
        call(safety, flavour, lambda c: c.items.list(), handle)
    assert "is not a URL" in str(unreadable.value) and KEY not in str(unreadable.value)


def test_httpx_own_log_never_shows_a_key(safety, flavour, caplog):
    with caplog.at_level(logging.INFO, logger="httpx"):
        with Loopback(script(Reply(200, ITEM))) as server:
            call(safety, flavour, lambda c: c.items.get("i1"), base_url=server.url)
    assert "HTTP Request: GET" in caplog.text and "api_key=%3Chidden%3E" in caplog.text
    assert KEY not in caplog.text


@pytest.mark.parametrize(
    "headers, tries",
    [({"idempotency_key": ""}, 1), ({"extra_headers": {"idempotency-key": None}}, 1)],
)
def test_an_empty_or_removed_idempotency_key_makes_no_write_safe(safety, flavour, headers, tries):
    handle, sent = answering(BUSY)
    with pytest.raises(safety.InternalServerError):
        call(safety, flavour, lambda c: c.items.create(name="x", **headers), handle, max_retries=2)
    assert len(sent) == tries and not sent[0].headers.get("Idempotency-Key")


@pytest.mark.parametrize("body", [b"null", b"[1, 2]", b'"text"'])
def test_an_answer_of_the_wrong_shape_is_unreadable_and_says_so(safety, flavour, body):
    handle, _ = answering(
        httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
    )
    with pytest.raises(safety.UnreadableResponseError) as info:
        call(safety, flavour, lambda c: c.items.get("i1"), handle)
    error = info.value
    assert error.status_code == 200 and error.method == "GET" and "/items/i1" in error.url
    assert "not what the spec describes (application/json): expected a JSON object" in str(error)


def test_a_connection_lost_while_an_answer_streams_is_an_api_error(generated, flavour):
    pkg = package(generated, "answers")

    def broken(request: httpx.Request) -> httpx.Response:
        def chunks() -> Any:
            yield b"event: update\ndata: first\n\n"
            raise httpx.ReadError("connection reset by peer", request=request)

        async def async_chunks() -> Any:
            for chunk in [b"event: update\ndata: first\n\n"]:
                yield chunk
            raise httpx.ReadError("connection reset by peer", request=request)

        content = chunks() if flavour == "sync" else async_chunks()
        kind = "text/event-stream" if request.url.path == "/events" else "application/pdf"
        return httpx.Response(200, content=content, headers={"Content-Type": kind})

    def events(c: Any) -> Any:
        if flavour == "sync":
            with c.events.watch() as stream:
                return [e.data for e in stream]

        async def gather() -> Any:
            async with await c.events.watch() as stream:
                return [e.data async for e in stream]

        return gather()

    def download(c: Any) -> Any:
        if flavour == "sync":
            with c.reports.with_streaming_response.get("r1") as response:
                return b"".join(response.iter_bytes())

        async def gather() -> Any:
            async with c.reports.with_streaming_response.get("r1") as response:
                return b"".join([chunk async for chunk in response.iter_bytes()])

        return gather()

    for action in (events, download):
        with pytest.raises(pkg.ApiConnectionError, match="connection reset by peer"):
            call(pkg, flavour, action, broken)


@pytest.mark.parametrize("value", ["evil.com\uff03", "e\xadvil", "evil.com\uff0fx"])
def test_a_server_variable_is_read_as_a_url_parser_reads_it(safety, value):
    with pytest.raises(ValueError, match="^region="):
        safety.Client(region=value)


def test_a_cookie_key_keeps_its_base64_characters(generated):
    pkg = package(generated, "auth")
    handle, sent = answering(httpx.Response(204))
    call(
        pkg,
        "sync",
        lambda c: c.account.admin_action(),
        handle,
        header_key="hk",
        cookie_key="k+/=1;x",
    )
    assert sent[0].headers["Cookie"] == "session=k+/=1%3Bx"
