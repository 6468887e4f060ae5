"""The view of a generated client's README: what it prints, decided here.

Every Python example is built from the IR and the same sample arguments the
generated tests call each method with, so it names only real methods and
arguments; the generator's tests type-check each one with ``mypy --strict``.
Spec text reaches the Markdown only escaped (``text``), and code only inside
fences longer than any run of backticks in it (``fence``).
"""

from __future__ import annotations

import re
from typing import Any

from msgspec import Struct

from . import ir, layout
from .literals import pyrepr
from .signatures import answer_of, distinct_results
from .views_webhooks import WebhooksView


class Call(Struct, frozen=True):
    """One method of the client, and how the README calls it."""

    resource: str
    method: str
    operation: ir.Operation
    arguments: tuple[str, ...]  # Python source of each argument, the tests' samples
    is_list: bool
    returns: bool  # False when the method returns None
    streams: bool  # has a with_streaming_response twin
    events: bool  # the answer is a stream of server-sent events


class Credential(Struct, frozen=True):
    keyword: str
    what: str
    example: str  # Python source of a value of its type
    env: tuple[str, ...]


def credential(keyword: str, what: str, kind: str, env: tuple[str, ...]) -> Credential:
    """A credential as the README shows it, with an example value of its kind."""
    if kind == "basic":
        return Credential(keyword, what, '("your-username", "your-password")', env)
    return Credential(keyword, what, '"your-' + keyword.replace("_", "-") + '"', env)


class Method(Struct, frozen=True):
    name: str
    http: str
    summary: str
    example: str
    deprecated: bool


class Resource(Struct, frozen=True):
    name: str
    title: str
    methods: tuple[Method, ...]


class Readme(Struct, frozen=True):
    title: str
    description: str
    package: str
    distribution: str
    spec_version: str
    credentials: tuple[Credential, ...]
    settings: tuple[tuple[str, str], ...]  # (keyword, what it is)
    construct: str  # how the examples make a client: Client(...)
    first_call: str
    errors: str
    options: str
    pages: str  # "" when no method pages
    raw: str
    streamed: str  # "" when no method streams
    asynchronous: str
    resources: tuple[Resource, ...]
    log_env: str
    webhooks: str = ""  # the example of the webhooks module; "" without one
    webhook_functions: tuple[tuple[str, str], ...] = ()  # (function, what it reads)
    signature: str = ""  # what the signature scheme webhooks.validate checks is


def sample_arguments(op: ir.Operation, args: dict[str, Any]) -> list[str]:
    """The samples the tests call ``op`` with, each of its parameter's own
    type; an optional union is left out (mypy cannot tell which member a
    literal is meant as)."""
    by_name = {p.name: p for p in op.parameters}
    arguments = [
        pyrepr(args[p.name]) for p in op.parameters if p.location == "path" and p.name in args
    ]
    for name, value in args.items():
        p = by_name[name]
        inner = p.type.inner if isinstance(p.type, ir.Nullable) else p.type
        if p.location == "path" or (not p.required and isinstance(inner, ir.UnionOf)):
            continue
        arguments.append(f"{name}={pyrepr(value)}")
    return arguments


def call_of(resource: ir.Resource, op: ir.Operation, arguments: list[str]) -> Call:
    events = answer_of(op) == ir.EVENTS
    if op.pagination is not None:
        # A list starts at its first page: the tests' page tokens and
        # filters are left out, what it requires is not.
        required = {p.name for p in op.parameters if p.required}
        arguments = [a for a in arguments if "=" not in a or a.split("=", 1)[0] in required]
    return Call(
        resource.name,
        op.name,
        op,
        tuple(arguments),
        is_list=op.pagination is not None,
        returns=op.pagination is not None or events or any(distinct_results(op)),
        streams=op.pagination is None and not events,
        events=events,
    )


