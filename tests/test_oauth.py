"""OAuth 2 client credentials: the client fetches, caches and renews its own
token, against a loopback token endpoint and API (tests/features/auth.yaml,
whose ``oauth`` scheme has a relative tokenUrl), sync and async."""

from __future__ import annotations

import asyncio
import base64
import logging
import threading
import time
from typing import Any, Callable
from urllib.parse import parse_qs

import httpx
import pytest

from conftest import package
from loopback import Loopback, Reply, Seen

SECRET = "s3cret:with/odd+chars"


class Server:
    """A token endpoint and the API behind it, on one loopback server."""

    def __init__(self, expires_in: Any = 3600, token_delay: float = 0.0) -> None:
        self.expires_in = expires_in
        self.token_delay = token_delay
        self.issued: list[str] = []
        self.revoked: set[str] = set()
        self.token_error: Reply | None = None
        self.lock = threading.Lock()

    def __call__(self, seen: Seen) -> Reply:
        if seen.path == "/oauth/token":
            if self.token_error is not None:
                return self.token_error
            with self.lock:
                token = f"tok-{len(self.issued) + 1}-abcdef"
                self.issued.append(token)
            body: dict[str, Any] = {"access_token": token, "token_type": "Bearer"}
            if self.expires_in is not None:
                body["expires_in"] = self.expires_in
            return Reply(200, body, delay=self.token_delay)
        sent = seen.headers.get("authorization", "")
        token = sent.removeprefix("Bearer ")
        if token not in self.issued or token in self.revoked:
            return Reply(401, {"message": "token expired"})
        return Reply(204)


def token_requests(server: Loopback) -> list[Seen]:
    return [s for s in server.seen if s.path == "/oauth/token"]


def api_requests(server: Loopback) -> list[Seen]:
    return [s for s in server.seen if s.path != "/oauth/token"]


@pytest.fixture
def auth(generated: Any) -> Any:
    return package(generated, "auth")


def run(pkg: Any, url: str, action: Callable[[Any], Any], asynchronous: bool, **given: Any) -> Any:
    """``action(client)`` with a Client or an AsyncClient of ``pkg`` at ``url``."""
    given = {"client_id": "app-1", "client_secret": SECRET, **given}
    if not asynchronous:
        with pkg.Client(base_url=url, max_retries=0, **given) as client:
            return action(client)

    async def main() -> Any:
        async with pkg.AsyncClient(base_url=url, max_retries=0, **given) as client:
            return await action(client)

    return asyncio.run(main())


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_the_client_fetches_a_token_once_and_sends_it_as_a_bearer_token(auth, asynchronous):
    state = Server()
    with Loopback(state) as server:

        async def twice_async(c: Any) -> None:
            await c.account.via_oauth()
            await c.account.via_oauth()

        def twice(c: Any) -> None:
            c.account.via_oauth()
            c.account.via_oauth()

        run(auth, server.url, twice_async if asynchronous else twice, asynchronous)
    [token] = token_requests(server)
    assert token.method == "POST"
    form = parse_qs(token.body.decode())
    # The scopes the operations need: "write" is declared, but nothing needs it.
    assert form == {"grant_type": ["client_credentials"], "scope": ["read"]}
    # RFC 6749 2.3.1: id and secret form-encoded, then HTTP basic.
    basic = base64.b64decode(token.headers["authorization"].removeprefix("Basic ")).decode()
    assert basic == "app-1:s3cret%3Awith%2Fodd%2Bchars"
    assert token.headers["content-type"] == "application/x-www-form-urlencoded"
    calls = api_requests(server)
    assert [c.headers["authorization"] for c in calls] == ["Bearer tok-1-abcdef"] * 2


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_token_is_renewed_shortly_before_it_expires(auth, asynchronous, monkeypatch):
    """An hour's token is kept for 59.5 minutes, then renewed: 30 seconds early."""
    now = [1000.0]
    monkeypatch.setattr(auth._oauth, "clock", lambda: now[0])
    state = Server(expires_in=3600)
    with Loopback(state) as server:

        def calls(c: Any) -> None:
            c.account.via_oauth()
            now[0] += 3569  # 31 seconds left: still sent
            c.account.via_oauth()
            now[0] += 2  # 29 seconds left: renewed first
            c.account.via_oauth()

        async def calls_async(c: Any) -> None:
            await c.account.via_oauth()
            now[0] += 3569
            await c.account.via_oauth()
            now[0] += 2
            await c.account.via_oauth()

        run(auth, server.url, calls_async if asynchronous else calls, asynchronous)
    assert len(token_requests(server)) == 2
    sent = [c.headers["authorization"] for c in api_requests(server)]
    assert sent == ["Bearer tok-1-abcdef", "Bearer tok-1-abcdef", "Bearer tok-2-abcdef"]


