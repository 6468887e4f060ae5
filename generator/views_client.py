"""The client's view: the IR's servers, security schemes, settings and
resources -> what ``_client.py.j2`` and the package's small files print (the
``Client`` keywords with their annotations, the ``ClientConfig(...)``
expression, the docstrings). Pure: the same IR and target give the same view.
"""

from __future__ import annotations

from msgspec import Struct

from . import ir
from .config import Target
from .literals import pyrepr, tuple_code


class CredentialView(Struct, frozen=True):
    name: str  # the Client keyword
    annotation: str
    what: str  # what it is, for docstrings and the README
    kind: ir.SchemeKind
    env: tuple[str, ...]  # the environment variables it is read from by default


class VariableView(Struct, frozen=True):
    name: str  # the Client keyword
    wire_name: str
    annotation: str


class ResourceEntry(Struct, frozen=True):
    name: str
    class_name: str
    doc: str


class ClientView(Struct, frozen=True):
    package: str
    version: str  # the package's
    title: str
    api_version: str
    typing: list[str]  # names the client module imports from typing
    resources: list[ResourceEntry]
    credentials: list[CredentialView]
    settings: list[str]  # the Client keywords of settings
    variables: list[VariableView]  # server variables
    config_code: str  # the ClientConfig(...) expression, on one line
    runtime_types: list[str]  # names the client module imports from the runtime's _types
    sync_doc: str
    async_doc: str
    log_env: str
    webhooks: bool  # the package has a webhooks module


def client_view(api: ir.Api, target: Target) -> ClientView:
    credentials = credential_views(api, target)
    typing = {"Mapping"}
    if any("Callable" in c.annotation for c in credentials):
        typing.add("Callable")
    if any(v.enum for v in api.server_variables):
        typing.add("Literal")
    log_env = target.package.upper() + "_LOG"
    link = error_link_field(api)
    return ClientView(
        package=target.package,
        version=target.version,
        title=api.title,
        api_version=api.version,
        typing=sorted(typing),
        resources=[
            ResourceEntry(r.name, r.class_name, r.description or r.tag) for r in api.resources
        ],
        credentials=credentials,
        settings=[s.name for s in api.settings],
        variables=[
            VariableView(v.name, v.wire_name, _variable_annotation(v)) for v in api.server_variables
        ],
        config_code=_config_code(api, target, log_env, link),
        runtime_types=sorted(
            {"NOT_GIVEN", "NotGiven", "Timeout"} | ({"ErrorFields"} if link else set())
        ),
        sync_doc=_client_doc(api, credentials, ""),
        async_doc=_client_doc(api, credentials, "Async"),
        log_env=log_env,
        webhooks=bool(api.webhooks or target.webhook_signature),
    )


def credential_views(api: ir.Api, target: Target) -> list[CredentialView]:
    """The Client's credential keywords, one per scheme name."""
    found: dict[str, CredentialView] = {}
    for scheme in api.security_schemes:
        if scheme.name in found:
            continue
        annotation = "str | Callable[[], str] | None"
        if scheme.kind == "basic":
            what = "(username, password) for HTTP basic authentication"
            annotation = "tuple[str, str] | None"
        elif scheme.kind == "bearer":
            what = "a bearer token, or a function giving one (asked on every request)"
        elif scheme.kind == "oauth2":
            what = (
                "a bearer token, or a function giving one (asked on every request); "
                "without it, the client fetches its own from client_id and client_secret"
            )
        else:
            what = f"the API key sent in the {scheme.location} {scheme.parameter!r}, or a function giving it"
        env = tuple(
            e for s in api.security_schemes if s.name == scheme.name for e in scheme_env(s, target)
        )
        found[scheme.name] = CredentialView(scheme.name, annotation, what, scheme.kind, env)
    flow = next((s for s in api.security_schemes if s.kind == "oauth2"), None)
    if flow is not None:
        for keyword, variable in (
            ("client_id", target.client_id_env),
            ("client_secret", target.client_secret_env),
        ):
            what = (
                f"the OAuth 2 {keyword.replace('_', ' ')}, which the client exchanges "
                f"for tokens at {flow.token_url}"
            )
            found[keyword] = CredentialView(
                keyword, "str | None", what, "oauth2", (variable,) if variable else ()
            )
    return list(found.values())


def scheme_env(scheme: ir.SecurityScheme, target: Target) -> tuple[str, ...]:
    """The environment variables a scheme's credentials are read from."""
    if scheme.kind == "basic":
        return tuple(target.auth_env or ())
    if scheme.kind in ("bearer", "oauth2"):
        return (target.token_env,) if target.token_env else ()
    by_name = dict(target.api_key_env)
    env = by_name.get(scheme.key) or by_name.get(scheme.name)
    return (env,) if env else ()


def _variable_annotation(v: ir.ServerVariable) -> str:
    if v.enum:
        return f"Literal[{', '.join(pyrepr(value) for value in v.enum)}] | None"
    return "str | None"