def build(
    api: ir.Api,
    package: str,
    calls: list[Call],
    credentials: list[Credential],
    log_env: str,
    webhooks: WebhooksView | None = None,
) -> Readme:
    """The README of the client of ``api``."""
    base = api.servers[0].url if api.servers else ""
    construct = "Client()" if "://" in base else 'Client(base_url="https://api.example.com")'
    first = _first(calls)
    examples = _Examples(package, construct)
    by_resource: dict[str, list[Method]] = {}
    for c in calls:
        by_resource.setdefault(c.resource, []).append(
            Method(
                c.method,
                code(f"{c.operation.method} {c.operation.path}"),
                text(c.operation.summary or first_paragraph(c.operation.description)),
                examples.reference(c),
                c.operation.deprecated,
            )
        )
    resources = [
        Resource(r.name, text(r.tag), tuple(by_resource.get(r.name, ()))) for r in api.resources
    ]
    listing = next((c for c in calls if c.is_list), None)
    streaming = _simplest([c for c in calls if c.streams and c.returns])
    raw = _simplest([c for c in calls if not c.is_list and not c.events]) or first
    return Readme(
        title=text(api.title) or package,
        description=text(first_paragraph(api.description)),
        package=package,
        distribution=package.replace("_", "-"),
        spec_version=text(api.version),
        credentials=tuple(credentials),
        settings=tuple((s.name, text(s.description)) for s in api.settings),
        construct=construct,
        first_call=examples.first_call(first, credentials),
        errors=examples.errors(first) if first else "",
        options=examples.options(first),
        pages=examples.pages(listing) if listing else "",
        raw=examples.raw(raw) if raw else "",
        streamed=examples.streamed(streaming) if streaming else "",
        asynchronous=examples.asynchronous(first),
        resources=tuple(resources),
        log_env=log_env,
        webhooks=examples.webhooks(webhooks) if webhooks else "",
        webhook_functions=(
            tuple((w.name, text(w.doc)) for w in webhooks.webhooks) if webhooks else ()
        ),
        signature=webhooks.signature if webhooks else "",
    )


def _first(calls: list[Call]) -> Call | None:
    """The call a reader tries first: a read with the fewest arguments."""
    return _simplest([c for c in calls if not c.events]) or _simplest(calls)


def _simplest(calls: list[Call]) -> Call | None:
    """A read if there is one, with the fewest arguments (the first such)."""
    key = lambda c: (c.operation.method != "GET", len(c.arguments), not c.is_list)  # noqa: E731
    return min(calls, key=key) if calls else None


class _Examples:
    """Python examples, each a whole module mypy can check on its own."""

    def __init__(self, package: str, construct: str) -> None:
        self.package = package
        self.construct = construct

    def _module(self, names: list[str], body: list[str], standard: list[str] = []) -> str:
        """A module of ``body``: the standard library's imports, then the client's."""
        head = [*standard, ""] if standard else []
        imports = f"from {self.package} import {', '.join(sorted(set(names)))}"
        blank = ["", ""] if body and body[0].startswith(("def ", "async def ")) else [""]
        lines = [*head, imports, *blank, *body]
        return "\n".join(_laid_out(lines)) + "\n"

    def _call(self, c: Call, client: str = "client", via: str = "") -> str:
        return f"{client}.{via}{c.resource}.{c.method}({', '.join(c.arguments)})"

    def _use(self, c: Call, indent: str = "") -> list[str]:
        call = self._call(c)
        if c.is_list:
            return [f"{indent}for item in {call}:", f"{indent}    print(item)"]
        if c.events:
            return [f"{indent}for event in {call}:", f"{indent}    print(event)"]
        if not c.returns:
            return [f"{indent}{call}"]
        return [f"{indent}result = {call}", f"{indent}print(result)"]

    def webhooks(self, view: WebhooksView) -> str:
        """A request handler that checks the signature, then reads the payload."""
        functions = view.webhooks
        if view.scheme == "twilio":
            body = ", body: bytes" if functions else ""
            head = f"def handle(url: str, params: dict[str, str], signature: str{body}) -> None:"
            check = [
                '    if not webhooks.validate(url, params, signature, auth_token="your-auth-token"):',
                '        raise PermissionError("not signed by the API")',
            ]
        elif view.scheme:
            head = "def handle(body: bytes, headers: dict[str, str]) -> None:"
            check = [
                '    if not webhooks.validate(body, headers, secret="whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"):',
                '        raise PermissionError("not signed by the API")',
            ]
        else:
            head, check = "def handle(body: bytes) -> None:", []
        use = (
            [f"    payload = webhooks.{functions[0].name}(body)", "    print(payload)"]
            if functions
            else []
        )
        return self._module(["webhooks"], [head, *check, *use])

    def reference(self, c: Call) -> str:
        return self._module(["Client"], [f"client = {self.construct}", *self._use(c)])

    def first_call(self, c: Call | None, credentials: list[Credential]) -> str:
        body = [f"client = {self.construct}", *(self._use(c) if c else ["print(client.base_url)"])]
        if credentials:
            given = ", ".join(f"{k.keyword}={k.example}" for k in credentials[:1])
            explicit = self.construct.replace("Client()", f"Client({given})")
            if explicit == self.construct:
                explicit = self.construct[:-1] + f", {given})"
            body += [
                "",
                "# Or with credentials given in code rather than the environment:",
                f"client = {explicit}",
            ]
        return self._module(["Client"], body)

    def errors(self, c: Call) -> str:
        body = [
            f"client = {self.construct}",
            "try:",
            *self._use(c, "    "),
            "except NotFoundError as error:",
            "    print(error.status_code, error.body)",
            "except ApiStatusError as error:  # any other answer of 4xx or 5xx",
            "    print(error.status_code, error.request_id, error.message)",
            "except ApiConnectionError as error:  # no answer: a timeout, a refused connection",
            "    print(error)",
        ]
        return self._module(
            ["ApiConnectionError", "ApiStatusError", "Client", "NotFoundError"], body
        )

    def options(self, c: Call | None) -> str:
        with_timeout = self.construct.replace("Client()", "Client(timeout=20.0, max_retries=4)")
        if with_timeout == self.construct:
            with_timeout = self.construct[:-1] + ", timeout=20.0, max_retries=4)"
        body = [f"client = {with_timeout}"]
        if c is not None:
            body.append("# One call with other options; the client itself is unchanged:")
            call = self._call(c, "client.with_options(timeout=5.0, max_retries=0)")
            body.append(f"fast = {call}" if c.returns else call)
        return self._module(["Client"], body)

    def pages(self, c: Call) -> str:
        call = self._call(c)
        body = [
            f"client = {self.construct}",
            "# Every item, page after page, fetched as the loop goes:",
            f"for item in {call}:",
            "    print(item)",
            "# Page by page:",
            f"for page in {call}.pages():",
            "    print(len(page.items))",
            "# At most 50 items in all:",
            f"first = {self._call(c)[:-1]}{', ' if c.arguments else ''}limit=50).to_list()",
        ]
        return self._module(["Client"], body)

    def raw(self, c: Call) -> str:
        body = [
            f"client = {self.construct}",
            f"response = {self._call(c, via='with_raw_response.')}",
            'print(response.status_code, response.headers.get("content-type"), response.request_id)',
            "parsed = response.parse()  # what the method itself returns",
        ]
        return self._module(["Client"], body)

    def streamed(self, c: Call) -> str:
        body = [
            f"client = {self.construct}",
            f"with {self._call(c, via='with_streaming_response.')} as response:",
            "    for chunk in response.iter_bytes():",
            "        print(len(chunk))",
        ]
        return self._module(["Client"], body)

    def asynchronous(self, c: Call | None) -> str:
        body = ["async def main() -> None:", f"    async with Async{self.construct} as client:"]
        if c is None:
            body.append("        print(client.base_url)")
        elif c.is_list:
            body += [f"        async for item in {self._call(c)}:", "            print(item)"]
        elif c.events:
            body += [
                f"        async for event in await {self._call(c)}:",
                "            print(event)",
            ]
        elif not c.returns:
            body.append(f"        await {self._call(c)}")
        else:
            body += [f"        result = await {self._call(c)}", "        print(result)"]
        body += ["", "", "asyncio.run(main())"]
        return self._module(["AsyncClient"], body, ["import asyncio"])