def test_a_short_token_is_renewed_a_tenth_of_its_life_early(auth, monkeypatch):
    now = [0.0]
    monkeypatch.setattr(auth._oauth, "clock", lambda: now[0])
    with Loopback(Server(expires_in=10)) as server:

        def calls(c: Any) -> None:
            c.account.via_oauth()
            now[0] = 8.9  # renewed at 9 s, a tenth of 10 s early
            c.account.via_oauth()
            now[0] = 9.1
            c.account.via_oauth()

        run(auth, server.url, calls, False)
    assert len(token_requests(server)) == 2


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_after_a_401_a_new_token_is_fetched_and_the_call_sent_once_more(auth, asynchronous):
    state = Server(expires_in=None)  # no lifetime: kept until the API refuses it
    with Loopback(state) as server:

        def calls(c: Any) -> None:
            c.account.via_oauth()
            state.revoked.add(state.issued[-1])  # revoked early, as a server may
            c.account.via_oauth()

        async def calls_async(c: Any) -> None:
            await c.account.via_oauth()
            state.revoked.add(state.issued[-1])
            await c.account.via_oauth()

        run(auth, server.url, calls_async if asynchronous else calls, asynchronous)
    assert len(token_requests(server)) == 2
    sent = [c.headers["authorization"] for c in api_requests(server)]
    assert sent == ["Bearer tok-1-abcdef", "Bearer tok-1-abcdef", "Bearer tok-2-abcdef"]


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_401_to_a_fresh_token_is_tried_once_more_and_then_raised(auth, asynchronous):
    state = Server()
    state.revoked = _Everything()
    with Loopback(state) as server:
        with pytest.raises(auth.AuthenticationError) as info:
            run(auth, server.url, lambda c: c.account.via_oauth(), asynchronous)
    assert len(api_requests(server)) == 2 and len(token_requests(server)) == 2
    assert info.value.status_code == 401


class _Everything(set):  # type: ignore[type-arg]
    def __contains__(self, item: object) -> bool:
        return True


def test_threads_share_one_token_request(auth):
    state = Server(token_delay=0.3)
    with Loopback(state) as server:
        with auth.Client(
            base_url=server.url, client_id="app-1", client_secret=SECRET, max_retries=0
        ) as client:
            threads = [threading.Thread(target=client.account.via_oauth) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
    assert len(token_requests(server)) == 1
    assert len(api_requests(server)) == 8


def test_tasks_share_one_token_request(auth):
    state = Server(token_delay=0.3)
    with Loopback(state) as server:

        async def main() -> None:
            async with auth.AsyncClient(
                base_url=server.url, client_id="app-1", client_secret=SECRET, max_retries=0
            ) as client:
                await asyncio.gather(*(client.account.via_oauth() for _ in range(8)))

        asyncio.run(main())
    assert len(token_requests(server)) == 1
    assert len(api_requests(server)) == 8


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_refused_token_request_is_an_error_that_says_so_with_its_body(auth, asynchronous, caplog):
    state = Server()
    state.token_error = Reply(401, {"error": "invalid_client", "echo": SECRET})
    with Loopback(state) as server, caplog.at_level(logging.DEBUG, logger="feat_auth"):
        with pytest.raises(auth.AuthenticationError) as info:
            run(auth, server.url, lambda c: c.account.via_oauth(), asynchronous)
    error = info.value
    assert str(error).startswith("401: the token request failed")
    assert error.body == {"error": "invalid_client", "echo": "<hidden>"}
    assert not api_requests(server)  # nothing sent to the API without a token
    for shown in (str(error), repr(error), caplog.text):
        assert SECRET not in shown and "s3cret" not in shown


def test_an_answer_without_a_token_and_a_lost_token_endpoint_are_api_errors(auth):
    state = Server()
    state.token_error = Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})
    with Loopback(state) as server:
        with pytest.raises(auth.ApiError, match="the token request failed: the answer holds no"):
            run(auth, server.url, lambda c: c.account.via_oauth(), False)
    with Loopback(state) as server:
        url = server.url
    with pytest.raises(auth.ApiError, match="the token request failed") as info:
        run(auth, url, lambda c: c.account.via_oauth(), False)  # nothing listens there now
    assert SECRET not in str(info.value)


