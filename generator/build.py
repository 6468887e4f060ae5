"""Build stage: a validated document -> ``ir.Api``.

This module assembles the API: servers, resources (one per tag), and each
operation's parameters. Request bodies are read by ``bodies``, responses by
``responses``, and every schema by ``typemodel``; every ``$ref`` is
resolved on the way, so the IR holds no spec dicts.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, quote

from . import ir
from .bodies import read_body
from .errors import Problems, SpecError, pointer_join
from .load import Document
from .refs import Resolver, example_of, mapping
from .responses import documented_redirects, read_pagination, read_responses
from .selection import Selection, operation_id, tags_of
from .typemodel import REQUEST, RESPONSE, OperationSite, SchemaReader, describe, json_media

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Header parameters OpenAPI says a client ignores: the client sets them itself.
IGNORED_HEADERS = frozenset({"authorization", "content-type", "accept"})
# Where a parameter may be, as the IR names it.
_LOCATIONS: dict[str, ir.Location] = {
    "path": "path",
    "query": "query",
    "header": "header",
    "cookie": "cookie",
}
# The styles OpenAPI allows in each location.
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}


def build(
    doc: Document,
    problems: Problems,
    settings: tuple[ir.Setting, ...] = (),
    pagination: dict[str, Any] | None = None,
    idempotency_header: str = "Idempotency-Key",
    selection: Selection = Selection(),
) -> ir.Api:
    """The IR of ``doc``; errors and warnings go to ``problems``. ``pagination``
    is the generator's setting for lists the spec does not describe;
    ``idempotency_header`` names the header that carries an idempotency key."""
    return _ApiBuilder(doc, problems, settings, pagination, idempotency_header, selection).api()


class _ApiBuilder:
    def __init__(
        self,
        doc: Document,
        problems: Problems,
        settings: tuple[ir.Setting, ...],
        pagination: dict[str, Any] | None,
        idempotency_header: str,
        selection: Selection,
    ) -> None:
        self.data = doc.data
        self.selection = selection
        self.idempotency_header = idempotency_header.lower()
        self.problems = problems
        self.settings = settings
        self.resolver = Resolver(doc.data)
        self.reader = SchemaReader(self.resolver, problems)
        self.schemes = self.security_schemes()
        root = doc.data.get("x-pagination")
        self.pagination = root if isinstance(root, dict) else dict(pagination or {}) or None

    def api(self) -> ir.Api:
        info = mapping(self.data.get("info"))
        tags = [t for t in self.data.get("tags") or [] if isinstance(t, dict)]
        tag_docs = {str(t.get("name")): _text(t.get("description")) for t in tags}
        tag_order = [str(t.get("name")) for t in tags]
        by_tag: dict[str, list[ir.Operation]] = {}
        callbacks: list[ir.Webhook] = []
        known_tags: set[str] = set()
        known_ids: set[str] = set()
        for path, raw_item in mapping(self.data.get("paths")).items():
            item, item_pointer = self.resolver.follow(raw_item, pointer_join("paths", path))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op_tags, op_id = tags_of(path, op), operation_id(path, method, op)
                known_tags.update(op_tags)
                known_ids.add(op_id)
                if self.selection and not self.selection.wants(op_tags, op_id):
                    continue  # not asked for: not even read
                operation = self.operation(path, method, item, op, item_pointer)
                by_tag.setdefault(operation.tag, []).append(operation)
                callbacks += self.callbacks(op, item_pointer + pointer_join(method, "callbacks"))
        unknown = self.selection.unknown(known_tags, known_ids)
        if unknown:
            raise SpecError(unknown)
        order = sorted(
            by_tag, key=lambda t: (tag_order.index(t) if t in tag_order else len(tag_order), t)
        )
        resources = tuple(
            ir.Resource(tag, tag_docs.get(tag, ""), tuple(by_tag[tag])) for tag in order
        )
        webhooks = self.webhooks() + tuple(callbacks)
        models, unions = _reachable(
            resources, self.reader.models, self.reader.unions, [w.type for w in webhooks]
        )
        for key, steps in _endless(models).items():
            self.problems.error(
                key.partition(":")[2],
                "no value can be written down: each must hold another "
                f"({' -> '.join(steps)}, all required)",
            )
        return ir.Api(
            title=_text(info.get("title")) or "API",
            description=_text(info.get("description")),
            version=str(info.get("version", "")),
            servers=self.servers(),
            resources=resources,
            models=models,
            unions=unions,
            settings=self.settings,
            security_schemes=self.schemes,
            security=_requirement(self.data.get("security"), self.schemes) or (),
            given_way=tuple(self.reader.given_way),
            webhooks=webhooks,
        )

    def webhooks(self) -> tuple[ir.Webhook, ...]:
        """The requests the API sends of its own (3.1 ``webhooks``), each with a
        JSON body whose payload can be typed."""
        found: list[ir.Webhook] = []
        for name, raw_item in mapping(self.data.get("webhooks")).items():
            found += self._webhook(str(name), raw_item, pointer_join("webhooks", name))
        return tuple(found)

    def callbacks(self, op: dict[str, Any], pointer: str) -> list[ir.Webhook]:
        """The requests an operation makes the API send (its ``callbacks``)."""
        found: list[ir.Webhook] = []
        for name, raw in mapping(op.get("callbacks")).items():
            callback, at = self.resolver.follow(raw, pointer + pointer_join(name))
            for expression, raw_target in mapping(callback).items():
                found += self._webhook(str(name), raw_target, at + pointer_join(expression))
        return found

    def _webhook(self, name: str, raw_item: Any, pointer: str) -> list[ir.Webhook]:
        item, item_pointer = self.resolver.follow(raw_item, pointer)
        found = []
        for method in HTTP_METHODS:
            op = mapping(item).get(method)
            if not isinstance(op, dict) or op.get("requestBody") is None:
                continue
            body, body_pointer = self.resolver.follow(
                op["requestBody"], item_pointer + pointer_join(method, "requestBody")
            )
            content = mapping(mapping(body).get("content"))
            media = next((m for m in content if json_media(m)), None)
            if media is None:
                continue  # a form or another body: nothing to type
            media_object = mapping(content[media])
            schema_pointer = body_pointer + pointer_join("content", media, "schema")
            payload = self.reader.read(
                media_object.get("schema", {}), schema_pointer, RESPONSE, _pascal(name) + "Payload"
            )
            description = _text(op.get("summary")) or _text(op.get("description"))
            found.append(
                ir.Webhook(
                    name,
                    method.upper(),
                    description,
                    payload,
                    schema_pointer,
                    op.get("deprecated") is True,
                )
            )
        return found

    def security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        """The schemes a client can authenticate with; others (mutual TLS, an
        HTTP scheme other than basic or bearer) are left to the caller."""
        components = mapping(self.data.get("components"))
        found = []
        for key, raw in mapping(components.get("securitySchemes")).items():
            scheme = mapping(self.resolver.deref(raw))
            kind = str(scheme.get("type", ""))
            description = _text(scheme.get("description"))
            http = str(scheme.get("scheme", "")).lower()
            if kind == "http" and http in ("basic", "bearer"):
                scheme_kind: ir.SchemeKind = "basic" if http == "basic" else "bearer"
                found.append(ir.SecurityScheme(key, scheme_kind, description=description))
            elif kind == "oauth2" and self._token_url(key, scheme):
                found.append(
                    ir.SecurityScheme(
                        key,
                        "oauth2",
                        description=description,
                        token_url=self._token_url(key, scheme),
                        scopes=self._scopes(key),
                    )
                )
            elif kind in ("oauth2", "openIdConnect"):
                found.append(ir.SecurityScheme(key, "bearer", description=description))
            elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                parameter = str(scheme.get("name", ""))
                where = str(scheme["in"])
                if where in ("header", "cookie") and not re.fullmatch(
                    r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", parameter
                ):
                    self.problems.error(
                        pointer_join("components", "securitySchemes", key, "name"),
                        f"{where} name {parameter!r} is not a valid HTTP {where} name",
                    )
                    continue
                found.append(
                    ir.SecurityScheme(key, "apiKey", str(scheme["in"]), parameter, description)
                )
            else:
                self.problems.warning(
                    pointer_join("components", "securitySchemes", key),
                    f"security scheme {key!r} ({kind} {http}) is not supported: "
                    "pass its credentials with headers= or http_client=",
                )
        return tuple(found)

    def _token_url(self, key: str, scheme: dict[str, Any]) -> str:
        """The token URL of an OAuth 2 scheme's client credentials flow, or ""."""
        flow = mapping(mapping(scheme.get("flows")).get("clientCredentials"))
        url = flow.get("tokenUrl")
        if flow and not (isinstance(url, str) and url.strip()):
            self.problems.warning(
                pointer_join("components", "securitySchemes", key, "flows", "clientCredentials"),
                "a client credentials flow without a tokenUrl: the client takes token= only",
            )
            return ""
        return url.strip() if isinstance(url, str) else ""

    def _scopes(self, key: str) -> tuple[str, ...]:
        """The scopes the document's security requirements ask of scheme
        ``key``: the client asks for all of them with one token."""
        requirements = list(self.data.get("security") or [])
        for item in mapping(self.data.get("paths")).values():
            for op in mapping(item).values():
                if isinstance(op, dict) and isinstance(op.get("security"), list):
                    requirements += op["security"]
        found: dict[str, None] = {}
        for requirement in requirements:
            scopes = mapping(requirement).get(key)
            if isinstance(scopes, list):
                found.update((str(s), None) for s in scopes if isinstance(s, str) and s)
        return tuple(found)

    def servers(self, raw_servers: Any = None) -> tuple[ir.Server, ...]:
        """The servers whose URL is absolute once its variables take their
        defaults. The document's own servers, when all are relative to where
        it is published (``/api/v3``), give the first of them: the client then
        asks for ``base_url=``."""
        found = []
        relative: list[ir.Server] = []
        servers = self.data.get("servers") if raw_servers is None else raw_servers
        for index, server in enumerate(servers if isinstance(servers, list) else []):
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            url, unusable = _usable_url(server["url"].rstrip("/"))
            if unusable:
                if raw_servers is None:
                    self.problems.warning(
                        pointer_join("servers", index, "url"),
                        f"this URL holds {unusable}, which no base URL can (an operation's path "
                        "goes after it): this server is left out",
                    )
                continue
            variables = []
            for name, variable in (server.get("variables") or {}).items():
                if not isinstance(variable, dict) or "{" + name + "}" not in url:
                    continue
                enum = tuple(str(v) for v in variable.get("enum") or [] if v is not None)
                default = str(variable.get("default", enum[0] if enum else ""))
                if enum and default not in enum and raw_servers is None:
                    self.problems.warning(
                        pointer_join("servers", index, "variables", name, "default"),
                        f"the default {default!r} is not one of the enum's values: "
                        "the client uses it unless the caller passes one of them",
                    )
                variables.append(
                    ir.ServerVariable(name, default, enum, _text(variable.get("description")))
                )
            example = url
            for variable in variables:
                example = example.replace("{" + variable.wire_name + "}", variable.default)
            if re.match(r"^https?://[^/{}\s]+", example) and "{" not in example:
                found.append(ir.Server(url, tuple(variables)))
            elif re.match(r"^/[^/{}\s]", example) and "{" not in example:
                relative.append(ir.Server(url, tuple(variables)))
        if not found and relative and raw_servers is None:
            return tuple(relative[:1])
        return tuple(found)

    # -- operations ------------------------------------------------------------------------

    def operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any], item_pointer: str
    ) -> ir.Operation:
        pointer = item_pointer + pointer_join(method)
        op_id = operation_id(path, method, op)
        tag = tags_of(path, op)[0]
        hint = _pascal(op_id)

        params = self.parameters(path, item, op, item_pointer, pointer, hint)
        # A query written into the path (/jobs?op=LIST) is sent as fixed parameters.
        wire_path, _, fixed = path.split("#", 1)[0].partition("?")
        wire_path = _percent_encoded(wire_path)
        for name, value in parse_qsl(fixed, keep_blank_values=True):
            if not any(p.location == "query" and p.wire_name == name for p in params):
                params.append(
                    ir.Parameter(name, "query", ir.Literal((value,)), True, "Fixed by the path.")
                )
        site = OperationSite(self.reader, op, pointer, hint)
        body, fields = read_body(site, self.settings)
        successes, errors = read_responses(site)
        success = successes[0] if successes else None
        declared = op.get("x-pagination") if isinstance(op.get("x-pagination"), dict) else None
        declared = declared or self.pagination
        paging = read_pagination(site, method, success, params, declared)
        servers = self.servers(op.get("servers") or item.get("servers") or [])
        return ir.Operation(
            operation_id=op_id,
            method=method.upper(),
            # A fragment (AWS's /#X-Amz-Target=...) is never sent: only what is before it.
            path=wire_path or "/",
            tag=tag,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=op.get("deprecated") is True,
            parameters=tuple(params + fields),
            body=body,
            success=success,
            successes=successes,
            errors=errors,
            pagination=paging,
            security=_requirement(op["security"], self.schemes) if "security" in op else None,
            server=servers[0].url if servers and not servers[0].variables else "",
            idempotent=op.get("x-idempotent") is True,
            redirects=documented_redirects(site),
            idempotency_header=next(
                (
                    p.wire_name
                    for p in params
                    if p.location == "header" and p.wire_name.lower() == self.idempotency_header
                ),
                "",
            ),
        )

    def parameters(
        self,
        path: str,
        item: dict[str, Any],
        op: dict[str, Any],
        item_pointer: str,
        pointer: str,
        hint: str,
    ) -> list[ir.Parameter]:
        """The path, query and header parameters: the path item's, overridden by
        the operation's; path parameters first, in the order the path names them."""
        merged: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        for where, raw_list in (
            (item_pointer, item.get("parameters")),
            (pointer, op.get("parameters")),
        ):
            for index, raw in enumerate(raw_list if isinstance(raw_list, list) else []):
                param, param_pointer = self.resolver.follow(
                    raw, where + pointer_join("parameters", index)
                )
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    merged[(param["name"], str(param.get("in", "")))] = (param, param_pointer)
        raw_requirement = op["security"] if "security" in op else self.data.get("security")
        requirement = _requirement(raw_requirement, self.schemes) or ()
        by_key = {s.key: s for s in self.schemes}
        # What the client's credentials carry for this operation: (in, name).
        carried = {
            (by_key[key].location, by_key[key].parameter.lower())
            for alternative in requirement
            for key in alternative
            if by_key[key].kind == "apiKey"
        }
        params: list[ir.Parameter] = []
        for (name, location), (param, param_pointer) in merged.items():
            placed = _LOCATIONS.get(location)
            if placed is None:
                continue
            if location == "header" and name.lower() in IGNORED_HEADERS:
                continue
            if (location, name.lower()) in carried:
                self.problems.warning(
                    param_pointer,
                    f"{location} parameter {name!r} is the API key of the operation's security "
                    "scheme: the client sends it from its credentials, not as an argument",
                )
                continue
            schema, schema_pointer, content_type = self._parameter_schema(param, param_pointer)
            resolved = self.resolver.deref(schema)
            param_type = self.reader.read(schema, schema_pointer, REQUEST, hint + _pascal(name))
            style = param.get("style")
            explode = param.get("explode")
            params.append(
                ir.Parameter(
                    wire_name=name,
                    location=placed,
                    type=param_type,
                    required=param.get("required") is True or location == "path",
                    description=_text(param.get("description"))
                    or describe({}, resolved if isinstance(resolved, dict) else {}),
                    deprecated=param.get("deprecated") is True,
                    example=example_of(param, self.resolver),
                    style=style if style in _STYLES.get(location, ()) else "",
                    explode=explode if isinstance(explode, bool) else None,
                    content_type=content_type,
                )
            )
        order = re.findall(r"\{([^{}]+)\}", path)
        for name in dict.fromkeys(order):
            if not any(p.location == "path" and p.wire_name == name for p in params):
                self.problems.warning(
                    pointer, f"path parameter {name!r} is not declared; it is taken as a string"
                )
                params.append(ir.Parameter(name, "path", ir.Scalar(ir.STR), True))
        params.sort(
            key=lambda p: (
                (0, order.index(p.wire_name))
                if p.location == "path" and p.wire_name in order
                else (1, 0)
            )
        )
        return params

    def _parameter_schema(self, param: dict[str, Any], pointer: str) -> tuple[Any, str, str]:
        """The parameter's schema, its pointer, and the media type its value is
        written in when it is declared with ``content`` (else "")."""
        if "schema" in param:
            return param["schema"], pointer + "/schema", ""
        content = param.get("content")
        if isinstance(content, dict) and content:
            media, value = next(iter(content.items()))
            schema = value.get("schema", {}) if isinstance(value, dict) else {}
            return schema, pointer + pointer_join("content", media, "schema"), str(media)
        return {}, pointer, ""


