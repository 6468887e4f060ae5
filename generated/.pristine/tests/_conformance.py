"""The harness behind the generated tests: one test body, four ways to run it.

offline    httpx.MockTransport answers with what the test queued
loopback   the same answers, but from a real HTTP server on 127.0.0.1
server     a mock server built from the spec (Prism), at <PREFIX>_BASE_URL
live       a real account at <PREFIX>_BASE_URL; see below

A test checks the request the client sent (method, path, query, headers as
sent, credentials, body encoding), validates the answer against the
operation's schema in ``openapi.json`` (naming the JSON pointer of any
mismatch) and checks that the parsed result carries the answer's values.
Beyond the happy call: each documented error answer and the class it raises,
a walk of two pages for each list (every page's request checked), and the
retry rules. Against a server, a proxy on 127.0.0.1 stands in front of it to
fail a first attempt or to link a second page.

Live mode reads what the account has (a fetch lists first, to find a real
id, and is skipped, saying why, only when there is none). Writes run with
<PREFIX>_ALLOW_WRITES=1, on resources they create and then remove. Changes
to the account itself (a configuration, a release: what cannot be undone)
run only with <PREFIX>_ALLOW_CONFIG_WRITES=1, and a configuration is sent
back as it was read. A server's answers are held to the spec strictly:
the documented status (201 where a create documents 201, no body where none
is documented), the documented media type, and in live mode the declared
formats (RFC 3339 date-times, absolute URIs, uuids, emails) and closed
enums. A value outside an enum that the account is known to send is listed
in tests/known_drift.txt (or the file <PREFIX>_KNOWN_DRIFT names), one
``operationId /json/pointer`` a line, and reported on every run; an extra
field the spec does not describe is reported as a warning, not a failure.

A check that cannot run is an error, never a pass: without jsonschema, or
without the spec beside the tests, the run stops saying what to do.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import dataclasses
import datetime as dt
import email.parser
import email.policy
import json
import os
import re
import ssl
import sys
import uuid
import warnings
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

import httpx
import pytest
from _schemas import SchemaChecker
from _servers import Loopback, Proxy, Reply, Sent, json_reply

MODES = ("offline", "loopback", "server", "live")
LIVE_PAGES = 100  # live mode walks a list this far at most
READ, WRITE, ACCOUNT = "read", "write", "account"


@dataclasses.dataclass(frozen=True)
class Settings:
    prefix: str
    mode: str
    base_url: str | None
    allow_writes: bool
    allow_account_changes: bool
    spec_path: Path
    # Known drift a live server may show (see known_drift.txt): (operation, pointer).
    known_drift: tuple[tuple[str, str], ...] = ()
    # Keywords no value can meet, as the generator warned: (pointer, keyword).
    given_way: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_env(
        cls, prefix: str, spec_path: Path, given_way: tuple[tuple[str, str], ...] = ()
    ) -> Settings:
        mode = os.environ.get(f"{prefix}_TEST_MODE", "offline")
        if mode not in MODES:
            raise pytest.UsageError(
                f"{prefix}_TEST_MODE must be one of {', '.join(MODES)}, not {mode!r}"
            )
        base_url = os.environ.get(f"{prefix}_BASE_URL") or None
        if mode in ("server", "live") and not base_url:
            raise pytest.UsageError(f"{prefix}_TEST_MODE={mode} needs {prefix}_BASE_URL")
        if not spec_path.exists():
            raise pytest.UsageError(
                f"{spec_path} is missing: the tests check every answer against it. "
                "Restore it (it is written beside the package when the client is generated)."
            )
        try:
            import jsonschema  # noqa: F401
        except ImportError:
            raise pytest.UsageError(
                "jsonschema is not installed: the tests check every answer against the spec "
                "with it. Install it: pip install jsonschema"
            ) from None

        def flag(name: str) -> bool:
            return os.environ.get(f"{prefix}_{name}", "") in ("1", "true", "yes")

        drift_file = os.environ.get(f"{prefix}_KNOWN_DRIFT") or str(
            spec_path.parent / "tests" / "known_drift.txt"
        )
        return cls(
            prefix,
            mode,
            base_url,
            flag("ALLOW_WRITES"),
            flag("ALLOW_CONFIG_WRITES"),
            spec_path,
            _known_drift(Path(drift_file)),
            given_way,
        )


def _known_drift(path: Path) -> tuple[tuple[str, str], ...]:
    """Lines of ``operationId /json/pointer`` (``*`` for any operation or
    any one step of the pointer): answers a live server gives that break
    the spec's enum or const there are reported, on every run, not failed."""
    if not path.exists():
        return ()
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        if len(parts) != 2 or not parts[1].startswith("/"):
            raise pytest.UsageError(
                f"{path}:{number}: write 'operationId /json/pointer', not {line!r}"
            )
        entries.append((parts[0], parts[1]))
    return tuple(entries)


@dataclasses.dataclass
class Answer:
    status: int
    body: Any  # JSON value, text, bytes, a list of events, or None for no content
    kind: str = "json"  # json, binary, text, events
    content_type: str = ""
    violations: Any = None  # what a Prism mock found wrong (its sl-violations header)

    def reply(self, headers: dict[str, str] | None = None) -> Reply:
        """The answer on the wire."""
        if self.body is None:
            return Reply(self.status, b"", dict(headers or {}))
        if self.kind == "binary":
            payload, content_type = (
                bytes(self.body),
                self.content_type or "application/octet-stream",
            )
        elif self.kind == "text":
            payload, content_type = str(self.body).encode(), self.content_type or "text/plain"
        elif self.kind == "events":
            payload, content_type = _event_stream(self.body).encode(), "text/event-stream"
        else:
            payload, content_type = (
                json.dumps(self.body).encode(),
                self.content_type or "application/json",
            )
        return Reply(self.status, payload, {"Content-Type": content_type, **(headers or {})})


def _event_stream(events: list[dict[str, Any]]) -> str:
    lines = []
    for event in events:
        for key in ("event", "id", "retry"):
            if event.get(key) is not None:
                lines.append(f"{key}: {event[key]}")
        lines += [f"data: {line}" for line in str(event.get("data", "")).split("\n")]
        lines.append("")
    return "\n".join(lines) + "\n"


