"""Validate stage: a composed document -> the same document, or located errors.

1. The ``openapi`` version is 3.0.x or 3.1.x.
2. Every ``$ref`` is local and points at something (example values, which
   are data, are not searched for references).
3. The document has OpenAPI's structure: it is checked against the OpenAPI
   JSON Schema that openapi-spec-validator ships, with jsonschema-rs, and
   every mismatch is named by its JSON pointer.
4. The generator's own needs: header and cookie names are HTTP tokens, path templates
   are well formed. Duplicate operationIds are a warning (the name stage keeps
   methods apart).

Findings a peer generator would pass over (an empty ``responses``, a repeated
path parameter) are warnings. ``strict`` makes warnings errors and also runs
openapi-spec-validator's full set of checks (defaults and examples against
their schemas, regular expressions, required properties).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterator
from urllib.parse import unquote

from .errors import ERROR, WARNING, Problem, Problems, SpecError, pointer_join
from .load import Document
from .refs import DATA_KEYS, Resolver, is_local, is_remote, mapping, pointer_of, resolve, walk_refs

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"\{([^{}]*)\}")
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def validate(
    doc: Document, strict: bool = False, report: Callable[[Problem], None] | None = None
) -> Document:
    """``doc`` if it is a usable OpenAPI document; SpecError naming every
    error otherwise. Warnings go to ``report``."""
    problems = Problems(doc)
    _check_version(doc, problems)
    problems.raise_errors()
    _check_refs(doc, problems)
    problems.raise_errors()
    _check_compositions(doc, problems)
    _check_structure(doc, problems)
    _check_operations(doc, problems)
    if strict:
        _check_openapi_spec_validator(doc, problems)
        for problem in problems.warnings:
            problems.error(problem.pointer, problem.message)
        problems.found = [p for p in problems.found if p.severity == ERROR]
    problems.raise_errors()
    for problem in problems.warnings:
        if report is not None:
            report(problem)
    return doc


def _check_version(doc: Document, problems: Problems) -> None:
    version = doc.data.get("openapi")
    if not isinstance(version, str) or not re.match(r"^3\.[01]\.\d+", version):
        problems.error(
            "/openapi",
            f"unsupported or missing 'openapi' version {version!r}: expected 3.0.x or 3.1.x",
        )


def _check_refs(doc: Document, problems: Problems) -> None:
    cycles: set[frozenset[str]] = set()
    sound: set[str] = set()  # local references already found to resolve, in no cycle
    for pointer, ref in walk_refs(doc.data):
        if isinstance(ref, str) and ref in sound:
            continue  # a spec names the same schema many times over
        if not isinstance(ref, str):
            # In 3.1 a schema may have a property literally named "$ref".
            if not pointer.endswith("/properties/$ref"):
                problems.error(pointer, "$ref must be a string")
        elif ref == "#":
            problems.error(pointer, "$ref '#' names the whole document, which is not a part of it")
        elif is_local(ref):
            try:
                resolve(doc.data, ref)
            except KeyError:
                problems.error(pointer, f"$ref {ref!r} points to nothing in this document")
                continue
            cycle = _reference_cycle(doc.data, ref)
            if not cycle:
                sound.add(ref)
            if cycle and frozenset(cycle) not in cycles:
                cycles.add(frozenset(cycle))
                problems.error(
                    pointer_of(cycle[0]) + "/$ref",
                    "references that only lead to each other: " + " -> ".join(cycle + cycle[:1]),
                )
        elif is_remote(ref):
            problems.error(
                pointer,
                f"remote $ref {ref!r} is not allowed: only local references ('#/...') are resolved",
            )
        else:
            problems.error(
                pointer,
                f"external $ref {ref!r} is not resolved here: references to files are read "
                "in the spec and its fragments, not in what an overlay writes",
            )


def _reference_cycle(data: dict[str, Any], ref: str) -> list[str]:
    """The references a chain starting at ``ref`` goes round in, when it comes
    back to one of them without ever reaching anything but another ``$ref``."""
    chain: list[str] = []
    while is_local(ref) and ref != "#":
        if ref in chain:
            return chain[chain.index(ref) :]
        chain.append(ref)
        try:
            target = resolve(data, ref)
        except KeyError:
            return []
        if not isinstance(target, dict) or not isinstance(target.get("$ref"), str):
            return []
        ref = target["$ref"]
    return []


def _check_compositions(doc: Document, problems: Problems) -> None:
    """A schema that reaches itself through allOf, oneOf, anyOf or not, with
    no object or array in between, has no end: merging it never finishes, and
    neither does checking a value against it. A discriminator mapping must
    name schemas that exist."""
    resolver = Resolver(doc.data)
    schemas = mapping(mapping(doc.data.get("components")).get("schemas"))
    reported: set[str] = set()
    finished: set[str] = set()  # schemas whose compositions are known to end
    for pointer, schema in _schema_objects(doc.data):
        if any(isinstance(schema.get(k), (list, dict)) for k in _COMPOSITIONS):
            loop = _composition_loop(resolver, pointer, schema, [], finished)
            if loop and not reported & set(loop):
                reported.update(loop)
                problems.error(
                    loop[0],
                    "the schema contains itself with nothing in between (through "
                    f"{'/'.join(_COMPOSITIONS)}): " + " -> ".join(loop + loop[:1]),
                )
        discriminator = schema.get("discriminator")
        if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
            for value, target in discriminator["mapping"].items():
                where = pointer + pointer_join("discriminator", "mapping", value)
                if not isinstance(target, str):
                    problems.error(where, "a discriminator mapping value must be a string")
                elif target.startswith("#"):
                    try:
                        resolve(doc.data, target)
                    except KeyError:
                        problems.error(where, f"{target!r} points to nothing in this document")
                elif target not in schemas:
                    problems.error(where, f"no schema {target!r} in #/components/schemas")


_COMPOSITIONS = ("allOf", "oneOf", "anyOf", "not")


def _composition_loop(
    resolver: Resolver,
    pointer: str,
    schema: dict[str, Any],
    stack: list[str],
    finished: set[str],
) -> list[str]:
    """The schemas a chain of compositions from ``pointer`` goes round in, if it does."""
    if pointer in finished:
        return []
    if pointer in stack:
        return stack[stack.index(pointer) :]
    stack = stack + [pointer]
    for keyword in _COMPOSITIONS:
        parts = schema.get(keyword)
        members = [parts] if isinstance(parts, dict) else parts if isinstance(parts, list) else []
        for index, part in enumerate(members):
            where = pointer + pointer_join(keyword, *([index] if isinstance(parts, list) else []))
            target, target_pointer = resolver.follow(part, where)
            if isinstance(target, dict):
                found = _composition_loop(resolver, target_pointer, target, stack, finished)
                if found:
                    return found
    finished.add(pointer)
    return []


def _schema_objects(value: Any, pointer: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object of the document that may be a schema (not data, not an
    extension): the places allOf and discriminator can be. In document order,
    from a stack rather than recursion (deep documents cost no more per node)."""
    stack: list[tuple[Any, str]] = [(value, pointer)]
    while stack:
        value, pointer = stack.pop()
        children: list[tuple[Any, str]] = []
        if isinstance(value, dict):
            yield pointer, value
            for key, child in value.items():
                if not isinstance(child, (dict, list)):
                    continue  # a scalar is no schema
                if key in DATA_KEYS or str(key).startswith("x-"):
                    continue
                children.append((child, pointer + pointer_join(key)))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    children.append((child, pointer + pointer_join(index)))
        stack += reversed(children)


