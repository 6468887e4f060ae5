"""Request bodies: which media type is sent, and the arguments it becomes.

An object body (form or JSON) becomes one keyword argument per property,
under the property's wire name; any other body is one ``body`` argument.
A property with ``x-client-default: NAME`` defaults to the client setting
NAME when the caller leaves it out.
"""

from __future__ import annotations

from typing import Any

from . import ir
from .errors import Problems, pointer_join
from .refs import Resolver, example_of, mapping
from .typemodel import REQUEST, SchemaReader, json_media

FORM = "application/x-www-form-urlencoded"


def pick_media(content: dict[str, Any]) -> str | None:
    """The media type to send: a form first (Twilio's choice), then JSON."""
    for media in content:
        if media.split(";")[0].strip().lower() == FORM:
            return media
    for media in content:
        if json_media(media) or media.split(";")[0].strip() in ("*/*", "application/*"):
            return media
    return None


def read_body(
    reader: SchemaReader,
    resolver: Resolver,
    problems: Problems,
    op: dict[str, Any],
    pointer: str,
    hint: str,
    settings: tuple[ir.Setting, ...],
) -> tuple[ir.Body | None, list[ir.Parameter]]:
    """The body of ``op`` and the arguments it adds."""
    if op.get("requestBody") is None:
        return None, []
    body, body_pointer = resolver.follow(op["requestBody"], pointer + "/requestBody")
    if not isinstance(body, dict):
        return None, []
    content = mapping(body.get("content"))
    media = pick_media(content)
    required = body.get("required") is True
    if media is None:
        if content:
            problems.warning(
                body_pointer + "/content",
                f"request body media types {sorted(content)} are not supported: "
                "the method sends no body",
            )
        return None, []
    media_object = mapping(content[media])
    media_pointer = body_pointer + pointer_join("content", media)
    schema = media_object.get("schema", {})
    schema_pointer = media_pointer + "/schema"
    form = media.split(";")[0].strip().lower() == FORM
    example = example_of(media_object, resolver)
    body_type = reader.read(schema, schema_pointer, REQUEST, hint + "Body")
    model = reader.models.get(body_type.key) if isinstance(body_type, ir.ModelRef) else None
    if model is None:
        kind = "form-whole" if form else "json-whole"
        argument = ir.Parameter(
            "body",
            "body",
            body_type,
            required,
            _text(body.get("description")),
            example=example,
        )
        return ir.Body(_base(media), kind, required, example), [argument]

    known = [s.name for s in settings]
    properties = _properties(resolver, schema, schema_pointer)
    fields = []
    for field in model.fields:
        own, property_pointer = properties.get(field.wire_name, ({}, ""))
        default_from = _extension(own, "x-client-default") or _extension(
            resolver.deref(own), "x-client-default"
        )
        if default_from and default_from not in known:
            problems.error(
                property_pointer or media_pointer,
                f"x-client-default {default_from!r} names no client setting"
                f" (the generator's settings declare {known or 'none'})",
            )
        fields.append(
            ir.Parameter(
                wire_name=field.wire_name,
                location="body",
                type=field.type,
                required=field.required and required and not default_from,
                description=field.description,
                deprecated=field.deprecated,
                example=(
                    example.get(field.wire_name, ir.NO_DEFAULT)
                    if isinstance(example, dict)
                    else ir.NO_DEFAULT
                ),
                default_from=str(default_from),
            )
        )
    return ir.Body(_base(media), "form" if form else "json", required, example), fields


def _properties(resolver: Resolver, schema: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """Each property's own schema (with its extensions) and pointer, allOf merged."""
    schema, pointer = resolver.follow(schema, pointer)
    found: dict[str, tuple[Any, str]] = {}
    if not isinstance(schema, dict):
        return found
    for index, part in enumerate(schema.get("allOf") or []):
        found.update(_properties(resolver, part, pointer + pointer_join("allOf", index)))
    for name, value in (schema.get("properties") or {}).items():
        found[str(name)] = (value, pointer + pointer_join("properties", name))
    return found


def _extension(schema: Any, name: str) -> str:
    value = schema.get(name) if isinstance(schema, dict) else None
    return value if isinstance(value, str) else ""


def _base(media: str) -> str:
    return media.split(";")[0].strip()


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
