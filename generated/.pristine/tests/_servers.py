"""The HTTP servers behind the generated tests, on 127.0.0.1.

``Loopback`` answers with what a test queued: the same answers as offline
mode, over real HTTP. ``Proxy`` stands in front of a real server (a Prism
mock, or a live account) and forwards each request to it, except where a
test asks it to answer for the server: a failure before a retry, or the
link to a second page the server would not give. Every request either one
receives is recorded as it came over the wire.
"""

from __future__ import annotations

import json
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit

import httpx


@dataclass
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


@dataclass
class Reply:
    """An answer to send: status, body bytes and headers."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


# What a server does with one request: answer it, or shape the real answer.
Handler = Callable[[Sent], Reply]


class _Requests(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1  # one write per response (flushed after each request), no Nagle stalls
    server: _Server

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = _read_chunked(self.rfile)
        parts = urlsplit(self.path)
        sent = Sent(
            self.command,
            parts.path,
            parse_qsl(parts.query, keep_blank_values=True),
            list(self.headers.items()),
            body,
        )
        self.server.received.append(sent)
        reply = self.server.handle(sent)
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_HEAD = do_OPTIONS = _serve

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


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Requests)
        self.received: list[Sent] = []
        threading.Thread(target=self.serve_forever, args=(0.05,), daemon=True).start()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def handle(self, sent: Sent) -> Reply:
        raise NotImplementedError


class Loopback(_Server):
    """Answers each request with the next queued reply (the last one repeats)."""

    def __init__(self) -> None:
        super().__init__()
        self.replies: list[Callable[[Sent], Reply]] = []

    def handle(self, sent: Sent) -> Reply:
        if not self.replies:
            return Reply(
                500, b'{"message": "no answer queued"}', {"Content-Type": "application/json"}
            )
        make = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        return make(sent)


class Proxy(_Server):
    """Forwards to ``upstream`` (a base URL), unless a queued step answers or
    reshapes the request. Absolute URLs of the upstream in answers (next-page
    links) are rewritten to point back here."""

    def __init__(self, upstream: str, verify: ssl.SSLContext | bool = True) -> None:
        super().__init__()
        parts = urlsplit(upstream)
        self.upstream_origin = f"{parts.scheme}://{parts.netloc}"
        self.http = httpx.Client(verify=verify, timeout=60.0)
        self.steps: list[Callable[[Sent, Callable[[Sent], Reply]], Reply]] = []

    def close(self) -> None:
        self.shutdown()
        self.server_close()
        self.http.close()

    def forward(self, sent: Sent) -> Reply:
        url = self.upstream_origin + sent.path
        skip = {"host", "content-length", "transfer-encoding", "connection", "accept-encoding"}
        headers = [(k, v) for k, v in sent.headers if k.lower() not in skip]
        query: list[tuple[str, str | int | float | bool | None]] = list(sent.query)
        response = self.http.request(
            sent.method, url, params=query, headers=headers, content=sent.body
        )
        body = response.content.replace(
            self.upstream_origin.encode(), self.url.encode()
        )  # links back through here
        kept = {
            k: v.replace(self.upstream_origin, self.url)
            for k, v in response.headers.items()
            if k.lower()
            not in ("content-length", "content-encoding", "transfer-encoding", "connection")
        }
        return Reply(response.status_code, body, kept)

    def handle(self, sent: Sent) -> Reply:
        if self.steps:
            step = self.steps.pop(0)
            return step(sent, self.forward)
        return self.forward(sent)


def json_reply(status: int, body: Any, headers: dict[str, str] | None = None) -> Reply:
    payload = b"" if body is None else json.dumps(body).encode()
    all_headers = {"Content-Type": "application/json"} if payload else {}
    return Reply(status, payload, {**all_headers, **(headers or {})})