def _requirement(
    raw: Any, schemes: tuple[ir.SecurityScheme, ...]
) -> tuple[tuple[str, ...], ...] | None:
    """A security requirement as alternatives of scheme keys. An alternative
    naming a scheme the client cannot use is dropped; an empty one ({})
    means no credentials are needed."""
    if not isinstance(raw, list):
        return None
    known = {s.key for s in schemes}
    alternatives = []
    for alternative in raw:
        if isinstance(alternative, dict) and set(alternative) <= known:
            alternatives.append(tuple(sorted(alternative)))
    return tuple(alternatives)


def _reachable(
    resources: tuple[ir.Resource, ...],
    models: dict[str, ir.Model],
    unions: dict[str, ir.UnionDef],
    more: list[ir.Type],
) -> tuple[dict[str, ir.Model], dict[str, ir.UnionDef]]:
    """The models and unions some operation (or webhook: ``more``) uses,
    directly or through others."""
    seen_models: dict[str, ir.Model] = {}
    seen_unions: dict[str, ir.UnionDef] = {}
    todo: list[ir.Type] = list(more)
    for resource in resources:
        for op in resource.operations:
            todo += [p.type for p in op.parameters]
            todo += [r.type for r in (*op.successes, *op.errors) if r.type is not None]
            if op.pagination is not None:
                todo.append(op.pagination.item)
    while todo:
        t = todo.pop()
        if isinstance(t, ir.ModelRef):
            if t.key not in seen_models and t.key in models:
                model = models[t.key]
                seen_models[t.key] = model
                todo += [f.type for f in model.fields]
                if model.extra is not None:
                    todo.append(model.extra)
        elif isinstance(t, ir.UnionOf):
            if t.key and t.key not in seen_unions and t.key in unions:
                union = unions[t.key]
                seen_unions[t.key] = union
                todo += list(union.variants)
                if union.discriminator is not None:
                    todo += [v for _, v in union.discriminator.mapping]
            todo += list(t.variants)
        elif isinstance(t, (ir.ListOf,)):
            todo.append(t.item)
        elif isinstance(t, ir.MapOf):
            todo.append(t.value)
        elif isinstance(t, ir.TupleOf):
            todo += list(t.items) + ([t.rest] if t.rest is not None else [])
        elif isinstance(t, (ir.Nullable, ir.JsonText)):
            todo.append(t.inner)
    order = list(models)
    return (
        {k: seen_models[k] for k in order if k in seen_models},
        {k: seen_unions[k] for k in unions if k in seen_unions},
    )


