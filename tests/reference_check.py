"""Compare the composed spec with Twilio's published one, operation by operation.

For every operation both have (same method, same path once Twilio's ``/v1``
prefix is dropped and path parameters are compared by position, not name),
report each difference in parameters, required fields, body media type and
wire names, success status, list keys and response field names as one line
of text.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

import yaml

from generator.validate import HTTP_METHODS

Spec = dict[str, Any]


def _deref(spec: Spec, value: Any) -> Any:
    while isinstance(value, dict) and isinstance(value.get("$ref"), str):
        node: Any = spec
        for token in value["$ref"][2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
        value = node
    return value


def _operations(
    spec: Spec, prefix: str
) -> dict[tuple[str, str], tuple[str, dict[str, Any], dict[str, Any]]]:
    """(METHOD, path with ``{}`` for each parameter) -> (path, path item, operation)."""
    found = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                short = path[len(prefix) :] if path.startswith(prefix) else path
                found[(method.upper(), re.sub(r"\{[^}]*\}", "{}", short))] = (
                    short,
                    item,
                    item[method],
                )
    return found


def _parameters(
    spec: Spec, item: dict[str, Any], op: dict[str, Any]
) -> dict[tuple[str, str], bool]:
    """Query, header and cookie parameters (path parameters are positional)."""
    params = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        p = _deref(spec, raw)
        if p["in"] != "path":
            params[(p["in"], p["name"])] = bool(p.get("required"))
    return params


def _body(spec: Spec, op: dict[str, Any]) -> tuple[str, set[str], set[str]]:
    body = _deref(spec, op.get("requestBody"))
    if not isinstance(body, dict):
        return "", set(), set()
    media, content = next(iter((body.get("content") or {}).items()), ("", {}))
    schema = _deref(spec, content.get("schema") or {})
    return media, set(schema.get("properties") or {}), set(schema.get("required") or [])


def _success(spec: Spec, op: dict[str, Any]) -> tuple[str, str | None, set[str]]:
    """The success status, the list key (None if not a list) and the response
    (or item) field names."""
    for code in sorted(op.get("responses") or {}):
        if not str(code).startswith("2"):
            continue
        response = _deref(spec, op["responses"][code])
        schema = _deref(
            spec,
            ((response.get("content") or {}).get("application/json") or {}).get("schema") or {},
        )
        properties = schema.get("properties") or {}
        if "meta" in properties:
            key = next((k for k in properties if k != "meta"), None)
            items = _deref(spec, _deref(spec, properties[key]).get("items") or {}) if key else {}
            return str(code), key, set(items.get("properties") or {})
        return str(code), None, set(properties)
    return "", None, set()


def differences(ours: Spec, reference: Spec) -> Iterator[str]:
    theirs = _operations(reference, "/v1")
    for key, (path, item, op) in sorted(_operations(ours, "").items()):
        if key not in theirs:
            continue
        name = f"{key[0]} {path}"
        _, ref_item, ref_op = theirs[key]
        mine, other = _parameters(ours, item, op), _parameters(reference, ref_item, ref_op)
        for where, param in sorted(set(other) - set(mine)):
            yield f"{name}: {where} parameter {param} is missing"
        for where, param in sorted(set(mine) - set(other)):
            yield f"{name}: {where} parameter {param} is not in Twilio's spec"
        for where, param in sorted(set(mine) & set(other)):
            if mine[(where, param)] != other[(where, param)]:
                yield f"{name}: {where} parameter {param} is {'required' if mine[(where, param)] else 'optional'}, Twilio's is not"
        media, fields, required = _body(ours, op)
        ref_media, ref_fields, ref_required = _body(reference, ref_op)
        if media != ref_media:
            yield f"{name}: body is {media or 'absent'}, Twilio's is {ref_media or 'absent'}"
        for field in sorted(ref_fields - fields):
            yield f"{name}: body field {field} is missing"
        for field in sorted(fields - ref_fields):
            yield f"{name}: body field {field} is not in Twilio's spec"
        for field in sorted(required ^ ref_required):
            yield f"{name}: body field {field} is {'required' if field in required else 'optional'}, Twilio's is not"
        status, list_key, response_fields = _success(ours, op)
        ref_status, ref_key, ref_response_fields = _success(reference, ref_op)
        if status != ref_status:
            yield f"{name}: answers {status or 'nothing'}, Twilio's {ref_status or 'nothing'}"
        if list_key != ref_key:
            yield f"{name}: list key is {list_key}, Twilio's is {ref_key}"
        for field in sorted(ref_response_fields - response_fields):
            yield f"{name}: response field {field} is missing"
        for field in sorted(response_fields - ref_response_fields):
            yield f"{name}: response field {field} is not in Twilio's spec"


def load_reference(path: Any) -> Spec:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