def _config_code(api: ir.Api, target: Target, log_env: str, link: str) -> str:
    """The client's ``ClientConfig(...)``, on one line (the format stage lays it out)."""
    servers = []
    for server in api.servers:
        if not server.variables:
            servers.append(f"Server({pyrepr(server.url)})")
            continue
        variables = ", ".join(
            f"{pyrepr(v.wire_name)}: ServerVariable({pyrepr(v.default)}, "
            f"{pyrepr(v.enum)}, {pyrepr(v.name)})"
            for v in server.variables
        )
        servers.append(f"Server({pyrepr(server.url)}, {{{variables}}})")
    schemes = []
    for s in api.security_schemes:
        args = [pyrepr(s.key), pyrepr(s.kind), pyrepr(s.name)]
        if s.location:
            args += [pyrepr(s.location), pyrepr(s.parameter)]
        env = scheme_env(s, target)
        if env:
            args.append(f"env={pyrepr(env)}")
        if s.kind == "oauth2":
            args.append(f"token_url={pyrepr(s.token_url)}")
            if s.scopes:
                args.append(f"scopes={pyrepr(s.scopes)}")
            if target.client_id_env:
                client_env = (target.client_id_env, target.client_secret_env)
                args.append(f"client_env={pyrepr(client_env)}")
        schemes.append(f"Scheme({', '.join(args)})")
    settings = [
        f"Setting({pyrepr(s.name)}, env={pyrepr(s.env or None)}, "
        f"from_username={pyrepr(s.from_username or None)}, description={pyrepr(s.description)})"
        for s in api.settings
    ]
    args = [
        f"servers={tuple_code(servers)}",
        f'user_agent=f"{target.package}/{{__version__}}"',
        f"schemes={tuple_code(schemes)}",
        f"security={pyrepr(api.security)}",
        f"settings={tuple_code(settings)}",
        f"request_id_header={pyrepr(target.request_id_header)}",
        f"log_env={pyrepr(log_env)}",
    ]
    if link:
        args.append(f"error_fields=ErrorFields(more_info={pyrepr(link)})")
    operation_servers = sorted(
        {op.server for r in api.resources for op in r.operations if op.server}
    )
    if operation_servers:
        args.append(f"operation_servers={pyrepr(tuple(operation_servers))}")
    return f"ClientConfig({', '.join(args)})"


# The fields in which APIs link an error to its documentation, in the order tried.
_ERROR_LINKS = ("more_info", "documentation_url", "doc_url")


def error_link_field(api: ir.Api) -> str:
    """The field of the API's documented errors that links to the error's
    documentation (Twilio's ``more_info``, GitHub's ``documentation_url``),
    read into ``ApiStatusError.more_info``; "" when they have none."""
    fields: set[str] = set()
    for resource in api.resources:
        for op in resource.operations:
            for response in op.errors:
                t = response.type
                if isinstance(t, ir.Nullable):
                    t = t.inner
                if isinstance(t, ir.ModelRef) and t.key in api.models:
                    fields |= {
                        f.wire_name
                        for f in api.models[t.key].fields
                        if isinstance(f.type, ir.Scalar) and f.type.kind == ir.STR
                    }
    return next((name for name in _ERROR_LINKS if name in fields), "")


def _client_doc(api: ir.Api, credentials: list[CredentialView], flavour: str) -> str:
    kind = "Asynchronous" if flavour else "Synchronous"
    http = "httpx.AsyncClient" if flavour else "httpx.Client"
    args = []
    for c in credentials:
        where = f"; by default from {' and '.join(c.env)}" if c.env else ""
        args.append(f"{c.name}: {c.what[:1].upper() + c.what[1:]}{where}.")
    for s in api.settings:
        text = s.description[:1].upper() + s.description[1:] + "; " if s.description else ""
        sources = []
        if s.from_username:
            sources.append("the credentials' user name when it is one")
        if s.env:
            sources.append(f"the {s.env} environment variable")
        args.append(f"{s.name}: {text}by default {', else '.join(sources) or 'none'}.")
    for v in api.server_variables:
        servers = " or ".join(
            sv.url for sv in api.servers if any(x.wire_name == v.wire_name for x in sv.variables)
        )
        text = f"{v.description} " if v.description else ""
        args.append(f"{v.name}: {text}Chooses the server {servers}.")
    default = api.servers[0].url if api.servers else ""
    if "://" in default:
        base = f"the spec's server ({default})"
    elif default:
        base = f"no default: the spec's server ({default}) is relative to where it is published"
    else:
        base = "no default: the spec names no server"
    if api.server_variables:
        base = "the server the arguments above choose"
    args += [
        f"base_url: The API's URL, instead of {base}.",
        "timeout: Seconds (or an httpx.Timeout) per request; 30 by default.",
        "max_retries: How many times a failed request is tried again; 2 by default. "
        "Reads are retried after a 408, 429, 5xx or a lost connection; writes only "
        "when the API cannot have acted on them (a 429, a connection never made) "
        "or when they carry an idempotency key, the same on every try.",
        "headers: Headers sent with every request.",
        f"http_client: Your own {http} (proxies, certificates, event hooks); it is left open.",
    ]
    lines = [f"{kind} client for the {api.title}.", "", "Args:"]
    lines += ["    " + arg for arg in args]
    return "\n".join(lines)
