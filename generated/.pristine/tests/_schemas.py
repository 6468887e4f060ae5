"""Checking JSON values against the schemas of an OpenAPI document.

The generated tests validate answers with it (jsonschema; the client itself
needs none of this). A schema means what OpenAPI says it means, which is not
always what JSON Schema alone would say:

- 3.0's ``nullable: true`` allows null;
- in an answer, a ``writeOnly`` property is never required (a password is
  sent, not echoed back);
- a ``oneOf``/``anyOf`` with a ``discriminator`` is checked against the
  variant its property names, not against every variant (Cat and Dog may
  have the same shape), and as ``anyOf`` when the value lacks the property;
  a ``oneOf`` without one is checked as ``anyOf``: the
  client reads a value that fits several variants as the first;
- ``additionalProperties`` in an ``allOf`` part (or beside an ``allOf``)
  applies to properties no part defines: as JSON Schema reads it, it would
  also refuse, or hold to its own schema, the properties the other parts
  define;
- where no value could fit a schema as JSON Schema reads it, the check reads
  it as the generator does: a property typed otherwise in two allOf parts
  is the later part's, a ``type`` beside a ``oneOf``/``anyOf`` of other
  types gives way to the variants, and a pattern that the declared date or
  date-time format rules out gives way to the format;
- a pattern written as a JavaScript literal (``/^a+$/``) is read as what its
  slashes hold; one of another dialect (``\\p{L}``), or one no value of the
  asked length could match, is not checked.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any
from urllib.parse import unquote

DRAFT_04 = "http://json-schema.org/draft-04/schema#"
DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"


class SchemaChecker:
    """Validates values against the schema at a JSON pointer of ``document``."""

    def __init__(
        self, document: dict[str, Any], given_way: tuple[tuple[str, str], ...] = ()
    ) -> None:
        openapi_30 = str(document.get("openapi", "")).startswith("3.0")
        self.document = document
        self._operations: dict[str, tuple[str, dict[str, Any]]] | None = None
        root = answers_view(_without(document, given_way), document)
        self.root = nullable_to_json_schema(root) if openapi_30 else root
        self.dialect = (
            DRAFT_04 if openapi_30 else document.get("jsonSchemaDialect") or DRAFT_2020_12
        )

    def errors(self, pointer: str, value: Any, formats: bool = False) -> list[str]:
        """Each mismatch as ``/json/pointer: message``; none if ``value`` is valid."""
        return [message for _, message in self.found(pointer, value, formats)]

    def found(self, pointer: str, value: Any, formats: bool = False) -> list[tuple[str, str]]:
        """Each mismatch as (the JSON Schema keyword it breaks, ``/pointer: message``)."""
        return [
            (keyword, f"{at}: {message}")
            for keyword, at, message in self.mismatches(pointer, value, formats)
        ]

    def mismatches(
        self, pointer: str, value: Any, formats: bool = False
    ) -> list[tuple[str, str, str]]:
        """Each mismatch as (keyword, ``/pointer`` in the value, message);
        ``formats`` checks the formats the spec declares, strictly."""
        import jsonschema

        # The whole document is the root, so the schema's own $refs resolve.
        schema = dict(self.root, **{"$ref": "#" + pointer, "$schema": self.dialect})
        checker = strict_formats() if formats else None
        validator = jsonschema.validators.validator_for(schema)(schema, format_checker=checker)
        errors = sorted(validator.iter_errors(value), key=lambda e: list(map(str, e.absolute_path)))
        return [
            (str(e.validator), "/" + "/".join(str(p) for p in e.absolute_path), e.message)
            for e in errors
        ]

    def _operation(self, operation_id: str) -> tuple[str, dict[str, Any]] | None:
        """The pointer and object of the operation ``operation_id`` (indexed
        once: every answer of every test asks)."""
        if self._operations is None:
            self._operations = {}
            for path, item in (self.document.get("paths") or {}).items():
                for method, op in (item or {}).items():
                    if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                        where = f"/paths/{_escape(path)}/{method}"
                        self._operations.setdefault(op["operationId"], (where, op))
        return self._operations.get(operation_id)

    def responses(self, operation_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
        """The operation's documented responses, by status as the spec writes
        it (``200``, ``2XX``, ``default``): each one's pointer and object."""
        found = self._operation(operation_id)
        if found is None:
            return {}
        base, op = found
        documented: dict[str, tuple[str, dict[str, Any]]] = {}
        for code, response in (op.get("responses") or {}).items():
            pointer = f"{base}/responses/{_escape(str(code))}"
            if isinstance(response, dict) and isinstance(response.get("$ref"), str):
                pointer = response["$ref"][1:]
                response = _at(self.document, pointer)
            if isinstance(response, dict):
                documented[str(code).upper()] = (pointer, response)
        return documented

    def response_for(self, operation_id: str, status: int) -> tuple[str, dict[str, Any]] | None:
        """The documented response that covers ``status``: its own, its
        range's (``4XX``) or ``default``."""
        documented = self.responses(operation_id)
        for code in (str(status), f"{str(status)[0]}XX", "DEFAULT"):
            if code in documented:
                return documented[code]
        return None

    def response_pointer(self, operation_id: str, status: int) -> str | None:
        """The pointer of the JSON schema ``operation_id`` answers ``status`` with."""
        found = self.response_for(operation_id, status)
        if found is None:
            return None
        base, response = found
        content = response.get("content") or {}
        media = next((m for m in content if "json" in m), None)
        if media is None or "schema" not in content[media]:
            return None
        return f"{base}/content/{_escape(media)}/schema"


