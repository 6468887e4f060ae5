"""The harness behind the generated tests: one test body, four ways to run it.

offline    httpx.MockTransport answers with the response the test queued
loopback   the same answers, but from a real HTTP server on 127.0.0.1
server     a mock server built from the spec (Prism), at <PREFIX>_BASE_URL
live       a real account at <PREFIX>_BASE_URL; writes only when allowed

Whatever the mode, a test checks the request the client sent (method, path,
query, headers, credentials, body encoding), validates the response body
against the operation's schema in ``openapi.json`` (naming the JSON pointer
of any mismatch) and checks that the parsed result carries the response's
values: JSON as models, bytes as bytes, text as text, events as events.
Headers are compared as sent: a header sent twice is a failure.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import email.parser
import email.policy
import importlib.util
import json
import os
import threading
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from _schemas import SchemaChecker

MODES = ("offline", "loopback", "server", "live")
READ_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclasses.dataclass(frozen=True)
class Settings:
    mode: str
    base_url: str | None
    allow_writes: bool
    spec_path: Path

    @classmethod
    def from_env(cls, prefix: str, spec_path: Path) -> Settings:
        mode = os.environ.get(f"{prefix}_TEST_MODE", "offline")
        if mode not in MODES:
            raise pytest.UsageError(
                f"{prefix}_TEST_MODE must be one of {', '.join(MODES)}, not {mode!r}"
            )
        base_url = os.environ.get(f"{prefix}_BASE_URL") or None
        if mode in ("server", "live") and not base_url:
            raise pytest.UsageError(f"{prefix}_TEST_MODE={mode} needs {prefix}_BASE_URL")
        allow_writes = os.environ.get(f"{prefix}_ALLOW_WRITES", "") in ("1", "true", "yes")
        return cls(mode, base_url, allow_writes, spec_path)


@dataclasses.dataclass
class Sent:
    """A request as it went over the wire."""

    method: str
    path: str  # as sent: percent-encoded
    query: list[tuple[str, str]]
    headers: list[tuple[str, str]]  # every header line, names as sent
    body: bytes

    def header_values(self, name: str) -> list[str]:
        return [v for k, v in self.headers if k.lower() == name.lower()]

    def header(self, name: str) -> str | None:
        """The one value of header ``name``; a header sent twice fails the test."""
        values = self.header_values(name)
        assert len(values) <= 1, f"header {name} sent {len(values)} times: {values}"
        return values[0] if values else None


@dataclasses.dataclass
class Answer:
    status: int
    body: Any  # JSON value, text, bytes, a list of events, or None for no content
    kind: str = "json"  # json, binary, text, events
    content_type: str = ""
    violations: Any = None  # what a Prism mock found wrong (its sl-violations header)

    def payload(self) -> tuple[bytes, str]:
        """The body on the wire and its content type."""
        if self.body is None:
            return b"", ""
        if self.kind == "binary":
            return bytes(self.body), self.content_type or "application/octet-stream"
        if self.kind == "text":
            return str(self.body).encode(), self.content_type or "text/plain; charset=utf-8"
        if self.kind == "events":
            return _event_stream(self.body).encode(), "text/event-stream"
        return json.dumps(self.body).encode(), self.content_type or "application/json"


def _event_stream(events: list[dict[str, Any]]) -> str:
    lines = []
    for event in events:
        for key in ("event", "id", "retry"):
            if event.get(key) is not None:
                lines.append(f"{key}: {event[key]}")
        lines += [f"data: {line}" for line in str(event.get("data", "")).split("\n")]
        lines.append("")
    return "\n".join(lines) + "\n"


# -- the loopback server ---------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # one write per response (flushed after each request), no Nagle stalls
    server: _LoopbackServer

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = _read_chunked(self.rfile)
        parts = urlsplit(self.path)
        self.server.received.append(
            Sent(
                self.command,
                parts.path,
                parse_qsl(parts.query, keep_blank_values=True),
                list(self.headers.items()),
                body,
            )
        )
        answer = self.server.answer or Answer(500, {"message": "no answer queued"})
        payload, content_type = answer.payload()
        self.send_response(answer.status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass


def _read_chunked(stream: Any) -> bytes:
    body = b""
    while True:
        size = int(stream.readline().strip() or b"0", 16)
        if size == 0:
            stream.readline()
            return body
        body += stream.read(size)
        stream.readline()


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.received: list[Sent] = []
        self.answer: Answer | None = None


_server: _LoopbackServer | None = None


def loopback_server() -> _LoopbackServer:
    global _server
    if _server is None:
        _server = _LoopbackServer()
        threading.Thread(target=_server.serve_forever, daemon=True).start()
    return _server


# -- recording transports ----------------------------------------------------------------


def _sent(request: httpx.Request) -> Sent:
    return Sent(
        request.method,
        request.url.raw_path.decode("ascii").split("?")[0],
        parse_qsl(request.url.query.decode(), keep_blank_values=True),
        [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
        request.read(),
    )


def _answer(response: httpx.Response, expected: Answer | None) -> Answer:
    violations = response.headers.get("sl-violations")
    if violations:
        try:
            violations = json.loads(violations)
        except ValueError:
            pass
    kind = expected.kind if expected is not None else "json"
    content_type = response.headers.get("content-type", "")
    if not response.content:
        return Answer(response.status_code, None, kind, content_type, violations)
    if kind == "binary":
        return Answer(response.status_code, response.content, kind, content_type, violations)
    if kind in ("text", "events"):
        body: Any = response.text
        if kind == "events" and expected is not None:
            body = expected.body
        return Answer(response.status_code, body, kind, content_type, violations)
    try:
        return Answer(response.status_code, response.json(), kind, content_type, violations)
    except ValueError:
        return Answer(response.status_code, response.text, "text", content_type, violations)


class _Recording(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, harness: Harness) -> None:
        self.inner, self.harness = inner, harness

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.harness.sent.append(_sent(request))
        response = self.inner.handle_request(request)
        response.read()
        self.harness.answers.append(_answer(response, self.harness.answer))
        return response


class _AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, harness: Harness) -> None:
        self.inner, self.harness = inner, harness

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.harness.sent.append(_sent(request))
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.harness.answers.append(_answer(response, self.harness.answer))
        return response


# -- the harness ------------------------------------------------------------------------------


class Harness:
    def __init__(
        self,
        settings: Settings,
        client_class: Any,
        async_client_class: Any,
        flavour: str,
        default_base_url: str,
        credentials: dict[str, Any],
    ) -> None:
        self.settings = settings
        self.default_base_url = default_base_url
        self.client_class = client_class
        self.async_client_class = async_client_class
        self.flavour = flavour
        # Live mode: the client reads its own credentials (from its environment).
        self.credentials = {} if settings.mode == "live" else credentials
        self.operation_id = ""
        self.answer: Answer | None = None
        self.sent: list[Sent] = []
        self.answers: list[Answer] = []
        self.base_path = ""
        self._server = loopback_server() if settings.mode == "loopback" else None

    def close(self) -> None:
        if self._server is not None:
            self._server.answer = None

    def begin(self, operation_id: str, writes: bool) -> None:
        self.operation_id = operation_id
        if self.settings.mode == "live" and writes and not self.settings.allow_writes:
            pytest.skip("changes data on a live account: set <PREFIX>_ALLOW_WRITES=1 to run it")

    def respond(self, status: int, body: Any, kind: str = "json", content_type: str = "") -> None:
        """Queue the answer for offline and loopback modes (a server answers for itself)."""
        self.answer = Answer(status, body, kind, content_type)
        if self._server is not None:
            self._server.answer = self.answer
            self._server.received.clear()

    def _mock(self, request: httpx.Request) -> httpx.Response:
        answer = self.answer or Answer(500, {"message": "no answer queued"})
        payload, content_type = answer.payload()
        headers = {"Content-Type": content_type} if content_type else {}
        return httpx.Response(answer.status, content=payload, headers=headers)

    def _base_url(self) -> str | None:
        if self._server is not None:
            host, port = self._server.server_address[:2]
            path = urlsplit(self.default_base_url).path
            return f"http://{host}:{port}{path}"
        return self.settings.base_url

    def _verify(self) -> bool:
        # Loading the CA bundle costs more than a loopback call; plain http needs none.
        return self.settings.mode == "live" or str(self.settings.base_url or "").startswith(
            "https:"
        )

    def call(self, method: Callable[[Any], Any]) -> Any:
        """Run one client call, sync or async; a list call yields its first
        page, an event stream its events.

        When the server refuses the call, the test fails saying what it
        rejected (for Prism: each request violation it found)."""
        try:
            return self._call(method)
        except Exception as error:
            answer = self.answers[-1] if self.answers else None
            if (
                answer is None
                or self.settings.mode in ("offline", "loopback")
                and not answer.violations
            ):
                raise
            if self.settings.mode == "live" and answer.status == 404:
                pytest.skip("the sample identifiers do not exist on this account")
            found = answer.violations or answer.body
            pytest.fail(
                f"{self.operation_id}: the server rejected the request with {answer.status}: {_describe(found)}\n({error})"
            )

    def _call(self, method: Callable[[Any], Any]) -> Any:
        base_url = self._base_url()
        options: dict[str, Any] = {**self.credentials, "max_retries": 0}
        if base_url:
            options["base_url"] = base_url
        if self.flavour == "sync":
            inner: httpx.BaseTransport = (
                httpx.MockTransport(self._mock)
                if self.settings.mode == "offline"
                else httpx.HTTPTransport(verify=self._verify())
            )
            with self.client_class(
                http_client=httpx.Client(transport=_Recording(inner, self)), **options
            ) as client:
                self.base_path = urlsplit(client.base_url).path.rstrip("/")
                result = method(client)
                if hasattr(result, "pages"):
                    result = next(iter(result.pages())).items
                elif _is_stream(result):
                    with result:
                        result = list(result)
                return result

        async def run() -> Any:
            inner: httpx.AsyncBaseTransport = (
                httpx.MockTransport(self._mock)
                if self.settings.mode == "offline"
                else httpx.AsyncHTTPTransport(verify=self._verify())
            )
            http = httpx.AsyncClient(transport=_AsyncRecording(inner, self))
            async with self.async_client_class(http_client=http, **options) as client:
                self.base_path = urlsplit(client.base_url).path.rstrip("/")
                try:
                    result = method(client)
                    if hasattr(result, "pages"):
                        async for page in result.pages():
                            return page.items
                    result = await result
                    if _is_stream(result):
                        async with result:
                            return [event async for event in result]
                    return result
                finally:
                    await http.aclose()

        return asyncio.run(run())

    # -- checks ----------------------------------------------------------------------------

    def _wire(self) -> Sent:
        if self._server is not None:
            assert self._server.received, "the loopback server received no request"
            return self._server.received[-1]
        assert self.sent, "the client sent no request"
        return self.sent[-1]

    def expect_request(self, expected: dict[str, Any]) -> None:
        sent = self._wire()
        op = self.operation_id
        assert (
            sent.method == expected["method"]
        ), f"{op}: method {sent.method}, expected {expected['method']}"
        path = (
            sent.path[len(self.base_path) :] if sent.path.startswith(self.base_path) else sent.path
        )
        assert path == expected["path"], f"{op}: path {path!r}, expected {expected['path']!r}"
        auth = expected.get("auth") or {}
        wanted_query = [tuple(p) for p in expected["query"]] + [
            tuple(p) for p in auth.get("query", [])
        ]
        assert sorted(sent.query) == sorted(wanted_query), f"{op}: query {sent.query}"
        names = [name.lower() for name, _ in sent.headers]
        repeated = sorted({n for n in names if names.count(n) > 1})
        assert not repeated, f"{op}: headers sent more than once: {repeated}"
        query_names = {name.lower() for name, _ in sent.query}
        for name, value in {**expected["headers"], **auth.get("headers", {})}.items():
            assert (
                sent.header(name) == value
            ), f"{op}: header {name} is {sent.header(name)!r}, expected {value!r}"
            assert (
                name.lower() not in query_names
            ), f"{op}: header {name} also sent in the query string"
        if "authorization" not in {k.lower() for k in auth.get("headers", {})}:
            assert (
                sent.header("Authorization") is None or not self.credentials
            ), f"{op}: credentials sent that the operation does not ask for"
        cookies = {**expected.get("cookies", {}), **auth.get("cookies", {})}
        sent_cookies = dict(
            part.strip().split("=", 1)
            for part in (sent.header("Cookie") or "").split(";")
            if "=" in part
        )
        assert sent_cookies == cookies, f"{op}: cookies {sent_cookies}, expected {cookies}"
        content_type = sent.header("Content-Type") or ""
        if "form" in expected:
            assert (
                content_type == "application/x-www-form-urlencoded"
            ), f"{op}: form body has content type {content_type!r}"
            form = parse_qsl(sent.body.decode("ascii"), keep_blank_values=True)
            assert sorted(form) == sorted(
                tuple(p) for p in expected["form"]
            ), f"{op}: form body {form}"
        elif "json" in expected:
            assert content_type == expected.get(
                "content_type", "application/json"
            ), f"{op}: JSON body has content type {content_type!r}"
            assert json.loads(sent.body) == expected["json"], f"{op}: JSON body {sent.body!r}"
        elif "multipart" in expected:
            assert content_type.startswith(
                "multipart/form-data; boundary="
            ), f"{op}: multipart body has content type {content_type!r}"
            parts = _multipart(sent.body, content_type)
            wanted = [tuple(p) for p in expected["multipart"]]
            assert sorted(parts) == sorted(wanted), f"{op}: multipart parts {parts}"
        elif "content" in expected:
            body = expected["content"]
            assert sent.body == (
                body.encode() if isinstance(body, str) else body
            ), f"{op}: body {sent.body!r}"
            assert content_type == expected["content_type"], f"{op}: content type {content_type!r}"
        else:
            assert sent.body == b"", f"{op}: unexpected body {sent.body!r}"

    def check_result(self, result: Any, pointer: str = "", items: str | None = None) -> None:
        """The answer is a success, valid against its schema (at ``pointer`` in
        the spec) and carried by the parsed ``result``; ``items`` says where a
        list's items are in its page ("" for the page itself)."""
        answer = self.answers[-1] if self.answers else self.answer
        assert answer is not None
        op = self.operation_id
        assert (
            200 <= answer.status < 300
        ), f"{op}: the server answered {answer.status}: {answer.body!r}"
        assert (
            not answer.violations
        ), f"{op}: the server found violations: {_describe(answer.violations)}"
        body = answer.body
        if answer.kind == "events":
            events = [(e.event, e.data, e.id, e.retry) for e in result]
            wanted, last_id = [], None
            for e in body:  # an event's id is the last one sent so far
                last_id = e.get("id", last_id)
                wanted.append((e.get("event"), str(e.get("data", "")), last_id, e.get("retry")))
            assert events == wanted, f"{op}: events {events}, sent {wanted}"
            return
        if answer.kind in ("binary", "text"):
            assert result == body and type(result) is type(body), f"{op}: parsed {result!r}"
            return
        validate_response(self.settings.spec_path, op, answer, pointer)
        if body is None:
            assert result is None or result == [], f"{op}: expected no result, got {result!r}"
            return
        if items is not None:
            raw_items = _items_of(body, items)
            assert len(result) == len(
                raw_items
            ), f"{op}: {len(result)} items parsed, {len(raw_items)} sent"
            for parsed, raw in zip(result, raw_items):
                assert_carries(parsed, raw, op)
            return
        assert_carries(result, body, op)


