"""A tiny HTTP server on 127.0.0.1 whose answers a test scripts with a function."""

from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, urlsplit


@dataclass
class Seen:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-case names; see raw_headers for repeats
    body: bytes
    raw_headers: list[tuple[str, str]] = field(default_factory=list)  # as sent, in order

    def header_values(self, name: str) -> list[str]:
        """Every value sent under ``name`` (case-insensitive)."""
        return [value for key, value in self.raw_headers if key.lower() == name.lower()]


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON, or bytes sent as they are (with headers' Content-Type)
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    drop: bool = False  # close the connection without answering


class Loopback(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, answer: Callable[[Seen], Reply], record: bool = True) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.record = record
        self.seen: list[Seen] = []
        self.handlers: list[tuple[threading.Thread, socket.socket]] = []

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Loopback:
        threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def process_request(self, request: Any, client_address: Any) -> None:
        """Each connection in a thread of its own, kept to be ended with the server."""
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        self.handlers.append((thread, request))
        thread.start()

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        # A connection a client keeps open holds its thread, waiting for the
        # next request: ended here, so that no test leaves threads behind
        # (a process with threads does not fork: the generator's workers).
        for thread, connection in self.handlers:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # closed already
        for thread, _ in self.handlers:
            thread.join(timeout=10)
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    wbufsize = -1
    server: Loopback

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        parts = urlsplit(self.path)
        seen = Seen(
            self.command,
            parts.path,
            parse_qs(parts.query),
            {k.lower(): v for k, v in self.headers.items()},
            body,
            list(self.headers.items()),
        )
        if self.server.record:
            self.server.seen.append(seen)
        reply = self.server.answer(seen)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.drop:
            self.close_connection = True
            return
        raw = isinstance(reply.body, bytes)
        payload = (
            reply.body if raw else b"" if reply.body is None else json.dumps(reply.body).encode()
        )
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if payload and not raw:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve


def script(*replies: Reply) -> Callable[[Seen], Reply]:
    """Answer with each reply in turn, then repeat the last one."""
    queue = list(replies)

    def answer(seen: Seen) -> Reply:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return answer