def _laid_out(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if layout.width(line) <= layout.WIDTH:
            out.append(line)
            continue
        try:
            out.extend(layout.lay_out(line))
        except layout.Unsure:
            out.append(line)
    return out


def first_paragraph(value: object) -> str:
    return re.split(r"\n\s*\n", str(value or "").strip(), maxsplit=1)[0]


# Characters that Markdown (CommonMark and GitHub's) reads as markup
# anywhere in a line, and those it reads so only at its start.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")


def _one_line(value: object) -> str:
    """Text on one line: control characters and line breaks made spaces."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(value or "")).split())


def text(value: object, limit: int = 300) -> str:
    """Spec text as one line of plain Markdown text: control characters and
    line breaks made spaces, every markup character escaped."""
    flat = _one_line(value)
    if len(flat) > limit:
        flat = flat[: limit - 3].rstrip() + "..."
    escaped = _INLINE.sub(r"\\\1", flat)
    start = _LINE_START.match(escaped)
    if start and start.group(1).isdigit():
        end = start.end()
        return f"{escaped[:end]}\\{escaped[end:]}"  # 1\. is not a list item
    return f"\\{escaped}" if start else escaped


def code(value: str) -> str:
    """``value`` as an inline code span, also inside a table: a delimiter
    longer than any run of backticks in it, ``|`` escaped (GitHub's tables
    read it even in code)."""
    flat = _one_line(value)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    ticks = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{ticks}{pad}{flat.replace('|', chr(92) + '|')}{pad}{ticks}"


def fence(code: str, language: str = "python") -> str:
    """``code`` in a fenced block no line of it can close."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    ticks = "`" * max(3, longest + 1)
    return f"{ticks}{language}\n{code.rstrip()}\n{ticks}"