def _is_stream(value: Any) -> bool:
    return type(value).__name__ in ("Stream", "AsyncStream") and hasattr(value, "response")


def _multipart(body: bytes, content_type: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, filename, content type, content) of each part."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    parts = []
    for part in message.iter_parts():
        disposition = part.get("Content-Disposition", "")
        params = dict(part.get_params(header="content-disposition") or [])
        payload = part.get_payload(decode=True) or b""
        declared = part.get("Content-Type")
        parts.append(
            (
                str(params.get("name", "")),
                params.get("filename"),
                str(declared).split(";")[0] if declared else None,
                payload.decode("utf-8", "replace"),
            )
        )
        assert "form-data" in str(disposition)
    return parts


def _items_of(body: Any, items: str) -> list[Any]:
    """The items of a list page: under Twilio's meta.key, or at ``items``."""
    if isinstance(body, dict) and isinstance(body.get("meta"), dict):
        key = body["meta"].get("key")
        if isinstance(key, str) and isinstance(body.get(key), list):
            return list(body[key])
    for key in items.split(".") if items else []:
        body = body.get(key) if isinstance(body, dict) else None
    return list(body) if isinstance(body, list) else []


def _describe(found: Any) -> str:
    if isinstance(found, list):
        return "; ".join(
            (
                f"{'.'.join(str(p) for p in v.get('location', []))}: {v.get('message')}"
                if isinstance(v, dict)
                else str(v)
            )
            for v in found
        )
    return repr(found)


