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

from .errors import ERROR, WARNING, Problem, Problems, SpecError, pointer_join
from .load import Document
from .refs import Resolver, is_local, resolve, walk_refs

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
    for pointer, ref in walk_refs(doc.data):
        if not isinstance(ref, str):
            # In 3.1 a schema may have a property literally named "$ref".
            if not pointer.endswith("/properties/$ref"):
                problems.error(pointer, "$ref must be a string")
        elif is_local(ref):
            try:
                resolve(doc.data, ref)
            except KeyError:
                problems.error(pointer, f"$ref {ref!r} points to nothing in this document")
        elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", ref):
            problems.error(
                pointer,
                f"remote $ref {ref!r} is not allowed: only local references ('#/...') are resolved",
            )
        else:
            problems.error(
                pointer,
                f"external $ref {ref!r} is not allowed: put shared parts in a fragment and reference them as '#/...'",
            )


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
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


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