def _at(document: Any, pointer: str) -> Any:
    """The node at a JSON pointer (URI-escaped, as in a ``$ref``)."""
    node = document
    for token in pointer.lstrip("/").split("/") if pointer else ():
        token = unquote(token).replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _without(document: dict[str, Any], given_way: tuple[tuple[str, str], ...]) -> Any:
    """``document`` without the keywords at (pointer, keyword) of
    ``given_way``: those the spec contradicts elsewhere (a pattern that no
    value of the length asked can match, an enum that an allOf joins with
    another having no value in common). The generator warned of each."""
    if not given_way:
        return document
    copy: Any = json.loads(json.dumps(document))
    for pointer, keyword in given_way:
        try:
            node = _at(copy, pointer)
        except (KeyError, IndexError, ValueError, TypeError):
            continue
        if isinstance(node, dict):
            node.pop(keyword, None)
    return copy


# Keywords whose value maps names to schemas: its keys are names, not keywords.
_NAME_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "schemas"}
)
# Keywords whose value is data: nothing in it is a schema.
_DATA = frozenset({"example", "examples", "default", "enum", "const"})


def answers_view(node: Any, document: dict[str, Any], names: bool = False) -> Any:
    """``node`` as JSON Schema for checking answers: writeOnly properties not
    required, discriminated unions dispatched by their property... (a map of
    ``names`` to schemas is walked, not read as a schema)."""
    if isinstance(node, list):
        return [answers_view(item, document) for item in node]
    if not isinstance(node, dict):
        return node
    if names:
        return {key: answers_view(value, document) for key, value in node.items()}
    view = {
        key: (
            value
            if key in _DATA or key.startswith("x-")
            else answers_view(value, document, key in _NAME_MAPS)
        )
        for key, value in node.items()
    }
    if isinstance(node.get("pattern"), str):
        literal = _JS_LITERAL.fullmatch(node["pattern"])
        if literal and re.search(r"^/\^|\$/$", node["pattern"]):
            view["pattern"] = literal.group(1)  # /^a+$/, as JavaScript writes it
        if not _python_regex(view["pattern"]) or not _lengths_fit(view["pattern"], node):
            # Another dialect (\p{L}), or no value could match it and have the
            # length asked for: not checked, as the generator warned.
            del view["pattern"]
        elif node.get("format") in _PLAIN and not re.search(
            view["pattern"], _PLAIN[node["format"]]
        ):
            del view["pattern"]  # the format rules it out: the format wins
    if isinstance(view.get("oneOf"), list) and not isinstance(node.get("discriminator"), dict):
        # A value that fits more than one variant is read by the client as the
        # first: checked as anyOf (specs often list a schema and its extension,
        # or one schema twice, where no value could fit exactly one).
        variants = view.pop("oneOf")
        if "anyOf" in view:
            view["allOf"] = list(view.get("allOf") or []) + [{"anyOf": variants}]
        else:
            view["anyOf"] = variants
    raw_parts = node.get("allOf")
    if isinstance(raw_parts, list) and raw_parts:
        # additionalProperties in one part (false, or a schema) would apply to
        # the properties the other parts define too, and on the schema beside
        # an allOf to those of its parts: every object would be refused, or
        # held to the wrong schema. The spec means the merged object: each
        # closed part also names its siblings' properties (as any value).
        defined = [_declared(part, document) for part in raw_parts]
        # Its own properties and required names count as a sibling's.
        beside = _declared({k: v for k, v in node.items() if k != "allOf"}, document)
        everything = set().union(beside, *defined)
        # The schema's own properties come last: they rule over its parts'.
        own_part = {k: v for k, v in node.items() if k != "allOf"}
        overruled = _overruled([*raw_parts, own_part], document)
        view["allOf"] = [
            _opened(part, everything - own, document, node.get("format"), overruled[index])
            for index, (part, own) in enumerate(zip(raw_parts, defined))
        ]
        if any(keyword in view for keyword in _CLOSING):
            stated = set(node["properties"]) if isinstance(node.get("properties"), dict) else set()
            view["properties"] = {
                **{name: {} for name in sorted(everything - stated)},
                **(view.get("properties") or {}),
            }
    parts = view.get("allOf")
    if isinstance(parts, list) and len(parts) > 1 and {"type": "null"} in parts:
        # No value is both null and something else: the spec means "or null".
        rest = [part for part in parts if part != {"type": "null"}]
        view["allOf"] = [{"anyOf": [{"type": "null"}, {"allOf": rest}]}]
    declared = node.get("type")
    if isinstance(declared, str) and declared != "null" and _other_types(node, declared, document):
        # type: array beside an anyOf of objects (SoundCloud's): no value is
        # both; the variants rule, as the generator reads it.
        del view["type"]
    for keyword in ("oneOf", "anyOf"):
        if declared == "null" and isinstance(view.get(keyword), list):
            # type: null beside a oneOf (Vercel's): no variant is null, so
            # nothing would fit; the spec means "null, or one of these".
            del view["type"]
            view[keyword] = [*view[keyword], {"type": "null"}]
            break
    if declared is not None and not isinstance(declared, (str, list)):
        del view["type"]  # not a type at all (the generator warned)
    if isinstance(node.get("enum"), list) and isinstance(declared, str):
        if not any(_of_type(value, declared) for value in node["enum"]):
            del view["enum"]  # none of its values has the type: the type rules alone
    if isinstance(node.get("required"), list):
        # The property may be described here or in an allOf part (shipengine
        # requires a writeOnly pickup_window its part describes).
        view["required"] = [
            name
            for name in node["required"]
            if not _flag(_deref(_property(node, name, document), document), "writeOnly")
        ]
    discriminator = node.get("discriminator")
    for keyword in ("oneOf", "anyOf"):
        if isinstance(discriminator, dict) and isinstance(node.get(keyword), list):
            dispatch = _dispatch(discriminator, node[keyword], document)
            if dispatch is not None:
                del view[keyword]
                view["allOf"] = list(view.get("allOf") or []) + dispatch
            break
    return view