def assert_carries(parsed: Any, raw: Any, where: str) -> None:
    """The parsed value holds exactly what the wire value says."""
    if hasattr(parsed, "to_dict") and dataclasses.is_dataclass(parsed):
        assert isinstance(raw, dict), f"{where}: parsed a model from {raw!r}"
        for attr, wire in parsed._wire_names.items():
            value = parsed.__dict__.get(attr)  # a required field left out is not set
            if wire not in raw:
                assert value is None, f"{where}: {attr} is {value!r} but {wire!r} was not sent"
            else:
                assert_carries(value, raw[wire], f"{where}.{attr}")
        for key, value in parsed.extra_fields.items():
            assert_carries(value, raw.get(key), f"{where}.{key}")
        return
    if isinstance(parsed, (list, tuple)) and isinstance(raw, list):
        assert len(parsed) == len(raw), f"{where}: {len(parsed)} items, sent {len(raw)}"
        for index, (p, r) in enumerate(zip(parsed, raw)):
            assert_carries(p, r, f"{where}[{index}]")
        return
    if isinstance(parsed, dict) and isinstance(raw, dict):
        assert parsed.keys() == raw.keys(), f"{where}: keys {sorted(parsed)}, sent {sorted(raw)}"
        for key in raw:
            assert_carries(parsed[key], raw[key], f"{where}.{key}")
        return
    if isinstance(parsed, (dt.datetime, dt.date)):
        assert _same_time(parsed, raw), f"{where}: {parsed!r}, sent {raw!r}"
        return
    if isinstance(parsed, uuid.UUID):
        assert (
            isinstance(raw, str) and uuid.UUID(raw) == parsed
        ), f"{where}: {parsed!r}, sent {raw!r}"
        return
    assert (
        parsed == raw and type(parsed) is type(raw) or isinstance(parsed, float) and parsed == raw
    ), f"{where}: parsed {parsed!r}, sent {raw!r}"


