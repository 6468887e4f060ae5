"""A YAML spec, overlay or fragment -> a plain document plus the line of each pointer.

YAML is read with the C parser where it is built (``yaml.CSafeLoader``), as
YAML 1.2 (its core schema), which OpenAPI 3.1 requires and 3.0 documents
expect in practice: ``on``, ``yes`` and ``no`` are strings, ``010`` is ten,
only ``true``/``false`` are booleans. Anchors and aliases are refused: they
are how YAML bombs blow up, and an API description has no need of them.
Every mapping and sequence records the line it starts on under its JSON
pointer, so later stages can say where a problem is.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import Problem, SpecError, pointer_join

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Yaml12Loader(_Base):  # type: ignore[misc]
    """The safe loader with YAML 1.2 core-schema scalars."""

    yaml_implicit_resolvers: dict[Any, Any] = {}


_CORE_SCALARS = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    (
        "tag:yaml.org,2002:int",
        r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$",
        "-+0123456789",
    ),
    (
        "tag:yaml.org,2002:float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
)
for _tag, _pattern, _first in _CORE_SCALARS:
    _Yaml12Loader.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _core_int(loader: Any, node: Any) -> int:
    text = str(node.value)
    sign = -1 if text.startswith("-") else 1
    text = text.lstrip("+-")
    try:
        if text.startswith("0o"):
            return sign * int(text[2:], 8)
        if text.startswith("0x"):
            return sign * int(text[2:], 16)
        return sign * int(text, 10)
    except ValueError:  # more digits than Python reads (sys.get_int_max_str_digits)
        raise yaml.constructor.ConstructorError(
            None, None, f"an integer of {len(text)} digits is too long", node.start_mark
        ) from None


_Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _core_int)
_Loader: Any = _Yaml12Loader


def load_yaml(name: str, text: str) -> tuple[Any, dict[str, tuple[str, int]]]:
    """(the document, the file and line of each mapping, sequence and key by JSON pointer)."""
    problems: list[Problem] = []
    try:
        for event in yaml.parse(text, Loader=_Loader):
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent) or anchor:
                kind = "alias" if isinstance(event, yaml.AliasEvent) else "anchor"
                mark = event.start_mark
                problems.append(
                    Problem(
                        name,
                        f"YAML {kind} '{anchor}' is not allowed",
                        line=mark.line + 1 if mark is not None else None,
                    )
                )
                break
        if problems:
            raise SpecError(problems)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            lines: dict[str, tuple[str, int]] = {}
            data = _construct(loader, node, "", name, lines) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SpecError(
            [Problem(name, f"invalid YAML: {exc.problem or exc.context}", line=line)]
        ) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(name, f"invalid YAML: {exc}")]) from None
    return data, lines


def _construct(
    loader: Any, node: yaml.Node, pointer: str, name: str, lines: dict[str, tuple[str, int]]
) -> Any:
    """Build plain JSON-like values from the node tree, recording lines."""
    line = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        lines[pointer] = (name, line)
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SpecError(
                    [Problem(name, "YAML merge keys ('<<') are not allowed", pointer, line)]
                )
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError(
                    [
                        Problem(
                            name,
                            "mapping keys must be plain scalars",
                            pointer,
                            key_node.start_mark.line + 1,
                        )
                    ]
                )
            # A mapping key of an API description is always its text: `200:`,
            # `true:` and `null:` are the names "200", "true" and "null".
            key = str(key_node.value)
            child = pointer + pointer_join(key)
            if key in result:
                raise SpecError(
                    [Problem(name, f"duplicate key {key!r}", child, key_node.start_mark.line + 1)]
                )
            lines[child] = (name, key_node.start_mark.line + 1)
            result[key] = _construct(loader, value_node, child, name, lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        lines[pointer] = (name, line)
        items = []
        for index, item in enumerate(node.value):
            items.append(_construct(loader, item, pointer + pointer_join(index), name, lines))
        return items
    return _scalar(loader, node, name)


def _scalar(loader: Any, node: yaml.Node, name: str) -> Any:
    # Dates and timestamps stay strings, as they would be in JSON.
    if node.tag == "tag:yaml.org,2002:timestamp":
        return node.value
    if node.tag == "tag:yaml.org,2002:binary":
        raise SpecError(
            [Problem(name, "binary YAML values are not allowed", line=node.start_mark.line + 1)]
        )
    return loader.construct_object(node)