_CLOSING = ("additionalProperties", "unevaluatedProperties")


def _other_types(node: dict[str, Any], declared: str, document: dict[str, Any]) -> bool:
    """Whether every variant of the node's oneOf or anyOf states a type other
    than ``declared``."""
    for keyword in ("oneOf", "anyOf"):
        variants = node.get(keyword)
        if isinstance(variants, list) and variants:
            resolved = [_deref(v, document) for v in variants]
            kinds = [r.get("type") if isinstance(r, dict) else None for r in resolved]
            if all(isinstance(k, str) and k != declared for k in kinds):
                return True
    return False


def _property(node: Any, name: str, document: dict[str, Any], depth: int = 0) -> Any:
    """The schema of property ``name``, from ``node`` or its allOf parts."""
    node = _deref(node, document)
    if not isinstance(node, dict) or depth > 16:
        return None
    properties = node.get("properties")
    if isinstance(properties, dict) and name in properties:
        return properties[name]
    for part in node.get("allOf") or []:
        found = _property(part, name, document, depth + 1)
        if found is not None:
            return found
    return None


def _declared(part: Any, document: dict[str, Any]) -> set[str]:
    """The property names an allOf part defines or requires, its own allOf's too."""
    target = _deref(part, document)
    if not isinstance(target, dict):
        return set()
    names = set(target["properties"]) if isinstance(target.get("properties"), dict) else set()
    # A name it requires is one it means to define (shipengine's has_errors).
    names |= {n for n in target.get("required") or [] if isinstance(n, str)}
    for inner in target.get("allOf") or []:
        names |= _declared(inner, document)
    return names


