"""Local ``$ref`` resolution over a composed document.

A reference is a URI fragment holding a JSON pointer (RFC 6901), so it is
percent-decoded before its ``~1``/``~0`` escapes are undone:
``#/paths/~1items~1%7Bid%7D`` names the path ``/items/{id}``.
"""

from __future__ import annotations

import re
from typing import Any, Iterator
from urllib.parse import unquote

from .errors import pointer_join, pointer_unescape
from .memo import kept

# Keys whose values are data, not schemas or spec objects: a "$ref" inside
# them is just a key of the example or default value.
DATA_KEYS = frozenset({"example", "default", "enum", "const", "value"})
# Keys whose values map names to objects: their keys are names, never keywords.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "$defs",
        "definitions",
        "dependentSchemas",
        "paths",
        "webhooks",
        "schemas",
        "parameters",
        "responses",
        "requestBodies",
        "headers",
        "securitySchemes",
        "links",
        "callbacks",
        "content",
        "encoding",
        "variables",
        "pathItems",
        "examples",
    }
)


def mapping(value: Any) -> dict[str, Any]:
    """``value`` if it is a JSON object, else an empty one: specs in the wild
    put lists or nulls where objects belong."""
    return value if isinstance(value, dict) else {}


# A reference with a scheme (https:, file:) or a network path (//host).
REMOTE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^//")


def is_remote(ref: str) -> bool:
    return REMOTE.match(ref) is not None


def is_local(ref: str) -> bool:
    return ref == "#" or ref.startswith("#/")


@kept(longest=200, size=8192)
def tokens(ref: str) -> tuple[str, ...]:
    """The reference tokens of a local reference ``#/a/b``."""
    if ref == "#":
        return ()
    return tuple(pointer_unescape(unquote(token)) for token in ref[2:].split("/"))


@kept(longest=200, size=8192)
def pointer_of(ref: str) -> str:
    """The JSON pointer a local reference names, in its canonical form."""
    return pointer_join(*tokens(ref))


def resolve(data: Any, ref: str) -> Any:
    """The value a local reference points at; KeyError if none."""
    node = data
    for token in tokens(ref):
        node = step(node, token)
        if node is MISSING:
            raise KeyError(ref)
    return node


def step(node: Any, token: str) -> Any:
    """What one reference token names in ``node``: a member of an object,
    or an element of an array, whose index is ASCII digits without a
    leading zero (RFC 6901: not ``01``, ``²`` or ``١``); else ``MISSING``."""
    if isinstance(node, dict):
        return node.get(token, MISSING)
    if isinstance(node, list) and _ARRAY_INDEX.fullmatch(token) and int(token) < len(node):
        return node[int(token)]
    return MISSING


MISSING: Any = object()  # what ``step`` gives where a token names nothing
_ARRAY_INDEX = re.compile(r"0|[1-9][0-9]*")


def walk_refs(value: Any, pointer: str = "", names: bool = False) -> Iterator[tuple[str, Any]]:
    """Every ``$ref`` in the document as (pointer of the $ref key, its value),
    skipping example and default values (data) and extensions (free-form).
    ``names``: ``value`` maps names to objects, so its keys are not keywords.
    In document order; a stack, not recursion, so a deep document costs no
    more per node than a shallow one."""
    stack: list[tuple[Any, str, bool]] = [(value, pointer, names)]
    while stack:
        value, pointer, names = stack.pop()
        children: list[tuple[Any, str, bool]] = []
        if isinstance(value, dict):
            if "$ref" in value and not names:
                yield pointer + "/$ref", value["$ref"]
            for key, child in value.items():
                if not isinstance(child, (dict, list)):
                    continue  # a scalar holds no $ref
                if not names and (key == "$ref" or key in DATA_KEYS or key.startswith("x-")):
                    continue
                if not names and key == "examples" and isinstance(child, list):
                    continue  # a 3.1 schema's examples: values
                child_names = not names and key in NAME_MAPS and isinstance(child, dict)
                children.append((child, pointer + pointer_join(key), child_names))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                if isinstance(child, (dict, list)):
                    children.append((child, pointer + pointer_join(index), False))
        stack += reversed(children)


class Resolver:
    """Follows references in one document, remembering where each target lives."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def follow(self, value: Any, pointer: str) -> tuple[Any, str]:
        """``value`` with its ``$ref`` chain followed, and the pointer of what it
        ends at. A cycle of references ends where it would repeat."""
        seen: set[str] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            if not is_local(ref) or ref in seen:
                break
            seen.add(ref)
            try:
                value, pointer = resolve(self.data, ref), pointer_of(ref)
            except KeyError:
                break
        return value, pointer

    def deref(self, value: Any) -> Any:
        return self.follow(value, "")[0]


def example_of(holder: dict[str, Any], resolver: Resolver) -> Any:
    """The example of a media type or parameter object: its ``example``, else
    the value of its first ``examples`` entry; ``ir.NO_DEFAULT`` if none."""
    from . import ir  # here: a run with nothing to do loads this module, not the IR

    if "example" in holder:
        return holder["example"]
    examples = holder.get("examples")
    if isinstance(examples, dict):
        for example in examples.values():
            example = resolver.deref(example)
            if isinstance(example, dict) and "value" in example:
                return example["value"]
    return ir.NO_DEFAULT
