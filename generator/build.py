"""Build stage: a validated document -> ``ir.Api``.

Every ``$ref`` is resolved here. An object schema with properties becomes a
model (a dataclass for responses, a TypedDict for request bodies); a schema
met again while it is being built is referred to by key, so recursive
schemas become references rather than endless recursion.
"""

from __future__ import annotations

import re
from typing import Any

from . import ir
from .errors import Problem, SpecError, pointer_join
from .load import Document
from .validate import HTTP_METHODS, resolve_pointer

FORM = "application/x-www-form-urlencoded"
SUCCESS_ORDER = ("200", "201", "202", "203", "204", "2XX", "2xx")
# The query parameter Twilio's lists take their page size from.
PAGE_SIZE_PARAMETER = "PageSize"


class Builder:
    """Builds the IR of one document: ``Builder(doc, warn, settings).api()``."""

    def __init__(self, doc: Document, warn: Any, settings: tuple[ir.Setting, ...] = ()) -> None:
        self.doc = doc
        self.data = doc.data
        self.warn = warn
        self.settings = settings
        self.models: dict[str, ir.Model] = {}
        self.building: set[str] = set()
        self.problems: list[Problem] = []

    # -- the whole API ----------------------------------------------------------

    def api(self) -> ir.Api:
        info = self.data.get("info") or {}
        tag_docs = {
            t.get("name"): t.get("description") or ""
            for t in self.data.get("tags") or []
            if isinstance(t, dict)
        }
        tag_order = [t.get("name") for t in self.data.get("tags") or [] if isinstance(t, dict)]
        by_tag: dict[str, list[ir.Operation]] = {}
        for path, item in (self.data.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            item = self.deref(item)
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    operation = self.operation(path, method, item, op)
                    if operation is not None:
                        by_tag.setdefault(operation.tag, []).append(operation)
        if self.problems:
            raise SpecError(self.problems)
        tags = sorted(
            by_tag, key=lambda t: (tag_order.index(t) if t in tag_order else len(tag_order), t)
        )
        resources = tuple(
            ir.Resource(tag, _text(tag_docs.get(tag)), tuple(by_tag[tag])) for tag in tags
        )
        schemes = (self.data.get("components") or {}).get("securitySchemes") or {}
        basic = any(
            isinstance(s, dict)
            and s.get("type") == "http"
            and str(s.get("scheme", "")).lower() == "basic"
            for s in (self.deref(v) for v in schemes.values())
        )
        return ir.Api(
            title=_text(info.get("title")) or "API",
            description=_text(info.get("description")),
            version=str(info.get("version", "")),
            servers=self.servers(),
            basic_auth=basic,
            resources=resources,
            models=self.models,
            settings=self.settings,
        )

    def servers(self) -> tuple[ir.Server, ...]:
        """The servers whose URL is absolute once its variables take their defaults."""
        found = []
        for server in self.data.get("servers") or []:
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            url = server["url"].rstrip("/")
            variables = []
            for name, variable in (server.get("variables") or {}).items():
                if not isinstance(variable, dict) or "{" + name + "}" not in url:
                    continue
                enum = tuple(str(v) for v in variable.get("enum") or [] if v is not None)
                default = str(variable.get("default", enum[0] if enum else ""))
                variables.append(
                    ir.ServerVariable(name, default, enum, _text(variable.get("description")))
                )
            example = url
            for variable in variables:
                example = example.replace("{" + variable.wire_name + "}", variable.default)
            if re.match(r"^https?://[^/{}\s]+", example) and "{" not in example:
                found.append(ir.Server(url, tuple(variables)))
        return tuple(found)

    def deref(self, value: Any) -> Any:
        seen = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if ref in seen:
                raise SpecError([Problem(self.doc.path, f"$ref cycle through {ref!r}", ref[1:])])
            seen.add(ref)
            value = resolve_pointer(self.data, ref)
        return value

    # -- operations ---------------------------------------------------------------

    def operation(
        self, path: str, method: str, item: dict[str, Any], op: dict[str, Any]
    ) -> ir.Operation | None:
        pointer = pointer_join("paths", path, method)
        op_id = op.get("operationId") if isinstance(op.get("operationId"), str) else ""
        op_id = op_id or f"{method}_{path}"
        tags = op.get("tags") if isinstance(op.get("tags"), list) else []
        tag = str(tags[0]) if tags else _first_segment(path)
        context = _pascal_hint(op_id)

        params: list[ir.Parameter] = []
        merged: dict[tuple[str, str], Any] = {}
        for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
            p = self.deref(raw)
            if isinstance(p, dict) and isinstance(p.get("name"), str):
                merged[(p["name"], p.get("in", ""))] = p
        for (name, location), p in merged.items():
            if location not in ("path", "query", "header"):
                continue  # cookies are not sent by this client
            if location == "header" and name.lower() in ("authorization", "content-type", "accept"):
                continue
            schema = self.deref(p.get("schema")) if isinstance(p.get("schema"), dict) else {}
            params.append(
                ir.Parameter(
                    wire_name=name,
                    location=location,
                    type=self.type_of(schema, context + _pascal_hint(name), "request"),
                    required=bool(p.get("required")) or location == "path",
                    description=_text(p.get("description") or schema.get("description")),
                    schema=schema,
                )
            )
        # Path parameters come first, in the order the path names them.
        order = re.findall(r"\{([^{}]+)\}", path)
        for name in order:
            if not any(p.location == "path" and p.wire_name == name for p in params):
                params.append(
                    ir.Parameter(name, "path", ir.TypeRef("str"), True, schema={"type": "string"})
                )
        params.sort(
            key=lambda p: (
                (0, order.index(p.wire_name))
                if p.location == "path" and p.wire_name in order
                else (1, 0)
            )
        )

        body_kind = ""
        body = self.deref(op.get("requestBody")) if op.get("requestBody") is not None else None
        if isinstance(body, dict):
            content = body.get("content") or {}
            media = _pick_media(content)
            if media is None:
                self.warn(
                    f"{method.upper()} {path}: request body media type {sorted(content)} is not supported; operation skipped"
                )
                return None
            schema = self.deref((content.get(media) or {}).get("schema") or {})
            body_required = bool(body.get("required"))
            properties = self.object_properties(schema)
            if properties is not None:
                body_kind = "form" if media == FORM else "json"
                required = set(self.object_required(schema))
                known = [setting.name for setting in self.settings]
                for prop, prop_schema in properties.items():
                    default_from = (
                        prop_schema.get("x-client-default", "")
                        if isinstance(prop_schema, dict)
                        else ""
                    )
                    if default_from and default_from not in known:
                        self.problems.append(
                            self.doc.source.problem(
                                pointer + "/requestBody",
                                f"x-client-default {default_from!r} names no client setting"
                                f" (the generator's settings declare {known or 'none'})",
                                self.doc.path,
                            )
                        )
                    resolved = self.deref(prop_schema)
                    params.append(
                        ir.Parameter(
                            wire_name=prop,
                            location="body",
                            type=self.type_of(prop_schema, context + _pascal_hint(prop), "request"),
                            required=prop in required and body_required and not default_from,
                            description=_text(
                                resolved.get("description") if isinstance(resolved, dict) else ""
                            ),
                            schema=resolved,
                            default_from=default_from,
                        )
                    )
            else:
                body_kind = "json-whole" if media != FORM else "form"
                if body_kind == "json-whole":
                    params.append(
                        ir.Parameter(
                            "body",
                            "body",
                            self.type_of(schema, context + "Body", "request"),
                            body_required,
                            _text(body.get("description")),
                            schema,
                        )
                    )

        status, response, response_base = self.success_response(op, pointer)
        result: ir.TypeRef | None
        response_schema = None
        response_pointer = ""
        example = None
        pagination = None
        if response is None or status == "204":
            result = None
        else:
            content = response.get("content") or {}
            media = _pick_json(content)
            if media is None:
                result = ir.TypeRef("any")
            else:
                media_object = content.get(media) or {}
                response_schema = self.deref(media_object.get("schema") or {})
                response_pointer = (
                    response_base + pointer_join("content", media, "schema")
                    if "schema" in media_object
                    else ""
                )
                example = _media_example(media_object, self.deref)
                pagination = self.pagination(response_schema, context, params)
                result = (
                    ir.TypeRef("any")
                    if pagination
                    else self.type_of(
                        media_object.get("schema") or {}, context + "Response", "response"
                    )
                )

        return ir.Operation(
            operation_id=op_id,
            method=method.upper(),
            path=path,
            tag=tag,
            summary=_text(op.get("summary")),
            description=_text(op.get("description")),
            deprecated=bool(op.get("deprecated")),
            parameters=tuple(params),
            body=body_kind,
            status=status,
            result=result,
            response_schema=response_schema,
            response_example=example,
            response_pointer=response_pointer,
            pagination=pagination,
        )

    def success_response(
        self, op: dict[str, Any], pointer: str
    ) -> tuple[str, dict[str, Any] | None, str]:
        """The success status, its response object and that object's JSON pointer."""
        responses = op.get("responses") or {}
        codes = [str(c) for c in responses]
        for code in list(SUCCESS_ORDER) + sorted(c for c in codes if c.startswith("2")):
            if code in responses:
                raw = responses[code]
                base = pointer + pointer_join("responses", code)
                while isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
                    base = raw["$ref"][1:]
                    raw = resolve_pointer(self.data, raw["$ref"])
                return code, raw if isinstance(raw, dict) else None, base
        return "200", None, ""

    def pagination(
        self, schema: Any, context: str, params: list[ir.Parameter]
    ) -> ir.Pagination | None:
        """A Twilio list envelope: a ``meta`` object beside exactly one array."""
        properties = self.object_properties(schema)
        if not properties or "meta" not in properties:
            return None
        arrays = [
            k for k, v in properties.items() if k != "meta" and self.deref(v).get("type") == "array"
        ]
        if len(arrays) != 1:
            return None
        items = self.deref(properties[arrays[0]]).get("items") or {}
        page_size = None
        for p in params:
            largest = (p.schema or {}).get("maximum")
            if p.location == "query" and p.wire_name == PAGE_SIZE_PARAMETER:
                if isinstance(largest, int) and not isinstance(largest, bool) and largest > 0:
                    page_size = (p.wire_name, largest)
        return ir.Pagination(
            arrays[0], self.type_of(items, context + "Item", "response"), page_size
        )

    # -- schemas -------------------------------------------------------------------

    def object_properties(self, schema: Any) -> dict[str, Any] | None:
        """The properties of an object schema (allOf merged), or None if not an object with properties."""
        schema = self.deref(schema)
        if not isinstance(schema, dict):
            return None
        properties: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            properties.update(self.object_properties(part) or {})
        own = schema.get("properties")
        if isinstance(own, dict):
            properties.update(own)
        return properties or None

    def object_required(self, schema: Any) -> list[str]:
        schema = self.deref(schema)
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        for part in schema.get("allOf") or []:
            required += self.object_required(part)
        return required

    def type_of(self, schema: Any, hint: str, role: str) -> ir.TypeRef:
        if not isinstance(schema, dict):
            return ir.TypeRef("any")
        ref = schema.get("$ref") if isinstance(schema.get("$ref"), str) else ""
        resolved = self.deref(schema)
        if not isinstance(resolved, dict):
            return ir.TypeRef("any")
        if ref:
            hint = _pascal_hint(ref.rsplit("/", 1)[-1])
        types = resolved.get("type")
        type_list = (
            [t for t in types if isinstance(t, str)]
            if isinstance(types, list)
            else [types] if isinstance(types, str) else []
        )
        nullable = bool(resolved.get("nullable")) or "null" in type_list
        type_list = [t for t in type_list if t != "null"]
        kind = type_list[0] if len(type_list) == 1 else ""

        for key in ("oneOf", "anyOf"):
            variants = resolved.get(key)
            if isinstance(variants, list):
                real = [v for v in variants if self.deref(v).get("type") != "null"]
                if len(real) == 1:
                    inner = self.type_of(real[0], hint, role)
                    return ir.TypeRef(inner.kind, inner.item, inner.ref, inner.values, True)
                return ir.TypeRef("any", nullable=nullable)

        if self.object_properties(resolved) is not None and kind in ("", "object"):
            key = f"{role}:{ref}" if ref else f"{role}:{hint}"
            if key not in self.models and key not in self.building:
                self.building.add(key)
                required = set(self.object_required(resolved))
                fields = tuple(
                    ir.Field(
                        wire_name=name,
                        type=self.type_of(prop, hint + _pascal_hint(name), role),
                        required=name in required,
                        description=_text(
                            self.deref(prop).get("description")
                            if isinstance(self.deref(prop), dict)
                            else ""
                        ),
                    )
                    for name, prop in (self.object_properties(resolved) or {}).items()
                )
                self.models[key] = ir.Model(
                    key,
                    hint,
                    _text(resolved.get("description") or resolved.get("title")),
                    fields,
                    role,
                )
                self.building.discard(key)
            return ir.TypeRef(
                "model" if role == "response" else "typeddict", ref=key, nullable=nullable
            )

        enum = resolved.get("enum")
        if (
            isinstance(enum, list)
            and enum
            and all(isinstance(v, str) for v in enum if v is not None)
        ):
            values = tuple(v for v in enum if v is not None)
            return ir.TypeRef("enum", values=values, nullable=nullable or None in enum)
        if kind == "string" and role == "request" and _json_content(resolved):
            # A string holding JSON (contentMediaType + contentSchema): callers
            # pass the object, the client sends its JSON text.
            return self.type_of(resolved["contentSchema"], hint, role)
        if kind == "string":
            fmt = resolved.get("format")
            return ir.TypeRef(
                {"date-time": "datetime", "date": "date"}.get(fmt, "str"), nullable=nullable
            )
        if kind in ("integer", "number", "boolean"):
            return ir.TypeRef(
                {"integer": "int", "number": "float", "boolean": "bool"}[kind], nullable=nullable
            )
        if kind == "array":
            return ir.TypeRef(
                "list",
                item=self.type_of(resolved.get("items") or {}, hint + "Item", role),
                nullable=nullable,
            )
        if kind == "object":
            extra = resolved.get("additionalProperties")
            value = (
                self.type_of(extra, hint + "Value", role)
                if isinstance(extra, dict) and extra
                else ir.TypeRef("any")
            )
            return ir.TypeRef("dict", item=value, nullable=nullable)
        return ir.TypeRef("any", nullable=nullable)


def _json_content(schema: dict[str, Any]) -> bool:
    media = str(schema.get("contentMediaType", "")).split(";")[0].strip().lower()
    return isinstance(schema.get("contentSchema"), dict) and (
        media == "application/json" or media.endswith("+json")
    )


def _pick_media(content: dict[str, Any]) -> str | None:
    if FORM in content:
        return FORM
    return _pick_json(content)


def _pick_json(content: dict[str, Any]) -> str | None:
    for media in content:
        base = media.split(";")[0].strip().lower()
        if base == "application/json" or base.endswith("+json") or base in ("*/*", "application/*"):
            return media
    return None


def _media_example(media_object: dict[str, Any], deref: Any) -> Any:
    if "example" in media_object:
        return media_object["example"]
    examples = media_object.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            example = deref(example)
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return None


def _first_segment(path: str) -> str:
    for segment in path.split("/"):
        if segment and not segment.startswith("{"):
            return segment
    return "default"


def _pascal_hint(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "".join(w[:1].upper() + w[1:] for w in words)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
