"""Name stage: the one place that turns spec text into Python identifiers.

Everything is reduced to ASCII letters, digits and underscores; keywords,
builtins and names the generated code itself uses get a trailing ``_``;
names that would collide get a number. Dotted wire names read naturally:
``Integration.FlowSid`` -> ``integration_flow_sid``.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from dataclasses import replace

from . import ir

_KEYWORDS = frozenset(keyword.kwlist) | frozenset(getattr(keyword, "softkwlist", ()))
_BUILTINS = frozenset(name for name in dir(builtins) if not name.startswith("_"))
# Builtins that appear in annotations of a resource class: a method may not shadow them.
_TYPE_BUILTINS = frozenset(
    {"str", "int", "float", "bool", "bytes", "dict", "object", "type", "tuple", "set", "frozenset"}
)

# Attributes of the generated client classes (runtime and template).
CLIENT_RESERVED = frozenset(
    {
        "base_url",
        "timeout",
        "max_retries",
        "username",
        "close",
        "request",
        "with_options",
        "with_raw_response",
        "copy",
    }
)
# Keyword arguments every generated method has, or list methods add.
PARAM_RESERVED = frozenset(
    {
        "self",
        "timeout",
        "max_retries",
        "limit",
        "options",
        "extra_headers",
        "extra_query",
        "extra_body",
    }
)
# Keyword arguments of Client and AsyncClient besides server variables and settings.
CLIENT_KWARGS = frozenset(
    {"self", "auth", "base_url", "timeout", "max_retries", "headers", "http_client"}
)
# Attributes of every generated model.
FIELD_RESERVED = frozenset({"from_dict", "to_dict", "extra_fields"})
# Names the generated modules import; model classes must not shadow them.
CLASS_RESERVED = frozenset(
    {
        "Any",
        "Dict",
        "List",
        "Mapping",
        "Sequence",
        "Literal",
        "Optional",
        "Union",
        "ClassVar",
        "DateTime",
        "Date",
        "Model",
        "TypedDict",
        "NotGiven",
        "Timeout",
        "SyncPager",
        "AsyncPager",
        "PageRequest",
        "SyncAPIClient",
        "AsyncAPIClient",
        "RawResponse",
        "Client",
        "AsyncClient",
        "ApiError",
        "Resource",
        "AsyncResource",
    }
)


def words(text: str) -> list[str]:
    """Split any text into lower-case ASCII words, camelCase and acronyms included."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return [w.lower() for w in re.findall(r"[A-Za-z0-9]+", text)]


def snake(text: str, fallback: str = "value") -> str:
    name = "_".join(words(text)) or fallback
    return f"{fallback}_{name}" if name[0].isdigit() else name


def pascal(text: str, fallback: str = "Model") -> str:
    name = "".join(w[:1].upper() + w[1:] for w in words(text)) or fallback
    return f"{fallback}{name}" if name[0].isdigit() else name


def _safe(
    name: str, reserved: frozenset[str] | set[str] = frozenset(), avoid_builtins: bool = True
) -> str:
    while name in _KEYWORDS or name in reserved or (avoid_builtins and name in _BUILTINS):
        name += "_"
    return name


def _unique(name: str, taken: set[str], sep: str = "_") -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{sep}{n}", n + 1
    taken.add(candidate)
    return candidate


def singular(word_list: list[str]) -> list[str]:
    if not word_list:
        return word_list
    last = word_list[-1]
    if last.endswith("ies") and len(last) > 3:
        last = last[:-3] + "y"
    elif last.endswith(("sses", "xes", "ches", "shes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return word_list[:-1] + [last]


def method_name(operation_id: str, resource_words: list[str]) -> str:
    """The operationId in snake_case with the resource's own name taken out.

    ``listFlexFlows`` in "Flex Flows" -> ``list``; ``listInteractionChannels``
    in "Interactions" -> ``list_channels``.
    """
    op_words = words(operation_id)
    for phrase in (resource_words, singular(resource_words)):
        n = len(phrase)
        if not n:
            continue
        for start in range(len(op_words) - n + 1):
            if op_words[start : start + n] == phrase:
                rest = op_words[:start] + op_words[start + n :]
                if rest:
                    return "_".join(rest)
    return "_".join(op_words) or "call"


def apply(api: ir.Api) -> ir.Api:
    """Fill every ``name`` in the IR."""
    class_names: set[str] = set(CLASS_RESERVED)
    models = {}
    for key, model in sorted(
        api.models.items(), key=lambda kv: (kv[1].role, kv[1].base_name, kv[0])
    ):
        base = pascal(model.base_name)
        if model.role == "request":
            base += "Param"
        name = _unique(base, class_names, sep="")
        taken: set[str] = set()
        fields = tuple(
            replace(f, name=_unique(_safe(snake(f.wire_name), FIELD_RESERVED), taken))
            for f in model.fields
        )
        models[key] = replace(model, name=name, fields=fields)

    resource_names: set[str] = set()
    resources = []
    for resource in api.resources:
        attr = _unique(
            _safe(snake(resource.tag, "resource"), CLIENT_RESERVED, avoid_builtins=False),
            resource_names,
        )
        class_name = _unique(pascal(resource.tag, "Resource"), class_names, sep="")
        method_names: set[str] = set()
        operations = []
        for op in resource.operations:
            name = method_name(op.operation_id, words(resource.tag))
            name = _unique(
                _safe(
                    name if not name[0].isdigit() else "call_" + name,
                    _TYPE_BUILTINS,
                    avoid_builtins=False,
                ),
                method_names,
            )
            operations.append(replace(op, name=name, parameters=_name_parameters(op)))
        resources.append(
            replace(resource, name=attr, class_name=class_name, operations=tuple(operations))
        )
    return replace(api, resources=tuple(resources), models=models, servers=_name_servers(api))


def _name_servers(api: ir.Api) -> tuple[ir.Server, ...]:
    """Server variables become keyword arguments of Client: one name per variable."""
    taken = set(CLIENT_KWARGS) | {setting.name for setting in api.settings}
    names: dict[str, str] = {}
    for variable in api.server_variables:
        names[variable.wire_name] = _unique(
            _safe(snake(variable.wire_name), frozenset(taken)), taken
        )
    return tuple(
        replace(
            server,
            variables=tuple(replace(v, name=names[v.wire_name]) for v in server.variables),
        )
        for server in api.servers
    )


def _name_parameters(op: ir.Operation) -> tuple[ir.Parameter, ...]:
    taken: set[str] = set()
    named = []
    for p in op.parameters:
        name = _safe(snake(p.wire_name), PARAM_RESERVED)
        named.append(replace(p, name=_unique(name, taken)))
    return tuple(named)