def _same_time(value: dt.date, raw: Any) -> bool:
    if isinstance(value, dt.datetime):
        text = str(raw).replace("Z", "+00:00").replace("z", "+00:00")
        try:
            return dt.datetime.fromisoformat(text) == value
        except ValueError:
            import email.utils

            return email.utils.parsedate_to_datetime(str(raw)) == value
    return dt.date.fromisoformat(str(raw)[:10]) == value


# -- response validation against the spec ----------------------------------------------------------

_checkers: dict[Path, SchemaChecker | None] = {}


def _checker(path: Path) -> SchemaChecker | None:
    if path not in _checkers:
        spec = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
        _checkers[path] = SchemaChecker(spec) if spec is not None else None
    return _checkers[path]


def validate_response(spec_path: Path, operation_id: str, answer: Answer, pointer: str) -> None:
    """Check the body against the operation's response schema (jsonschema)."""
    checker = _checker(spec_path)
    if checker is None or answer.body is None or not _has_jsonschema():
        return
    pointer = pointer or checker.response_pointer(operation_id, answer.status) or ""
    if not pointer:
        return
    errors = checker.errors(pointer, answer.body)
    if errors:
        pytest.fail(
            f"{operation_id}: the {answer.status} response does not match its schema in the spec:\n"
            + "\n".join(f"  at {error}" for error in errors[:10])
        )


def _has_jsonschema() -> bool:
    # The check needs jsonschema; the client does not.
    return importlib.util.find_spec("jsonschema") is not None