# -- structure -------------------------------------------------------------------------------

# Structural findings that do not stop a client from being made: (pointer
# pattern, message pattern).
_QUIBBLES = (
    (
        re.compile(r"/responses$"),
        re.compile(r"should be non-empty|has less than 1 propert"),
    ),
)


@lru_cache(maxsize=2)
def _structure_validator(version: str) -> Any:
    import importlib.util

    import jsonschema_rs

    # OpenAPI's own schemas, as openapi-spec-validator ships them; found, not
    # imported (importing the package costs more than the whole check).
    found = importlib.util.find_spec("openapi_spec_validator")
    assert found is not None and found.origin is not None
    folder = "v3.1" if version == "3.1" else "v3.0"
    path = Path(found.origin).parent / "resources" / "schemas" / folder
    schema = json.loads((path / "schema.json").read_text(encoding="utf-8"))
    # Formats are not checked (OpenAPI's own schema marks "pattern" as a
    # regex, and other dialects' regexes are a warning, not an error), and
    # nothing is fetched over the network.
    return jsonschema_rs.validator_for(schema, validate_formats=False, offline=True)


def _check_structure(doc: Document, problems: Problems) -> None:
    version = "3.1" if str(doc.data.get("openapi")).startswith("3.1") else "3.0"
    validator = _structure_validator(version)
    seen: set[tuple[str, str]] = set()
    for error in validator.iter_errors(doc.data):
        pointer = pointer_join(*error.instance_path)
        message = _shorten(error.message)
        if (pointer, message) in seen:
            continue
        seen.add((pointer, message))
        quibble = any(p.search(pointer) and m.search(message) for p, m in _QUIBBLES)
        problems.add(pointer, message, WARNING if quibble else ERROR)


