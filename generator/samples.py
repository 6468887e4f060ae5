"""Test values: schema-valid samples for arguments and responses, and the
exact request the client must send for them.

Examples in the spec win; otherwise a value is synthesized from the schema
(enums, simple regex patterns, formats, bounds). The expected wire form is
computed here independently of the generated runtime, so a generated test
checks the runtime rather than repeating it.
"""

from __future__ import annotations

import json
import re
from typing import Any, Callable
from urllib.parse import quote

from . import ir
from .shipped import SchemaChecker

DATE_TIME = "2020-01-10T20:00:00Z"
_MAX_DEPTH = 6


def sample(schema: Any, deref: Callable[[Any], Any], depth: int = 0, name: str = "") -> Any:
    """A JSON value valid for ``schema``."""
    schema = deref(schema) if isinstance(schema, dict) else {}
    if not isinstance(schema, dict):
        return "value"
    if isinstance(schema.get("contentSchema"), dict) and "json" in str(
        schema.get("contentMediaType", "")
    ):
        return sample(schema["contentSchema"], deref, depth + 1, name)
    if "example" in schema:
        return schema["example"]
    if isinstance(schema.get("examples"), list) and schema["examples"]:
        return schema["examples"][0]
    if "const" in schema:
        return schema["const"]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return next((v for v in schema["enum"] if v is not None), None)
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list) and schema[key]:
            variants = [v for v in schema[key] if deref(v).get("type") != "null"]
            return sample(variants[0] if variants else {}, deref, depth + 1, name)
    types = schema.get("type")
    kind = next((t for t in types if t != "null"), None) if isinstance(types, list) else types
    if kind is None and (schema.get("properties") or schema.get("allOf")):
        kind = "object"
    if kind == "string":
        return _string(schema, name)
    if kind in ("integer", "number"):
        value = 1 if kind == "integer" else 1.5
        if isinstance(schema.get("minimum"), (int, float)):
            value = max(value, schema["minimum"])
        if isinstance(schema.get("maximum"), (int, float)):
            value = min(value, schema["maximum"])
        return int(value) if kind == "integer" else value
    if kind == "boolean":
        return True
    if kind == "array":
        if depth >= _MAX_DEPTH:
            return []
        return [sample(schema.get("items") or {}, deref, depth + 1, name)]
    if kind == "object" or kind is None and "additionalProperties" in schema:
        if depth >= _MAX_DEPTH:
            return {}
        result: dict[str, Any] = {}
        for part in schema.get("allOf") or []:
            value = sample(part, deref, depth + 1)
            if isinstance(value, dict):
                result.update(value)
        for prop, prop_schema in (schema.get("properties") or {}).items():
            result[prop] = sample(prop_schema, deref, depth + 1, prop)
        if not result and kind == "object" and not schema.get("properties"):
            result = {"key": "value"}
        return result
    return "value"


def _string(schema: dict[str, Any], name: str) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return DATE_TIME
    if fmt == "date":
        return DATE_TIME[:10]
    if fmt in ("uri", "url"):
        return "https://example.com/resource"
    if fmt == "email":
        return "user@example.com"
    if fmt == "uuid":
        return "123e4567-e89b-12d3-a456-426614174000"
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        value = from_pattern(pattern)
        if value is not None:
            return value
    text = re.sub(r"[^A-Za-z0-9]", "", name)[:20] or "value"
    text = f"{text}-1"
    min_length, max_length = schema.get("minLength", 0), schema.get("maxLength", 10_000)
    if len(text) < min_length:
        text = text + "x" * (min_length - len(text))
    return text[:max_length]


_TOKEN = re.compile(r"\\(.)|\[(\^?)((?:\\.|[^\]])*)\]|(\()|(\))|(\|)|([{][0-9,]+[}]|[*+?])|(.)")


def from_pattern(pattern: str) -> str | None:
    """A string matching a simple regular expression, or None if too complex.

    Handles what API specs use for identifiers: literals, character classes,
    escapes and ``{n}``, ``{n,m}``, ``+``, ``*``, ``?`` repetition.
    """
    body = pattern[1:] if pattern.startswith("^") else pattern
    body = body[:-1] if body.endswith("$") and not body.endswith("\\$") else body
    out: list[str] = []
    last: str | None = None
    for m in _TOKEN.finditer(body):
        escape, negate, klass, open_group, close_group, alt, repeat, literal = m.groups()
        if open_group or close_group or alt or negate:
            return None
        if repeat:
            if last is None:
                return None
            if repeat == "?" or repeat == "*":
                out.pop()
            elif repeat.startswith("{"):
                count = int(repeat[1:-1].split(",")[0] or 0)
                out[-1] = last * count
            last = None
            continue
        if escape is not None:
            char = {"d": "1", "w": "a", "s": " "}.get(escape, escape)
            if escape in "DWS":
                return None
        elif klass is not None:
            char = _class_char(klass)
            if char is None:
                return None
        elif literal == ".":
            char = "a"
        else:
            char = literal
        out.append(char)
        last = char
    value = "".join(out)
    try:
        return value if re.search(pattern, value) else None
    except re.error:
        return None