def test_a_token_given_is_sent_as_it_is_and_none_is_fetched(auth):
    state = Server()
    state.issued.append("tok-given")
    with Loopback(state) as server:
        run(auth, server.url, lambda c: c.account.via_oauth(), False, token="tok-given")
    assert not token_requests(server)
    assert api_requests(server)[0].headers["authorization"] == "Bearer tok-given"


def test_the_secret_never_shows_in_a_repr_a_log_or_a_pickle(auth, caplog):
    import pickle

    state = Server()
    with Loopback(state) as server, caplog.at_level(logging.DEBUG, logger="feat_auth"):
        with auth.Client(base_url=server.url, client_id="app-1", client_secret=SECRET) as client:
            client.account.via_oauth()
            for shown in (repr(client), repr(client._credentials), caplog.text):
                assert SECRET not in shown and "tok-1" not in shown
            with pytest.raises(TypeError):
                pickle.dumps(client._credentials)
    assert "Authorization" in caplog.text or "authorization" in caplog.text.lower()


def test_only_https_or_this_machine_carries_the_secret(auth):
    with pytest.raises(ValueError, match="token URL must be https"):
        run(auth, "http://api.example.com", lambda c: c.account.via_oauth(), False)
    with pytest.raises(ValueError, match="client_id and client_secret go together"):
        auth.Client(client_id="app-1")


def test_client_id_and_secret_from_the_environment(tmp_path):
    import os
    import subprocess
    import sys

    from conftest import FEATURES, ROOT

    out = tmp_path / "out"
    run_ = subprocess.run(
        [
            sys.executable, "-m", "generator", "generate", str(FEATURES / "auth.yaml"),
            "--out", str(out), "--package", "oauth_env",
            "--client-id-env", "APP_ID", "--client-secret-env", "APP_SECRET",
        ],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run_.returncode == 0, run_.stderr
    code = (
        "import httpx\n"
        "from oauth_env import Client\n"
        "sent = []\n"
        "def answer(r):\n"
        "    sent.append(r)\n"
        "    if r.url.path == '/oauth/token':\n"
        "        return httpx.Response(200, json={'access_token': 'env-token', 'expires_in': 60})\n"
        "    return httpx.Response(204)\n"
        "client = Client(http_client=httpx.Client(transport=httpx.MockTransport(answer)))\n"
        "client.account.via_oauth()\n"
        "print(sent[0].url, sent[0].headers['authorization'], sent[1].headers['authorization'])\n"
    )
    probe = subprocess.run(
        [sys.executable, "-c", code],
        cwd=out,
        capture_output=True,
        text=True,
        env={**os.environ, "APP_ID": "id", "APP_SECRET": "pw"},
        timeout=60,
    )
    assert probe.returncode == 0, probe.stderr
    token_url, _, basic, _, bearer = probe.stdout.split()
    assert token_url == "https://api.example.com/oauth/token"  # relative, from the server URL
    assert basic == base64.b64encode(b"id:pw").decode() and bearer == "env-token"
    readme = (out / "README.md").read_text()
    assert "client_id" in readme and "APP_ID" in readme
