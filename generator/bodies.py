"""Request bodies: which media type is sent, and the arguments it becomes.

A form, JSON or multipart body whose schema is an object becomes one keyword
argument per property, under the property's wire name; any other body is one
``body`` argument: JSON or a form for a schema of another shape, ``str`` for
``text/*``, and bytes (or a file, or an iterable of bytes) for anything else.
A property with ``x-client-default: NAME`` defaults to the client setting
NAME when the caller leaves it out.
"""

from __future__ import annotations

from typing import Any

from . import ir
from .errors import pointer_join
from .refs import Resolver, example_of, mapping
from .typemodel import REQUEST, OperationSite, json_media

FORM = "application/x-www-form-urlencoded"


def media_kind(media: str) -> ir.BodyKind:
    """The body kind a media type is sent as, when its schema is an object."""
    base = media.split(";")[0].strip().lower()
    if base == FORM:
        return ir.FORM
    if json_media(base) or base in ("*/*", "application/*"):
        return ir.JSON
    if base.startswith("multipart/"):
        return ir.MULTIPART
    if base.startswith("text/"):
        return ir.TEXT
    return ir.RAW


# What is sent when a body may be several things: a form first (Twilio's
# choice), then JSON, then a multipart upload, text, raw bytes.
_PREFERENCE = (ir.FORM, ir.JSON, ir.MULTIPART, ir.TEXT, ir.RAW)


def pick_media(content: dict[str, Any]) -> str | None:
    for kind in _PREFERENCE:
        for media in content:
            if media_kind(media) == kind:
                return media
    return None


def read_body(
    site: OperationSite, settings: tuple[ir.Setting, ...]
) -> tuple[ir.Body | None, list[ir.Parameter]]:
    """The body of the operation and the arguments it adds."""
    reader, resolver, problems = site.reader, site.resolver, site.problems
    op, pointer, hint = site.op, site.pointer, site.hint
    if op.get("requestBody") is None:
        return None, []
    body, body_pointer = resolver.follow(op["requestBody"], pointer + "/requestBody")
    if not isinstance(body, dict):
        return None, []
    content = mapping(body.get("content"))
    media = pick_media(content)
    required = body.get("required") is True
    if media is None:
        return None, []
    media_object = mapping(content[media])
    media_pointer = body_pointer + pointer_join("content", media)
    kind = media_kind(media)
    example = example_of(media_object, resolver)
    description = _text(body.get("description"))
    sent_as = media.split(";")[0].strip()
    if kind in (ir.TEXT, ir.RAW):
        scalar = ir.Scalar(ir.STR if kind == ir.TEXT else ir.BYTES)
        argument = ir.Parameter("body", "body", scalar, required, description, example=example)
        return ir.Body(sent_as, kind, required, example), [argument]

    schema = media_object.get("schema", {})
    schema_pointer = media_pointer + "/schema"
    body_type = reader.read(schema, schema_pointer, REQUEST, hint + "Body")
    model = reader.models.get(body_type.key) if isinstance(body_type, ir.ModelRef) else None
    if model is None:
        if kind == ir.MULTIPART:
            problems.warning(
                schema_pointer,
                "a multipart body that is not an object is sent as raw bytes: "
                "pass body= with the encoded parts",
            )
            argument = ir.Parameter("body", "body", ir.Scalar(ir.BYTES), required, description)
            return ir.Body(sent_as, ir.RAW, required), [argument]
        inner = body_type.inner if isinstance(body_type, ir.Nullable) else body_type
        if kind == ir.FORM and isinstance(inner, (ir.ListOf, ir.TupleOf, ir.Scalar, ir.Literal)):
            problems.warning(
                schema_pointer,
                "a form body that is not an object has no standard encoding: it is sent as "
                "text; pass body= with the encoded form",
            )
            argument = ir.Parameter("body", "body", ir.Scalar(ir.STR), required, description)
            return ir.Body(sent_as, ir.TEXT, required), [argument]
        whole: ir.BodyKind = ir.FORM_WHOLE if kind == ir.FORM else ir.JSON_WHOLE
        argument = ir.Parameter("body", "body", body_type, required, description, example=example)
        return ir.Body(sent_as, whole, required, example), [argument]

    known = [s.name for s in settings]
    properties = _properties(resolver, schema, schema_pointer)
    encoding = mapping(media_object.get("encoding"))
    fields = []
    for field in model.fields:
        own, property_pointer = properties.get(field.wire_name, ({}, ""))
        resolved = resolver.deref(own)
        default_from = _extension(own, "x-client-default") or _extension(
            resolved, "x-client-default"
        )
        if default_from and default_from not in known:
            problems.error(
                property_pointer or media_pointer,
                f"x-client-default {default_from!r} names no client setting"
                f" (the generator's settings declare {known or 'none'})",
            )
        part = mapping(encoding.get(field.wire_name))
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
                style=str(part.get("style", "")) if kind == ir.FORM else "",
                explode=(
                    part["explode"]
                    if kind == ir.FORM and isinstance(part.get("explode"), bool)
                    else None
                ),
                part_type=str(part.get("contentType", "")) if kind == ir.MULTIPART else "",
                is_file=kind == ir.MULTIPART and _is_file(field.type, resolved),
            )
        )
    return ir.Body(sent_as, kind, required, example), fields


def _is_file(t: ir.Type, schema: Any) -> bool:
    """A multipart field holding a file: binary text (3.0's ``format:
    binary``) or a media type of its own (3.1's ``contentMediaType``)."""
    inner = t.item if isinstance(t, ir.ListOf) else t
    inner = inner.inner if isinstance(inner, ir.Nullable) else inner
    if isinstance(inner, ir.Scalar) and inner.kind == ir.BYTES:
        return True
    if isinstance(schema, dict):
        items = mapping(schema.get("items")) if schema.get("type") == "array" else schema
        return "contentMediaType" in items or items.get("contentEncoding") in ("binary", "base64")
    return False


def _properties(resolver: Resolver, schema: Any, pointer: str) -> dict[str, tuple[Any, str]]:
    """Each property's own schema (with its extensions) and pointer, allOf merged."""
    schema, pointer = resolver.follow(schema, pointer)
    found: dict[str, tuple[Any, str]] = {}
    if not isinstance(schema, dict):
        return found
    for index, part in enumerate(schema.get("allOf") or []):
        found.update(_properties(resolver, part, pointer + pointer_join("allOf", index)))
    for name, value in mapping(schema.get("properties")).items():
        found[str(name)] = (value, pointer + pointer_join("properties", name))
    return found


def _extension(schema: Any, name: str) -> str:
    value = schema.get(name) if isinstance(schema, dict) else None
    return value if isinstance(value, str) else ""


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""