def _endless(models: dict[str, ir.Model]) -> dict[str, tuple[str, ...]]:
    """Chains of required, non-null object fields that come back where they
    started (a tree node that must have a parent): schemas with no finite
    value. Each chain once, by the model it starts at: the fields on the way."""
    found: dict[tuple[str, ...], str] = {}
    done: set[str] = set()

    def visit(key: str, keys: list[str], steps: list[str]) -> None:
        if key in keys:
            start = keys.index(key)
            found.setdefault(tuple(steps[start:]), key)
            return
        if key in done or key not in models:
            return
        name = key.rpartition("/")[2]
        for f in models[key].fields:
            if f.required and isinstance(f.type, ir.ModelRef):
                visit(f.type.key, keys + [key], steps + [f"{name}.{f.wire_name}"])
        done.add(key)

    for key in models:
        visit(key, [], [])
    return {key: steps for steps, key in found.items()}


def _pascal(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words)


_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")
# What a URL path may hold as it is (RFC 3986), and a path template's braces.
_PATH_SAFE = "/%{}:@!$&'()*+,;=-._~"


def _percent_encoded(path: str) -> str:
    """``path`` as the client sends it: a space, "é" or a lone "%" encoded,
    so that the tests expect what goes on the wire. A ``{name}`` stays as
    it is: the parameter's value fills it."""
    return "".join(
        part if part.startswith("{") else quote(_LONE_PERCENT.sub("%25", part), safe=_PATH_SAFE)
        for part in _PLACEHOLDER.split(path)
    )


def _usable_url(url: str) -> tuple[str, str]:
    """``url`` as a base URL: its path percent-encoded where it holds what a
    URL cannot (a space, "é", a quote), as the client sends it; or what it
    holds that no operation's path can follow (a query, a fragment,
    credentials)."""
    scheme, slashes, rest = url.partition("://")
    authority, _, path = rest.partition("/") if slashes else ("", "", url.lstrip("/"))
    for mark, what in (("?", "a query"), ("#", "a fragment")):
        if mark in url:
            return "", what
    if "@" in authority:
        return "", "credentials"
    encoded = _percent_encoded(path)
    base = f"{scheme}://{authority}/{encoded}".rstrip("/") if slashes else "/" + encoded
    return base, ""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