def _class_char(klass: str) -> str | None:
    # Prefer a lower-case letter, then a digit: reads like a typical SID.
    for candidate in "abcdef0123456789ABCDEFxyz_-":
        try:
            if re.fullmatch(f"[{klass}]", candidate):
                return candidate
        except re.error:
            return None
    return None


# -- what the client must send ---------------------------------------------------


def wire_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def wire_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    if isinstance(value, list):
        return [(name, wire_text(item)) for item in value]
    return [(name, wire_text(value))]


def expected_request(
    op: ir.Operation, args: dict[str, Any], defaults: dict[str, Any]
) -> dict[str, Any]:
    """The request ``op`` must send for ``args`` (wire name -> sample value);
    ``defaults`` are the client's settings, for arguments left out."""
    path = op.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    form: list[tuple[str, str]] = []
    body: dict[str, Any] = {}
    whole: Any = None
    for p in op.parameters:
        if p.wire_name not in args and p.default_from not in defaults:
            continue
        value = args[p.wire_name] if p.wire_name in args else defaults[p.default_from]
        if p.location == "path":
            path = path.replace("{" + p.wire_name + "}", quote(wire_text(value), safe=""))
        elif p.location == "query":
            query += wire_pairs(p.wire_name, value)
        elif p.location == "header":
            headers[p.wire_name] = wire_text(value)
        elif op.body == "form":
            form += wire_pairs(p.wire_name, value)
        elif op.body == "json-whole":
            whole = value
        else:
            body[p.wire_name] = value
    result: dict[str, Any] = {"method": op.method, "path": path, "query": query, "headers": headers}
    if op.body == "form":
        result["form"] = form
    elif op.body == "json":
        result["json"] = body
    elif op.body == "json-whole":
        result["json"] = whole
    return result


def operation_args(
    op: ir.Operation, deref: Callable[[Any], Any], defaulted: set[str]
) -> dict[str, Any]:
    """A sample for every argument of ``op`` (wire name -> value), but those
    that default to one of the ``defaulted`` settings."""
    args = {}
    for p in op.parameters:
        if p.default_from in defaulted:
            continue  # left out on purpose: the client fills it in
        value = sample(p.schema or {}, deref, name=p.wire_name)
        if p.location in ("path", "header") and not isinstance(value, str):
            value = wire_text(value)
        args[p.wire_name] = value
    return args


def checked_response(
    op: ir.Operation,
    deref: Callable[[Any], Any],
    checker: SchemaChecker,
    warn: Callable[[str], None],
) -> Any:
    """``operation_response``, falling back to synthesized values when the
    spec's own example does not match its schema (and saying so)."""
    body = operation_response(op, deref)
    if body is None or not op.response_pointer:
        return body
    errors = checker.errors(op.response_pointer, body)
    if errors and op.response_example is not None:
        warn(
            f"{op.operation_id}: the spec's response example does not match its schema ({errors[0]}); the tests use synthesized values"
        )
        body = operation_response(op, deref, use_example=False)
        errors = checker.errors(op.response_pointer, body)
    if errors:
        warn(f"{op.operation_id}: no schema-valid response value could be made ({errors[0]})")
    return body


def operation_response(
    op: ir.Operation, deref: Callable[[Any], Any], use_example: bool = True
) -> Any:
    """The body a server would answer ``op`` with (None: no content)."""
    if op.result is None:
        return None
    if op.pagination is not None:
        body = (
            op.response_example
            if use_example and isinstance(op.response_example, dict)
            else sample(op.response_schema, deref)
        )
        body = dict(body) if isinstance(body, dict) else {}
        items = body.get(op.pagination.items_key)
        if not isinstance(items, list) or not items:
            items_schema = (deref(op.response_schema).get("properties") or {}).get(
                op.pagination.items_key
            ) or {}
            body[op.pagination.items_key] = sample(items_schema, deref)
        meta = dict(body.get("meta") or {})
        meta.update(
            {"key": op.pagination.items_key, "next_page_url": None, "previous_page_url": None}
        )
        body["meta"] = meta
        return body
    if use_example and op.response_example is not None:
        return op.response_example
    if op.response_schema:
        return sample(op.response_schema, deref)
    return {"key": "value"}