def _sent(request: httpx.Request) -> Sent:
    return Sent(
        request.method,
        request.url.raw_path.decode("ascii").split("?")[0],
        parse_qsl(request.url.query.decode(), keep_blank_values=True),
        [(k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw],
        request.read(),
    )


def _answer(response: httpx.Response, kind: str) -> Answer:
    violations: Any = response.headers.get("sl-violations")
    if violations:
        try:
            violations = json.loads(violations)
        except ValueError:
            pass
    content_type = response.headers.get("content-type", "")
    if not response.content:
        return Answer(response.status_code, None, kind, content_type, violations)
    if kind == "binary":
        return Answer(response.status_code, response.content, kind, content_type, violations)
    if kind in ("text", "events"):
        return Answer(response.status_code, response.text, kind, content_type, violations)
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
        self.harness.answers.append(_answer(response, self.harness.kind))
        return response


class _AsyncRecording(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, harness: Harness) -> None:
        self.inner, self.harness = inner, harness

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.harness.sent.append(_sent(request))
        response = await self.inner.handle_async_request(request)
        await response.aread()
        self.harness.answers.append(_answer(response, self.harness.kind))
        return response


_loopback: Loopback | None = None
_proxies: dict[str, Proxy] = {}
_tls_context: ssl.SSLContext | None = None


def loopback_server() -> Loopback:
    global _loopback
    if _loopback is None:
        _loopback = Loopback()
    return _loopback


def proxy_server(upstream: str) -> Proxy:
    """One proxy per server for the whole run (starting one per test is slow)."""
    if upstream not in _proxies:
        _proxies[upstream] = Proxy(upstream, tls())
    return _proxies[upstream]


def tls() -> ssl.SSLContext:
    """One TLS context for every client the tests make: loading the
    certificate store for each would cost more than the tests themselves."""
    global _tls_context
    if _tls_context is None:
        _tls_context = ssl.create_default_context()
    return _tls_context


class Harness:
    def __init__(
        self,
        settings: Settings,
        package: Any,
        flavour: str,
        default_base_url: str,
        credentials: dict[str, Any],
        makers: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.settings = settings
        self.makers = makers or {}
        self.package = package
        self.flavour = flavour
        self.default_base_url = default_base_url
        # Live mode: the client reads its own credentials (from its environment).
        self.credentials = {} if settings.mode == "live" else credentials
        self.operation_id = ""
        self.deprecated = False
        self.kind = "json"  # how the tested call's answers are read
        self.queued: list[Callable[[Sent], Reply]] = []
        self.sent: list[Sent] = []
        self.answers: list[Answer] = []
        self.base_path = ""
        self.plan: dict[str, Any] = {}
        self.path_samples: list[Any] = []
        self.path_values: list[Any] | None = None
        self.replaced: dict[str, str] = {}  # live mode: sample text -> what was sent instead
        self.rewritten = False  # live mode: the arguments are not the test's own
        self.undo: list[tuple[dict[str, Any], list[Any]]] = []
        self._wire_kept = 0  # live mode: the requests of a walk, before the largest page
        self._loopback = loopback_server() if settings.mode == "loopback" else None
        self._proxy: Proxy | None = None
        if settings.mode in ("server", "live") and settings.base_url:
            self._proxy = proxy_server(settings.base_url)
            self._proxy.steps = []
            self._proxy.received.clear()

    # -- setting a test up ---------------------------------------------------------------

    def begin(
        self,
        operation_id: str,
        kind: str = READ,
        plan: dict[str, Any] | None = None,
        deprecated: bool = False,
    ) -> None:
        """A test of ``operation_id`` begins; a ``deprecated`` operation must
        warn its caller with a DeprecationWarning on every call."""
        self.operation_id = operation_id
        self.deprecated = deprecated
        self.plan = plan or {"kind": kind}
        kind = self.plan["kind"]
        if self.settings.mode != "live":
            return
        prefix = self.settings.prefix
        if kind == WRITE and not self.settings.allow_writes:
            pytest.skip(f"changes data on a live account: set {prefix}_ALLOW_WRITES=1 to run it")
        if kind == ACCOUNT and not self.settings.allow_account_changes:
            pytest.skip(
                "changes the account itself (its configuration, or what cannot be undone): "
                f"set {prefix}_ALLOW_CONFIG_WRITES=1 to run it"
            )

    def respond(self, status: int, body: Any, kind: str = "json", content_type: str = "") -> None:
        """Queue the answer for offline and loopback modes (a server answers for itself)."""
        self.kind = kind
        # A copy: test modules share one answer between tests, as a constant.
        answer = Answer(status, copy.deepcopy(body), kind, content_type)
        self._queue([lambda sent: answer.reply()])

    def _queue(self, replies: list[Callable[[Sent], Reply]]) -> None:
        self.queued = list(replies)
        if self._loopback is not None:
            self._loopback.replies = list(replies)
            self._loopback.received.clear()

    def path(self, samples: list[Any]) -> list[Any]:
        """The path arguments of the tested call: the samples, or in live mode
        ids the account has (found by listing), or made for the test."""
        values = list(samples)
        if self.settings.mode == "live":
            values = self._live_path(values)
        self.path_samples = list(samples)
        self.path_values = values
        return values

    def unique(self, text: str) -> str:
        """A value that must be unique on a live account gets a suffix there."""
        if self.settings.mode != "live":
            return text
        made = f"{text}-{uuid.uuid4().hex[:8]}"
        self.replaced[text] = made
        return made

    def keywords(
        self, samples: dict[str, Any], *, wire_names: dict[str, str] | None
    ) -> dict[str, Any]:
        """A singleton write's arguments: the samples, or in live mode what the
        account has now (``wire_names``: argument -> field), sent back unchanged."""
        if self.settings.mode != "live" or "write_back" not in self.plan or wire_names is None:
            return samples
        step = self.plan["write_back"]
        with self._setup_client() as client:
            current = getattr(getattr(client, step["resource"]), step["method"])().to_dict()
        self.rewritten = True
        return {
            name: current[wire]
            for name, wire in wire_names.items()
            if current.get(wire) is not None
        }

    # -- live mode -------------------------------------------------------------------------

    @contextlib.contextmanager
    def _setup_client(self) -> Iterator[Any]:
        """The client live mode finds, makes and removes things with: straight
        to the account, not through the proxy that records the tested call."""
        with httpx.Client(verify=tls(), timeout=60.0) as http:
            with self.package.Client(
                base_url=self.settings.base_url, max_retries=2, http_client=http
            ) as client:
                yield client

    def sample_only(self, sample: Any) -> Any:
        """A list's page token or filter: the sample, but left out on a live
        account, where it would name no real page and match nothing."""
        return self.package.NOT_GIVEN if self.settings.mode == "live" else sample

    def found(self, name: str, sample: Any) -> Any:
        """An argument naming other resources: the sample, or in live mode
        with real ones the account has (found by listing)."""
        if self.settings.mode != "live":
            return sample
        return self._resolved(sample, self.plan["refs"][name])

    def _resolved(self, value: Any, refs: list[Any]) -> Any:
        """``value`` with the names of other resources in it replaced by real
        ones: the whole value (pattern ""), or each string of a pattern."""
        for pattern, steps in refs:
            whole = not pattern and not isinstance(value, (list, dict))
            if whole or pattern and isinstance(value, str) and re.search(pattern, value):
                if str(value) not in self.replaced:
                    self.replaced[str(value)] = self._listed(steps)
                return self.replaced[str(value)]
        if isinstance(value, list):
            return [self._resolved(item, refs) for item in value]
        if isinstance(value, dict):
            return {key: self._resolved(item, refs) for key, item in value.items()}
        return value

    def _listed(self, steps: list[dict[str, Any]]) -> Any:
        """Live mode: the value the last of ``steps`` finds."""
        return self._find_all(steps)[-1]

    def _find_all(self, steps: list[dict[str, Any]]) -> list[Any]:
        """Live mode: the value each of ``steps`` finds (the first item a list
        has), each listing within what the ones before found."""
        found: list[Any] = []
        with self._setup_client() as client:
            for step in steps:
                listing = self._setup_call(client, step, *[found[i] for i in step["args"]])
                first = next(iter(listing), None)
                if first is None:
                    pytest.skip(f"the account has nothing in {step['resource']} to use")
                found.append(_field(first, step["field"]))
        return found

    def _setup_call(self, client: Any, step: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        """One call live mode makes for the test; a refusal skips the test, saying why."""
        try:
            return getattr(getattr(client, step["resource"]), step["method"])(*args, **kwargs)
        except self.package.ApiStatusError as error:
            if error.status_code >= 500:
                raise
            pytest.skip(
                f"live mode could not set up the test: {step['resource']}.{step['method']} "
                f"answered {error.status_code}: {_describe(error.body)}"
            )

    def _live_path(self, values: list[Any]) -> list[Any]:
        plan = self.plan
        prefix = self.settings.prefix
        if "find" in plan:
            if plan["find"] is not None:
                return self._find_all(plan["find"])
            if "make" not in plan:
                pytest.skip(
                    "nothing lists what this call works on, and making one could not be undone: "
                    "live mode has no id to use"
                )
            if not self.settings.allow_writes:
                pytest.skip(
                    "nothing lists what this call works on: live mode makes one (and removes it) "
                    f"with {prefix}_ALLOW_WRITES=1"
                )
        if "make" in plan:
            made: list[Any] = []
            with self._setup_client() as client:
                for index, step in enumerate(plan["make"]):
                    created = self._setup_call(
                        client, step, *[made[i] for i in step["args"]], **self._live_kwargs(step)
                    )
                    made.append(_field(created, step["field"]))
                    if plan["undo"][index] is not None:
                        self.undo.append((plan["undo"][index], list(made)))
            return made
        return values

    def _live_kwargs(self, step: dict[str, Any]) -> dict[str, Any]:
        """A setup create's arguments, with unique names and real references."""
        kwargs = dict(self.makers.get(f"{step['resource']}.{step['method']}", {}))
        for name, value in kwargs.items():
            if "unique" in name and isinstance(value, str):
                kwargs[name] = f"{value}-{uuid.uuid4().hex[:8]}"
        for name, refs in step.get("refs", {}).items():
            if name in kwargs:
                kwargs[name] = self._resolved(kwargs[name], refs)
        return kwargs

    def _created(self, result: Any) -> None:
        """Live mode: what a create made is removed when the test ends."""
        if self.settings.mode == "live" and "undo_created" in self.plan and result is not None:
            self.undo.append(
                (
                    self.plan["undo_created"],
                    list(self.path_values or []) + [_field(result, self.plan["created_field"])],
                )
            )

    def close(self) -> None:
        try:
            if self.undo:
                with self._setup_client() as client:
                    for step, values in reversed(self.undo):
                        try:
                            getattr(getattr(client, step["resource"]), step["method"])(
                                *[values[i] for i in step["args"]]
                            )
                        except Exception as error:  # report, and go on removing the rest
                            warnings.warn(
                                f"{self.operation_id}: could not remove what the test made: {error}"
                            )
        finally:
            if self._loopback is not None:
                self._loopback.replies = []
            if self._proxy is not None:
                self._proxy.steps = []

    # -- calling ---------------------------------------------------------------------------------

    def _base_url(self) -> str | None:
        default = self.default_base_url
        if "://" not in default:
            # No server, or one relative to where the spec is published: the
            # client needs base_url=, and offline any host will do.
            default = "http://localhost" + default
        path = urlsplit(self.settings.base_url or default).path
        if self._loopback is not None:
            return self._loopback.url + urlsplit(default).path
        if self._proxy is not None:
            return self._proxy.url + path
        return self.settings.base_url or (None if default == self.default_base_url else default)

    def _mock(self, request: httpx.Request) -> httpx.Response:
        if not self.queued:
            return httpx.Response(500, json={"message": "no answer queued"})
        make = self.queued.pop(0) if len(self.queued) > 1 else self.queued[0]
        reply = make(_sent(request))
        return httpx.Response(reply.status, content=reply.body, headers=reply.headers)

    def call(
        self,
        method: Callable[[Any], Any],
        max_retries: int = 0,
        headers: dict[str, str] | None = None,
    ) -> Any:
        """Run one client call, sync or async; a list call yields its first
        page, an event stream its events.

        When the server refuses the call, the test fails saying what it
        rejected (for Prism: each request violation it found)."""
        try:
            result = self._call(method, max_retries, headers, pages=1)
        except Exception as error:
            self._explain(error)
            raise
        self._created(result)
        return result

    def _explain(self, error: Exception) -> None:
        answer = self.answers[-1] if self.answers else None
        if (
            answer is None
            or self.settings.mode in ("offline", "loopback")
            and not answer.violations
        ):
            return
        if isinstance(error, (ValueError, TypeError)) and not answer.violations:
            return
        if self.settings.mode == "live" and answer.status in (400, 404):
            pytest.skip(
                f"the live account refused the test's sample values ({answer.status}): {_describe(answer.body)}"
            )
        found = answer.violations or answer.body
        pytest.fail(
            f"{self.operation_id}: the server rejected the request with {answer.status}: {_describe(found)}\n({error})"
        )

    def _client_options(self, max_retries: int, headers: dict[str, str] | None) -> dict[str, Any]:
        options: dict[str, Any] = {**self.credentials, "max_retries": max_retries}
        base_url = self._base_url()
        if base_url:
            options["base_url"] = base_url
        if headers:
            options["headers"] = headers
        return options

    def _call(
        self,
        method: Callable[[Any], Any],
        max_retries: int,
        headers: dict[str, str] | None,
        pages: int,
    ) -> Any:
        """``method(client)``, with the warnings the spec's deprecations cause
        checked: a deprecated operation warns; others pass on as they came."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", DeprecationWarning)
            try:
                result = self._call_client(method, max_retries, headers, pages)
            finally:
                others = [w for w in caught if not issubclass(w.category, DeprecationWarning)]
                warned = any(
                    issubclass(w.category, DeprecationWarning) and "is deprecated" in str(w.message)
                    for w in caught
                )
        # Passed on once recording stopped (inside, each would be recorded again).
        for w in others:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
        if self.deprecated:
            assert (
                warned
            ), f"{self.operation_id} is deprecated: calling it gave no DeprecationWarning"
        return result

    def _call_client(
        self,
        method: Callable[[Any], Any],
        max_retries: int,
        headers: dict[str, str] | None,
        pages: int,
    ) -> Any:
        options = self._client_options(max_retries, headers)
        if self.flavour == "sync":
            inner: httpx.BaseTransport = (
                httpx.MockTransport(self._mock)
                if self.settings.mode == "offline"
                else httpx.HTTPTransport(verify=tls())
            )
            with self.package.Client(
                http_client=httpx.Client(transport=_Recording(inner, self)), **options
            ) as client:
                self.base_path = urlsplit(client.base_url).path.rstrip("/")
                result = method(client)
                if isinstance(result, self.package.SyncPager):
                    items: list[Any] = []
                    for index, page in enumerate(result.pages()):
                        items += page.items
                        if index + 1 == pages:
                            break
                    return items
                if _is_stream(result):
                    with result:
                        return list(result)
                return result

        async def run() -> Any:
            inner: httpx.AsyncBaseTransport = (
                httpx.MockTransport(self._mock)
                if self.settings.mode == "offline"
                else httpx.AsyncHTTPTransport(verify=tls())
            )
            http = httpx.AsyncClient(transport=_AsyncRecording(inner, self))
            async with self.package.AsyncClient(http_client=http, **options) as client:
                self.base_path = urlsplit(client.base_url).path.rstrip("/")
                try:
                    result = method(client)
                    if isinstance(result, self.package.AsyncPager):
                        items: list[Any] = []
                        index = 0
                        async for page in result.pages():
                            items += page.items
                            index += 1
                            if index == pages:
                                break
                        return items
                    result = await result
                    if _is_stream(result):
                        async with result:
                            return [event async for event in result]
                    return result
                finally:
                    await http.aclose()

        return asyncio.run(run())

    # -- checks ----------------------------------------------------------------------------

    def _wire(self) -> list[Sent]:
        """The requests as the server received them."""
        server = self._loopback or self._proxy
        if server is not None:
            return list(server.received)
        return list(self.sent)

    def _last(self) -> Sent:
        sent = self._wire()
        assert sent, f"{self.operation_id}: the client sent no request"
        return sent[-1]

    def expect_request(self, expected: dict[str, Any], sent: Sent | None = None) -> None:
        sent = sent or self._last()
        op = self.operation_id
        expected = self._live_expected(expected)
        assert (
            sent.method == expected["method"]
        ), f"{op}: method {sent.method}, expected {expected['method']}"
        path = sent.path
        # Under the client's base URL, or the operation's own server's path.
        for prefix in (self.base_path, expected.get("server_path", "")):
            if prefix and path.startswith(prefix + "/"):
                path = path[len(prefix) :]
                break
        assert path == expected["path"], f"{op}: path {path!r}, expected {expected['path']!r}"
        auth = expected.get("auth") or {}
        live = self.settings.mode == "live"
        if not live:
            wanted = [tuple(p) for p in expected["query"]] + [
                tuple(p) for p in auth.get("query", [])
            ]
            assert sorted(sent.query) == sorted(wanted), f"{op}: query {sent.query}"
        names = [name.lower() for name, _ in sent.headers]
        repeated = sorted({n for n in names if names.count(n) > 1})
        assert not repeated, f"{op}: headers sent more than once: {repeated}"
        # A header's value in the query string is a leak, unless the
        # operation has a query parameter of that name too.
        query_names = {name.lower() for name, _ in sent.query} - {
            str(name).lower() for name, _ in expected["query"]
        }
        wanted_headers = {**expected["headers"], **({} if live else auth.get("headers", {}))}
        for name, value in wanted_headers.items():
            assert (
                sent.header(name) == value
            ), f"{op}: header {name} is {sent.header(name)!r}, expected {value!r}"
            assert (
                name.lower() not in query_names
            ), f"{op}: header {name} also sent in the query string"
        if not live and "authorization" not in {k.lower() for k in auth.get("headers", {})}:
            assert (
                sent.header("Authorization") is None or not self.credentials
            ), f"{op}: credentials sent that the operation does not ask for"
        if not live:
            cookies = {**expected.get("cookies", {}), **auth.get("cookies", {})}
            sent_cookies = dict(
                part.strip().split("=", 1)
                for part in (sent.header("Cookie") or "").split(";")
                if "=" in part
            )
            assert sent_cookies == cookies, f"{op}: cookies {sent_cookies}, expected {cookies}"
        if live and self.rewritten:
            return  # a configuration sent back as it was read: not the test's samples
        self._expect_body(sent, expected)

    def _live_expected(self, expected: dict[str, Any]) -> dict[str, Any]:
        """The request the test expects, with live mode's real ids and unique values."""
        if self.settings.mode != "live":
            return expected
        replaced = dict(self.replaced)
        for sample, real in zip(self.path_samples, self.path_values or []):
            replaced[quote(str(sample), safe="")] = quote(str(real), safe="")
        text = json.dumps(expected)
        for old, new in replaced.items():
            text = text.replace(json.dumps(str(old))[1:-1], json.dumps(str(new))[1:-1])
        return dict(json.loads(text))

    def _expect_body(self, sent: Sent, expected: dict[str, Any]) -> None:
        op = self.operation_id
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

    def check_result(self, result: Any, *, pointer: str = "", items: str | None = None) -> None:
        """The answer is a success, valid against its schema (at ``pointer`` in
        the spec) and carried by the parsed ``result``; ``items`` says where a
        list's items are in its page ("" for the page itself)."""
        assert self.answers, f"{self.operation_id}: no answer came back"
        self._check_answer(self.answers[-1], result, pointer, items)

    def _check_answer(self, answer: Answer, result: Any, pointer: str, items: str | None) -> None:
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
            for e in _events(answer):  # an event's id is the last one sent so far
                last_id = e.get("id", last_id)
                wanted.append((e.get("event"), str(e.get("data", "")), last_id, e.get("retry")))
            assert events == wanted, f"{op}: events {events}, sent {wanted}"
            return
        if answer.kind in ("binary", "text"):
            assert result == body and type(result) is type(body), f"{op}: parsed {result!r}"
            return
        if self.settings.mode in ("server", "live"):
            check_status_and_media_type(self.settings, op, answer)
        validate_response(self.settings, op, answer, pointer)
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

    def expect_state(self, result: Any) -> None:
        """Live mode: later reads show the write took effect. What a create
        made can be fetched, as the create answered, and is listed; after an
        update or an archive, a fetch answers what the write answered and
        what was sent; after a delete, a fetch finds nothing."""
        after = self.plan.get("after")
        if self.settings.mode != "live" or not after or result is None and "gone" not in after:
            return
        op = self.operation_id
        values = list(self.path_values or [])
        sent = self._wire()[-1]
        with self._setup_client() as client:

            def read(step: dict[str, Any], found: list[Any]) -> Any:
                method = getattr(getattr(client, step["resource"]), step["method"])
                return method(*[found[i] for i in step["args"]])

            if "gone" in after:
                try:
                    still = read(after["gone"], values)
                except self.package.ApiStatusError as error:
                    if error.status_code not in (404, 410):
                        pytest.fail(
                            f"{op}: after the delete, a fetch answered {error.status_code} "
                            f"where 404 was due: {_describe(error.body)}"
                        )
                    return
                pytest.fail(f"{op}: what was deleted can still be fetched: {_describe(still)}")
            if "fetch" in after:
                values.append(_field(result, after["field"]))
            fetched = read(after.get("fetch") or after["same"], values).to_dict()
            written = result.to_dict()
            if self._proxy is not None:  # links in the write's answer came through the proxy
                text = json.dumps(written).replace(self._proxy.url, self._proxy.upstream_origin)
                written = json.loads(text)
            # Fields the fetch shows too (a create may answer a one-time secret).
            differ = {
                name: (value, fetched[name])
                for name, value in written.items()
                if fetched.get(name) is not None and fetched[name] != value
            }
            if differ:
                pytest.fail(
                    f"{op}: a fetch right after the write answers otherwise: "
                    + "; ".join(
                        f"{n}: wrote {_maybe_secret(n, w)!r}, fetched {_maybe_secret(n, f)!r}"
                        for n, (w, f) in differ.items()
                    )
                )
            # What an update sent shows (a create may fill fields its own way).
            for name, value in _sent_fields(sent) if "same" in after else []:
                field = _snake(name)
                if field in fetched and not _same_value(value, fetched[field]):
                    pytest.fail(
                        f"{op}: sent {name}={value!r}, a fetch right after has "
                        f"{field}={fetched[field]!r}"
                    )
            if "list" in after:
                made, step = values[-1], after["list"]
                listing = read(step, values)
                for index, item in enumerate(listing):
                    if _field(item, step["field"]) == made:
                        return
                    if index >= LIVE_PAGES * 50:
                        pytest.skip(f"{op}: the list is too long to look for {made} in it")
                pytest.fail(f"{op}: {made} was created, but the list does not have it")

    # -- beyond the happy call ------------------------------------------------------------------

    def expect_error(
        self,
        method: Callable[[Any], Any],
        *,
        status: int,
        error_class: str,
        body: Any,
        parsed: str | None = None,
        documented: bool = True,
    ) -> None:
        """The call answered with an error raises ``error_class`` carrying the
        answer's fields (and, when the spec documents the body's model, that
        model in ``parsed``). A mock server answers a documented error itself;
        otherwise the test does."""
        body = copy.deepcopy(body)  # a module's constant, shared between tests
        headers = None
        if self.settings.mode == "server" and documented:
            headers = {"Prefer": f"code={status}"}  # Prism answers with that response
        elif self._proxy is not None:
            self._proxy.steps = [lambda sent, forward: json_reply(status, body)]
        else:
            self._queue([lambda sent: json_reply(status, body)])
        with pytest.raises(getattr(self.package, error_class)) as info:
            self._call(method, 0, headers, pages=1)
        error = info.value
        answer = self.answers[-1]
        op = self.operation_id
        assert error.status_code == answer.status == status, f"{op}: status {error.status_code}"
        assert error.body == answer.body, f"{op}: error body {error.body!r}"
        if documented:
            validate_response(self.settings, op, answer, "")
        if isinstance(answer.body, dict):
            code = answer.body.get("code")
            if isinstance(code, int) and not isinstance(code, bool):
                assert error.code == code, f"{op}: error code {error.code!r}, sent {code!r}"
            link = self.package._client.CONFIG.error_fields.more_info
            if link and isinstance(answer.body.get(link), str):
                assert error.more_info == answer.body[link], f"{op}: more_info {error.more_info!r}"
            if isinstance(answer.body.get("message"), str):
                assert error.message == answer.body["message"], f"{op}: message {error.message!r}"
        if parsed is not None:
            model = getattr(self.package.models, parsed)
            assert isinstance(error.parsed, model), f"{op}: parsed {error.parsed!r}, not a {parsed}"
            assert_carries(error.parsed, answer.body, f"{op} error")

    def expect_limits(
        self,
        method: Callable[[Any], Any],
        refused: list[dict[str, Any]],
        accepted: list[dict[str, Any]],
        minimal: Callable[[Any], Any] | None = None,
        secret_names: tuple[str, ...] = (),
    ) -> None:
        """The spec's limits, made on the wire from the valid call. Each
        request that breaks one rule is refused with a 4xx (401 or 403 for
        credentials) whose body, in live mode, is the documented error. Each
        at the edge of what the spec allows is taken (and in live mode, read
        back unchanged where a later fetch shows the field). Last, the call
        with its optional arguments left out (or the valid call) is taken.
        Whatever the requests made is removed."""
        mode = self.settings.mode
        if mode not in ("server", "live") or self._proxy is None:
            pytest.skip(
                f"a server must refuse these: run with {self.settings.prefix}_TEST_MODE=server "
                "or live"
            )
        if mode == "live" and self.plan.get("kind") == ACCOUNT and "write_back" not in self.plan:
            pytest.skip("each request could make what cannot be undone: not tried on an account")
        op = self.operation_id
        failures: list[str] = []
        # Hidden where a request is shown: every credential the API names.
        secrets = {name.lower() for name in secret_names}
        # The valid call first: what the server refuses then says nothing of
        # the rule a change breaks (live mode skips, as a sample it refuses).
        # Not for a call that removes what it works on: that one goes last.
        undo = self.plan.get("undo") or [None]
        removes = "make" in self.plan and undo[-1] is None
        self._proxy.steps = []
        try:
            if not removes:
                self._created(self._call(method, 0, None, pages=1))
        except self.package.ApiStatusError as error:
            if mode == "live" and error.status_code in (400, 404):
                pytest.skip(
                    f"the live account refused the test's sample values ({error.status_code}): "
                    f"{_describe(error.body)}"
                )
            pytest.fail(f"{op}: the valid call was refused: {error}")
        for change in refused + accepted:
            if mode == "server" and change["what"] == "with wrong credentials":
                continue  # a mock server cannot tell a wrong credential from a right one
            must_refuse = change in refused
            changed: list[Sent] = []

            def step(sent: Sent, forward: Callable[[Sent], Reply], c: Any = change) -> Reply:
                changed.append(_broken(sent, c))
                return forward(changed[-1])

            self._proxy.steps = [step]

            def shown() -> str:
                return _shown_request(changed[-1], secrets) if changed else "(nothing sent)"

            try:
                result = self._call(method, 0, None, pages=1)
            except self.package.ApiStatusError as error:
                if must_refuse:
                    failure = self._refused_well(change, error)
                    if failure:
                        failures.append(f"{change['what']}: {failure}")
                else:
                    failures.append(
                        f"{change['what']}: refused with {error.status_code}, though the spec "
                        f"allows it: {_describe(error.body)}; sent {shown()}"
                    )
                continue
            except self.package.ApiError as error:
                failures.append(f"{change['what']}: {error}; sent {shown()}")
                continue
            self._created(result)  # removed when the test ends
            if must_refuse:
                answer = self.answers[-1] if self.answers else None
                failures.append(
                    f"{change['what']}: accepted with {answer.status if answer else '?'}; "
                    f"sent {shown()}"
                )
            elif mode == "live":
                failure = self._read_back(change, result)
                if failure:
                    failures.append(f"{change['what']}: {failure}")
        self._proxy.steps = []
        try:
            self._created(self._call(minimal or method, 0, None, pages=1))
        except self.package.ApiError as error:
            what = "the call with its optional arguments left out" if minimal else "the valid call"
            failures.append(f"{what}: {error}")
        if failures:
            pytest.fail(
                f"{op}: the server does not keep to the spec's limits:\n"
                + "\n".join(f"  {failure}" for failure in failures)
            )

    def _read_back(self, change: dict[str, Any], result: Any) -> str:
        """Live mode: what an accepted create or update stored, as a fetch
        shows it; "" when it is what was sent (or nothing shows it)."""
        after = self.plan.get("after") or {}
        step = after.get("fetch") or after.get("same")
        if step is None or change["where"] not in ("form", "json") or result is None:
            return ""
        values = list(self.path_values or [])
        if "fetch" in after:
            values.append(_field(result, after["field"]))
        with self._setup_client() as client:
            method = getattr(getattr(client, step["resource"]), step["method"])
            fetched = method(*[values[i] for i in step["args"]]).to_dict()
        field = _snake(change["name"])
        if field in fetched and not _same_value(change["value"], fetched[field]):
            return f"sent {change['value']!r}, read back {fetched[field]!r}"
        return ""

    def _refused_well(self, refusal: dict[str, Any], error: Any) -> str:
        """What is wrong with the server's refusal; "" when nothing is."""
        status = error.status_code
        credentials = refusal["where"] == "credentials"
        if credentials and status not in (401, 403) or not 400 <= status < 500:
            wanted = "401 or 403" if credentials else "a 4xx"
            return f"answered {status} where {wanted} was due: {_describe(error.body)}"
        if self.settings.mode != "live" or not self.answers:
            return ""  # a mock server's refusals are its own, not the API's
        answer = self.answers[-1]
        try:
            check_status_and_media_type(self.settings, self.operation_id, answer)
            validate_response(self.settings, self.operation_id, answer, "")
        except pytest.fail.Exception as wrong:
            return str(wrong)
        return ""

    def walk(
        self,
        method: Callable[[Any], Any],
        *,
        first: Any,
        profile: str,
        items: str,
        next_path: list[str],
        cursor_param: str = "",
        page_size: tuple[str, int] | None = None,
    ) -> list[Any]:
        """Two pages of a list: the first answers with a link (or cursor) to the
        second, and every page's request carries the same headers. In live
        mode, every page the account has (see ``_walk_to_the_end``)."""
        first = copy.deepcopy(first)  # a module's constant, shared between tests
        link = {"profile": profile, "items": items, "next": next_path, "cursor": cursor_param}
        if self.settings.mode == "live":
            return self._walk_to_the_end(method, link, page_size)
        if self._proxy is not None:
            origin = self._proxy.url
            self._proxy.steps = [
                lambda sent, forward: _link_second(forward(sent), link, origin, sent, first),
                lambda sent, forward: _last_page(forward(sent), link, first),
            ]
        else:
            base = (
                self._loopback.url
                if self._loopback is not None
                else _origin(self._base_url() or self.default_base_url)
            )
            self._queue(
                [
                    lambda sent: _link_second(Answer(200, first).reply(), link, base, sent, first),
                    lambda sent: _last_page(Answer(200, first).reply(), link, first),
                ]
            )
        result = self._call(method, 0, None, pages=2)
        sent = self._wire()
        if self.settings.mode == "live" and len(sent) < 2:
            pytest.skip("the account has one page of these at most: nothing to walk")
        assert len(sent) == 2, f"{self.operation_id}: {len(sent)} pages fetched, expected 2"
        assert isinstance(result, list)
        return result

    def _walk_to_the_end(
        self, method: Callable[[Any], Any], link: dict[str, Any], page_size: Any
    ) -> list[Any]:
        """Live mode: every page of the list, to the end (at most LIVE_PAGES).
        Each next link moves on (no page asked twice, no item seen twice),
        each page keeps the page size asked for (full but the last), and its
        items sit where the profile says. Then the documented largest page
        size is asked for, and kept."""
        op = self.operation_id
        # At most LIVE_PAGES pages: a link that leads back is caught by the
        # pages seen twice; a long list on a big account is walked that far.
        result = self._call(method, 0, None, pages=LIVE_PAGES)
        sent = self._wire()
        if len(sent) < 2:
            pytest.skip("the account has one page of these at most: nothing to walk")
        asked = dict(sent[0].query).get(page_size[0]) if page_size else None
        size = int(asked) if asked and asked.isdigit() else None
        answers = self.answers[-len(sent) :]
        pages_of: dict[str, int] = {}
        asked_for: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}
        for number, (request, answer) in enumerate(zip(sent, answers), 1):
            where = (request.path, tuple(sorted(request.query)))
            if where in asked_for:
                pytest.fail(
                    f"{op}: page {number} is page {asked_for[where]} again: the next link did "
                    f"not move on ({request.path}?{urlencode(request.query)})"
                )
            asked_for[where] = number
            body = answer.body
            if link["profile"] == "twilio" and isinstance(body, dict):
                key = (body.get("meta") or {}).get("key")
                if key != link["items"] or not isinstance(body.get(key), list):
                    pytest.fail(
                        f"{op}: page {number} names its items {key!r} in meta.key, where the "
                        f"spec has them under {link['items']!r}: {_describe(body)}"
                    )
            found = _items_of(body, link["items"])
            last = number == len(sent)
            if size is not None and (len(found) > size or not last and len(found) < size):
                pytest.fail(
                    f"{op}: page {number} of {len(sent)} has {len(found)} items where "
                    f"{size} were asked for"
                )
            for item in found:
                seen = pages_of.setdefault(json.dumps(item, sort_keys=True), number)
                if seen != number:
                    pytest.fail(
                        f"{op}: page {number} repeats an item of page {seen}: {_describe(item)}"
                    )
        if page_size and self._proxy is not None:
            self._largest_page(method, page_size, link["items"])
            self._wire_kept = len(sent)
        return list(result)

    def _largest_page(self, method: Callable[[Any], Any], page_size: Any, items: str) -> None:
        """The documented largest page size is taken, and kept to."""
        name, largest = page_size[0], int(page_size[1])
        assert self._proxy is not None

        def step(sent: Sent, forward: Callable[[Sent], Reply]) -> Reply:
            query = [(k, v) for k, v in sent.query if k != name] + [(name, str(largest))]
            return forward(Sent(sent.method, sent.path, query, sent.headers, sent.body))

        self._proxy.steps = [step]
        answers = len(self.answers)
        self._call(method, 0, None, pages=1)
        answer = self.answers[answers]
        found = _items_of(answer.body, items)
        if len(found) > largest:
            pytest.fail(
                f"{self.operation_id}: asked for pages of {largest} (the documented most), "
                f"a page of {len(found)} came"
            )
        check_status_and_media_type(self.settings, self.operation_id, answer)
        validate_response(self.settings, self.operation_id, answer, "")

    def expect_walk(
        self, expected: dict[str, Any], *, pointer: str, items: str, result: list[Any]
    ) -> None:
        walked = self._wire()
        if self._wire_kept:
            walked = walked[: self._wire_kept]  # not the largest page asked after
        first = walked[0]
        self.expect_request(expected, first)
        op = self.operation_id
        # Every later page: the same headers and credentials, as given.
        for number, later in enumerate(walked[1:], 2):
            for name in list(expected["headers"]) + list(
                (expected.get("auth") or {}).get("headers", {})
            ):
                assert later.header(name) == first.header(
                    name
                ), f"{op}: header {name} on page {number} is {later.header(name)!r}, on page 1 {first.header(name)!r}"
            assert later.header("Cookie") == first.header(
                "Cookie"
            ), f"{op}: cookies differ on page {number}"
        answers = self.answers[: len(walked)]
        counts = [len(_items_of(a.body, items)) for a in answers]
        assert len(result) == sum(counts), f"{op}: {len(result)} items from pages of {counts}"
        start = 0
        for answer, count in zip(answers, counts):
            self._check_answer(answer, result[start : start + count], pointer, items)
            start += count

    def expect_retry(
        self,
        method: Callable[[Any], Any],
        status: int,
        retried: bool,
        error_class: str,
        same_header: str = "",
    ) -> None:
        """A first answer of ``status`` is retried (the very same request sent
        again, ``same_header`` included and the same) or not (its error raised,
        nothing sent again)."""
        failure = json_reply(status, {"message": "injected by the test"}, {"Retry-After": "0"})
        if self._proxy is not None:
            # Not retried: a second try would be answered here too, never forwarded.
            self._proxy.steps = [lambda sent, forward: failure] * (1 if retried else 2)
        else:
            replies = self.queued[-1:] if self.queued else []
            self._queue([lambda sent: failure] + (replies if retried else [lambda sent: failure]))
        op = self.operation_id
        if retried:
            result = self._call(method, 1, None, pages=1)
            sent = self._wire()
            assert (
                len(sent) == 2
            ), f"{op}: {len(sent)} requests, expected the failed one and its retry"
            assert (sent[0].method, sent[0].path, sent[0].query, sent[0].body) == (
                sent[1].method,
                sent[1].path,
                sent[1].query,
                sent[1].body,
            ), f"{op}: the retry differs from the first try"
            if same_header:
                keys = [s.header(same_header) for s in sent]
                assert keys[0] and keys[0] == keys[1], f"{op}: {same_header} on the tries: {keys}"
            self._created(result)
        else:
            with pytest.raises(getattr(self.package, error_class)):
                self._call(method, 1, None, pages=1)
            assert (
                len(self._wire()) == 1
            ), f"{op}: a request that may have been processed was sent again"


# -- breaking requests ------------------------------------------------------------------------------


def _broken(sent: Sent, refusal: dict[str, Any]) -> Sent:
    """``sent`` with the one change ``refusal`` describes."""
    where, name, value = refusal["where"], refusal["name"], refusal["value"]
    query, headers, body = list(sent.query), list(sent.headers), sent.body
    if where == "credentials":
        for carrier in value:
            query, headers = _without(query, headers, carrier)
            if "value" in carrier:
                query, headers = _with(query, headers, carrier)
    elif where in ("query", "header"):
        carrier = {"where": where, "name": name}
        query, headers = _without(query, headers, carrier)
        if not refusal["drop"]:
            query, headers = _with(query, headers, {**carrier, "value": value})
    elif where == "form":
        pairs = [(k, v) for k, v in parse_qsl(body.decode(), keep_blank_values=True) if k != name]
        if not refusal["drop"]:
            pairs.append((name, str(value)))
        body = urlencode(pairs).encode()
    elif where == "json":
        document = json.loads(body or b"{}")
        if isinstance(document, dict):
            document.pop(name, None)
            if not refusal["drop"]:
                document[name] = value
        body = json.dumps(document).encode()
    return Sent(sent.method, sent.path, query, headers, body)


def _without(
    query: list[tuple[str, str]], headers: list[tuple[str, str]], carrier: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    name = carrier["name"]
    if carrier["where"] == "query":
        return [(k, v) for k, v in query if k != name], headers
    if carrier["where"] == "header":
        return query, [(k, v) for k, v in headers if k.lower() != name.lower()]
    kept = []
    for k, v in headers:
        if k.lower() == "cookie":
            v = "; ".join(c for c in v.split("; ") if c.split("=", 1)[0] != name)
            if not v:
                continue
        kept.append((k, v))
    return query, kept


def _with(
    query: list[tuple[str, str]], headers: list[tuple[str, str]], carrier: dict[str, Any]
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    name, value = carrier["name"], str(carrier["value"])
    if carrier["where"] == "query":
        return query + [(name, value)], headers
    if carrier["where"] == "header":
        return query, headers + [(name, value)]
    # One Cookie header (RFC 6265): the cookie joins the others there.
    joined = [(k, f"{v}; {name}={value}") for k, v in headers if k.lower() == "cookie"]
    if not joined:
        return query, headers + [("Cookie", f"{name}={value}")]
    return query, [(k, v) for k, v in headers if k.lower() != "cookie"] + joined[:1]


_SECRET_HEADERS = ("authorization", "cookie", "proxy-authorization")


def _shown_request(sent: Sent, secrets: set[str]) -> str:
    """A broken request as a bug report shows it, credentials (the headers
    and query parameters named in ``secrets``, lower case) hidden."""
    hidden = set(_SECRET_HEADERS) | secrets
    headers = {
        k: ("<hidden>" if k.lower() in hidden else v)
        for k, v in sent.headers
        if k.lower() not in ("host", "accept-encoding", "connection", "user-agent", "accept")
    }
    query = "&".join(f"{k}={'<hidden>' if k.lower() in hidden else v}" for k, v in sent.query)
    body = sent.body.decode(errors="replace")[:300]
    return (
        f"{sent.method} {sent.path}{'?' + query if query else ''} headers {headers} body {body!r}"
    )


# -- shaping pages ------------------------------------------------------------------------------------


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _link_second(reply: Reply, link: dict[str, Any], base: str, sent: Sent, first: Any) -> Reply:
    """A first page that links to a second one, with at least one item."""
    body = _filled(json.loads(reply.body or b"null"), link["items"], first)
    query = "&".join(f"{k}={quote(v, safe='')}" for k, v in sent.query if k != link["cursor"])
    target = f"{base}{sent.path}?{query}{'&' if query else ''}page_token=second"
    profile = link["profile"]
    # The body is rewritten as JSON: the upstream's Content-Type goes, whatever its case.
    headers = {k: v for k, v in reply.headers.items() if k.lower() != "content-type"}
    if profile == "twilio":
        meta = dict(body.get("meta") or {})
        key = _items_key(body, link["items"])
        meta.update({"next_page_url": target, "key": key})
        body["meta"] = meta
    elif profile == "link-header":
        headers["Link"] = f'<{target}>; rel="next"'
    elif profile == "next-link":
        body = _put(body, link["next"], target)
    elif profile == "cursor":
        body = _put(body, link["next"], "cursor-2")
    return Reply(
        reply.status, json.dumps(body).encode(), {**headers, "Content-Type": "application/json"}
    )


def _last_page(reply: Reply, link: dict[str, Any], first: Any) -> Reply:
    """The second page: the last, with at least one item."""
    body = _filled(json.loads(reply.body or b"null"), link["items"], first)
    headers = {k: v for k, v in reply.headers.items() if k.lower() not in ("link", "content-type")}
    if link["profile"] == "twilio" and isinstance(body.get("meta"), dict):
        # No link onward: left out (a spec may say the link is always a string).
        meta = {k: v for k, v in body["meta"].items() if k != "next_page_url"}
        body["meta"] = {**meta, "key": _items_key(body, link["items"])}
    elif link["profile"] in ("next-link", "cursor"):
        body = _put(body, link["next"], None)
    return Reply(
        reply.status, json.dumps(body).encode(), {**headers, "Content-Type": "application/json"}
    )


def _items_key(body: Any, items: str) -> str:
    return items or next((k for k, v in body.items() if k != "meta" and isinstance(v, list)), "")


def _filled(body: Any, items: str, first: Any) -> Any:
    """``body`` with at least one item (a server may answer an empty page)."""
    if _items_of(body, items):
        return body
    return (
        _put(body, items.split(".") if items else [], _items_of(first, items))
        if items
        else _items_of(first, items)
    )


def _put(body: Any, path: list[str], value: Any) -> Any:
    if not path:
        return value
    body = dict(body) if isinstance(body, dict) else {}
    if value is None and len(path) == 1:
        body.pop(path[0], None)
        return body
    body[path[0]] = _put(body.get(path[0]), path[1:], value)
    return body


def _is_stream(value: Any) -> bool:
    return type(value).__name__ in ("Stream", "AsyncStream") and hasattr(value, "response")


def _events(answer: Answer) -> list[dict[str, Any]]:
    """The events of an event-stream answer."""
    events: list[dict[str, Any]] = []
    current: dict[str, Any] = {}
    for line in str(answer.body).split("\n"):
        if not line:
            if current:
                events.append(current)
            current = {}
            continue
        name, _, value = line.partition(": ")
        if name == "data":
            current["data"] = (current["data"] + "\n" + value) if "data" in current else value
        elif name == "retry":
            current["retry"] = int(value)
        elif name in ("event", "id"):
            current[name] = value
    if current:
        events.append(current)
    return events


def _multipart(body: bytes, content_type: str) -> list[tuple[str, str | None, str | None, str]]:
    """(name, filename, content type, content) of each part."""
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + body
    )
    parts = []
    for part in message.iter_parts():
        params = dict(part.get_params(header="content-disposition") or [])
        payload = part.get_payload(decode=True)
        payload = payload if isinstance(payload, bytes) else b""
        declared = part.get("Content-Type")
        parts.append(
            (
                str(params.get("name", "")),
                params.get("filename"),
                str(declared).split(";")[0] if declared else None,
                payload.decode("utf-8", "replace"),
            )
        )
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


_SECRET_WORDS = ("secret", "token", "password", "key", "credential")


def _maybe_secret(name: str, value: Any) -> Any:
    """A field's value for a failure message, hidden when its name says it is a secret."""
    return "<hidden>" if any(word in name.lower() for word in _SECRET_WORDS) else value


def _sent_fields(sent: Sent) -> list[tuple[str, Any]]:
    """The fields of a form or JSON object body, as sent."""
    content_type = (sent.header("Content-Type") or "").lower()
    if content_type.startswith("application/x-www-form-urlencoded"):
        return parse_qsl(sent.body.decode(), keep_blank_values=True)
    if "json" in content_type and sent.body:
        body = json.loads(sent.body)
        return list(body.items()) if isinstance(body, dict) else []
    return []


def _snake(name: str) -> str:
    """A wire name as an answer's field is named (``FriendlyName``: ``friendly_name``)."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_").lower()


def _same_value(sent: Any, answered: Any) -> bool:
    """Whether an answer's scalar field holds the value sent (a form sends text)."""
    if isinstance(answered, bool):
        return str(sent).lower() == str(answered).lower()
    if isinstance(answered, (int, float, str)):
        return str(sent) == str(answered) if isinstance(sent, str) else sent == answered
    return True  # objects and lists: not compared field by field


def _field(value: Any, wire: str) -> Any:
    """The field ``wire`` of a parsed model (or of a list's first item)."""
    if isinstance(value, list):
        value = value[0]
    return value.to_dict()[wire] if hasattr(value, "to_dict") else value[wire]


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
    """The parsed value holds exactly what the wire value says, as the type
    its model declares (a date-time as a datetime, not as text)."""
    if hasattr(parsed, "to_dict") and dataclasses.is_dataclass(parsed):
        model: Any = parsed
        assert isinstance(raw, dict), f"{where}: parsed a model from {raw!r}"
        annotations = _annotations(type(model))
        for attr, wire in model._wire_names.items():
            value = parsed.__dict__.get(attr)  # a required field left out is not set
            if wire not in raw:
                assert value is None, f"{where}: {attr} is {value!r} but {wire!r} was not sent"
                continue
            declared = annotations.get(attr, "")
            for text, kind in (
                ("datetime.datetime", dt.datetime),
                ("datetime.date", dt.date),
                ("uuid.UUID", uuid.UUID),
            ):
                if declared.startswith(text) and raw[wire] is not None:
                    assert isinstance(
                        value, kind
                    ), f"{where}.{attr}: {value!r} was not read as a {text}"
            assert_carries(value, raw[wire], f"{where}.{attr}")
        for key, value in model.extra_fields.items():
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


def _annotations(cls: type) -> dict[str, str]:
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        found.update({k: str(v) for k, v in getattr(klass, "__annotations__", {}).items()})
    return found


def _same_time(value: dt.date, raw: Any) -> bool:
    if isinstance(value, dt.datetime):
        text = str(raw).replace("Z", "+00:00").replace("z", "+00:00")
        try:
            return dt.datetime.fromisoformat(text) == value
        except ValueError:
            import email.utils

            return email.utils.parsedate_to_datetime(str(raw)) == value
    return dt.date.fromisoformat(str(raw)[:10]) == value


# -- answers against the spec ----------------------------------------------------------

_checkers: dict[Path, SchemaChecker] = {}
# What a client accepts though the spec does not describe it: on a live
# account, an extra field is reported rather than failed.
_TOLERATED = ("additionalProperties", "unevaluatedProperties")
# A value outside a closed set: a failure, unless it is known drift.
_CLOSED = ("enum", "const")


def _checker(settings: Settings) -> SchemaChecker:
    path = settings.spec_path
    if path not in _checkers:
        document = json.loads(path.read_text(encoding="utf-8"))
        _checkers[path] = SchemaChecker(document, settings.given_way)
    return _checkers[path]


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _media_matches(media: str, documented: str) -> bool:
    documented = _media_type(documented)
    if documented in ("*/*", media):
        return True
    return documented.endswith("/*") and media.startswith(documented[:-1])


def check_status_and_media_type(settings: Settings, operation_id: str, answer: Answer) -> None:
    """A server's success answer has a status the spec documents (201 for a
    create that documents 201, even beside a ``default``), no body where the
    spec documents none (a 204 never has one), and a documented media type."""
    checker = _checker(settings)
    documented = checker.responses(operation_id)
    if not documented:
        return
    shown = _describe(answer.body)
    specific = sorted(int(code) for code in documented if code.isdigit() and code[0] == "2")
    if (
        200 <= answer.status < 300
        and specific
        and answer.status not in specific
        and f"{str(answer.status)[0]}XX" not in documented
    ):
        pytest.fail(
            f"{operation_id}: the server answered {answer.status} where the spec documents "
            f"{' or '.join(map(str, specific))}; the body: {shown}"
        )
    found = checker.response_for(operation_id, answer.status)
    if found is None:
        return
    content = found[1].get("content") or {}
    if answer.body is not None and (answer.status == 204 or not content):
        pytest.fail(
            f"{operation_id}: the {answer.status} answer has a body, where the spec documents "
            f"none: {shown}"
        )
    if answer.body is not None and content:
        media = _media_type(answer.content_type)
        if not any(_media_matches(media, declared) for declared in content):
            pytest.fail(
                f"{operation_id}: the {answer.status} answer came as "
                f"{answer.content_type or 'no Content-Type'}, where the spec documents "
                f"{', '.join(content)}; the body: {shown}"
            )


def _drift(settings: Settings, operation_id: str, at: str) -> bool:
    steps = at.split("/")
    for operation, pointer in settings.known_drift:
        wanted = pointer.split("/")
        if operation in ("*", operation_id) and len(wanted) == len(steps):
            if all(w in ("*", s) for w, s in zip(wanted, steps)):
                return True
    return False


def validate_response(settings: Settings, operation_id: str, answer: Answer, pointer: str) -> None:
    """Check the body against the operation's response schema (jsonschema).
    A live server's answer is held to the formats the spec declares, and to
    its enums unless the value is known drift."""
    checker = _checker(settings)
    if answer.body is None:
        return
    pointer = pointer or checker.response_pointer(operation_id, answer.status) or ""
    if not pointer:
        return
    live = settings.mode == "live"
    errors = checker.mismatches(pointer, answer.body, formats=live)
    if live:
        for keyword, at, message in errors:
            if keyword in _TOLERATED:
                warnings.warn(
                    f"{operation_id}: the account answered what the spec does not describe, "
                    f"at {at}: {message}"
                )
            elif keyword in _CLOSED and _drift(settings, operation_id, at):
                warnings.warn(f"{operation_id}: known drift at {at}: {message}")
        errors = [
            (keyword, at, message)
            for keyword, at, message in errors
            if keyword not in _TOLERATED
            and not (keyword in _CLOSED and _drift(settings, operation_id, at))
        ]
    if errors:
        pytest.fail(
            f"{operation_id}: the {answer.status} response does not match its schema in the spec:\n"
            + "\n".join(f"  at {at}: {message}" for _, at, message in errors[:10])
        )