# A plain value of each format: a pattern beside the format that it does
# not match leaves no value but one or the other (shipengine's created_at,
# a date-time that must start with "se-"): the format wins, as in the client.
_PLAIN = {"date-time": "2020-01-10T20:00:00Z", "date": "2020-01-10"}


def _overruled(parts: list[Any], document: dict[str, Any]) -> list[set[str]]:
    """For each allOf part, the properties a later part types otherwise (a
    string here, an integer there: no value is both). The later part rules,
    as the generator reads it."""
    typed: list[dict[str, Any]] = []
    for part in parts:
        target = _deref(part, document)
        own = target.get("properties") if isinstance(target, dict) else None
        resolved = {
            name: _deref(schema, document)
            for name, schema in (own.items() if isinstance(own, dict) else [])
        }
        typed.append({n: r.get("type") for n, r in resolved.items() if isinstance(r, dict)})
    overruled: list[set[str]] = [set() for _ in parts]
    for index, types in enumerate(typed):
        for name, kind in types.items():
            later = [t[name] for t in typed[index + 1 :] if t.get(name) is not None]
            if isinstance(kind, str) and any(isinstance(k, str) and k != kind for k in later):
                overruled[index].add(name)
    return overruled


def _opened(
    part: Any,
    siblings: set[str],
    document: dict[str, Any],
    fmt: Any = None,
    overruled: set[str] | None = None,
) -> Any:
    """An allOf part as answers are checked against it: when it limits other
    properties, the ones its siblings define are not other; a property a
    later part types otherwise is the later part's; a pattern that the format
    beside the allOf rules out is left to the format."""
    target = _deref(part, document)
    if overruled and isinstance(target, dict) and isinstance(target.get("properties"), dict):
        kept = {k: v for k, v in target["properties"].items() if k not in overruled}
        target = {**target, "properties": {**kept, **{name: {} for name in overruled}}}
        part = target
    pattern = target.get("pattern") if isinstance(target, dict) else None
    if fmt in _PLAIN and isinstance(pattern, str) and _python_regex(pattern):
        if not re.search(pattern, _PLAIN[fmt]):
            return answers_view({k: v for k, v in target.items() if k != "pattern"}, document)
    if not siblings or not isinstance(target, dict) or not any(k in target for k in _CLOSING):
        return answers_view(part, document)
    own: dict[str, Any] = target["properties"] if isinstance(target.get("properties"), dict) else {}
    widened = {**target, "properties": {**{name: {} for name in sorted(siblings)}, **own}}
    return answers_view(widened, document)


def _fixed(schema: Any, name: str, document: dict[str, Any]) -> str:
    """The one value a schema (or an allOf part) fixes property ``name`` to."""
    if not isinstance(schema, dict):
        return ""
    own = _deref((schema.get("properties") or {}).get(name), document)
    if isinstance(own, dict):
        values = [own["const"]] if "const" in own else own.get("enum")
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
            return values[0]
    for part in schema.get("allOf") or []:
        found = _fixed(_deref(part, document), name, document)
        if found:
            return found
    return ""


def _dispatch(
    discriminator: dict[str, Any], variants: list[Any], document: dict[str, Any]
) -> list[Any] | None:
    """JSON Schema that checks a value against the variant its discriminator
    property names (and that names one); None when a variant has no name."""
    name = discriminator.get("propertyName")
    if not isinstance(name, str):
        return None
    targets: dict[str, str] = {}
    mapping = discriminator.get("mapping")
    for value, target in (mapping if isinstance(mapping, dict) else {}).items():
        if isinstance(target, str):
            ref = target if target.startswith("#") else f"#/components/schemas/{target}"
            targets[str(value)] = ref
    named = set(targets.values())
    for variant in variants:
        own = variant.get("$ref") if isinstance(variant, dict) else None
        if not isinstance(own, str):
            return None
        if own not in named:
            # The schema's name, unless the variant fixes the property itself.
            value = _fixed(_deref(variant, document), name, document) or own.rsplit("/", 1)[-1]
            targets[value] = own
    # An object that carries the property names a variant with it; one
    # without it, or a value of another kind, is checked as JSON Schema would,
    # against the variants as they are (the client reads it as the first that
    # fits; GitHub's own examples leave the property out).
    checks: list[Any] = [
        {"properties": {name: {"enum": list(targets)}}},
        {"anyOf": [{"type": "object", "required": [name]}, {"anyOf": variants}]},
    ]
    for value, ref in targets.items():
        chosen = {"type": "object", "required": [name], "properties": {name: {"enum": [value]}}}
        # "if the property names this variant, then the value is one": as
        # not-A-or-B, which draft 4 (OpenAPI 3.0) can say too.
        checks.append({"anyOf": [{"not": chosen}, {"$ref": ref}]})
    return checks


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_TIME = re.compile(r"(\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*")
# RFC 3986: an absolute URI is a scheme, a colon and the URI characters.
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def _real_date(text: str) -> bool:
    import datetime

    match = _DATE.fullmatch(text)
    if match is None:
        return False
    try:
        datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return False
    return True


