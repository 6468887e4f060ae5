"""Validate stage: a composed document -> the same document, or located errors.

Local ``$ref`` targets are checked first (openapi-spec-validator would
otherwise fetch remote ones or stop at the first missing one), then the
document goes through openapi-spec-validator, then the checks the generator
itself relies on: unique operationIds and sane path templates.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .errors import Problem, SpecError, pointer_join, pointer_unescape
from .load import Document

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_PARAM = re.compile(r"\{([^{}]*)\}")
_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


def validate(doc: Document) -> Document:
    problems = list(_check_version(doc))
    if problems:
        raise SpecError(problems)
    problems = list(_check_refs(doc))
    if problems:
        raise SpecError(problems)
    problems = list(_check_openapi(doc))
    problems += _check_operations(doc)
    if problems:
        raise SpecError(problems)
    return doc


def _problem(doc: Document, pointer: str, message: str) -> Problem:
    return doc.source.problem(pointer, message, doc.path)


def _check_version(doc: Document) -> Iterator[Problem]:
    version = doc.data.get("openapi")
    if not isinstance(version, str) or not re.match(r"^3\.[01]\.\d+", version):
        yield _problem(
            doc,
            "/openapi",
            f"unsupported or missing 'openapi' version {version!r}: expected 3.0.x or 3.1.x",
        )


def _walk_refs(value: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(value, dict):
        ref = value.get("$ref")
        if "$ref" in value:
            yield pointer + "/$ref", ref
        for key, child in value.items():
            if key != "$ref":
                yield from _walk_refs(child, pointer + pointer_join(key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk_refs(child, pointer + pointer_join(index))


def resolve_pointer(data: Any, ref: str) -> Any:
    """The value a local reference ``#/a/b`` points at; KeyError if none."""
    node = data
    for token in ref[2:].split("/") if ref != "#" else []:
        token = pointer_unescape(token)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node


def _check_refs(doc: Document) -> Iterator[Problem]:
    for pointer, ref in _walk_refs(doc.data, ""):
        if not isinstance(ref, str):
            # In 3.1 a schema may have a property literally named "$ref".
            if pointer.endswith("/properties/$ref"):
                continue
            yield _problem(doc, pointer, "$ref must be a string")
        elif ref == "#" or ref.startswith("#/"):
            try:
                resolve_pointer(doc.data, ref)
            except KeyError:
                yield _problem(doc, pointer, f"$ref {ref!r} points to nothing in this document")
        elif re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//", ref):
            yield _problem(
                doc,
                pointer,
                f"remote $ref {ref!r} is not allowed: only local references ('#/...') are resolved",
            )
        else:
            yield _problem(
                doc,
                pointer,
                f"external $ref {ref!r} is not allowed: put shared parts in a fragment and reference them as '#/...'",
            )


def _check_openapi(doc: Document) -> Iterator[Problem]:
    validator_class = (
        OpenAPIV31SpecValidator
        if doc.data["openapi"].startswith("3.1")
        else OpenAPIV30SpecValidator
    )
    seen: set[tuple[str, str]] = set()
    try:
        for error in validator_class(doc.data).iter_errors():
            pointer = pointer_join(*getattr(error, "absolute_path", ()) or ())
            message = getattr(error, "message", str(error))
            if (pointer, message) not in seen:
                seen.add((pointer, message))
                yield _problem(doc, pointer, _shorten(message))
    except RecursionError:
        yield _problem(doc, "", "the document nests too deeply to validate")
    except Exception as exc:  # the validator stops on shapes it cannot walk
        yield _problem(doc, "", f"invalid OpenAPI document: {_shorten(str(exc))}")


def _shorten(message: str, limit: int = 300) -> str:
    message = " ".join(message.split())
    return message if len(message) <= limit else message[: limit - 3] + "..."


def operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in (data.get("paths") or {}).items():
        if isinstance(item, dict):
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    yield path, method, op


def _check_operations(doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    first_seen: dict[str, str] = {}
    for path, method, op in operations(doc.data):
        pointer = pointer_join("paths", path, method)
        op_id = op.get("operationId")
        if isinstance(op_id, str):
            if op_id in first_seen:
                problems.append(
                    _problem(
                        doc,
                        pointer + "/operationId",
                        f"operationId {op_id!r} is also used by {first_seen[op_id]}",
                    )
                )
            else:
                first_seen[op_id] = f"{method.upper()} {path}"
        for index, param in enumerate(op.get("parameters") or []):
            if (
                isinstance(param, dict)
                and param.get("in") == "header"
                and not _TOKEN.fullmatch(str(param.get("name", "")))
            ):
                problems.append(
                    _problem(
                        doc,
                        pointer + pointer_join("parameters", index, "name"),
                        f"header name {param.get('name')!r} is not a valid HTTP header name",
                    )
                )
        names = _PATH_PARAM.findall(path)
        if any(not n for n in names) or len(set(names)) != len(names):
            problems.append(
                _problem(
                    doc,
                    pointer_join("paths", path),
                    "path template has an empty or repeated parameter",
                )
            )
    return problems