def _check_openapi_spec_validator(doc: Document, problems: Problems) -> None:
    """openapi-spec-validator's full checks, for ``validate --strict``."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    validator_class = (
        OpenAPIV31SpecValidator
        if str(doc.data["openapi"]).startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    seen: set[tuple[str, str]] = set()
    try:
        for error in validator_class(doc.data).iter_errors():
            pointer = pointer_join(*getattr(error, "absolute_path", ()) or ())
            message = _shorten(getattr(error, "message", str(error)))
            if (pointer, message) not in seen:
                seen.add((pointer, message))
                problems.error(pointer, message)
    except RecursionError:
        problems.error("", "the document nests too deeply to validate")
    except Exception as exc:  # the validator stops on shapes it cannot walk
        problems.error("", f"invalid OpenAPI document: {_shorten(str(exc))}")


def _shorten(message: str, limit: int = 300) -> str:
    """A message cut to ``limit`` in its middle: a validator writes the value
    first and why it is wrong last, and both are worth keeping."""
    message = " ".join(message.split())
    if len(message) <= limit:
        return message
    keep = (limit - 5) // 2
    return message[:keep] + " ... " + message[-keep:]


# -- what the generator itself relies on ------------------------------------------------------


def operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (data.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield path, method, op


def _check_operations(doc: Document, problems: Problems) -> None:
    resolver = Resolver(doc.data)
    first_seen: dict[str, str] = {}
    for path, raw_item in (doc.data.get("paths") or {}).items():
        item_pointer = pointer_join("paths", path)
        item = resolver.deref(raw_item)
        if not isinstance(item, dict):
            continue
        names = _PATH_PARAM.findall(path)
        plain = path.split("#", 1)[0].split("?", 1)[0]
        if any(unquote(segment) in (".", "..") for segment in plain.split("/")):
            problems.error(
                item_pointer,
                "a '.' or '..' segment in a path: every HTTP client folds it into the segment "
                "above, so no request could reach the path as written",
            )
        elif "://" in plain:
            problems.error(item_pointer, "a path holds '://': it would be taken for a URL")
        if any(not n for n in names):
            problems.error(item_pointer, "path template has an empty parameter '{}'")
        elif len(set(names)) != len(names):
            problems.warning(
                item_pointer, "path template repeats a parameter: each place gets the same value"
            )
        _check_headers(resolver, item.get("parameters"), item_pointer + "/parameters", problems)
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            pointer = item_pointer + pointer_join(method)
            op_id = op.get("operationId")
            if isinstance(op_id, str):
                if op_id in first_seen:
                    problems.warning(
                        pointer + "/operationId",
                        f"operationId {op_id!r} is also used by {first_seen[op_id]}",
                    )
                else:
                    first_seen[op_id] = f"{method.upper()} {path}"
            _check_headers(resolver, op.get("parameters"), pointer + "/parameters", problems)


def _check_headers(resolver: Resolver, parameters: Any, pointer: str, problems: Problems) -> None:
    """Header and cookie names must be HTTP tokens: a CR or LF would split the
    request, a ``;`` or ``=`` would add cookies of its own."""
    for index, raw in enumerate(parameters if isinstance(parameters, list) else []):
        param = resolver.deref(raw)
        if (
            isinstance(param, dict)
            and param.get("in") in ("header", "cookie")
            and not _TOKEN.fullmatch(str(param.get("name", "")))
        ):
            where = param["in"]
            problems.error(
                pointer + pointer_join(index, "name"),
                f"{where} name {param.get('name')!r} is not a valid HTTP {where} name",
            )