def _date_time(text: str) -> bool:
    """RFC 3339's date-time, as JSON Schema asks (a client may read more)."""
    date, separator, time = text[:10], text[10:11], text[11:]
    match = _TIME.fullmatch(time)
    if separator not in ("T", "t") or not _real_date(date) or match is None:
        return False
    hour, minute, second = (int(match.group(i)) for i in (1, 2, 3))
    offset_ok = match.group(6) is None or (int(match.group(6)) < 24 and int(match.group(7)) < 60)
    return hour < 24 and minute < 60 and second <= 60 and offset_ok


def strict_formats() -> Any:
    """A jsonschema format checker for the formats answers must keep exactly:
    ``date-time`` and ``date`` as RFC 3339 writes them, ``uri`` as an
    absolute URI, ``uuid``, ``email``. Values of another type pass: the type
    is checked on its own."""
    import jsonschema

    checker = jsonschema.FormatChecker(formats=())
    rules = {
        "date-time": _date_time,
        "date": _real_date,
        "uri": lambda text: _URI.fullmatch(text) is not None,
        "uuid": lambda text: _UUID.fullmatch(text) is not None,
        "email": lambda text: _EMAIL.fullmatch(text) is not None,
    }
    for name, rule in rules.items():
        checker.checks(name)(lambda value, rule=rule: not isinstance(value, str) or rule(value))
    return checker


def _deref(node: Any, document: dict[str, Any]) -> Any:
    for _ in range(16):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        if not ref.startswith("#/"):
            break
        try:
            target: Any = document
            for token in ref[2:].split("/"):
                target = target[unquote(token).replace("~1", "/").replace("~0", "~")]
        except (KeyError, TypeError, IndexError):
            break
        node = target
    return node


_JS_LITERAL = re.compile(r"/(.+)/[dgimsuy]*")


def _lengths_fit(pattern: str, schema: dict[str, Any]) -> bool:
    """Whether a string matching ``pattern`` can have the length the schema
    asks for (longer than a match, only if the pattern is not anchored)."""
    try:
        parser: Any = importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        parser = importlib.import_module("sre_parse")
    try:
        shortest, longest = parser.parse(pattern).getwidth()
    except (re.error, OverflowError):
        return True
    low, high = schema.get("minLength"), schema.get("maxLength")
    anchored = pattern.startswith("^") and pattern.endswith("$")
    too_short = anchored and isinstance(low, int) and longest < low
    too_long = isinstance(high, int) and shortest > high
    return not (too_short or too_long)


def _of_type(value: Any, kind: str) -> bool:
    checks = {
        "string": isinstance(value, str),
        "integer": type(value) is int,
        "number": type(value) in (int, float),
        "boolean": type(value) is bool,
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
        "null": value is None,
    }
    return checks.get(kind, True)


def _python_regex(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _flag(node: Any, name: str) -> bool:
    return isinstance(node, dict) and node.get(name) is True


def nullable_to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 ``nullable: true`` in JSON Schema terms (a "null" type)."""
    if isinstance(node, list):
        return [nullable_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: nullable_to_json_schema(value) for key, value in node.items()}
    # Only the keyword (a boolean): a property named "nullable" holds a schema.
    flag = node.pop("nullable") if isinstance(node.get("nullable"), bool) else False
    if flag:
        if isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"] = node["enum"] + [None]
        else:
            node = {"anyOf": [node, {"type": "null"}]}
    return node


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
